/**
 * What a verdict lacks, as data: one {@link MissingInput} per missing input, built where the input
 * was looked for and written in words by the explanation layer (`explain/missingWords.ts`) and by
 * reports. Nothing reads these back from text.
 */
import type { Bilingual } from '../../errors/messages.js';
import type { Name } from '../../model/primitives.js';

/**
 * The first and last year of what is missing (the same year twice for one year).
 *
 * @category Criteria
 */
export type YearSpan = readonly [from: number, to: number];

/**
 * One missing input of a verdict or a trace step, as data (JSON-serialisable): which school's
 * input, what is missing, for which years. Written in words by the explanation layer
 * (`explainTrace`) and by reports; the verdict's `outcome.missing` keeps each as a short path
 * (`rezh-5: vpr math (2023)`, built by the engine from the same data).
 *
 * - `results`: result rows of procedures and subjects (a `grade` and a row `field` when one row
 *   lacks a number: `belowMinimum`, `participants`, `marks`, `mean`, …); `names` holds the names of
 *   the procedures and subjects the dataset declares (a stored trace is explained without its dataset).
 * - `field`: a field of a school's records: `section` is `facts`, `social`, `staffing`,
 *   `resources`, `external` or `school`; `external` / `absentFromAnalytics` says the school is
 *   absent from the analytical materials (its external record says so).
 * - `declared`: a fact the dataset declares, or its confidence interval (`interval`).
 * - `category`: the verdict of another category (for a territory: a school's verdict, with its name).
 * - `index`: a composite index (`component`: the component without a value, when one is known).
 * - `computed`: a sum or a ratio whose value is not finite.
 * - `boundary`: a rounded value on the threshold: the data cannot decide (`reason` says why).
 *
 * @example
 * ```ts
 * // Реж, 2023: школа № 13 отсутствует в аналитических материалах — след говорит это данными, а не строкой
 * const v = identify(REZH_2019_2025_METHODOLOGY, dataset, 2023).schools.find((s) => s.schoolId === 'rezh-13')?.categories[0];
 * v.trace.missing //=> [{ kind: 'field', school: 'rezh-13', section: 'external', field: 'absentFromAnalytics', years: [2023, 2023] }]
 * ```
 * @category Criteria
 */
export type MissingInput =
  | {
      readonly kind: 'results';
      readonly school: string;
      readonly procedures: readonly string[];
      readonly subjects: readonly string[];
      readonly grade?: number;
      readonly field?: string;
      readonly years: YearSpan;
      readonly names?: Readonly<Record<string, Name>>;
    }
  | { readonly kind: 'field'; readonly school: string; readonly section: 'facts' | 'social' | 'staffing' | 'resources' | 'external' | 'school'; readonly field: string; readonly years?: YearSpan }
  | { readonly kind: 'declared'; readonly school: string; readonly fact: string; readonly name: Name; readonly interval?: true; readonly years: YearSpan }
  | { readonly kind: 'category'; readonly school: string; readonly category: string; readonly name: Name; readonly schoolName?: string; readonly years?: YearSpan }
  | { readonly kind: 'index'; readonly school: string; readonly index: string; readonly name: Name; readonly component?: string; readonly componentName?: Name }
  | { readonly kind: 'computed'; readonly school: string; readonly operation: 'sum' | 'ratio' }
  | { readonly kind: 'boundary'; readonly school: string; readonly what: Bilingual; readonly reason: Bilingual };

/** No missing inputs (one shared array). */
export const NO_INPUTS: readonly MissingInput[] = Object.freeze([]) as readonly MissingInput[];

/**
 * Some missing inputs, unnamed: what an evaluator of statuses only (a program year's earlier years)
 * gives where a list of missing inputs would not be empty. Only its length is ever read there — a
 * list that is empty, or not, is what tells a missing result from one that does not apply
 * (`combine`, `ifMissing`, the verdict's status) — so it is never empty, and one frozen array. @internal
 */
export const SOME_MISSING: readonly MissingInput[] = Object.freeze([Object.freeze({ kind: 'computed', school: '', operation: 'sum' })]) as readonly MissingInput[];

const span = (y: YearSpan | undefined): string => (y === undefined ? '' : y[0] === y[1] ? ` (${y[0]})` : ` (${y[0]}–${y[1]})`);

/**
 * A missing input as a short path of ids (`rezh-5: vpr-5 math belowMinimum (2023)`,
 * `rezh-13: external.absentFromAnalytics (2023)`): what the verdict's `outcome.missing` lists. A
 * key, not words: explanations and reports write words from the {@link MissingInput} itself.
 * @internal
 */
export function missingPath(m: MissingInput): string {
  switch (m.kind) {
    case 'results':
      return `${m.school}: ${m.procedures.join('/')}${m.grade !== undefined ? `-${m.grade}` : ''} ${m.subjects.join('/')}${m.field !== undefined ? ` ${m.field}` : ''}${span(m.years)}`;
    case 'field':
      return `${m.school}: ${m.section === 'facts' || m.section === 'school' ? '' : `${m.section}.`}${m.field}${span(m.years)}`;
    case 'declared':
      return `${m.school}: ${m.fact}${m.interval ? ' interval' : ''}${span(m.years)}`;
    case 'category':
      return `${m.school}: ${m.category}${span(m.years)}`;
    case 'index':
      return `${m.school}: ${m.index}${m.component !== undefined ? `.${m.component}` : ''}`;
    case 'computed':
      return `${m.school}: ${m.operation}`;
    case 'boundary':
      return `${m.school}: ${m.what.en}: ${m.reason.en}`;
  }
}

const SPANS = new Map<number, YearSpan>();
/** The span of years from `from` to `to`: one frozen pair per span, shared by every input that names it. @internal */
export function yearSpan(from: number, to: number): YearSpan {
  const k = from * 65536 + to;
  let s = SPANS.get(k);
  if (s === undefined) {
    s = Object.freeze([from, to] as const);
    SPANS.set(k, s);
  }
  return s;
}

const sameList = (a: readonly string[], b: readonly string[]): boolean => a === b || (a.length === b.length && a.every((x, i) => x === b[i]));
const sameSpan = (a: YearSpan | undefined, b: YearSpan | undefined): boolean => a === b || (a !== undefined && b !== undefined && a[0] === b[0] && a[1] === b[1]);

/** Whether two missing inputs say the same (the fields a path shows). */
function same(a: MissingInput, b: MissingInput): boolean {
  if (a === b) return true;
  if (a.kind !== b.kind || a.school !== b.school) return false;
  switch (a.kind) {
    case 'results': {
      const o = b as typeof a;
      return sameList(a.procedures, o.procedures) && sameList(a.subjects, o.subjects) && a.grade === o.grade && a.field === o.field && sameSpan(a.years, o.years);
    }
    case 'field': {
      const o = b as typeof a;
      return a.section === o.section && a.field === o.field && sameSpan(a.years, o.years);
    }
    case 'declared': {
      const o = b as typeof a;
      return a.fact === o.fact && a.interval === o.interval && sameSpan(a.years, o.years);
    }
    case 'category': {
      const o = b as typeof a;
      return a.category === o.category && sameSpan(a.years, o.years);
    }
    default:
      return missingPath(a) === missingPath(b);
  }
}

/**
 * The inputs without repeats (an input met through two rules is listed once), in their order; the
 * same array when there is none. Compared field by field: no key is built for an input. @internal
 */
export function distinctInputs(list: readonly MissingInput[]): readonly MissingInput[] {
  if (list.length < 2) return list;
  if (list.length > 32) {
    // a long list (the schools of a pool group): by key, not pair by pair
    const keys = new Set<string>();
    const kept = list.filter((m) => {
      const k = missingPath(m);
      if (keys.has(k)) return false;
      keys.add(k);
      return true;
    });
    return kept.length === list.length ? list : kept;
  }
  let out: MissingInput[] | undefined;
  for (let i = 0; i < list.length; i++) {
    const m = list[i] as MissingInput;
    let seen = false;
    const kept = out ?? list;
    const upTo = out === undefined ? i : out.length;
    for (let j = 0; j < upTo; j++) {
      if (same(kept[j] as MissingInput, m)) {
        seen = true;
        break;
      }
    }
    if (seen) out ??= list.slice(0, i);
    else if (out !== undefined) out.push(m);
  }
  return out ?? list;
}
