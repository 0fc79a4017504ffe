/**
 * `rank`: the bottom or top k % of a pool of schools by a measure, with the rounding of k % of N,
 * the handling of ties and a minimum pool size.
 */
import { dec } from '../_lib/compare.js';
import { measureUnit, num, plural, poolLabel } from '../_lib/labels.js';
import { type EvalContext, NONE, type RuleModule, plainResult } from '../engine/context.js';
import type { RankTables } from '../engine/state.js';
import type { RuleResult, TraceNode } from '../engine/types.js';
import { type Lang, shown, unknownText, whatOf } from '../explain/words.js';
import { toNumber } from '../_lib/compare.js';
import type { Pool, Rule } from '../schema.js';

type R = Extract<Rule, { kind: 'rank' }>;

/** The number of schools k % of n selects, rounded as the rule says. @internal */
function quota(percent: string | number, n: number, rounding: R['rounding']): number {
  const exact = dec(percent).times(n).div(100);
  return Number((rounding === 'floor' ? exact.floor() : rounding === 'ceil' ? exact.ceil() : exact.toDecimalPlaces(0, 4)).toString());
}

/** Ranks the school's pool group by the rule's measure (once per group) and returns the rule's tables. */
function rankTable(r: R, si: number, ctx: EvalContext): RankTables {
  const { rankMemo, rankByObject } = ctx.memos;
  const groups = ctx.groupsOf(r.pool);
  let t = rankByObject.get(r);
  if (t === undefined) {
    // equal rules written twice share one table
    const key = `${ctx.keyOf(r)}|${ctx.keyOf(r.pool)}`;
    t = rankMemo.get(key);
    if (t === undefined) {
      const g = groups.members.length;
      t = { rank: new Int32Array(ctx.count), selected: new Uint8Array(ctx.count), done: new Uint8Array(g), n: new Int32Array(g), k: new Int32Array(g) };
      rankMemo.set(key, t);
    }
    rankByObject.set(r, t);
  }
  const gi = groups.groupOf[si] as number;
  if (t.done[gi] === 1) return t;
  t.done[gi] = 1;
  // the schools with a value and their values, in typed arrays: no object per school
  const group = groups.members[gi] as number[];
  const who = new Int32Array(group.length);
  const val = new Float64Array(group.length);
  let n = 0;
  let eligible = 0;
  let pre = 0;
  const prefilled = r.prefilled === undefined ? null : new Uint8Array(group.length);
  for (let gq = 0; gq < group.length; gq++) {
    const sj = group[gq] as number;
    if (r.eligible !== undefined && ctx.rule(r.eligible, sj).value !== true) {
      // outside the scoped pool: neither ranked nor counted
      t.rank[sj] = -1;
      continue;
    }
    eligible++;
    if (prefilled !== null && ctx.category(r.prefilled as string, sj).value === true) {
      // already in the category by another rule: selected first, counted against k
      t.rank[sj] = 0;
      t.selected[sj] = 1;
      pre++;
      continue;
    }
    const v = ctx.measure(r.measure, sj);
    if (v.status === 'value') {
      who[n] = sj;
      val[n] = v.value;
      n++;
    }
  }
  // "extreme" first: the side the rule selects; equal values keep one order whatever the dataset's (by school id)
  const worstLow = (r.position === 'bottom') === (r.better === 'higher');
  const order = new Int32Array(n);
  for (let q = 0; q < n; q++) order[q] = q;
  order.sort((a, b) => (worstLow ? (val[a] as number) - (val[b] as number) : (val[b] as number) - (val[a] as number)));
  const kk = quota(r.percent, r.base === 'pool' ? eligible : n + pre, r.rounding);
  const kLeft = Math.max(0, kk - pre);
  let i = 0;
  while (i < n) {
    const vi = val[order[i] as number] as number;
    let j = i;
    while (j + 1 < n && val[order[j + 1] as number] === vi) j++;
    // schools i..j are tied: i are more extreme, j+1 are at least as extreme
    const selected = r.ties === 'include' ? i < kLeft : j + 1 <= kLeft;
    for (let q = i; q <= j; q++) {
      const sq = who[order[q] as number] as number;
      t.rank[sq] = i + 1;
      t.selected[sq] = selected ? 1 : 0;
    }
    i = j + 1;
  }
  t.n[gi] = n + pre;
  t.k[gi] = kk;
  return t;
}

/** Why a school whose eligibility condition does not hold is not ranked (one object for all). */
const NOT_ELIGIBLE = Object.freeze({ code: 'OUT_OF_SCOPE', ru: 'школа не входит в группу сравнения (условие отбора в неё не выполнено)', en: 'the school is not in the comparison pool (its eligibility condition does not hold)' });

export const rankRule: RuleModule<R> = {
  params: (r) => ({ position: r.position, percent: r.percent, pool: r.pool, rounding: r.rounding, ties: r.ties, minPoolSize: r.minPoolSize, better: r.better, unit: measureUnit(r.measure), ...(r.base ? { base: r.base } : {}), ...(r.prefilled ? { prefilled: r.prefilled } : {}), ...(r.eligible ? { scoped: true } : {}) }),
  evaluate(r, si, ctx): RuleResult {
    const what = ctx.labelOf(r.measure);
    const v = ctx.measure(r.measure, si);
    if (v.status !== 'value') return ctx.unknownFrom(r, v, what);
    const tables = rankTable(r, si, ctx);
    const gi = ctx.groupsOf(r.pool).groupOf[si] as number;
    if (tables.rank[si] === -1) {
      const reason = NOT_ELIGIBLE;
      const nd = ctx.node(r, null, { what, params: ctx.paramsOf(r), reason });
      return nd ? { value: null, missing: NONE, reason, node: nd } : { value: null, missing: NONE, reason };
    }
    const n = tables.n[gi] as number;
    const k = tables.k[gi] as number;
    if (n < r.minPoolSize) {
      const reason = { code: 'POOL_TOO_SMALL', ru: `в группе сравнения ${n} ${plural(n, 'школа', 'школы', 'школ')} с данными, меньше минимума (${r.minPoolSize}): школа не ранжируется`, en: `the pool has ${n} school(s) with data, fewer than the minimum ${r.minPoolSize}: the school is not ranked` };
      const nd = ctx.node(r, null, { what, params: ctx.paramsOf(r), reason, values: { poolSize: n } });
      return nd ? { value: null, missing: NONE, reason, node: nd } : { value: null, missing: NONE, reason };
    }
    const rank = tables.rank[si] as number;
    const selected = tables.selected[si] === 1;
    if (!ctx.tracing) return plainResult(selected);
    const values = v.share ? { value: v.value, count: v.share.count, total: v.share.total, rank, poolSize: n, k } : { value: v.value, rank, poolSize: n, k };
    if (rank === 0 && selected) (values as Record<string, unknown>).prefilled = r.prefilled;
    return { value: selected, missing: NONE, node: ctx.node(r, selected, { what, params: ctx.paramsOf(r), values }) as TraceNode };
  },
};

const ROUNDING: Record<string, [string, string]> = {
  floor: ['с округлением вниз', 'rounded down'],
  ceil: ['с округлением вверх', 'rounded up'],
  nearest: ['с округлением до целого', 'rounded to the nearest whole'],
};
const TIES: Record<string, [string, string]> = {
  include: ['школы с равными значениями на границе включаются все', 'schools tied at the boundary are all included'],
  exclude: ['школы с равными значениями на границе не включаются, если не помещаются все', 'schools tied at the boundary are left out unless all fit'],
};

/** «… = 12; место 3 из 40 среди школ муниципалитета (нижние 10 % — 4 школы, с округлением вниз; …) — входит». @internal */
export function explainRank(nd: TraceNode, lang: Lang): string {
  const u = unknownText(nd, lang);
  if (u !== undefined) return u;
  const p = nd.params as { position: string; percent: string | number; pool: Pool; rounding: string; ties: string; unit?: string };
  const v = nd.values as { rank: number; poolSize: number; k: number };
  const selected = nd.outcome === 'true';
  const percent = num(toNumber(p.percent), lang);
  const L = lang === 'ru' ? 0 : 1;
  if (v.rank === 0 && selected) {
    return lang === 'ru'
      ? `школа уже включена в перечень по другому правилу и учитывается первой в квоте: ${percent} % — ${v.k} ${plural(v.k, 'школа', 'школы', 'школ')} среди ${poolLabel(p.pool, 'ru')} — входит`
      : `the school is already on the list by another rule and counts first against the quota: ${percent} %: ${v.k} school(s) among ${poolLabel(p.pool, 'en')}: in`;
  }
  return lang === 'ru'
    ? `${whatOf(nd, 'ru')} = ${shown(nd.values, 'ru', p.unit)}; место ${v.rank} из ${v.poolSize} среди ${poolLabel(p.pool, 'ru')} (${p.position === 'bottom' ? 'нижние' : 'верхние'} ${percent} % — ${v.k} ${plural(v.k, 'школа', 'школы', 'школ')}, ${(ROUNDING[p.rounding] as [string, string])[L]}; ${(TIES[p.ties] as [string, string])[L]}) — ${selected ? 'входит' : 'не входит'}`
    : `${whatOf(nd, 'en')} = ${shown(nd.values, 'en', p.unit)}; place ${v.rank} of ${v.poolSize} among ${poolLabel(p.pool, 'en')} (${p.position} ${percent} %: ${v.k} school(s), ${(ROUNDING[p.rounding] as [string, string])[L]}; ${(TIES[p.ties] as [string, string])[L]}): ${selected ? 'in' : 'not in'}`;
}
