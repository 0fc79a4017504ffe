import type { Identification, YearStatuses } from './identify.js';

/** A year's value: the verdict's value, or the state of a verdict without one. @internal */
export type HistoryValue = boolean | string | null | 'missing' | 'not_applicable';
type YearValue = HistoryValue;

/**
 * One school's membership of a category over the years.
 *
 * @category Criteria
 */
export interface CategoryHistory {
  /** The school. */
  readonly schoolId: string;
  /**
   * Each year's value: `true` / `false` (flag), the class or `null` (classifier); `'missing'` when
   * the verdict is missing (inputs missing), `'not_applicable'` when the category does not apply.
   */
  readonly years: readonly { readonly year: number; readonly value: boolean | string | null | 'missing' | 'not_applicable' }[];
  /** What happened between consecutive years. */
  readonly transitions: readonly {
    readonly fromYear: number;
    readonly toYear: number;
    /**
     * `entered` / `left` / `stayed_in` / `stayed_out` (flags and classes), `changed` (class to
     * another class); `not_applicable` when the category does not apply in either year, else
     * `missing` when either year's verdict is missing.
     */
    readonly kind: 'entered' | 'left' | 'stayed_in' | 'stayed_out' | 'changed' | 'missing' | 'not_applicable';
    /** For a change of class on a scale: `up` (towards the better end) or `down`, and how many steps. */
    readonly direction?: 'up' | 'down';
    readonly steps?: number;
  }[];
  /** How many consecutive years, ending with the last, the school has been in the category (any class). */
  readonly consecutiveYears: number;
}

/**
 * The lifecycle of schools in a category over years: entered, stayed, left, changed class
 * («переместилась из категории «Сильно низкие» в «умеренно низкие»», seed 000 L883), and for how
 * many consecutive years.
 *
 * @param results - Identifications of several years (any order), same methodology.
 * @param categoryId - The category.
 * @param scale - For a classifier, its classes worst to best, to tell up from down.
 * @returns One history per school, in the order the schools first appear (earliest year first).
 *   Schools with the same values every year share one `years` and one `transitions` array (a
 *   national program year has a handful of distinct histories among 40 000 schools): they are
 *   frozen, read them, copy them to change them.
 * @example
 * ```ts
 * // ШНОР по методике seed 002 в 2023 и 2024 годах: rezh-4 вошла в список, rezh-5 осталась в нём
 * const results = [2023, 2024].map((y) => identify(seed002Methodology(), dataset, y));
 * const history = categoryHistory(results, 'shnor');
 * history.find((h) => h.schoolId === 'rezh-4')?.transitions //=> [{ fromYear: 2023, toYear: 2024, kind: 'entered' }]
 * history.find((h) => h.schoolId === 'rezh-5')?.consecutiveYears //=> 2
 * ```
 * @category Criteria
 */
export function categoryHistory(results: readonly Identification[], categoryId: string, scale?: readonly string[]): CategoryHistory[] {
  return categoryHistories(results, [{ categoryId, scale }])[0] as CategoryHistory[];
}

/** {@link categoryHistory} of several categories over the same identifications, in one pass over their schools. */
function categoryHistories(results: readonly Identification[], categories: readonly { readonly categoryId: string; readonly scale?: readonly string[] | undefined }[]): CategoryHistory[][] {
  const b = new HistoryBuilder(categories);
  for (const r of results) b.add(r);
  return b.finish();
}

/**
 * The histories of several categories built one identification at a time, in any order of years,
 * so that a program year holds one earlier year's verdicts at a time, not all of them: each
 * identification is read into typed rows (per category and year, each school's value as a small
 * token; no object per school and year) and can be let go at once. {@link HistoryBuilder.finish}
 * gives what {@link categoryHistory} gives for the same identifications. @internal
 */
export class HistoryBuilder {
  private readonly categories: readonly { readonly categoryId: string; readonly scale?: readonly string[] | undefined }[];
  private readonly order = new Map<string, number>();
  private readonly ids: string[] = [];
  /** per identification added: its year, its schools (ordinals) in its order, per category each school's token plus one */
  private readonly slots: { year: number; schools: Int32Array; cells: Int32Array[] }[] = [];
  private readonly tokens: Map<YearValue, number>[];
  private readonly values: YearValue[][];

  constructor(categories: readonly { readonly categoryId: string; readonly scale?: readonly string[] | undefined }[]) {
    this.categories = categories;
    this.tokens = categories.map(() => new Map());
    this.values = categories.map(() => []);
  }

  /** Reads one year's identification (its verdicts are not kept). */
  add(r: Identification): void {
    const K = this.categories.length;
    const n = r.schools.length;
    const schools = new Int32Array(n);
    const cells = this.categories.map(() => new Int32Array(n));
    const at = new Int32Array(K).fill(-1);
    for (let j = 0; j < n; j++) {
      const s = r.schools[j] as Identification['schools'][number];
      let i = this.order.get(s.schoolId);
      if (i === undefined) {
        i = this.ids.length;
        this.order.set(s.schoolId, i);
        this.ids.push(s.schoolId);
      }
      schools[j] = i;
      const cats = s.categories;
      for (let k = 0; k < K; k++) {
        const id = (this.categories[k] as { categoryId: string }).categoryId;
        // the category's place among a school's verdicts: the same in every school of a year, as a rule
        let a = at[k] as number;
        if (a < 0 || cats[a]?.categoryId !== id) at[k] = a = cats.findIndex((c) => c.categoryId === id);
        const v = a < 0 ? undefined : cats[a];
        if (v === undefined) continue;
        const value: YearValue = v.outcome.status === 'value' ? v.outcome.value : v.outcome.status;
        const t = this.tokens[k] as Map<YearValue, number>;
        let token = t.get(value);
        if (token === undefined) {
          token = t.size;
          t.set(value, token);
          (this.values[k] as YearValue[]).push(value);
        }
        (cells[k] as Int32Array)[j] = token + 1;
      }
    }
    this.slots.push({ year: r.year, schools, cells });
  }

  /** the schools (ordinals) of the last statuses added, by their array of ids: the same for every year of a dataset */
  private lastIds: readonly string[] | undefined;
  private lastSchools: Int32Array | undefined;

  /**
   * Reads one year's statuses ({@link YearStatuses}, from `statusesOfYear`): what {@link add} reads
   * from the verdicts of the same year, without verdicts.
   */
  addTokens(s: YearStatuses): void {
    const n = s.schoolIds.length;
    let schools = this.lastIds === s.schoolIds ? this.lastSchools : undefined;
    if (schools === undefined) {
      schools = new Int32Array(n);
      for (let j = 0; j < n; j++) {
        const id = s.schoolIds[j] as string;
        let i = this.order.get(id);
        if (i === undefined) {
          i = this.ids.length;
          this.order.set(id, i);
          this.ids.push(id);
        }
        schools[j] = i;
      }
      this.lastIds = s.schoolIds;
      this.lastSchools = schools;
    }
    let none: Int32Array | undefined;
    const cells = this.categories.map((c, k) => {
      const given = s.categories.find((x) => x.categoryId === c.categoryId);
      if (given === undefined) return (none ??= new Int32Array(n));
      // the year's codes to this builder's tokens (plus one: 0 is «no verdict»)
      const t = this.tokens[k] as Map<YearValue, number>;
      const to = new Int32Array(given.values.length);
      given.values.forEach((value, code) => {
        let token = t.get(value);
        if (token === undefined) {
          token = t.size;
          t.set(value, token);
          (this.values[k] as YearValue[]).push(value);
        }
        to[code] = token + 1;
      });
      const out = new Int32Array(n);
      const codes = given.codes;
      for (let j = 0; j < n; j++) out[j] = to[codes[j] as number] as number;
      return out;
    });
    this.slots.push({ year: s.year, schools, cells });
  }

  /** Each category's histories, in the order of the categories given. */
  finish(): CategoryHistory[][] {
    // years in order (stable: identifications of the same year in the order they were added)
    const slots = this.slots.map((x, q) => ({ ...x, q })).sort((a, b) => a.year - b.year || a.q - b.q);
    const Y = slots.length;
    const N = this.ids.length;
    return this.categories.map((c, k) => {
      const vals = this.values[k] as YearValue[];
      // each school's tokens by year, and the schools in the order they first have a verdict of the category
      const grid = new Int32Array(N * Y);
      const first: number[] = [];
      const seen = new Uint8Array(N);
      slots.forEach((slot, y) => {
        const cells = slot.cells[k] as Int32Array;
        for (let j = 0; j < slot.schools.length; j++) {
          const t = cells[j] as number;
          if (t === 0) continue;
          const i = slot.schools[j] as number;
          if (seen[i] === 0) {
            seen[i] = 1;
            first.push(i);
          }
          grid[i * Y + y] = t;
        }
      });
      // one frozen entry per year and value, one history per distinct row of tokens
      const entries = new Map<number, { year: number; value: YearValue }>();
      const shared = new Map<string | number, Omit<CategoryHistory, 'schoolId'>>();
      const out: CategoryHistory[] = [];
      // a row of tokens as one number (its digits in base `vals.length + 1`) when that is exact: no string per school
      const base = vals.length + 1;
      const numeric = Y * Math.log2(base) < 52;
      // few rows possible (a handful of values over a few years): the histories by row in an array, not a map
      const small = numeric && base ** Y <= 65536 ? new Array<Omit<CategoryHistory, 'schoolId'> | undefined>(base ** Y) : undefined;
      for (const i of first) {
        const row = grid.subarray(i * Y, i * Y + Y);
        let key: string | number;
        if (numeric) {
          key = 0;
          for (let y = 0; y < Y; y++) key = key * base + (row[y] as number);
        } else key = row.join(',');
        let h = small !== undefined ? small[key as number] : shared.get(key);
        if (h === undefined) {
          const years: { year: number; value: YearValue }[] = [];
          for (let y = 0; y < Y; y++) {
            const t = row[y] as number;
            if (t === 0) continue;
            const e0 = y * (vals.length + 1) + t;
            let e = entries.get(e0);
            if (e === undefined) {
              e = Object.freeze({ year: (slots[y] as { year: number }).year, value: vals[t - 1] as YearValue });
              entries.set(e0, e);
            }
            years.push(e);
          }
          h = historyOf(years, c.scale);
          if (small !== undefined) small[key as number] = h;
          else shared.set(key, h);
        }
        out.push({ schoolId: this.ids[i] as string, years: h.years, transitions: h.transitions, consecutiveYears: h.consecutiveYears });
      }
      return out;
    });
  }
}

const isIn = (v: YearValue): boolean | null => (v === 'missing' || v === 'not_applicable' ? null : v !== false && v !== null);

/** The transitions and the run of consecutive years of one sequence of yearly values, frozen. */
function historyOf(years: readonly { year: number; value: YearValue }[], scale: readonly string[] | undefined): Omit<CategoryHistory, 'schoolId'> {
  const transitions: CategoryHistory['transitions'][number][] = [];
  for (let i = 1; i < years.length; i++) {
    const a = years[i - 1] as { year: number; value: YearValue };
    const b = years[i] as { year: number; value: YearValue };
    const ina = isIn(a.value);
    const inb = isIn(b.value);
    let t: CategoryHistory['transitions'][number];
    // a year the category does not apply to has no move into or out of it, whatever the other year
    if (a.value === 'not_applicable' || b.value === 'not_applicable') t = { fromYear: a.year, toYear: b.year, kind: 'not_applicable' };
    else if (ina === null || inb === null) t = { fromYear: a.year, toYear: b.year, kind: 'missing' };
    else if (ina && inb && typeof a.value === 'string' && typeof b.value === 'string' && a.value !== b.value) {
      const ia = scale?.indexOf(a.value) ?? -1;
      const ib = scale?.indexOf(b.value) ?? -1;
      t = ia >= 0 && ib >= 0 ? { fromYear: a.year, toYear: b.year, kind: 'changed', direction: ib > ia ? 'up' : 'down', steps: ib - ia } : { fromYear: a.year, toYear: b.year, kind: 'changed' };
    } else t = { fromYear: a.year, toYear: b.year, kind: ina ? (inb ? 'stayed_in' : 'left') : inb ? 'entered' : 'stayed_out' };
    transitions.push(Object.freeze(t));
  }
  let consecutiveYears = 0;
  for (let i = years.length - 1; i >= 0; i--) {
    const y = years[i] as { year: number; value: YearValue };
    const next = years[i + 1];
    if (isIn(y.value) !== true || (next !== undefined && next.year !== y.year + 1)) break;
    consecutiveYears++;
  }
  return { years: Object.freeze([...years]), transitions: Object.freeze(transitions), consecutiveYears };
}
