/** `not`: the negation of a rule (unknown stays unknown). */
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
    if (!ctx.tracing) return { value, missing: inner.missing };
    return { value, missing: inner.missing, node: ctx.node(r, value, { children: [inner.node as TraceNode] }) as TraceNode };
  },
};

/** «не (…) — выполнено». */
export function explainNot(n: TraceNode, lang: Lang, inner: string): string {
  return lang === 'ru' ? `не (${inner}) — ${yes(n, 'ru')}` : `not (${inner}): ${yes(n, 'en')}`;
}
