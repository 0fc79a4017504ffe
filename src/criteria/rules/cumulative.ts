/**
 * `cumulative`: selection by cumulative share of a total. The schools of a pool group, sorted by a
 * count from the largest down, are taken until together they hold more than the stated share of
 * the group's total; the school whose count crosses the share is taken, and so is every school
 * tied with it (the verdict never depends on the order of the schools).
 */
import { compareShare, toNumber } from '../_lib/compare.js';
import { num, plural, poolLabel } from '../_lib/labels.js';
import { NONE, type EvalContext, type RuleModule } from '../engine/context.js';
import type { RuleResult, TraceNode } from '../engine/types.js';
import { type Lang, unknownText, whatOf } from '../explain/words.js';
import type { Pool, Rule } from '../schema.js';

type R = Extract<Rule, { kind: 'cumulative' }>;

interface Table {
  readonly done: Uint8Array;
  /** by school: 1 selected, 0 not, 2 not in the pool (not eligible) */
  readonly state: Uint8Array;
  /** by school: the cumulative sum up to and including it (in the sorted order) */
  readonly cum: Float64Array;
  readonly total: Float64Array;
  readonly n: Int32Array;
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
    t = { done: new Uint8Array(g), state: new Uint8Array(ctx.count), cum: new Float64Array(ctx.count), total: new Float64Array(g), n: new Int32Array(g) };
    byRule.set(r, t);
  }
  const gi = groups.groupOf[si] as number;
  if (t.done[gi] === 1) return t;
  t.done[gi] = 1;
  const rows: { sj: number; id: string; v: number }[] = [];
  let total = 0;
  for (const sj of groups.members[gi] as number[]) {
    if (r.eligible !== undefined && ctx.rule(r.eligible, sj).value !== true) {
      t.state[sj] = 2;
      continue;
    }
    const v = ctx.measure(r.measure, sj);
    if (v.status !== 'value') continue;
    rows.push({ sj, id: ctx.idOf(sj), v: v.value });
  }
  // largest first; equal counts by id, so that the cumulative sums shown do not depend on the order of the dataset
  rows.sort((a, b) => b.v - a.v || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const row of rows) total += row.v;
  let cum = 0;
  let i = 0;
  while (i < rows.length) {
    let j = i;
    while (j + 1 < rows.length && (rows[j + 1] as (typeof rows)[number]).v === (rows[i] as (typeof rows)[number]).v) j++;
    // the tie group i..j is taken while the schools before it hold no more than the share
    const take = total > 0 && !compareShare(cum, total, 'gt', r.percent);
    for (let q = i; q <= j; q++) {
      const row = rows[q] as (typeof rows)[number];
      cum += row.v;
      t.cum[row.sj] = cum;
      t.state[row.sj] = take ? 1 : 0;
    }
    i = j + 1;
  }
  t.total[gi] = total;
  t.n[gi] = rows.length;
  return t;
}

export const cumulativeRule: RuleModule<R> = {
  params: (r) => ({ percent: r.percent, pool: r.pool }),
  evaluate(r, si, ctx): RuleResult {
    const what = ctx.labelOf(r.measure);
    const t = table(r, si, ctx);
    if (t.state[si] === 2) {
      const reason = { code: 'OUT_OF_SCOPE', ru: 'школа не входит в группу отбора', en: 'the school is not in the selection pool' };
      const nd = ctx.node(r, null, { what, reason });
      return nd ? { value: null, missing: NONE, reason, node: nd } : { value: null, missing: NONE, reason };
    }
    const v = ctx.measure(r.measure, si);
    if (v.status !== 'value') return ctx.unknownFrom(r, v, what);
    const gi = ctx.groupsOf(r.pool).groupOf[si] as number;
    const value = t.state[si] === 1;
    if (!ctx.tracing) return { value, missing: NONE };
    return { value, missing: NONE, node: ctx.node(r, value, { what, params: ctx.paramsOf(r), values: { value: v.value, cumulative: t.cum[si] as number, total: t.total[gi] as number, poolSize: t.n[gi] as number } }) as TraceNode };
  },
};

/** «число … = 12; вместе со школами, где больше, — 40 из 100 (40 %) при доле отбора 50 % — входит». @internal */
export function explainCumulative(n: TraceNode, lang: Lang): string {
  const u = unknownText(n, lang);
  if (u !== undefined) return u;
  const p = n.params as { percent: string | number; pool: Pool };
  const v = n.values as { value: number; cumulative: number; total: number; poolSize: number };
  const share = v.total > 0 ? (v.cumulative * 100) / v.total : 0;
  const pct = num(toNumber(p.percent), lang);
  return lang === 'ru'
    ? `${whatOf(n, 'ru')} = ${num(v.value, 'ru')}; вместе со школами, где больше, — ${num(v.cumulative, 'ru')} из ${num(v.total, 'ru')} (${num(share, 'ru')} %) по ${v.poolSize} ${plural(v.poolSize, 'школе', 'школам', 'школам')} среди ${poolLabel(p.pool, 'ru')}; отбираются школы, пока их доля не превысит ${pct} % — ${n.outcome === 'true' ? 'входит' : 'не входит'}`
    : `${whatOf(n, 'en')} = ${num(v.value, 'en')}; with the schools above it, ${num(v.cumulative, 'en')} of ${num(v.total, 'en')} (${num(share, 'en')} %) over ${v.poolSize} schools among ${poolLabel(p.pool, 'en')}; schools are taken until they hold more than ${pct} %: ${n.outcome === 'true' ? 'in' : 'not in'}`;
}
