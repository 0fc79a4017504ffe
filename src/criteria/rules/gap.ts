/** `gap`: the school's result more than x points below (or above) its region's or municipality's. */
import { compareNumber, toNumber } from '../_lib/compare.js';
import { OP, num } from '../_lib/labels.js';
import { resultMeasure } from '../_lib/measures.js';
import { NONE, type RuleModule } from '../engine/context.js';
import type { RuleResult, TraceNode } from '../engine/types.js';
import { type Lang, unknownText, whatOf, yes } from '../explain/words.js';
import type { Rule } from '../schema.js';

type R = Extract<Rule, { kind: 'gap' }>;

export const gapRule: RuleModule<R> = {
  params: (r) => ({ reference: r.reference, below: r.below, op: r.op, value: r.value }),
  evaluate(r, si, ctx): RuleResult {
    const what = ctx.labelOf(r.measure);
    const v = ctx.measure(r.measure, si);
    if (v.status !== 'value') return ctx.unknownFrom(r, v, what);
    const s = ctx.ix.schools[si];
    const refId = s === undefined ? '' : r.reference === 'region' ? (ctx.ix.regionOf.get(s.territoryId) ?? s.territoryId) : s.territoryId;
    let refs = ctx.memos.refMemo.get(r.measure);
    if (refs === undefined) {
      refs = new Map();
      ctx.memos.refMemo.set(r.measure, refs);
    }
    let ref = refs.get(refId);
    if (ref === undefined) {
      ref = resultMeasure(ctx.ix.territoryResults.get(refId), r.measure, ctx.year, refId);
      refs.set(refId, ref);
    }
    if (ref.status !== 'value') return ctx.unknownFrom(r, ref, { ru: `${what.ru} (${r.reference === 'region' ? 'регион' : 'муниципалитет'})`, en: `${what.en} (${r.reference})` });
    const gap = r.below ? ref.value - v.value : v.value - ref.value;
    const value = compareNumber(gap, r.op, r.value);
    if (!ctx.tracing) return { value, missing: NONE };
    return { value, missing: NONE, node: ctx.node(r, value, { what, params: ctx.paramsOf(r), values: { school: v.value, reference: ref.value, gap } }) as TraceNode };
  },
};

/** «…: школа 40, регион 52; отставание 12 ≥ 10 — выполнено». */
export function explainGap(n: TraceNode, lang: Lang): string {
  const u = unknownText(n, lang);
  if (u !== undefined) return u;
  const p = n.params as { reference: string; below: boolean; op: string; value: string | number };
  const v = n.values as { school: number; reference: number; gap: number };
  return lang === 'ru'
    ? `${whatOf(n, 'ru')}: школа ${num(v.school, 'ru')}, ${p.reference === 'region' ? 'регион' : 'муниципалитет'} ${num(v.reference, 'ru')}; ${p.below ? 'отставание' : 'превышение'} ${num(v.gap, 'ru')} ${(OP[p.op] as [string, string])[0]} ${num(toNumber(p.value), 'ru')} — ${yes(n, 'ru')}`
    : `${whatOf(n, 'en')}: school ${num(v.school, 'en')}, ${p.reference} ${num(v.reference, 'en')}; ${p.below ? 'below by' : 'above by'} ${num(v.gap, 'en')} ${(OP[p.op] as [string, string])[1]} ${num(toNumber(p.value), 'en')}: ${yes(n, 'en')}`;
}
