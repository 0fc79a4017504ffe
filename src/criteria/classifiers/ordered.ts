/** An ordered classifier: the first rule that holds gives the class (severity levels, clusters). */
import type { MissingInput } from '../engine/missing.js';
import { NONE, type EvalContext, sharedValues } from '../engine/context.js';
import type { CategoryResult, TraceNode } from '../engine/types.js';
import type { Lang } from '../explain/words.js';
import type { Category } from '../schema.js';

type Ordered = Extract<Extract<Category, { kind: 'classifier' }>['classifier'], { kind: 'ordered' }>;

/** The head of every ordered classifier's node (one object: the evaluator shares equal nodes by head). */
const HEAD = Object.freeze({ kind: 'ordered' });
/** Per classifier: its values by class, one object. */
const classValues = new WeakMap<object, Map<string | number | boolean | null, { class: string | null }>>();

/** The class of a school by an ordered list of rules. @internal */
export function evaluateOrdered(cl: Ordered, si: number, ctx: EvalContext): CategoryResult {
  const children: TraceNode[] = [];
  let cls: string | null | undefined;
  let missing: MissingInput[] = [];
  // an option that does not apply to the school (its data is not declared, it is out of scope) is
  // passed over; when none applies, neither does the classifier — never «no class»
  let notApplicable: CategoryResult['reason'];
  let passedOver = 0;
  for (const opt of cl.options) {
    const r = ctx.rule(opt.rule, si);
    if (r.node) children.push(r.node);
    if (r.value === true) {
      cls = opt.value;
      break;
    }
    if (r.value === null && r.missing.length === 0 && r.reason !== undefined) {
      notApplicable ??= r.reason;
      passedOver++;
      continue;
    }
    if (r.value === null) {
      missing = [...r.missing];
      cls = undefined;
      break;
    }
  }
  if (cls === undefined && missing.length === 0 && notApplicable !== undefined && passedOver === cl.options.length) {
    const n = ctx.node(HEAD, null, { children, reason: notApplicable });
    return { value: null, missing: NONE, reason: notApplicable, ...(n ? { node: n } : {}) };
  }
  const decided = cls !== undefined || missing.length === 0;
  const final = cls === undefined ? (decided ? cl.otherwise : undefined) : cls;
  const n = ctx.node(HEAD, final === undefined ? null : true, { children, values: sharedValues(classValues, cl, final ?? null, () => ({ class: final ?? null })), ...(missing.length ? { missing } : {}) });
  return final === undefined ? { value: null, missing, ...(n ? { node: n } : {}) } : { value: true, missing: NONE, cls: final, ...(n ? { node: n } : {}) };
}

/** «класс: умеренно низкие». @internal */
export function explainOrdered(n: TraceNode, lang: Lang): string {
  if (n.outcome === 'not_applicable' && n.reason !== undefined) return lang === 'ru' ? `не применяется: ${n.reason.ru}` : `not applicable: ${n.reason.en}`;
  if (n.outcome === 'missing') return lang === 'ru' ? 'класс не определён: нет данных' : 'class unknown: no data';
  const cls = n.values?.class as string | null | undefined;
  return lang === 'ru' ? `класс: ${cls ?? 'нет'}` : `class: ${cls ?? 'none'}`;
}
