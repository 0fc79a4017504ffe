/**
 * `scope`: a rule that applies only to the schools for which a condition holds (a type, a
 * declared flag, a minimum number of participants). Elsewhere the school is "not applicable",
 * with the reason the methodology states — never "no".
 */
import type { Reason } from '../../core/outcome.js';
import { NONE, type RuleModule } from '../engine/context.js';
import type { RuleResult, TraceNode } from '../engine/types.js';
import { type Lang, yes } from '../explain/words.js';
import type { Rule } from '../schema.js';

type R = Extract<Rule, { kind: 'scope' }>;

/** The reason code of a school outside a rule's scope. */
const OUT_OF_SCOPE = 'OUT_OF_SCOPE';

const reasons = new WeakMap<R, Reason>();
/** The reason a rule states for the schools outside its scope: one object per rule, shared by every such school. @internal */
export function outOfScopeReason(r: R): Reason {
  let reason = reasons.get(r);
  if (reason === undefined) {
    reason = { code: OUT_OF_SCOPE, ru: r.reason.ru, en: r.reason.en ?? r.reason.ru };
    reasons.set(r, reason);
  }
  return reason;
}

export const scopeRule: RuleModule<R> = {
  params: (r) => ({ reason: r.reason }),
  evaluate(r, si, ctx): RuleResult {
    const w = ctx.rule(r.when, si);
    if (w.value === false || (w.value === null && w.reason !== undefined && w.missing.length === 0)) {
      const reason = outOfScopeReason(r);
      const nd = ctx.node(r, null, { params: ctx.paramsOf(r), reason, ...(w.node ? { children: [w.node] } : {}) });
      return nd ? { value: null, missing: NONE, reason, node: nd } : { value: null, missing: NONE, reason };
    }
    if (w.value === null) {
      const nd = ctx.node(r, null, { params: ctx.paramsOf(r), missing: w.missing, ...(w.node ? { children: [w.node] } : {}) });
      return nd ? { value: null, missing: w.missing, node: nd } : { value: null, missing: w.missing };
    }
    const inner = ctx.rule(r.rule, si);
    if (!ctx.tracing) return inner;
    const extra: { -readonly [K in keyof TraceNode]?: TraceNode[K] } = { params: ctx.paramsOf(r), children: [w.node as TraceNode, inner.node as TraceNode] };
    if (inner.missing.length > 0) extra.missing = inner.missing;
    if (inner.reason !== undefined) extra.reason = inner.reason;
    const nd = ctx.node(r, inner.value, extra) as TraceNode;
    return { ...inner, node: nd };
  },
};

/** «школа в сфере действия правила (условие ниже) — выполнено» or «неприменимо: …». @internal */
export function explainScope(n: TraceNode, lang: Lang): string {
  if (n.outcome === 'not_applicable' && n.reason?.code === OUT_OF_SCOPE) return lang === 'ru' ? `правило не применяется к школе: ${n.reason.ru}` : `the rule does not apply to the school: ${n.reason.en}`;
  if (n.outcome === 'missing' && (n.children?.length ?? 0) < 2) return lang === 'ru' ? 'неизвестно, применяется ли правило к школе (нет данных)' : 'unknown whether the rule applies to the school (no data)';
  return lang === 'ru' ? `правило применяется к школе; его условие — ${yes(n, 'ru')}` : `the rule applies to the school; its condition: ${yes(n, 'en')}`;
}
