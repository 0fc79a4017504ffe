/**
 * What evaluators of one methodology, dataset and year share whatever their traces and
 * explanations: measure values, index values, rankings, fits, pool groups, reference values and
 * the evaluators of other years. Verdicts (which carry traces and texts) stay with each evaluator.
 * Internal.
 */
import type { PackedValues } from '../_lib/packed.js';
import type { MeasureValue } from '../_lib/measures.js';

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
  readonly measureSlots: Map<string, PackedValues>;
  readonly slotsByObject: WeakMap<object, PackedValues>;
  readonly rankMemo: Map<string, RankTables>;
  readonly rankByObject: WeakMap<object, RankTables>;
  readonly indexMemo: Map<string, { values: PackedValues; done: Uint8Array }>;
  readonly residualMemo: Map<string, ({ fit: { intercept: number; slope: number } | null; n: number } | undefined)[]>;
  readonly poolMemo: Map<string, PoolGroups>;
  readonly poolByObject: WeakMap<object, PoolGroups>;
  readonly refMemo: WeakMap<object, Map<string, MeasureValue>>;
  /** other evaluators of the session by year (persistence and categories of other years); typed by the evaluator */
  readonly otherYears: Map<number, unknown>;
}

/** Empty memos for a new session. */
export const newMemos = (): SharedMemos => ({
  measureSlots: new Map(),
  slotsByObject: new WeakMap(),
  rankMemo: new Map(),
  rankByObject: new WeakMap(),
  indexMemo: new Map(),
  residualMemo: new Map(),
  poolMemo: new Map(),
  poolByObject: new WeakMap(),
  refMemo: new WeakMap(),
  otherYears: new Map(),
});
