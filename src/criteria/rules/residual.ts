/** `residual`: above or below the result expected from a context index (least squares over the pool). */
import { toNumber } from '../_lib/compare.js';
import { num, plural } from '../_lib/labels.js';
import { leastSquares } from '../../indices/leastSquares.js';
import { NONE, type RuleModule, plainResult } from '../engine/context.js';
import type { Bilingual } from '../../errors/messages.js';
import type { RuleResult, TraceNode } from '../engine/types.js';
import { type Lang, unknownText, whatOf } from '../explain/words.js';
import type { Rule } from '../schema.js';

type R = Extract<Rule, { kind: 'residual' }>;

export const residualRule: RuleModule<R> = {
  params: (r, ctx) => ({ side: r.side, margin: r.margin, pool: r.pool, context: ctx.labelOf(r.context) }),
  evaluate(r, si, ctx): RuleResult {
    const what = ctx.labelOf(r.outcome);
    const y = ctx.measure(r.outcome, si);
    const x = ctx.measure(r.context, si);
    if (y.status !== 'value') return ctx.unknownFrom(r, y, what);
    if (x.status !== 'value') return ctx.unknownFrom(r, x, ctx.labelOf(r.context));
    const pk = ctx.keyOf(r);
    let fits = ctx.memos.residualMemo.get(pk);
    if (fits === undefined) {
      fits = [];
      ctx.memos.residualMemo.set(pk, fits);
    }
    const gi = ctx.groupsOf(r.pool).groupOf[si] as number;
    let fit = fits[gi];
    if (fit === undefined) {
      const xs: number[] = [];
      const ys: number[] = [];
      for (const sj of ctx.members(si, r.pool)) {
        const a = ctx.measure(r.context, sj);
        const b = ctx.measure(r.outcome, sj);
        if (a.status === 'value' && b.status === 'value') {
          xs.push(a.value);
          ys.push(b.value);
        }
      }
      fit = { fit: leastSquares(xs, ys), n: xs.length };
      fits[gi] = fit;
    }
    if (fit.fit === null || fit.n < r.minPoolSize) {
      const reason = { code: 'POOL_TOO_SMALL', ru: `линия ожидаемых результатов не строится: ${fit.n} ${plural(fit.n, 'школа', 'школы', 'школ')} с данными (нужно не менее ${r.minPoolSize}) или показатель контекста у всех одинаков`, en: `no expected-results line: ${fit.n} schools with data (at least ${r.minPoolSize} needed) or the index does not vary` };
      const nd = ctx.node(r, null, { what, reason });
      return nd ? { value: null, missing: NONE, reason, node: nd } : { value: null, missing: NONE, reason };
    }
    const expected = fit.fit.intercept + fit.fit.slope * x.value;
    const residual = y.value - expected;
    const margin = toNumber(r.margin);
    const value = r.side === 'above' ? residual > margin : residual < -margin;
    if (!ctx.tracing) return plainResult(value);
    return { value, missing: NONE, node: ctx.node(r, value, { what, params: ctx.paramsOf(r), values: { outcome: y.value, context: x.value, expected, residual, intercept: fit.fit.intercept, slope: fit.fit.slope, poolSize: fit.n } }) as TraceNode };
  },
};

/** «… = 30 при ожидаемом 21,06 (по индексу = −60; МНК по 6 школам); отклонение 8,94 — выше ожидаемого». @internal */
export function explainResidual(n: TraceNode, lang: Lang): string {
  const u = unknownText(n, lang);
  if (u !== undefined) return u;
  const p = n.params as { side: string; context?: Bilingual };
  const v = n.values as { outcome: number; context: number; expected: number; residual: number; poolSize: number };
  const ctxName = p.context === undefined ? '' : lang === 'ru' ? p.context.ru : p.context.en;
  const yesNo = n.outcome === 'true';
  return lang === 'ru'
    ? `${whatOf(n, 'ru')} = ${num(v.outcome, 'ru')} при ожидаемом ${num(v.expected, 'ru')} (по показателю «${ctxName}» = ${num(v.context, 'ru')}; метод наименьших квадратов по ${v.poolSize} ${plural(v.poolSize, 'школе', 'школам', 'школам')}); отклонение ${num(v.residual, 'ru')} — ${yesNo ? (p.side === 'above' ? 'выше ожидаемого' : 'ниже ожидаемого') : 'в пределах ожидаемого или с другой стороны'}`
    : `${whatOf(n, 'en')} = ${num(v.outcome, 'en')} against an expected ${num(v.expected, 'en')} (from ${ctxName} = ${num(v.context, 'en')}; least squares over ${v.poolSize} schools); residual ${num(v.residual, 'en')}: ${yesNo ? (p.side === 'above' ? 'above expectation' : 'below expectation') : 'not beyond the margin on that side'}`;
}
