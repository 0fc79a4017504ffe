/** `not`: the negation of a rule (missing stays missing, not applicable stays not applicable). */
import { not } from '../_lib/logic.js';
import type { RuleModule } from '../engine/context.js';
import type { RuleResult, TraceNode } from '../engine/types.js';
import { type Lang, yes } from '../explain/words.js';
import type { Rule } from '../schema.js';

type R = Extract<Rule, { kind: 'not' }>;

export const notRule: RuleModule<R> = {
  params: () => ({}),
  evaluate(r, si, ctx): RuleResult {
    const inner = ctx.rule(r.rule, si);
    const value = not(inner.value);
    // a rule that does not apply stays not applicable: its negation is not "yes"
    const reason = inner.reason !== undefined && inner.missing.length === 0 ? { reason: inner.reason } : {};
    if (!ctx.tracing) return { value, missing: inner.missing, ...reason };
    return { value, missing: inner.missing, ...reason, node: ctx.node(r, value, { children: [inner.node as TraceNode], ...reason }) as TraceNode };
  },
};

/**
 * «условие ниже не должно выполняться — выполнено». The condition itself is the next line: its
 * words are not repeated here, so that an explanation grows with the rule, not with its depth squared.
 * @internal
 */
export function explainNot(n: TraceNode, lang: Lang): string {
  return lang === 'ru' ? `условие ниже не должно выполняться — ${yes(n, 'ru')}` : `the condition below must not hold: ${yes(n, 'en')}`;
}
