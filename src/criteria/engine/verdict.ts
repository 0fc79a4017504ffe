/** A category's result for one school as the public verdict, with its explanation. Internal. */
import type { Outcome, Reason } from '../../core/outcome.js';
import type { Bilingual } from '../../errors/messages.js';
import { traceLines } from '../explain/explainTrace.js';
import { dateWords, missingList } from '../explain/words.js';
import type { Category, Methodology } from '../schema.js';
import type { CategoryResult, CategoryVerdict } from './types.js';
import { type MissingInput, missingPath } from './missing.js';
import { TRACE_SHARING, isShared } from './context.js';

const sourceLines = new WeakMap<object, readonly [string, string]>();
/** The last line of every explanation: the methodology, the dates it is in force, its act. @internal */
function sourceLine(methodology: Methodology): readonly [string, string] {
  let out = sourceLines.get(methodology);
  if (out === undefined) {
    const line = (lang: 'ru' | 'en'): string => {
      const from = `${lang === 'ru' ? 'методика' : 'methodology'} «${lang === 'ru' ? methodology.name.ru : (methodology.name.en ?? methodology.name.ru)}», ${lang === 'ru' ? 'действует с' : 'in force from'} ${dateWords(methodology.validFrom, lang)}${methodology.validTo ? ` ${lang === 'ru' ? 'по' : 'to'} ${dateWords(methodology.validTo, lang)}` : ''}`;
      return `(${methodology.source?.act ? `${from}; ${methodology.source.act}` : from})`;
    };
    out = [line('ru'), line('en')];
    sourceLines.set(methodology, out);
  }
  return out;
}

/** The first line of an explanation: the category and its outcome. @internal */
function verdictHead(c: Pick<Category, 'kind' | 'name'>, outcome: Outcome<boolean | string | null>, inputs: readonly MissingInput[], undetermined?: Reason): Bilingual {
  const en = c.name.en ?? c.name.ru;
  // data that is there but cannot decide (a rounded value on a boundary): said as it is, not «нет данных»
  if (outcome.status === 'missing' && undetermined !== undefined) return { ru: `${c.name.ru}: неизвестно — ${undetermined.ru}`, en: `${en}: unknown, ${undetermined.en}` };
  return outcome.status === 'value'
    ? c.kind !== 'classifier'
      ? { ru: `${c.name.ru}: ${outcome.value ? 'да' : 'нет'}`, en: `${en}: ${outcome.value ? 'yes' : 'no'}` }
      : { ru: `${c.name.ru}: ${outcome.value ?? 'не определена'}`, en: `${en}: ${outcome.value ?? 'none'}` }
    : outcome.status === 'missing'
      ? { ru: `${c.name.ru}: неизвестно — нет данных (${missingList(inputs, 'ru')})`, en: `${en}: unknown, no data (${missingList(inputs, 'en')})` }
      : { ru: `${c.name.ru}: не применимо — ${outcome.reason.ru}`, en: `${en}: not applicable, ${outcome.reason.en}` };
}

// the outcomes with a value, one frozen object each (a class's by its name): a national run has
// hundreds of thousands of verdicts and as many equal outcomes otherwise
const YES: Outcome<boolean> = Object.freeze({ status: 'value', value: true });
const NO: Outcome<boolean> = Object.freeze({ status: 'value', value: false });
const NO_CLASS: Outcome<null> = Object.freeze({ status: 'value', value: null });
const CLASSES = new Map<string, Outcome<string>>();
const classOutcome = (cls: string): Outcome<string> => {
  let o = CLASSES.get(cls);
  if (o === undefined) {
    o = Object.freeze({ status: 'value', value: cls });
    CLASSES.set(cls, o);
  }
  return o;
};

// one outcome per reason object: a reason shared by every school (out of scope, a fact not declared) gives one shared outcome
const NOT_APPLICABLE = new WeakMap<object, Outcome<never>>();
const notApplicableOutcome = (reason: NonNullable<CategoryResult['reason']>): Outcome<never> => {
  let o = NOT_APPLICABLE.get(reason);
  if (o === undefined) {
    o = Object.freeze({ status: 'not_applicable', reason });
    NOT_APPLICABLE.set(reason, o);
  }
  return o;
};

/** The outcome of a category's result. @internal */
/** Whether a category's result is a missing verdict: no value, and not a reason without missing inputs (that is not applicable). @internal */
export function isMissingResult(r: CategoryResult): boolean {
  return r.value === null && !(r.reason !== undefined && r.missing.length === 0);
}

function outcomeOfResult(c: Pick<Category, 'kind'>, r: CategoryResult): Outcome<boolean | string | null> {
  if (r.value === null) {
    return isMissingResult(r) ? { status: 'missing', missing: r.missing.map(missingPath) } : notApplicableOutcome(r.reason as NonNullable<CategoryResult['reason']>);
  }
  if (c.kind !== 'classifier') return r.value ? YES : NO;
  return r.cls === undefined || r.cls === null ? NO_CLASS : classOutcome(r.cls);
}

/** Per category: its verdicts that many schools share, by their trace node (or outcome, without traces). */
const sharedVerdicts = new WeakMap<object, WeakMap<object, CategoryVerdict>>();

/** The verdict of a category for a school. @internal */
export function verdictOf(c: Category, r: CategoryResult, methodology: Methodology, explain: boolean, tracing: boolean): CategoryVerdict {
  const outcome = outcomeOfResult(c, r);
  let explanation: Bilingual | undefined;
  if (explain) {
    const head = verdictHead(c, outcome, r.missing, outcome.status === 'missing' && r.reason?.code === 'ROUNDED_BOUNDARY' ? r.reason : undefined);
    const ru: string[] = [head.ru];
    const en: string[] = [head.en];
    if (r.node !== undefined) {
      traceLines(r.node, 0, 'ru', ru, true);
      traceLines(r.node, 0, 'en', en, true);
    }
    const [srcRu, srcEn] = sourceLine(methodology);
    ru.push(srcRu);
    en.push(srcEn);
    explanation = { ru: ru.join('\n'), en: en.join('\n') };
  }
  // a verdict of nothing but a shared outcome and a shared trace (or none): one object for every
  // school that has it (at national scale most schools' verdicts of a category are a few alike)
  const key = explanation !== undefined || outcome.status === 'missing' || !TRACE_SHARING.on ? undefined : !tracing ? outcome : r.node !== undefined && isShared(r.node) ? r.node : undefined;
  let byKey: WeakMap<object, CategoryVerdict> | undefined;
  if (key !== undefined) {
    byKey = sharedVerdicts.get(c);
    if (byKey === undefined) {
      byKey = new WeakMap();
      sharedVerdicts.set(c, byKey);
    }
    const hit = byKey.get(key);
    if (hit !== undefined && hit.outcome === outcome) return hit;
  }
  // plain assignments rather than spreads: one verdict per school and category
  const v: { -readonly [K in keyof CategoryVerdict]: CategoryVerdict[K] } = { categoryId: c.id, outcome };
  if (outcome.status === 'missing') v.missingInputs = r.missing;
  if (explanation !== undefined) v.explanation = explanation;
  if (tracing && r.node !== undefined) v.trace = r.node;
  if (byKey !== undefined && key !== undefined && !byKey.has(key)) byKey.set(key, Object.freeze(v));
  return v;
}
