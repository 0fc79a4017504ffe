/**
 * What evaluators of one methodology, dataset and year share whatever their traces and
 * explanations: measure values, index values, rankings, fits, pool groups, reference values and
 * the evaluators of other years. Verdicts (which carry traces and texts) stay with each evaluator.
 * Internal.
 */
import type { MeasureSlots } from './slots.js';
import type { MeasureValue } from '../_lib/measures.js';
import type { Methodology, Rule } from '../schema.js';

/** A pool's groups: each school's group number and each group's members (school ordinals). */
export interface PoolGroups {
  readonly groupOf: Int32Array;
  readonly members: readonly (readonly number[])[];
}

/** One rank rule over every group of its pool: ranks and selections by school ordinal, sizes by group. */
export interface RankTables {
  /** 1-based rank in the school's group; 0 when the school has no value or the group is not ranked yet */
  readonly rank: Int32Array;
  readonly selected: Uint8Array;
  readonly done: Uint8Array;
  /** by group: how many schools have a value (below the rule's minimum, none is ranked) and the k of k % */
  readonly n: Int32Array;
  readonly k: Int32Array;
}

/** The memos shared by the evaluators of one session. */
export interface SharedMemos {
  readonly measureSlots: Map<string, MeasureSlots>;
  readonly slotsByObject: WeakMap<object, MeasureSlots>;
  readonly rankMemo: Map<string, RankTables>;
  readonly rankByObject: WeakMap<object, RankTables>;
  readonly indexMemo: Map<string, { values: MeasureSlots; done: Uint8Array }>;
  readonly residualMemo: Map<string, ({ fit: { intercept: number; slope: number } | null; n: number } | undefined)[]>;
  readonly poolMemo: Map<string, PoolGroups>;
  readonly poolByObject: WeakMap<object, PoolGroups>;
  readonly refMemo: WeakMap<object, Map<string, MeasureValue>>;
  /**
   * The evaluators of every year of the session without traces or texts, by year (typed by the
   * evaluator): one map shared by all of them, so that a year read by several later ones
   * (persistence, a category of another year, the history of a program year) is evaluated once.
   */
  readonly otherYears: Map<number, unknown>;
  /** The evaluators of statuses only of every year of the session, by year: one map shared by all of them, like `otherYears`. */
  readonly statusYears: Map<number, unknown>;
  /**
   * For statuses only over packed columns: the results quantifier's cells of each school and year,
   * by the rule's selection and condition (typed by the rule module), shared by every year of the
   * session — a year's rows are read once for every quantifier and window that reads them.
   */
  readonly resultCells: Map<string, unknown>;
}

/**
 * Empty memos for a new session, or for another year of a session (`otherYears`: the session's
 * evaluators by year, shared). Pool groups do not depend on the year: another year's memos share them.
 */
export const newMemos = (otherYears: Map<number, unknown> = new Map(), pools?: SharedMemos): SharedMemos => ({
  measureSlots: new Map(),
  slotsByObject: new WeakMap(),
  rankMemo: new Map(),
  rankByObject: new WeakMap(),
  indexMemo: new Map(),
  residualMemo: new Map(),
  poolMemo: pools?.poolMemo ?? new Map(),
  poolByObject: pools?.poolByObject ?? new WeakMap(),
  refMemo: new WeakMap(),
  otherYears,
  statusYears: pools?.statusYears ?? new Map(),
  resultCells: pools?.resultCells ?? new Map(),
});

/** The keys of a rule part that only name it (traces and texts show them; a value never reads them). */
const HEAD = new Set(['id', 'label', 'source']);

/** A rule as its value reads it: without the names of its parts, nested rules alike. */
function valueShape(r: Rule): unknown {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(r)) {
    if (HEAD.has(k)) continue;
    if (k === 'rules' && Array.isArray(v)) out[k] = (v as Rule[]).map(valueShape);
    else if ((k === 'rule' || k === 'when' || k === 'eligible') && typeof v === 'object' && v !== null) out[k] = valueShape(v as Rule);
    else out[k] = v;
  }
  return out;
}

const memoKeysOf = new WeakMap<Methodology, ReadonlyMap<object, string>>();

/**
 * The rules of a methodology whose results an evaluator without traces keeps, by school: rules
 * asked more than once for the same school and year — written twice (seed 002's clusters repeat its
 * ШНОР and ШНСУ rules under other names: one key for both, names left out), the rule under a
 * `persist` (each later year of its window asks it again) and a ranking's `eligible` rule. The
 * value of a rule does not read its `id`, `label` or `source`. Computed once per methodology. @internal
 */
export function ruleMemoKeys(methodology: Methodology): ReadonlyMap<object, string> {
  let out = memoKeysOf.get(methodology);
  if (out !== undefined) return out;
  const keys = new Map<object, string>();
  const count = new Map<string, number>();
  const asked = new Set<object>();
  const visit = (r: Rule): void => {
    if (typeof r !== 'object' || r === null) return;
    const k = JSON.stringify(valueShape(r));
    keys.set(r, k);
    count.set(k, (count.get(k) ?? 0) + 1);
    const o = r as unknown as Record<string, unknown>;
    if (r.kind === 'persist') asked.add(r.rule);
    if (typeof o.eligible === 'object' && o.eligible !== null) {
      asked.add(o.eligible);
      visit(o.eligible as Rule);
    }
    if (Array.isArray(o.rules)) for (const c of o.rules as Rule[]) visit(c);
    if (typeof o.rule === 'object' && o.rule !== null) visit(o.rule as Rule);
    if (typeof o.when === 'object' && o.when !== null) visit(o.when as Rule);
  };
  for (const c of methodology.categories) {
    if (c.kind === 'flag') visit(c.rule);
    else if (c.kind === 'classifier' && c.classifier.kind === 'ordered') for (const opt of c.classifier.options) visit(opt.rule);
  }
  out = new Map([...keys].filter(([r, k]) => asked.has(r) || (count.get(k) as number) > 1));
  memoKeysOf.set(methodology, out);
  return out;
}
