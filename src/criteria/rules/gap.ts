/** `gap`: the school's result more than x points below (or above) its region's or municipality's. */
import { compareNumber, toNumber } from '../_lib/compare.js';
import { OP, measureUnit, num, plural } from '../_lib/labels.js';
import { resultMeasure } from '../_lib/measures.js';
import { proceduresOf } from '../_lib/procedures.js';
import { NONE, type RuleModule, plainResult } from '../engine/context.js';
import type { RuleResult, TraceNode } from '../engine/types.js';
import { type Lang, unknownText, whatOf, yes } from '../explain/words.js';
import type { Rule } from '../schema.js';

type R = Extract<Rule, { kind: 'gap' }>;

export const gapRule: RuleModule<R> = {
  params: (r) => ({ reference: r.reference, below: r.below, op: r.op, value: r.value, unit: measureUnit(r.measure) }),
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
      ref = resultMeasure(ctx.ix.territoryResults.get(refId), r.measure, ctx.year, refId, proceduresOf(ctx.ix.dataset));
      refs.set(refId, ref);
    }
    if (ref.status !== 'value') return ctx.unknownFrom(r, ref, { ru: `${what.ru} (${r.reference === 'region' ? 'регион' : 'муниципалитет'})`, en: `${what.en} (${r.reference})` });
    const gap = r.below ? ref.value - v.value : v.value - ref.value;
    const value = compareNumber(gap, r.op, r.value);
    if (!ctx.tracing) return plainResult(value);
    return { value, missing: NONE, node: ctx.node(r, value, { what, params: ctx.paramsOf(r), values: { school: v.value, reference: ref.value, gap } }) as TraceNode };
  },
};

/** The unit of a difference: «п.п.» between shares, «балла» between scores. */
function diffUnit(unit: unknown, x: number, lang: Lang): string {
  if (unit === 'percent') return lang === 'ru' ? ' п.п.' : ' p.p.';
  return lang === 'ru' ? ` ${plural(Math.abs(x), 'балл', 'балла', 'баллов')}` : ' points';
}

/** «…: школа 40, регион 52; отставание 12 баллов ≥ 10 баллов — выполнено». @internal */
export function explainGap(n: TraceNode, lang: Lang): string {
  const u = unknownText(n, lang);
  if (u !== undefined) return u;
  const p = n.params as { reference: string; below: boolean; op: string; value: string | number; unit?: string };
  const v = n.values as { school: number; reference: number; gap: number };
  const t = toNumber(p.value);
  const pct = p.unit === 'percent' ? ' %' : '';
  // a negative gap is the other side: «отставания нет (выше на 3 балла)»
  const other = v.gap < 0 ? (p.below ? `отставания нет (выше на ${num(-v.gap, 'ru')}${diffUnit(p.unit, -v.gap, 'ru')})` : `превышения нет (ниже на ${num(-v.gap, 'ru')}${diffUnit(p.unit, -v.gap, 'ru')})`) : undefined;
  return lang === 'ru'
    ? `${whatOf(n, 'ru')}: школа ${num(v.school, 'ru')}${pct}, ${p.reference === 'region' ? 'регион' : 'муниципалитет'} ${num(v.reference, 'ru')}${pct}; ${other ?? `${p.below ? 'отставание' : 'превышение'} ${num(v.gap, 'ru')}${diffUnit(p.unit, v.gap, 'ru')}`} ${(OP[p.op] as [string, string])[0]} ${num(t, 'ru')}${diffUnit(p.unit, t, 'ru')} — ${yes(n, 'ru')}`
    : `${whatOf(n, 'en')}: school ${num(v.school, 'en')}${pct}, ${p.reference} ${num(v.reference, 'en')}${pct}; ${p.below ? 'below by' : 'above by'} ${num(v.gap, 'en')}${diffUnit(p.unit, v.gap, 'en')} ${(OP[p.op] as [string, string])[1]} ${num(t, 'en')}${diffUnit(p.unit, t, 'en')}: ${yes(n, 'en')}`;
}
