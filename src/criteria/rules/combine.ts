/** `all`, `any` and `atLeast` (k of n): combinations of rules in four values (yes, no, missing, not applicable). */
import type { Reason } from '../../core/outcome.js';
import { type Tri, atLeastOf } from '../_lib/logic.js';
import { NONE, type RuleModule, plainResult, resultWith } from '../engine/context.js';
import type { RuleResult, TraceNode } from '../engine/types.js';
import { type MissingInput, SOME_MISSING, distinctInputs } from '../engine/missing.js';
import { type Lang, yes } from '../explain/words.js';
import type { Rule } from '../schema.js';

type R = Extract<Rule, { kind: 'all' | 'any' | 'atLeast' }>;

/** A result that does not apply to the school (ЕГЭ at an ООШ) is left out of a combination. */
const applies = (x: { readonly reason?: Reason | undefined }): boolean => x.reason?.code !== 'NOT_OFFERED' && x.reason?.code !== 'OUT_OF_SCOPE';
const nodeOf = (x: RuleResult): TraceNode => x.node as TraceNode;

/** A combination's parts counted by outcome, with the first not-applicable part's reason. */
interface Tally {
  held: number;
  unknown: number;
  notApplicable: number;
  reason: Reason | undefined;
}

const newTally = (): Tally => ({ held: 0, unknown: 0, notApplicable: 0, reason: undefined });

/** Counts a part that applies: holds, fails, does not apply for a reason of its own, or lacks data. */
function tally(t: Tally, x: RuleResult): void {
  if (x.value === true) t.held++;
  else if (x.value === false) return;
  else if (x.missing.length === 0 && x.reason !== undefined) {
    t.notApplicable++;
    t.reason ??= x.reason;
  } else t.unknown++;
}

export const combineRule: RuleModule<R> = {
  params: (r) => (r.kind === 'atLeast' ? { k: r.k, of: r.rules.length } : { of: r.rules.length }),
  evaluate(r, si, ctx): RuleResult {
    if (!ctx.tracing) return untraced(r, si, ctx);
    // with traces every part is evaluated, for its node (without, `untraced` stops at the part that decides)
    const evaluated = r.rules.map((c) => ctx.rule(c, si));
    const results = evaluated.filter(applies);
    if (results.length === 0) {
      const reason = evaluated[0]?.reason as Reason;
      const nd = ctx.node(r, null, { reason, children: evaluated.map(nodeOf) });
      return nd ? { value: null, missing: NONE, reason, node: nd } : { value: null, missing: NONE, reason };
    }
    // four values: a part that does not apply for a reason of its own (an undeclared fact, a pool
    // too small) is neither «no» nor missing data. «No» under `all`, «yes» under `any`, k parts
    // that hold under `atLeast` still decide, as does too few parts that could. Otherwise the whole
    // does not apply (with the first such part's reason) when that is so whatever the missing parts
    // are; else it is missing (the missing parts' data could decide)
    const t = newTally();
    for (const x of results) tally(t, x);
    const reason = t.reason;
    const k = r.kind === 'atLeast' ? r.k : r.kind === 'any' ? 1 : results.length;
    const { value, notApplicable: inapplicable } = atLeastOf(k, t.held, t.unknown, t.notApplicable);
    // statuses only: whether any part lacks data, not which inputs
    const missing = value === null && !inapplicable ? (ctx.statusOnly ? (results.some((x) => x.missing.length > 0) ? SOME_MISSING : NONE) : distinctInputs(results.flatMap((x) => x.missing))) : NONE;
    const out: { value: Tri; missing: readonly MissingInput[]; reason?: Reason; node?: TraceNode } = { value, missing };
    if (inapplicable) out.reason = reason as Reason;
    if (!ctx.tracing) return out as RuleResult;
    const extra: { -readonly [K in keyof TraceNode]?: TraceNode[K] } = { params: ctx.paramsOf(r), children: evaluated.map(nodeOf) };
    if (missing.length > 0) extra.missing = missing;
    if (inapplicable) extra.reason = reason as Reason;
    out.node = ctx.node(r, value, extra) as TraceNode;
    return out as RuleResult;
  },
};

/**
 * The combination without traces, in one pass and no list of parts: what `evaluate` gives without
 * traces (the same early stop, counts, reason and missing inputs), each part read once.
 */
function untraced(r: R, si: number, ctx: Parameters<RuleModule<R>['evaluate']>[2]): RuleResult {
  const need = r.kind === 'atLeast' ? r.k : 1;
  let yes = 0;
  let first: RuleResult | undefined;
  let judged = 0;
  const t = newTally();
  // the parts with missing inputs, made on the first one (their inputs listed only when the whole is missing)
  let lacking: RuleResult[] | undefined;
  for (const c of r.rules) {
    const x = ctx.rule(c, si);
    first ??= x;
    if (!applies(x)) continue;
    // stop at the first part that decides the whole: the rest cannot change it
    if (x.value !== null && (r.kind === 'all' ? x.value === false : x.value === true && ++yes >= need)) return plainResult(r.kind !== 'all');
    judged++;
    if (x.missing.length > 0) (lacking ??= []).push(x);
    tally(t, x);
  }
  // no part applies: the whole does not, for the first part's reason
  if (judged === 0) return { value: null, missing: NONE, reason: first?.reason as Reason };
  const k = r.kind === 'atLeast' ? r.k : r.kind === 'any' ? 1 : judged;
  const { value, notApplicable: inapplicable } = atLeastOf(k, t.held, t.unknown, t.notApplicable);
  if (inapplicable) return { value, missing: NONE, reason: t.reason as Reason };
  if (value !== null || lacking === undefined) return plainResult(value);
  return resultWith(value, ctx.statusOnly ? SOME_MISSING : distinctInputs(lacking.flatMap((x) => x.missing)));
}

/** «все условия — выполнено (выполнено 2 из 2)», after the rule's own label. @internal */
export function explainCombination(n: TraceNode, lang: Lang): string {
  const children = n.children ?? [];
  if (n.outcome === 'not_applicable' && n.reason !== undefined && !children.some(applies)) {
    return lang === 'ru' ? `не применяется: ${n.reason.ru}` : `does not apply: ${n.reason.en}`;
  }
  let held = 0;
  let judged = 0;
  for (const c of children) {
    if (!applies(c)) continue;
    judged++;
    if (c.outcome === 'true') held++;
  }
  const k = (n.params?.k as number | undefined) ?? 0;
  const of = (n.params?.of as number | undefined) ?? children.length;
  const head =
    n.rule === 'all'
      ? ['все условия', 'all conditions']
      : n.rule === 'any'
        ? ['хотя бы одно условие', 'at least one condition']
        : [`не менее ${k} из ${of} условий`, `at least ${k} of ${of} conditions`];
  const label = n.label === undefined ? undefined : lang === 'ru' ? n.label.ru : (n.label.en ?? n.label.ru);
  return lang === 'ru'
    ? `${label ? `${label}: ` : ''}${head[0]} — ${yes(n, 'ru')} (выполнено ${held} из ${judged})`
    : `${label ? `${label}: ` : ''}${head[1]}: ${yes(n, 'en')} (${held} of ${judged} hold)`;
}
