/**
 * `cumulative`: selection by cumulative share of a total. The schools of a pool group, sorted by a
 * count from the largest down, are taken until together they hold more than the stated share of
 * the group's total; the school whose count crosses the share is taken, and so is every school
 * tied with it (the verdict never depends on the order of the schools).
 *
 * With `orderBy`, the schools are sorted by another measure (its highest or its lowest value
 * first) and the rule's `measure` is what is summed: South Africa's quintile 1 is the poorest
 * schools of a province holding its stated share of the province's learners. Ties are on the
 * order value.
 *
 * Missing data. A school without the summed count is unknown and left out of the total (the total
 * is the sum of the counts known). A school whose count is known but whose order value is missing
 * keeps its count in the total, but its place in the order is unknown: every school whose verdict
 * could change with that place (wherever it falls, before or after the others) is unknown, with
 * the missing order values named; a school whose verdict is the same wherever it falls stays
 * decided (the trace shows the range the schools before it can hold). A school whose order value
 * does not apply is out of the order: not applicable, with the reason, and left out of the total.
 */
import { compareShare, toNumber } from '../_lib/compare.js';
import { num, plural, poolLabel } from '../_lib/labels.js';
import { NONE, type EvalContext, type RuleModule } from '../engine/context.js';
import type { RuleResult, TraceNode } from '../engine/types.js';
import type { MissingInput } from '../engine/missing.js';
import { type Lang, missingList, unknownText, whatOf } from '../explain/words.js';
import type { Bilingual } from '../../errors/messages.js';
import type { Pool, Rule } from '../schema.js';

type R = Extract<Rule, { kind: 'cumulative' }>;

/** A school's state in its group's table. */
const NOT = 0;
const TAKEN = 1;
/** not in the pool (not eligible) */
const OUT = 2;
/** its place, or the place of a school before it, is unknown and could change the verdict */
const UNDECIDED = 3;
/** its order value does not apply: out of the order */
const UNORDERED = 4;

interface Table {
  readonly done: Uint8Array;
  /** by school: TAKEN, NOT, OUT, UNDECIDED or UNORDERED */
  readonly state: Uint8Array;
  /** by school: the cumulative sum of the placed schools up to and including it (in the sorted order) */
  readonly cum: Float64Array;
  /** by school: the lowest and highest sum the schools before it can hold (its tie group excluded) */
  readonly lo: Float64Array;
  readonly hi: Float64Array;
  /** by school: 1 when its order value is missing (its place is unknown) */
  readonly unplaced: Uint8Array;
  readonly total: Float64Array;
  readonly n: Int32Array;
  /** by group: the schools whose place is unknown, with the notes of their missing order values */
  readonly unknownPlaces: (readonly { readonly sj: number; readonly notes: readonly MissingInput[] }[])[];
}

const tables = new WeakMap<object, WeakMap<object, Table>>();

function table(r: R, si: number, ctx: EvalContext): Table {
  let byRule = tables.get(ctx.memos);
  if (byRule === undefined) {
    byRule = new WeakMap();
    tables.set(ctx.memos, byRule);
  }
  const groups = ctx.groupsOf(r.pool);
  let t = byRule.get(r);
  if (t === undefined) {
    const g = groups.members.length;
    const c = ctx.count;
    t = { done: new Uint8Array(g), state: new Uint8Array(c), cum: new Float64Array(c), lo: new Float64Array(c), hi: new Float64Array(c), unplaced: new Uint8Array(c), total: new Float64Array(g), n: new Int32Array(g), unknownPlaces: [] };
    byRule.set(r, t);
  }
  const gi = groups.groupOf[si] as number;
  if (t.done[gi] === 1) return t;
  t.done[gi] = 1;
  // the order: by the summed count, largest first, unless `orderBy` names another measure
  const desc = (r.orderBy?.first ?? 'highest') === 'highest';
  const rows: { sj: number; id: string; v: number; o: number }[] = [];
  const loose: { sj: number; v: number; notes: readonly MissingInput[] }[] = [];
  let total = 0;
  for (const sj of groups.members[gi] as number[]) {
    if (r.eligible !== undefined && ctx.rule(r.eligible, sj).value !== true) {
      t.state[sj] = OUT;
      continue;
    }
    const v = ctx.measure(r.measure, sj);
    if (v.status !== 'value') continue;
    if (r.orderBy === undefined) {
      rows.push({ sj, id: ctx.idOf(sj), v: v.value, o: v.value });
      continue;
    }
    const o = ctx.measure(r.orderBy.measure, sj);
    if (o.status === 'value') rows.push({ sj, id: ctx.idOf(sj), v: v.value, o: o.value });
    else if (o.status === 'missing') loose.push({ sj, v: v.value, notes: o.missing });
    else t.state[sj] = UNORDERED;
  }
  // equal order values by id, so that the cumulative sums shown do not depend on the order of the dataset
  rows.sort((a, b) => (desc ? b.o - a.o : a.o - b.o) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const row of rows) total += row.v;
  // the schools whose place is unknown: any of them may come before any placed school
  let loosePos = 0;
  let looseNeg = 0;
  for (const x of loose) {
    total += x.v;
    if (x.v > 0) loosePos += x.v;
    else looseNeg += x.v;
  }
  // a tie group is taken when the schools before it hold no more than the share
  const decide = (lo: number, hi: number): number => (total <= 0 || compareShare(lo, total, 'gt', r.percent) ? NOT : !compareShare(hi, total, 'gt', r.percent) ? TAKEN : UNDECIDED);
  let cum = 0;
  let minPrefix = 0;
  let maxPrefix = 0;
  let i = 0;
  while (i < rows.length) {
    let j = i;
    while (j + 1 < rows.length && (rows[j + 1] as (typeof rows)[number]).o === (rows[i] as (typeof rows)[number]).o) j++;
    const lo = cum + looseNeg;
    const hi = cum + loosePos;
    const state = decide(lo, hi);
    for (let q = i; q <= j; q++) {
      const row = rows[q] as (typeof rows)[number];
      cum += row.v;
      t.cum[row.sj] = cum;
      t.lo[row.sj] = lo;
      t.hi[row.sj] = hi;
      t.state[row.sj] = state;
    }
    if (cum < minPrefix) minPrefix = cum;
    if (cum > maxPrefix) maxPrefix = cum;
    i = j + 1;
  }
  // a school without its place may come first or last, and any other such school before it or not
  for (const x of loose) {
    const lo = minPrefix + looseNeg - Math.min(0, x.v);
    const hi = maxPrefix + loosePos - Math.max(0, x.v);
    t.state[x.sj] = decide(lo, hi);
    t.lo[x.sj] = lo;
    t.hi[x.sj] = hi;
    t.unplaced[x.sj] = 1;
  }
  t.total[gi] = total;
  t.n[gi] = rows.length + loose.length;
  t.unknownPlaces[gi] = loose.filter((x) => x.v !== 0).map((x) => ({ sj: x.sj, notes: x.notes }));
  return t;
}

export const cumulativeRule: RuleModule<R> = {
  params: (r, ctx) => (r.orderBy === undefined ? { percent: r.percent, pool: r.pool } : { percent: r.percent, pool: r.pool, orderBy: { first: r.orderBy.first, what: ctx.labelOf(r.orderBy.measure) } }),
  evaluate(r, si, ctx): RuleResult {
    const what = ctx.labelOf(r.measure);
    const t = table(r, si, ctx);
    if (t.state[si] === OUT) {
      const reason = { code: 'OUT_OF_SCOPE', ru: 'школа не входит в группу отбора', en: 'the school is not in the selection pool' };
      const nd = ctx.node(r, null, { what, reason });
      return nd ? { value: null, missing: NONE, reason, node: nd } : { value: null, missing: NONE, reason };
    }
    const v = ctx.measure(r.measure, si);
    if (v.status !== 'value') return ctx.unknownFrom(r, v, what);
    const order = r.orderBy === undefined ? undefined : ctx.measure(r.orderBy.measure, si);
    if (order !== undefined && order.status === 'not_applicable') return ctx.unknownFrom(r, order, ctx.labelOf((r.orderBy as NonNullable<R['orderBy']>).measure));
    const gi = ctx.groupsOf(r.pool).groupOf[si] as number;
    const state = t.state[si] as number;
    const places = (t.unknownPlaces[gi] ?? []).filter((x) => x.sj !== si);
    // the missing order values that leave the verdict open: the school's own first, then the others'
    const notes = state === UNDECIDED ? [...(order !== undefined && order.status === 'missing' ? order.missing : []), ...places.flatMap((x) => x.notes)] : NONE;
    const value = state === TAKEN ? true : state === NOT ? false : null;
    if (!ctx.tracing) return { value, missing: notes };
    const values: Record<string, unknown> = { value: v.value, total: t.total[gi] as number, poolSize: t.n[gi] as number };
    if (t.unplaced[si] === 1) {
      values.placed = false;
      values.own = order !== undefined && order.status === 'missing' ? order.missing : NONE;
    } else {
      values.cumulative = t.cum[si] as number;
      if (order !== undefined && order.status === 'value') values.order = order.value;
    }
    if (t.unplaced[si] === 1 || places.length > 0) {
      // the range the schools before it can hold, whatever the unknown places
      values.before = { lo: t.lo[si] as number, hi: t.hi[si] as number };
      values.unplaced = places.length;
      values.absent = places.flatMap((x) => x.notes);
      // which schools, by name (as a territory's verdict names its schools without data)
      values.unplacedSchools = places.map((x) => ctx.ix.schools[x.sj]?.name ?? ctx.idOf(x.sj));
    }
    const extra: Partial<TraceNode> = { what, params: ctx.paramsOf(r), values };
    return { value, missing: notes, node: ctx.node(r, value, notes.length > 0 ? { ...extra, missing: notes } : extra) as TraceNode };
  },
};


/** «(Школа 6)», «(Школа 6, Школа 9, Школа 12 и ещё 2)»: the other schools whose place is unknown; empty for a stored trace without them. */
function named(schools: readonly string[] | undefined, lang: Lang): string {
  if (schools === undefined || schools.length === 0) return '';
  const shown = schools.slice(0, 3).join(', ');
  const more = schools.length - 3;
  return more > 0 ? ` (${shown}${lang === 'ru' ? ` и ещё ${more}` : ` and ${more} more`})` : ` (${shown})`;
}

/**
 * «число … = 12; вместе со школами, где больше, — 40 из 100 (40 %) при доле отбора 50 % — входит»;
 * with an order measure, «…; индекс бедности = 0,92; вместе со школами перед ней (по убыванию
 * показателя «индекс бедности») — …». @internal
 */
export function explainCumulative(n: TraceNode, lang: Lang): string {
  const v = n.values as { value: number; cumulative?: number; total: number; poolSize: number; order?: number; placed?: false; own?: readonly MissingInput[]; before?: { lo: number; hi: number }; unplaced?: number; absent?: readonly MissingInput[]; unplacedSchools?: readonly string[] } | undefined;
  // a node without values: no count, not in the pool, or the order value does not apply
  if (v === undefined) return unknownText(n, lang) ?? '';
  const p = n.params as { percent: string | number; pool: Pool; orderBy?: { first: 'highest' | 'lowest'; what: Bilingual } };
  const pct = num(toNumber(p.percent), lang);
  const ru = lang === 'ru';
  const of = p.orderBy === undefined ? undefined : ru ? p.orderBy.what.ru : p.orderBy.what.en;
  const down = p.orderBy?.first !== 'lowest';
  const orderWords = of === undefined ? '' : ru ? ` (по ${down ? 'убыванию' : 'возрастанию'} показателя «${of}»)` : ` (by ${of}, ${down ? 'highest' : 'lowest'} first)`;
  const verdict = n.outcome === 'true' ? (ru ? 'входит' : 'in') : n.outcome === 'false' ? (ru ? 'не входит' : 'not in') : ru ? 'неизвестно, входит ли' : 'unknown whether it is in';
  const head = `${whatOf(n, lang)} = ${num(v.value, lang)}`;
  const among = ru ? `по ${v.poolSize} ${plural(v.poolSize, 'школе', 'школам', 'школам')} среди ${poolLabel(p.pool, 'ru')}` : `over ${v.poolSize} schools among ${poolLabel(p.pool, 'en')}`;
  const rule = ru ? `отбираются школы, пока их доля не превысит ${pct} %` : `schools are taken until they hold more than ${pct} %`;
  const sep = ru ? ' — ' : ': ';
  // the other schools whose place is unknown, when there are any
  const k = v.unplaced ?? 0;
  const others =
    k === 0
      ? ''
      : ru
        ? `; место ещё ${k} ${plural(k, 'школы', 'школ', 'школ')}${named(v.unplacedSchools, 'ru')} в порядке неизвестно (нет данных: ${missingList(v.absent ?? [], 'ru')})`
        : `; the place in the order of ${k} other school${k === 1 ? '' : 's'}${named(v.unplacedSchools, 'en')} is unknown (no data: ${missingList(v.absent ?? [], 'en')})`;
  const orderValue = of === undefined || v.order === undefined ? '' : `; ${of} = ${num(v.order, lang)}`;
  if (v.before !== undefined) {
    // some place is unknown: the range the schools before this one can hold, whatever those places
    const pctOf = (x: number): string => num(v.total > 0 ? (x * 100) / v.total : 0, lang);
    const { lo, hi } = v.before;
    const own =
      v.placed !== false
        ? ''
        : ru
          ? `; место школы в порядке неизвестно (нет данных: ${v.own !== undefined && v.own.length > 0 ? missingList(v.own, 'ru') : of})`
          : `; the school's place in the order is unknown (no data: ${v.own !== undefined && v.own.length > 0 ? missingList(v.own, 'en') : of})`;
    return ru
      ? `${head}${orderValue}${own}${others}; школы перед ней${orderWords} могут набрать от ${num(lo, 'ru')} до ${num(hi, 'ru')} из ${num(v.total, 'ru')} (от ${pctOf(lo)} до ${pctOf(hi)} %) ${among}; ${rule}${sep}${verdict}`
      : `${head}${orderValue}${own}${others}; the schools before it${orderWords} may hold ${num(lo, 'en')} to ${num(hi, 'en')} of ${num(v.total, 'en')} (${pctOf(lo)} to ${pctOf(hi)} %) ${among}; ${rule}${sep}${verdict}`;
  }
  const cumulative = v.cumulative ?? 0;
  const share = v.total > 0 ? (cumulative * 100) / v.total : 0;
  const withOthers = of === undefined ? (ru ? 'вместе со школами, где больше, —' : 'with the schools above it,') : ru ? `вместе со школами перед ней${orderWords} —` : `with the schools before it${orderWords},`;
  return ru
    ? `${head}${orderValue}; ${withOthers} ${num(cumulative, 'ru')} из ${num(v.total, 'ru')} (${num(share, 'ru')} %) ${among}; ${rule}${sep}${verdict}`
    : `${head}${orderValue}; ${withOthers} ${num(cumulative, 'en')} of ${num(v.total, 'en')} (${num(share, 'en')} %) ${among}; ${rule}${sep}${verdict}`;
}
