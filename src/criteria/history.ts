import type { Identification } from './identify.js';

/** A year's value: the verdict's value, or the state of a verdict without one. */
type YearValue = boolean | string | null | 'missing' | 'not_applicable';

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
 * @returns One history per school.
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
  const sorted = [...results].sort((a, b) => a.year - b.year);
  const bySchool = new Map<string, { year: number; value: YearValue }[]>();
  for (const r of sorted) {
    for (const s of r.schools) {
      const v = s.categories.find((c) => c.categoryId === categoryId);
      if (v === undefined) continue;
      const value: YearValue = v.outcome.status === 'value' ? v.outcome.value : v.outcome.status;
      const list = bySchool.get(s.schoolId) ?? [];
      list.push({ year: r.year, value });
      bySchool.set(s.schoolId, list);
    }
  }
  const isIn = (v: YearValue): boolean | null => (v === 'missing' || v === 'not_applicable' ? null : v !== false && v !== null);
  const out: CategoryHistory[] = [];
  for (const [schoolId, years] of bySchool) {
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
      transitions.push(t);
    }
    let consecutiveYears = 0;
    for (let i = years.length - 1; i >= 0; i--) {
      const y = years[i] as { year: number; value: YearValue };
      const next = years[i + 1];
      if (isIn(y.value) !== true || (next !== undefined && next.year !== y.year + 1)) break;
      consecutiveYears++;
    }
    out.push({ schoolId, years, transitions, consecutiveYears });
  }
  return out;
}
