/** What a rule module sees while it evaluates a rule for one school. Internal. */
import type { Reason } from '../../core/outcome.js';
import type { Bilingual } from '../../errors/messages.js';
import type { Tri } from '../_lib/logic.js';
import type { DatasetIndex } from '../_lib/context.js';
import type { MeasureValue } from '../_lib/measures.js';
import type { Measure, Methodology, Pool, Rule } from '../schema.js';
import type { PoolGroups, SharedMemos } from './state.js';
import type { CategoryResult, RuleHead, RuleResult, TraceNode } from './types.js';
import { type MissingInput, NO_INPUTS, SOME_MISSING } from './missing.js';

/** The evaluator of one methodology, dataset and year, as the rule modules use it. */
export interface EvalContext {
  readonly methodology: Methodology;
  readonly ix: DatasetIndex;
  readonly year: number;
  /** the number of schools of the dataset */
  readonly count: number;
  /** keep traces (always on when explaining: explanations are written from traces) */
  readonly tracing: boolean;
  /** write explanations */
  readonly explaining: boolean;
  /**
   * statuses only (a program year's earlier years): no traces, texts, hits, and lists of missing
   * inputs that are `SOME_MISSING` (missing.ts) when not empty — the same values, reasons and empty lists
   */
  readonly statusOnly: boolean;
  readonly memos: SharedMemos;
  /** the names of the methodology's indices and categories, for labels */
  readonly names: LabelNames;
  /** the school's id */
  idOf(si: number): string;
  /** a stable key for a rule part (one JSON string per object) */
  keyOf(o: object): string;
  /** a measure's value for a school (memoised) */
  measure(m: Measure, si: number): MeasureValue;
  /** a measure's name (one object per measure) */
  labelOf(m: Measure): Bilingual;
  /** the groups of a pool */
  groupsOf(pool: Pool): PoolGroups;
  /** the members of the school's pool group */
  members(si: number, pool: Pool): readonly number[];
  /** the trace parameters of a rule (one object per rule) */
  paramsOf(r: Rule): Readonly<Record<string, unknown>>;
  /** evaluates any rule */
  rule(r: Rule, si: number): RuleResult;
  /** a category's result for the school, in the evaluated year or another */
  category(categoryId: string, si: number, y?: number): CategoryResult;
  /** the evaluator of another year of the same session (traces and texts off) */
  evaluatorOf(y: number): EvalContext;
  /** a trace node, or nothing when traces are off; its text is written from it when explaining */
  node(r: RuleHead, value: Tri, extra: Partial<TraceNode>): TraceNode | undefined;
  /** the result of a rule whose measure has no value */
  unknownFrom(r: RuleHead, v: MeasureValue & { status: 'missing' | 'not_applicable' }, what: Bilingual): RuleResult;
}

/** Names a label can show instead of ids. */
export interface LabelNames {
  readonly indices: ReadonlyMap<string, { ru: string; en?: string | undefined }>;
  readonly categories: ReadonlyMap<string, { ru: string; en?: string | undefined }>;
}

/** One rule kind: its trace parameters, its evaluation and its words. */
export interface RuleModule<R extends Rule> {
  /** The parameters the trace shows (computed once per rule). */
  params(r: R, ctx: EvalContext): Readonly<Record<string, unknown>>;
  /** The rule's result for one school. */
  evaluate(r: R, si: number, ctx: EvalContext): RuleResult;
}

/**
 * The outcome of a three-valued value as a trace shows it: without a value, `not_applicable` when a
 * reason is given and no input is missing, otherwise `missing` (the same rule as the verdict's status).
 */
export const outcomeOf = (v: Tri, missing?: readonly unknown[], reason?: Reason): TraceNode['outcome'] =>
  v === null ? (reason !== undefined && (missing === undefined || missing.length === 0) ? 'not_applicable' : 'missing') : v ? 'true' : 'false';

/**
 * The parts of a trace that may be shared by the nodes of many schools: values a rule module makes
 * once for every school with the same ones (`shared`), and the nodes made of such parts. Only these
 * take part in the evaluator's sharing of equal nodes; a part made for one school never does.
 */
const SHARED = new WeakSet<object>();

/**
 * Whether equal trace parts and nodes are shared (`on`, always but in tests). Off, the traces are
 * made school by school, as before the sharing — the reference the tests compare the shared traces
 * with. @internal
 */
export const TRACE_SHARING: { on: boolean } = { on: true };

/** Marks a trace part (values, a list, a node) as one object for every school that has it, and freezes it; returns it. @internal */
export function shared<T extends object>(o: T): T {
  SHARED.add(o);
  // one object for many schools: frozen, so that a change made for one school fails instead of
  // reaching the others
  return Object.freeze(o);
}

/** Whether a trace part is shared (see {@link shared}). @internal */
export const isShared = (o: object): boolean => SHARED.has(o);

/** No missing inputs (one shared array). */
export const NONE: readonly MissingInput[] = shared(NO_INPUTS);

/**
 * Per owner (a rule) and key: one shared values object for every school whose values have that key,
 * made by `make` the first time; at most `limit` keys an owner (past them, `make`'s object, not shared).
 * @internal
 */
export function sharedValues<T extends object>(memo: WeakMap<object, Map<string | number | boolean | null, T>>, owner: object, key: string | number | boolean | null, make: () => T, limit = 256): T {
  if (!TRACE_SHARING.on) return make();
  let m = memo.get(owner);
  if (m === undefined) {
    m = new Map();
    memo.set(owner, m);
  }
  let v = m.get(key);
  if (v === undefined) {
    v = make();
    if (m.size >= limit) return v;
    m.set(key, shared(v));
  }
  return v;
}

const PLAIN_TRUE: RuleResult = Object.freeze({ value: true, missing: NONE });
const PLAIN_FALSE: RuleResult = Object.freeze({ value: false, missing: NONE });
const PLAIN_NULL: RuleResult = Object.freeze({ value: null, missing: NONE });
const SOME_NULL: RuleResult = Object.freeze({ value: null, missing: SOME_MISSING });

/**
 * A result without trace or reason, whose missing inputs are none: one frozen object per value,
 * shared (an evaluator without traces gives millions of them in a national program year).
 */
export const plainResult = (value: Tri): RuleResult => (value === true ? PLAIN_TRUE : value === false ? PLAIN_FALSE : PLAIN_NULL);

/** A result without trace or reason with these missing inputs: shared when they are none or unnamed (`SOME_MISSING`). */
export const resultWith = (value: Tri, missing: readonly MissingInput[]): RuleResult => (missing === NONE ? plainResult(value) : missing === SOME_MISSING && value === null ? SOME_NULL : { value, missing });
