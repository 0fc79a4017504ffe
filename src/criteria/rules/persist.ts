/** `persist`: «in at least k of the last N years» — a rule evaluated in the year and the N − 1 before it. */
import type { Reason } from '../../core/outcome.js';
import { atLeastOf } from '../_lib/logic.js';
import { plural } from '../_lib/labels.js';
import { NONE, type RuleModule, outcomeOf } from '../engine/context.js';
import type { RuleResult, TraceNode } from '../engine/types.js';
import { type MissingInput, distinctInputs } from '../engine/missing.js';
import { type Lang, yes } from '../explain/words.js';
import type { Rule } from '../schema.js';

type R = Extract<Rule, { kind: 'persist' }>;

export const persistRule: RuleModule<R> = {
  params: (r) => ({ atLeast: r.atLeast, years: r.years }),
  evaluate(r, si, ctx): RuleResult {
    let held = 0;
    let unknown = 0;
    let notApplicable = 0;
    let reason: Reason | undefined;
    const perYear: { year: number; outcome: TraceNode['outcome'] }[] = [];
    const missing: MissingInput[] = [];
    let current: RuleResult | undefined;
    for (let i = 0; i < r.years; i++) {
      const y = ctx.year - i;
      const res = i === 0 ? ctx.rule(r.rule, si) : ctx.evaluatorOf(y).rule(r.rule, si);
      if (i === 0) current = res;
      if (res.value === true) held++;
      else if (res.value === null && res.missing.length === 0 && res.reason !== undefined) {
        // a year to which the rule does not apply (out of its scope, not offered) is not a year without data
        notApplicable++;
        reason ??= res.reason;
      } else if (res.value === null) {
        unknown++;
        missing.push(...res.missing);
      }
      perYear.push({ year: y, outcome: outcomeOf(res.value, res.missing, res.reason) });
    }
    const { value, notApplicable: inapplicable } = atLeastOf(r.atLeast, held, unknown, notApplicable);
    const allMissing = value === null && !inapplicable ? distinctInputs(missing) : NONE;
    if (!ctx.tracing) return inapplicable ? { value, missing: NONE, reason: reason as Reason } : { value, missing: allMissing };
    const extra: { -readonly [K in keyof TraceNode]?: TraceNode[K] } = { params: ctx.paramsOf(r), values: { perYear: perYear.reverse() } };
    if (current?.node !== undefined) extra.children = [current.node];
    if (allMissing.length > 0) extra.missing = allMissing;
    if (inapplicable) extra.reason = reason as Reason;
    const node = ctx.node(r, value, extra) as TraceNode;
    return inapplicable ? { value, missing: NONE, reason: reason as Reason, node } : { value, missing: allMissing, node };
  },
};

/** «не менее 3 из последних 3 лет: 2016 — да, 2017 — да, 2018 — да — выполнено». @internal */
export function explainPersist(n: TraceNode, lang: Lang): string {
  const k = n.params?.atLeast as number;
  const years = n.params?.years as number;
  const per = (n.values?.perYear as { year: number; outcome: string }[] | undefined) ?? [];
  const word = (o: string): string => (lang === 'ru' ? (o === 'true' ? 'да' : o === 'false' ? 'нет' : o === 'not_applicable' ? 'не применимо' : 'нет данных') : o === 'true' ? 'yes' : o === 'false' ? 'no' : o === 'not_applicable' ? 'not applicable' : 'no data');
  const list = per.map((p) => `${p.year} — ${word(p.outcome)}`).join(', ');
  return lang === 'ru'
    ? `${k === years ? `в каждом из последних ${years} ${plural(years, 'года', 'лет', 'лет')}` : `не менее чем в ${k} ${plural(k, 'году', 'годах', 'годах')} из последних ${years}`} (условие ниже): ${list} — ${yes(n, 'ru')}`
    : `${k === years ? `in each of the last ${years} years` : `in at least ${k} of the last ${years} years`} (the condition below): ${list}: ${yes(n, 'en')}`;
}
