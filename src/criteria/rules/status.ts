/** `status`: a categorical or yes/no fact the dataset declares takes one of the listed values (a growth status, a published grade). */
import { type EvalContext, NONE, type RuleModule, plainResult, sharedValues } from '../engine/context.js';
import { undeclaredValue } from '../_lib/measures.js';
import { at } from '../_lib/context.js';
import type { RuleResult, TraceNode } from '../engine/types.js';
import { yearSpan } from '../engine/missing.js';
import { type Lang, unknownText, whatOf, yes } from '../explain/words.js';
import type { Rule } from '../schema.js';

type R = Extract<Rule, { kind: 'status' }>;

const word = (v: unknown, lang: Lang): string => (v === true ? (lang === 'ru' ? 'да' : 'yes') : v === false ? (lang === 'ru' ? 'нет' : 'no') : `«${String(v)}»`);

/** Per dataset's declarations and fact: what the rule reads, in words (one for every school). */
const words = new WeakMap<object, Map<string, { readonly ru: string; readonly en: string }>>();
function factWhat(declarations: EvalContext['ix']['declarations'], fact: string): { readonly ru: string; readonly en: string } {
  let byFact = words.get(declarations);
  if (byFact === undefined) {
    byFact = new Map();
    words.set(declarations, byFact);
  }
  let w = byFact.get(fact);
  if (w === undefined) {
    const decl = declarations.get(fact);
    w = { ru: decl?.name.ru ?? fact, en: decl?.name.en ?? decl?.name.ru ?? fact };
    byFact.set(fact, w);
  }
  return w;
}

/** Per rule: the values of the schools with the same fact's value, one object. */
const statusValues = new WeakMap<object, Map<string | number | boolean | null, { value: string | boolean }>>();

export const statusRule: RuleModule<R> = {
  params: (r) => ({ in: r.in }),
  evaluate(r, si, ctx): RuleResult {
    const decl = ctx.ix.declarations.get(r.fact);
    const what = factWhat(ctx.ix.declarations, r.fact);
    if (decl === undefined) return ctx.unknownFrom(r, undeclaredValue(ctx.ix.declarations, r.fact), what);
    const fv = at(ctx.ix.declared, si, ctx.year)?.get(r.fact);
    if (fv === undefined) return ctx.unknownFrom(r, { status: 'missing', missing: [{ kind: 'declared', school: ctx.idOf(si), fact: r.fact, name: decl.name, years: yearSpan(ctx.year, ctx.year) }] }, what);
    const v = decl.kind === 'boolean' ? fv.value === true || fv.value === 'true' : String(fv.value);
    const value = r.in.some((x) => (typeof x === 'boolean' ? x === v : String(x) === String(v)));
    if (!ctx.tracing) return plainResult(value);
    return { value, missing: NONE, node: ctx.node(r, value, { what, params: ctx.paramsOf(r), values: sharedValues(statusValues, r, v, () => ({ value: v })) }) as TraceNode };
  },
};

/** «статус роста: «низкий» (требуется: «низкий», «очень низкий») — выполнено». @internal */
export function explainStatus(n: TraceNode, lang: Lang): string {
  const u = unknownText(n, lang);
  if (u !== undefined) return u;
  const allowed = ((n.params?.in as unknown[]) ?? []).map((x) => word(x, lang)).join(', ');
  return `${whatOf(n, lang)}: ${word(n.values?.value, lang)} (${lang === 'ru' ? 'требуется' : 'required'}: ${allowed})${lang === 'ru' ? ' — ' : ': '}${yes(n, lang)}`;
}
