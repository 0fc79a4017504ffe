/**
 * `threshold` and `between`: a measure against a value (≥, >, ≤, <, =), or within bounds, each
 * edge inclusive or not. Exact on shares of counts (6 of 20 is exactly 30 %).
 */
import type { MissingInput } from '../engine/missing.js';
import { compareNumber, compareValue, toNumber } from '../_lib/compare.js';
import { sumRange } from '../measures/arithmetic.js';
import { OP, measureUnit, num, plural } from '../_lib/labels.js';
import { type EvalContext, NONE, type RuleModule, plainResult, shared, TRACE_SHARING } from '../engine/context.js';
import type { RuleResult, TraceNode } from '../engine/types.js';
import type { MeasureValue } from '../_lib/measures.js';
import { type Lang, missingList, shown, unknownText, whatOf, yes } from '../explain/words.js';
import type { Rule } from '../schema.js';

type R = Extract<Rule, { kind: 'threshold' | 'between' }>;

/** The condition in words («≥ 30», «в диапазоне [1; 3)»), from the trace parameters. @internal */
function conditionText(p: Readonly<Record<string, unknown>>, lang: Lang): string {
  const pct = p.unit === 'percent' ? ' %' : '';
  if (p.op !== undefined) return `${(OP[p.op as string] as [string, string])[0]} ${num(toNumber(p.value as string | number), lang)}${pct}`;
  return `${lang === 'ru' ? 'в диапазоне' : 'within'} ${p.minInclusive ? '[' : '('}${num(toNumber(p.min as string | number), lang)}; ${num(toNumber(p.max as string | number), lang)}${p.maxInclusive ? ']' : ')'}${pct}`;
}

/** What a yes/no condition asks for: «да» (= 1, ≥ 1, > 0), «нет» (= 0, < 1, ≤ 0), or `undefined` for anything else. */
function askedFor(p: Readonly<Record<string, unknown>>): boolean | undefined {
  if (p.op === undefined) return undefined;
  const v = toNumber(p.value as string | number);
  if ((p.op === 'eq' && v === 1) || (p.op === 'gte' && v === 1) || (p.op === 'gt' && v === 0)) return true;
  if ((p.op === 'eq' && v === 0) || (p.op === 'lt' && v === 1) || (p.op === 'lte' && v === 0)) return false;
  return undefined;
}

export const thresholdRule: RuleModule<R> = {
  params: (r, ctx) => {
    const p: Record<string, unknown> = r.kind === 'threshold' ? { op: r.op, value: r.value, unit: measureUnit(r.measure, ctx.ix.declarations) } : { min: r.min, max: r.max, minInclusive: r.minInclusive, maxInclusive: r.maxInclusive, unit: measureUnit(r.measure, ctx.ix.declarations) };
    if (r.onRoundedBoundary !== undefined) p.onRoundedBoundary = r.onRoundedBoundary;
    if (r.decimals !== undefined) p.decimals = r.decimals;
    return p;
  },
  evaluate(r, si, ctx: EvalContext): RuleResult {
    const what = ctx.labelOf(r.measure);
    const v = ctx.measure(r.measure, si);
    if (v.status === 'missing' && r.measure.kind === 'sum') {
      const d = decideSum(r, r.measure, si, ctx);
      if (d !== undefined) return d;
    }
    if (v.status !== 'value') return ctx.unknownFrom(r, v, what);
    if (r.onRoundedBoundary === 'unknown' && v.share === undefined) {
      const u = onBoundary(r, v, si, ctx);
      if (u !== undefined) return u;
    }
    const value = r.kind === 'threshold' ? compareValue(v, r.op, r.value) : compareValue(v, r.minInclusive ? 'gte' : 'gt', r.min) && compareValue(v, r.maxInclusive ? 'lte' : 'lt', r.max);
    if (!ctx.tracing) return plainResult(value);
    let values: Record<string, unknown>;
    // what the value is made of, when it says: rows suppressed before pooling, an interval's estimate and limits
    if (v.detail !== undefined && (v.detail.suppressed !== undefined || v.detail.lower !== undefined)) {
      values = thresholdValuesOf(v);
      values.detail = v.detail;
    } else values = sharedThresholdValues(r, v);
    return { value, missing: NONE, node: ctx.node(r, value, { what, params: ctx.paramsOf(r), values }) as TraceNode };
  },
};

/** A threshold's values for the trace: the value (with a share's count and total) and its years. */
function thresholdValuesOf(v: Extract<MeasureValue, { status: 'value' }>): Record<string, unknown> {
  const s = v.share;
  return s ? { value: v.value, count: s.count, total: s.total, years: v.years } : { value: v.value, years: v.years };
}

/** Per rule: the values many schools have alike (a count of 0, a share of 6 in 20), keyed by number or by count and total. */
const thresholdValues = new WeakMap<object, Map<number, Record<string, unknown>>>();

/**
 * A threshold's values for the trace: one shared object for every school with the same value (or
 * share) and the same year list, for the first 256 values of the rule; otherwise the school's own.
 */
function sharedThresholdValues(r: R, v: Extract<MeasureValue, { status: 'value' }>): Record<string, unknown> {
  const s = v.share;
  // a key that says it all: the number itself (never −0, which a map takes for 0), or count and total of a share
  let key: number;
  if (!TRACE_SHARING.on) return thresholdValuesOf(v);
  if (s === undefined) {
    if (Object.is(v.value, -0)) return thresholdValuesOf(v);
    key = v.value;
  } else {
    if (!Number.isInteger(s.count) || !Number.isInteger(s.total) || s.count < 0 || s.total < 0 || s.count >= 2 ** 20 || s.total >= 2 ** 20) return thresholdValuesOf(v);
    key = s.count * 2 ** 20 + s.total;
  }
  let m = thresholdValues.get(r);
  if (m === undefined) {
    m = new Map();
    thresholdValues.set(r, m);
  }
  const o = m.get(key);
  if (o !== undefined) return o.years === v.years && Object.is(o.value, v.value) ? o : thresholdValuesOf(v);
  const made = thresholdValuesOf(v);
  if (m.size < 256) m.set(key, shared(made));
  return made;
}

/** How many decimals a rule's input is published with: the rule's own, or its declared fact's; `undefined` when neither says. */
function decimalsOf(r: R, v: Extract<MeasureValue, { status: 'value' }>, ctx: EvalContext): number | undefined {
  if (r.decimals !== undefined) return r.decimals;
  const m = r.measure;
  if (m.kind !== 'declared') return undefined;
  // a computed interval's limit is not a published number: only the value and a published interval are rounded
  if ((m.bound ?? 'value') !== 'value' && v.detail?.how !== 'given') return undefined;
  return ctx.ix.declarations.get(m.fact)?.decimals;
}

/**
 * A rounded value whose true value (within half a unit of its last digit) could lie on either side
 * of the rule's boundary: «unknown», with the reason, instead of yes or no; `undefined` when every
 * value the rounding allows gives the same outcome.
 */
function onBoundary(r: R, v: Extract<MeasureValue, { status: 'value' }>, si: number, ctx: EvalContext): RuleResult | undefined {
  const decimals = decimalsOf(r, v, ctx);
  if (decimals === undefined) return undefined;
  const half = 0.5 / 10 ** decimals;
  const lo = v.value - half;
  const hi = v.value + half;
  // the condition is a convex set (a half-line, a point, an interval): every value of [lo; hi]
  // meets it when both ends do; none does when [lo; hi] lies wholly outside it
  const pass = (x: number): boolean =>
    r.kind === 'threshold' ? compareNumber(x, r.op, r.value) : compareNumber(x, r.minInclusive ? 'gte' : 'gt', r.min) && compareNumber(x, r.maxInclusive ? 'lte' : 'lt', r.max);
  if (pass(lo) && pass(hi)) return undefined;
  const reachesLower = (x: number): boolean => (r.kind === 'between' ? compareNumber(x, r.minInclusive ? 'gte' : 'gt', r.min) : r.op === 'lte' || r.op === 'lt' ? true : compareNumber(x, r.op === 'eq' ? 'gte' : r.op, r.value));
  const reachesUpper = (x: number): boolean => (r.kind === 'between' ? compareNumber(x, r.maxInclusive ? 'lte' : 'lt', r.max) : r.op === 'gte' || r.op === 'gt' ? true : compareNumber(x, r.op === 'eq' ? 'lte' : r.op, r.value));
  if (!reachesLower(hi) || !reachesUpper(lo)) return undefined;
  const what = ctx.labelOf(r.measure);
  const p = ctx.paramsOf(r);
  const step = num(1 / 10 ** decimals, 'ru');
  const reason = {
    code: 'ROUNDED_BOUNDARY',
    ru: `значение ${num(v.value, 'ru')} округлено до ${step}: истинное значение от ${num(lo, 'ru')} до ${num(hi, 'ru')} может лежать по обе стороны границы (${conditionText(p, 'ru')})`,
    en: `the value ${num(v.value, 'en')} is rounded to ${num(1 / 10 ** decimals, 'en')}: its true value, ${num(lo, 'en')} to ${num(hi, 'en')}, may lie on either side of the boundary (${conditionText(p, 'en')})`,
  };
  const missing: readonly MissingInput[] = [{ kind: 'boundary', school: ctx.idOf(si), what, reason: { ru: reason.ru, en: reason.en } }];
  const out: { value: null; missing: readonly MissingInput[]; reason: typeof reason; node?: TraceNode } = { value: null, missing, reason };
  if (ctx.tracing) out.node = ctx.node(r, null, { what, params: p, values: { value: v.value, years: v.years, rounded: { decimals, lower: lo, upper: hi } }, missing, reason }) as TraceNode;
  return out;
}

/**
 * A threshold on a weighted sum some of whose terms are unknown: decided when every value the
 * unknown terms can take gives the same outcome (50 points already known against «≥ 50»), with
 * the unknown terms listed in the trace; `undefined` when the unknown terms could change it.
 */
function decideSum(r: R, m: Extract<R['measure'], { kind: 'sum' }>, si: number, ctx: EvalContext): RuleResult | undefined {
  const range = sumRange(m, si, ctx);
  if (range === null) return undefined;
  // the condition is a convex set of values (a half-line, a point, an interval): every value of
  // [lo; hi] meets it when both ends do, and none does when hi is below its lower edge or lo above its upper edge
  const passLower = (x: number): boolean =>
    r.kind === 'between' ? compareNumber(x, r.minInclusive ? 'gte' : 'gt', r.min) : r.op === 'lte' || r.op === 'lt' ? true : compareNumber(x, r.op === 'eq' ? 'gte' : r.op, r.value);
  const passUpper = (x: number): boolean =>
    r.kind === 'between' ? compareNumber(x, r.maxInclusive ? 'lte' : 'lt', r.max) : r.op === 'gte' || r.op === 'gt' ? true : compareNumber(x, r.op === 'eq' ? 'lte' : r.op, r.value);
  let value: boolean;
  if (passLower(range.lo) && passUpper(range.lo) && passLower(range.hi) && passUpper(range.hi)) value = true;
  else if (!passLower(range.hi) || !passUpper(range.lo)) value = false;
  else return undefined;
  if (!ctx.tracing) return plainResult(value);
  const what = ctx.labelOf(r.measure);
  return { value, missing: NONE, node: ctx.node(r, value, { what, params: ctx.paramsOf(r), values: { known: range.known, lo: range.lo, hi: range.hi, missingTerms: range.unknown, absent: range.missing } }) as TraceNode };
}

/** «доля … = 30 % (6 из 20) ≥ 30 % — выполнено»; a yes/no measure as «в перечне «ШНСУ»: да (требуется: да) — выполнено». @internal */
export function explainThreshold(n: TraceNode, lang: Lang): string {
  const rounded = n.values?.rounded as { decimals: number; lower: number; upper: number } | undefined;
  if (rounded !== undefined && n.reason !== undefined) {
    // a rounded value on the boundary: undetermined, with the reason
    return lang === 'ru'
      ? `${whatOf(n, 'ru')} = ${shown(n.values, 'ru', n.params?.unit)}, условие ${conditionText(n.params ?? {}, 'ru')} — не определено: ${n.reason.ru}`
      : `${whatOf(n, 'en')} = ${shown(n.values, 'en', n.params?.unit)}, the condition ${conditionText(n.params ?? {}, 'en')}: undetermined, ${n.reason.en}`;
  }
  const u = unknownText(n, lang);
  if (u !== undefined) return u;
  const p = n.params ?? {};
  const sep = lang === 'ru' ? ' — ' : ': ';
  if (n.values?.lo !== undefined) {
    // a sum decided with unknown terms
    const v = n.values as { known: number; lo: number; hi: number; absent: readonly string[] };
    return lang === 'ru'
      ? `${whatOf(n, 'ru')}: известная часть ${num(v.known, 'ru')}, при любых значениях неизвестных слагаемых — от ${num(v.lo, 'ru')} до ${num(v.hi, 'ru')}, условие ${conditionText(p, 'ru')} решено без них (нет данных: ${missingList(v.absent, 'ru')})${sep}${yes(n, 'ru')}`
      : `${whatOf(n, 'en')}: known part ${num(v.known, 'en')}, whatever the unknown terms, from ${num(v.lo, 'en')} to ${num(v.hi, 'en')}; the condition ${conditionText(p, 'en')} is decided without them (no data: ${missingList(v.absent, 'en')})${sep}${yes(n, 'en')}`;
  }
  const asked = p.unit === 'boolean' ? askedFor(p) : undefined;
  if (asked !== undefined) {
    const v = (n.values?.value as number) !== 0;
    const word = (b: boolean): string => (lang === 'ru' ? (b ? 'да' : 'нет') : b ? 'yes' : 'no');
    return `${whatOf(n, lang)}: ${word(v)} (${lang === 'ru' ? 'требуется' : 'required'}: ${word(asked)})${sep}${yes(n, lang)}`;
  }
  return `${whatOf(n, lang)} = ${shown(n.values, lang, p.unit)}${detailText(n.values?.detail as Record<string, number> | undefined, lang)} ${conditionText(p, lang)}${sep}${yes(n, lang)}`;
}

/** «(значение −0,41; 95 % интервал от −0,62 до −0,2)», «(не учтено результатов с малым числом участников: 1)». */
function detailText(d: Record<string, number> | undefined, lang: Lang): string {
  if (d === undefined) return '';
  const parts: string[] = [];
  if (d.lower !== undefined && d.upper !== undefined && d.estimate !== undefined) {
    parts.push(lang === 'ru' ? `значение ${num(d.estimate, 'ru')}; ${d.level} % интервал от ${num(d.lower, 'ru')} до ${num(d.upper, 'ru')}` : `value ${num(d.estimate, 'en')}; ${d.level} % interval ${num(d.lower, 'en')} to ${num(d.upper, 'en')}`);
  }
  if (d.suppressed !== undefined) {
    parts.push(lang === 'ru' ? `не учтено ${d.suppressed} ${plural(d.suppressed, 'результат', 'результата', 'результатов')} с числом участников меньше минимума` : `${d.suppressed} result(s) with too few participants left out`);
  }
  return parts.length > 0 ? ` (${parts.join('; ')})` : '';
}
