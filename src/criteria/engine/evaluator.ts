/**
 * The evaluator of one methodology, dataset and year: measure values, pools and indices, and the
 * dispatch of every rule to its kind's module (`rules/registry.ts`). Internal.
 */
import type { Bilingual } from '../../errors/messages.js';
import { ShnorError } from '../../errors/ShnorError.js';
import { computeIndexGroup } from '../../indices/composite.js';
import type { DatasetIndex } from '../_lib/context.js';
import { measureLabel } from '../_lib/labels.js';
import { proceduresOf } from '../_lib/procedures.js';
import type { Tri } from '../_lib/logic.js';
import { type MeasureValue, schoolMeasure, yearsOf } from '../_lib/measures.js';
import { MeasureSlots, SchoolMemo } from './slots.js';
import { evaluateMatrix } from '../classifiers/matrix.js';
import { evaluateOrdered } from '../classifiers/ordered.js';
import { evaluateTerritory } from '../classifiers/territory.js';
import { nodeText } from '../explain/explainTrace.js';
import { RULES } from '../rules/registry.js';
import { arithmeticValue, isArithmetic } from '../measures/arithmetic.js';
import type { Category, IndexDefinition, Measure, Methodology, Pool, Rule } from '../schema.js';
import { NONE, type EvalContext, type LabelNames, type RuleModule, isShared, outcomeOf, plainResult, resultWith, shared, TRACE_SHARING } from './context.js';
import { type PoolGroups, type SharedMemos, newMemos, ruleMemoKeys } from './state.js';
import type { CategoryResult, RuleHead, RuleResult, TraceNode } from './types.js';
import { type MissingInput, SOME_MISSING, distinctInputs, yearSpan } from './missing.js';
import { isMissingResult } from './verdict.js';
import { COMPILED_STATUSES, StatusCompiler } from './compiled.js';

/**
 * A measure without a value for lack of inputs, as an evaluator of statuses only keeps it: the
 * inputs unnamed (`SOME_MISSING`), one frozen value — not a list of inputs per school and measure
 * held until the year is let go.
 */
const SOME_MISSING_VALUE: MeasureValue = Object.freeze({ status: 'missing', missing: SOME_MISSING });

/** The evaluator: the context the rule modules see. */
export type Evaluator = EvalContext;

/** A map without a prototype: any id (`__proto__`, `constructor`) is an ordinary key. */
const table = <V>(entries: readonly (readonly [string, V])[]): Map<string, V> => new Map(entries);

/**
 * The same string, flattened in place. A text assembled from template pieces is kept by V8 as a tree
 * of pieces (a "cons string", about 30 bytes per piece); reading a character makes it one flat
 * string, and the pieces are freed. Explanations of a national identification hold millions of
 * pieces otherwise.
 */
function flat(s: string): string {
  s.charCodeAt(0);
  return s;
}

/**
 * A trace node's storage. Built by a constructor rather than as `{ rule }` with fields added one by
 * one: V8 sizes a constructor's objects by the fields its first objects get (slack tracking), so
 * every field of a node sits in the object itself. An object literal keeps fields added later in a
 * second array: one more object per node for the collector to copy, a million times in a national
 * run. Only the fields a node has are set (no `undefined` keys); the fields keep the written order.
 * Its prototype is `Object.prototype`: a node is plain data, equal to its JSON round trip.
 */
const Step = function (this: { rule: string }, rule: string): void {
  this.rule = rule;
} as unknown as new (rule: string) => { rule: string };
(Step as unknown as { prototype: object }).prototype = Object.prototype;

/** How many equal-node candidates the evaluator keeps a rule (the first ones made; a scan over them per node). */
const SHARED_PER_RULE = 16;

/** Creates the evaluator for one methodology, dataset and year. @internal */
export function createEvaluator(methodology: Methodology, ix: DatasetIndex, year: number, options: { readonly trace?: boolean; readonly explain?: boolean; readonly statusOnly?: boolean }, memos: SharedMemos = newMemos()): Evaluator {
  // statuses only: no traces or texts, and unnamed missing inputs (its own memos: its values are not another evaluator's)
  const statusOnly = options.statusOnly === true;
  const explaining = !statusOnly && (options.explain ?? true);
  // explanations are written from the trace, so explaining needs the trace internally
  const tracing = !statusOnly && ((options.trace ?? true) || explaining);
  const measureKeys = new WeakMap<object, string>();
  const keyOf = (o: object): string => {
    let k = measureKeys.get(o);
    if (k === undefined) {
      k = JSON.stringify(o);
      measureKeys.set(o, k);
    }
    return k;
  };
  // Memos are arrays indexed by the school's position in the dataset (its ordinal): a national
  // dataset asks for a million (measure, school) values, and arrays cost far less than maps keyed
  // by school id.
  const count = ix.schools.length;
  const idOf = (si: number): string => (ix.schools[si] as { id: string }).id;
  const { measureSlots, slotsByObject, indexMemo, poolMemo, poolByObject, otherYears, statusYears } = memos;
  /** The memo of a measure (equal measures written twice share one). */
  const slotsOf = (m: object): MeasureSlots => {
    let s = slotsByObject.get(m);
    if (s === undefined) {
      const k = keyOf(m);
      s = measureSlots.get(k);
      if (s === undefined) {
        s = new MeasureSlots(count);
        measureSlots.set(k, s);
      }
      slotsByObject.set(m, s);
    }
    return s;
  };
  // the parameters of a rule are the same for every school: one object per rule, shared by all traces
  const paramsMemo = new WeakMap<object, Readonly<Record<string, unknown>>>();
  const indexDefs = table<IndexDefinition>((methodology.indices ?? []).map((d) => [d.id, d] as const));
  const names: LabelNames = {
    indices: table((methodology.indices ?? []).map((d) => [d.id, d.name] as const)),
    categories: table(methodology.categories.map((c) => [c.id, c.name] as const)),
  };
  const categoryDefs = table<Category>(methodology.categories.map((c) => [c.id, c] as const));
  /** Per category: its definition, its results by school and, statuses only, its compiled function. */
  type CategorySlot = { readonly id: string; readonly def: Category; readonly memo: SchoolMemo<CategoryResult>; readonly compiled: ((si: number) => CategoryResult) | undefined };
  const categorySlots = new Map<string, CategorySlot>();
  let lastCategory: CategorySlot | undefined;
  const firstYear = ix.dataset.years.reduce((a, b) => Math.min(a, b), year);
  const labels = new WeakMap<object, Bilingual>();

  /** The groups of a pool: every school's group, and each group's members (computed once per pool). */
  function groupsOf(pool: Pool): PoolGroups {
    let g = poolByObject.get(pool);
    if (g !== undefined) return g;
    const pk = keyOf(pool);
    g = poolMemo.get(pk);
    if (g === undefined) {
      const groupOf = new Int32Array(count);
      const members: number[][] = [];
      const numbers = new Map<string, number>();
      const same = pool.sameAs ?? [];
      for (let si = 0; si < count; si++) {
        const s = ix.schools[si] as (typeof ix.schools)[number];
        let key = pool.scope === 'municipality' ? s.territoryId : pool.scope === 'region' ? (ix.regionOf.get(s.territoryId) ?? s.territoryId) : '*';
        for (const f of same) key += `|${f}=${String(s[f])}`;
        let gi = numbers.get(key);
        if (gi === undefined) {
          gi = members.length;
          numbers.set(key, gi);
          members.push([]);
        }
        groupOf[si] = gi;
        (members[gi] as number[]).push(si);
      }
      g = { groupOf, members };
      poolMemo.set(pk, g);
    }
    poolByObject.set(pool, g);
    return g;
  }

  /** The highest (lowest) value of a measure among the schools of the pool group another category selects. */
  function selectionBound(m: Extract<Measure, { kind: 'selectionBound' }>, si: number): MeasureValue {
    const g = groupsOf(m.pool);
    let best: number | null = null;
    const lacking: MissingInput[] = [];
    for (const sj of g.members[g.groupOf[si] as number] as number[]) {
      const c = category(m.category, sj);
      if (c.value === null) {
        if (c.missing.length > 0) lacking.push(...c.missing);
        continue;
      }
      if (c.value !== true || ('cls' in c && c.cls === null)) continue;
      const v = measure(m.measure, sj);
      if (v.status !== 'value') {
        if (v.status === 'missing') lacking.push(...v.missing);
        continue;
      }
      if (best === null || (m.which === 'max' ? v.value > best : v.value < best)) best = v.value;
    }
    // a school whose verdict is unknown could raise (lower) the bound: then the bound is unknown too
    if (lacking.length > 0) return { status: 'missing', missing: distinctInputs(lacking) };
    if (best === null) return { status: 'not_applicable', reason: { code: 'EMPTY_SELECTION', ru: 'в перечне нет ни одной школы группы сравнения', en: 'no school of the pool is on the list' } };
    return { status: 'value', value: best, years: yearsOf(year) };
  }

  function indexValue(indexId: string, si: number): MeasureValue {
    const def = indexDefs.get(indexId);
    if (def === undefined) throw new ShnorError('INVALID_OPTION', { option: 'measure.index', value: indexId, expected: { ru: `индекс методики (${[...indexDefs.keys()].map((x) => `«${x}»`).join(', ')})`, en: `an index of the methodology (${[...indexDefs.keys()].join(', ')})` } });
    const groups = groupsOf(def.pool);
    let memo = indexMemo.get(indexId);
    if (memo === undefined) {
      memo = { values: new MeasureSlots(count), done: new Uint8Array(groups.members.length) };
      indexMemo.set(indexId, memo);
    }
    const gi = groups.groupOf[si] as number;
    if (memo.done[gi] === 0) {
      memo.done[gi] = 1;
      // where the index itself lacks something: the index, with the component when one is named
      // (statuses only: one unnamed input, never read for more than being there)
      const unnamed: MissingInput = { kind: 'index', school: '', index: def.id, name: def.name };
      const lackingOf = statusOnly
        ? (): MissingInput => unnamed
        : (sj: number, c?: IndexDefinition['components'][number]): MissingInput =>
            c === undefined ? { kind: 'index', school: idOf(sj), index: def.id, name: def.name } : { kind: 'index', school: idOf(sj), index: def.id, name: def.name, component: c.id, componentName: ctx.labelOf(c.measure) };
      computeIndexGroup<Measure, MissingInput>(def, groups.members[gi] as number[], measure as unknown as Parameters<typeof computeIndexGroup<Measure, MissingInput>>[2], lackingOf, yearsOf(year), { set: (sj, v) => memo.values.set(sj, v) }, statusOnly ? (SOME_MISSING_VALUE as { status: 'missing'; missing: readonly MissingInput[] }) : undefined);
    }
    return memo.values.get(si) ?? { status: 'missing', missing: [{ kind: 'index', school: idOf(si), index: indexId, name: def.name }] };
  }

  function measure(m: Measure, si: number): MeasureValue {
    const slots = slotsOf(m);
    let v = slots.get(si);
    if (v === undefined) {
      if (isArithmetic(m)) v = arithmeticValue(m, si, ctx, (b, sj, y) => evaluatorOf(y).measure(b, sj));
      else if (m.kind === 'index') v = indexValue(m.index, si);
      else if (m.kind === 'selectionBound') v = selectionBound(m, si);
      else if (m.kind === 'category') {
        const r = category(m.category, si, year + (m.yearOffset ?? 0));
        // a category that does not apply to the school (its own reason, nothing missing) is a measure
        // that does not apply, with that reason — not a missing one with nothing missing
        v = r.value !== null ? { status: 'value', value: r.value ? 1 : 0, years: yearsOf(year) } : isMissingResult(r) ? { status: 'missing', missing: r.missing } : { status: 'not_applicable', reason: r.reason as NonNullable<typeof r.reason> };
      } else v = schoolMeasure(ix, m, si, year, statusOnly ? SOME_MISSING_VALUE : undefined);
      // statuses only: whether inputs lack, not which (a list is never read for more than being empty or not)
      if (statusOnly && v.status === 'missing' && v.missing.length > 0) v = SOME_MISSING_VALUE;
      slots.set(si, v);
    }
    return v;
  }

  // equal nodes of a rule, one object for every school that has them (at most SHARED_PER_RULE a rule):
  // most schools' traces repeat a few nodes (no hit, a fact that is 0, a rule out of scope), and a
  // national run otherwise keeps a million copies of them
  const sharedNodes = new WeakMap<object, TraceNode[]>();

  /** A shared node of the rule equal to the one these fields make, if there is one. */
  function sharedNode(list: readonly TraceNode[], outcome: TraceNode['outcome'], extra: Partial<TraceNode>): TraceNode | undefined {
    for (const c of list) {
      if (c.outcome !== outcome || c.values !== extra.values || c.missing !== extra.missing || c.reason !== extra.reason || c.what !== extra.what || c.params !== extra.params) continue;
      const a = c.children;
      const b = extra.children;
      if (a !== b) {
        if (a === undefined || b === undefined || a.length !== b.length) continue;
        let same = true;
        for (let i = 0; i < a.length; i++) {
          if (a[i] !== b[i]) {
            same = false;
            break;
          }
        }
        if (!same) continue;
      }
      return c;
    }
    return undefined;
  }

  /** Whether a node made of these parts may be shared: each part absent or itself shared. */
  function shareable(extra: Partial<TraceNode>): boolean {
    if (extra.values !== undefined && !isShared(extra.values)) return false;
    if (extra.missing !== undefined && !isShared(extra.missing)) return false;
    const ch = extra.children;
    if (ch !== undefined) for (const c of ch) if (!isShared(c)) return false;
    return true;
  }

  function node(r: RuleHead, value: Tri, extra: Partial<TraceNode>): TraceNode | undefined {
    if (!tracing) return undefined;
    const outcome = outcomeOf(value, extra.missing, extra.reason);
    let list: TraceNode[] | undefined;
    if (TRACE_SHARING.on && shareable(extra)) {
      list = sharedNodes.get(r);
      if (list === undefined) {
        list = [];
        sharedNodes.set(r, list);
      } else {
        const hit = sharedNode(list, outcome, extra);
        if (hit !== undefined) return hit;
      }
    }
    // plain assignments rather than spreads: this runs for every rule of every school
    const n = new Step(r.kind) as { -readonly [K in keyof TraceNode]?: TraceNode[K] };
    if (r.id !== undefined) n.id = r.id;
    if (r.label !== undefined) n.label = r.label;
    if (r.source !== undefined) n.source = r.source;
    n.outcome = outcome;
    if (extra.what !== undefined) n.what = extra.what;
    if (extra.params !== undefined) n.params = extra.params;
    if (extra.values !== undefined) n.values = extra.values;
    if (extra.missing !== undefined) n.missing = extra.missing;
    if (extra.reason !== undefined) n.reason = extra.reason;
    if (extra.children !== undefined) n.children = extra.children;
    if (explaining) n.text = { ru: flat(nodeText(n as TraceNode, 'ru')), en: flat(nodeText(n as TraceNode, 'en')) };
    if (list !== undefined && list.length < SHARED_PER_RULE) list.push(shared(n as TraceNode));
    return n as TraceNode;
  }

  function paramsOfRule(r: Rule): Readonly<Record<string, unknown>> {
    return ctx.paramsOf(r);
  }

  // the results of the rules asked more than once for a school (state.ts, ruleMemoKeys), by school;
  // with traces, also the rule each result was computed for (its node carries that rule's names)
  const memoKeys = ruleMemoKeys(methodology);
  const ruleMemo = new Map<string, { readonly results: SchoolMemo<RuleResult>; readonly rules: (Rule | undefined)[] | undefined }>();

  /** The memo of a rule asked more than once for a school (`undefined` for the others), made on first use. */
  function memoOf(k: string): { readonly results: SchoolMemo<RuleResult>; readonly rules: (Rule | undefined)[] | undefined } {
    let memo = ruleMemo.get(k);
    if (memo === undefined) {
      memo = { results: new SchoolMemo<RuleResult>(count), rules: tracing ? new Array<Rule | undefined>(count) : undefined };
      ruleMemo.set(k, memo);
    }
    return memo;
  }

  // statuses only: the rules compiled once into functions of the school (compiled.ts), sharing this
  // evaluator's memos; made once the context below exists
  let compiler: StatusCompiler | undefined;

  function rule(r: Rule, si: number): RuleResult {
    if (compiler !== undefined) return compiler.rule(r)(si);
    return interpretedRule(r, si);
  }

  function interpretedRule(r: Rule, si: number): RuleResult {
    const k = memoKeys.get(r);
    if (k === undefined) return ruleOnce(r, si);
    const memo = memoOf(k);
    const hit = memo.results.get(si);
    if (hit === undefined) {
      const out = ruleOnce(r, si);
      memo.results.set(si, out);
      if (memo.rules !== undefined) memo.rules[si] = r;
      return out;
    }
    // the same rule written again under other names (seed 002's clusters repeat its ШНОР and ШНСУ
    // rules): the same value, missing inputs and facts, in a node with this rule's names
    if (memo.rules === undefined || memo.rules[si] === r || hit.node === undefined) return hit;
    const n = renamed(hit.node, r);
    if (n === undefined) return ruleOnce(r, si);
    return hit.reason !== undefined ? { value: hit.value, missing: hit.missing, reason: hit.reason, node: n } : { value: hit.value, missing: hit.missing, node: n };
  }

  /**
   * A node of a rule equal in value to `to` (the same rule under other names), with the names of
   * `to` and of its parts: the values, missing inputs and reasons shared, not computed again.
   * `undefined` when the parts of `to` do not line up with the node's children.
   */
  function renamed(n: TraceNode, to: Rule): TraceNode | undefined {
    // a part written without names of its own (the same kind, id, label and source as the node's):
    // the node itself, when its parts are too — the node it would make is equal to it, field for field
    if (to.kind === n.rule && to.id === n.id && to.label === n.label && to.source === n.source) {
      if (n.children === undefined) return n;
    }
    const extra: { -readonly [K in keyof TraceNode]?: TraceNode[K] } = {};
    if (n.what !== undefined) extra.what = n.what;
    if (n.params !== undefined) extra.params = n.params;
    if (n.values !== undefined) extra.values = n.values;
    if (n.missing !== undefined) extra.missing = n.missing;
    if (n.reason !== undefined) extra.reason = n.reason;
    if (n.children !== undefined) {
      const parts = to.kind === 'all' || to.kind === 'any' || to.kind === 'atLeast' ? to.rules : to.kind === 'not' || to.kind === 'persist' ? [to.rule] : to.kind === 'scope' ? [to.when, to.rule] : undefined;
      if (parts === undefined || parts.length < n.children.length || (to.kind !== 'scope' && parts.length !== n.children.length)) return undefined;
      const children: TraceNode[] = [];
      let same = true;
      for (let i = 0; i < n.children.length; i++) {
        const c = renamed(n.children[i] as TraceNode, parts[i] as Rule);
        if (c === undefined) return undefined;
        if (c !== n.children[i]) same = false;
        children.push(c);
      }
      if (same && to.kind === n.rule && to.id === n.id && to.label === n.label && to.source === n.source) return n;
      extra.children = children;
    }
    return node(to, n.outcome === 'true' ? true : n.outcome === 'false' ? false : null, extra);
  }

  function ruleOnce(r: Rule, si: number): RuleResult {
    const out = (RULES[r.kind] as RuleModule<Rule>).evaluate(r, si, ctx);
    const policy = r.ifMissing;
    // the act's missing-data policy, by name: an absent input counts as not meeting (or as meeting) the condition
    if (policy === undefined || policy === 'unknown' || out.value !== null || out.reason !== undefined || out.missing.length === 0) return out;
    const value = policy === 'holds';
    if (!tracing) return plainResult(value);
    const inner = out.node as TraceNode;
    const n = node(r, value, { ...(inner.what ? { what: inner.what } : {}), params: { ...paramsOfRule(r), ifMissing: policy }, values: { absent: out.missing }, ...(inner.children ? { children: inner.children } : {}) });
    return { value, missing: NONE, node: n as TraceNode };
  }

  /** The evaluator of another year of the session: its own values, traces and texts off. */
  function evaluatorOf(y: number): Evaluator {
    if (y === year) return ctx;
    if (statusOnly) {
      // statuses only read statuses only, of every year: one map of them for the session too
      let o = statusYears.get(y) as Evaluator | undefined;
      if (o === undefined) {
        o = createEvaluator(methodology, ix, y, { statusOnly: true }, newMemos(otherYears, memos));
        statusYears.set(y, o);
      }
      return o;
    }
    let other = otherYears.get(y) as Evaluator | undefined;
    if (other === undefined) {
      // one map of the session's years for all of them: a year asked by several later ones is evaluated once
      other = createEvaluator(methodology, ix, y, { trace: false, explain: false }, newMemos(otherYears, memos));
      otherYears.set(y, other);
    }
    return other;
  }

  function category(categoryId: string, si: number, y: number = year): CategoryResult {
    if (y !== year) {
      // before the data's first year there is no verdict: a category that reads its own earlier
      // years («в перечне годом ранее») ends there instead of going back without end
      if (y < firstYear) {
        if (statusOnly) return { value: null, missing: SOME_MISSING };
        return { value: null, missing: [{ kind: 'category', school: idOf(si), category: categoryId, name: names.categories.get(categoryId) ?? { ru: categoryId }, years: yearSpan(y, y) }] };
      }
      return evaluatorOf(y).category(categoryId, si);
    }
    // the category asked last (a year's statuses ask one category for every school in turn), else by id
    let slot = categoryId === lastCategory?.id ? lastCategory : categorySlots.get(categoryId);
    if (slot === undefined) {
      const c = categoryDefs.get(categoryId);
      if (c === undefined) throw new ShnorError('INVALID_OPTION', { option: 'category', value: categoryId, expected: { ru: `категория методики: ${[...categoryDefs.keys()].map((x) => `«${x}»`).join(', ')}`, en: [...categoryDefs.keys()].join(', ') } });
      slot = { id: categoryId, def: c, memo: new SchoolMemo<CategoryResult>(count), compiled: compiler?.category(c) };
      categorySlots.set(categoryId, slot);
    }
    lastCategory = slot;
    const memo = slot.memo;
    const hit = memo.get(si);
    if (hit !== undefined) return hit;
    const c = slot.def;
    const out: CategoryResult = slot.compiled !== undefined ? slot.compiled(si) : c.kind === 'flag' ? rule(c.rule, si) : c.kind === 'territory' ? evaluateTerritory(c, si, ctx) : c.classifier.kind === 'matrix' ? evaluateMatrix(c.classifier, si, ctx) : evaluateOrdered(c.classifier, si, ctx);
    memo.set(si, out);
    return out;
  }

  const ctx: EvalContext & { indexValue(indexId: string, si: number): MeasureValue } = {
    methodology,
    ix,
    year,
    count,
    tracing,
    explaining,
    statusOnly,
    memos,
    names,
    idOf,
    keyOf,
    measure,
    labelOf(m) {
      let l = labels.get(m);
      if (l === undefined) {
        const data = proceduresOf(ix.dataset);
        l = { ru: measureLabel(m, 'ru', names.indices, names.categories, year, ix.declarations, data), en: measureLabel(m, 'en', names.indices, names.categories, year, ix.declarations, data) };
        labels.set(m, l);
      }
      return l;
    },
    groupsOf,
    members(si, pool) {
      const g = groupsOf(pool);
      return g.members[g.groupOf[si] as number] as number[];
    },
    paramsOf(r) {
      let p = paramsMemo.get(r);
      if (p === undefined) {
        p = (RULES[r.kind] as RuleModule<Rule>).params(r, ctx);
        paramsMemo.set(r, p);
      }
      return p;
    },
    rule,
    category,
    evaluatorOf,
    node,
    unknownFrom(r, v, what) {
      const missing = v.status === 'missing' ? v.missing : NONE;
      const reason = v.status === 'not_applicable' ? v.reason : undefined;
      // without traces and reason: a shared result when no inputs, or unnamed ones, are missing (statuses only read most of these)
      if (!tracing && reason === undefined) return resultWith(null, missing);
      const extra: { -readonly [K in keyof TraceNode]?: TraceNode[K] } = { what };
      if (missing.length > 0) extra.missing = missing;
      if (reason !== undefined) extra.reason = reason;
      const n = node(r, null, extra);
      const out: { value: Tri; missing: readonly MissingInput[]; reason?: typeof reason; node?: TraceNode } = { value: null, missing };
      if (reason !== undefined) out.reason = reason;
      if (n !== undefined) out.node = n;
      return out as RuleResult;
    },
    indexValue,
  };
  if (statusOnly && COMPILED_STATUSES.on) {
    compiler = new StatusCompiler(ctx, {
      memoOf: (r) => {
        const k = memoKeys.get(r);
        return k === undefined ? undefined : memoOf(k).results;
      },
      measureOf: (m) => {
        const slots = slotsOf(m);
        return (si) => slots.get(si) ?? measure(m, si);
      },
    });
  }
  return ctx;
}

/** The index values of a school, through an evaluator. @internal */
export function indexValueOf(ev: Evaluator, indexId: string, si: number): MeasureValue {
  return (ev as Evaluator & { indexValue(indexId: string, si: number): MeasureValue }).indexValue(indexId, si);
}
