/**
 * Reasons from a verdict's trace: the decisive steps of the reasoning, each in words. Written from
 * the trace's structure and values (rule kinds, outcomes, labels, numbers), never by parsing an
 * explanation text. Internal.
 */
import type { TraceNode } from '../../criteria/identify.js';
import type { Category, Measure, Rule } from '../../criteria/schema.js';
import { measureLabel } from '../../criteria/explain/measureLabel.js';
import { missingInputWords } from '../../criteria/explain/missingWords.js';
import type { MissingInput } from '../../criteria/engine/missing.js';
import type { QuantifierHit } from '../../criteria/rules/results.js';
import type { Lang } from '../../numbers/format.js';
import { T, count, num, own, pct, procedureName, subjectName } from './words.js';

/** What the renderer knows besides the trace: names for ids that appear in traces. */
export interface ReasonContext {
  readonly lang: Lang;
  /** Category names by id (a rule over another category prints its name). */
  readonly categoryNames: ReadonlyMap<string, string>;
  /** School and territory names by id (missing inputs name the school or territory). */
  readonly placeNames: ReadonlyMap<string, string>;
  /** Index names by id. */
  readonly indexNames?: ReadonlyMap<string, { ru: string; en?: string | undefined }>;
  /** The year evaluated: a rule about an earlier year prints that year, not an offset. */
  readonly year?: number;
  /** The procedures the dataset declares, named instead of their ids. */
  readonly procedures?: readonly { readonly id: string; readonly name: { readonly ru: string; readonly en?: string | undefined } }[];
  /** The subjects the dataset declares, named instead of their ids. */
  readonly subjects?: readonly { readonly id: string; readonly name: { readonly ru: string; readonly en?: string | undefined } }[];
}

/** One line of reasons, indented by its depth in the reasoning. */
export interface ReasonLine {
  readonly depth: number;
  readonly text: string;
  readonly outcome: TraceNode['outcome'];
}

const COMPOSITE = new Set(['all', 'any', 'atLeast', 'not', 'ordered']);
const OP_SIGN: Readonly<Record<string, string>> = { gte: '≥', gt: '>', lte: '≤', lt: '<', eq: '=' };

const OUTCOME: Readonly<Record<TraceNode['outcome'], [string, string]>> = {
  true: ['выполнено', 'holds'],
  false: ['не выполнено', 'does not hold'],
  missing: ['нет данных', 'no data'],
  not_applicable: ['не применимо', 'not applicable'],
};

/** The sub-rules of a rule, when the rule combines others. */
function subRules(rule: Rule | undefined): readonly Rule[] | undefined {
  if (rule === undefined) return undefined;
  if (rule.kind === 'all' || rule.kind === 'any' || rule.kind === 'atLeast') return rule.rules;
  if (rule.kind === 'not') return [rule.rule];
  return undefined;
}

/** The rule behind a trace node's i-th child, when the trace and the methodology line up. */
function childRule(rule: Rule | undefined, node: TraceNode, i: number): Rule | undefined {
  const subs = subRules(rule);
  const child = node.children?.[i];
  const r = subs?.[i];
  return r !== undefined && child !== undefined && r.kind === child.rule && subs?.length === node.children?.length ? r : undefined;
}

/** A measure in words; a category measure by the category's name. */
function measureWords(m: Measure, ctx: ReasonContext): string {
  const offset = (m.kind === 'category' || m.kind === 'external') && m.yearOffset !== undefined && m.yearOffset !== 0 ? m.yearOffset : 0;
  const when = offset === 0 ? '' : ctx.year !== undefined ? T(ctx.lang, ` в ${ctx.year + offset} г.`, ` in ${ctx.year + offset}`) : T(ctx.lang, ` за ${-offset} г. до оцениваемого`, ` ${-offset} year(s) before`);
  if (m.kind === 'category') {
    const name = ctx.categoryNames.get(m.category) ?? T(ctx.lang, 'другая категория', 'another category');
    return T(ctx.lang, `в списке «${name}»${when}`, `on the list "${name}"${when}`);
  }
  if (m.kind === 'external') return `${measureLabel({ ...m, yearOffset: 0 }, ctx.lang, ctx.indexNames).replace(/\s*\((год|year) [^)]*\)/, '')}${when}`;
  return measureLabel(m, ctx.lang, ctx.indexNames, undefined, undefined, undefined, { declared: new Map((ctx.procedures ?? []).map((p) => [p.id, p.name])), subjects: new Map((ctx.subjects ?? []).map((p) => [p.id, p.name])) });
}

const isPercentMeasure = (m: Measure | undefined): boolean =>
  m !== undefined && (m.kind === 'fact' || m.kind === 'social' || m.kind === 'staffBand' || (m.kind === 'result' && m.metric.endsWith('Share')) || (m.kind === 'staffing' && m.field !== 'vacancies'));

/** «в 2023 г.», «за 2021–2023 гг.» */
function yearsText(years: unknown, lang: Lang): string {
  if (!Array.isArray(years) || years.length === 0) return '';
  const ys = (years as number[]).filter((y) => typeof y === 'number').sort((a, b) => a - b);
  if (ys.length === 0) return '';
  if (ys.length === 1) return T(lang, ` в ${ys[0]} г.`, ` in ${ys[0]}`);
  return T(lang, ` за ${ys[0]}–${ys[ys.length - 1]} гг.`, ` over ${ys[0]}–${ys[ys.length - 1]}`);
}

/** One hit of a quantifier over results, from the trace's data: «2023 г., ВПР, математика: 10 из 45 (22,2 %)». */
function hitWords(h: QuantifierHit, ctx: ReasonContext): string {
  const { lang } = ctx;
  const proc = h.procedureName !== undefined ? (lang === 'ru' ? h.procedureName.ru : (h.procedureName.en ?? h.procedureName.ru)) : procedureName(h.procedure, lang, ctx.procedures);
  const subject = h.subjectName !== undefined ? (lang === 'ru' ? h.subjectName.ru.toLowerCase() : (h.subjectName.en ?? h.subjectName.ru)) : subjectName(h.subject, lang, ctx.subjects);
  const value =
    h.count !== undefined && h.total !== undefined
      ? `${h.count} ${T(lang, 'из', 'of')} ${h.total}${h.total > 0 ? ` (${pct((h.count * 100) / h.total, lang)})` : ''}`
      : num(h.value ?? 0, lang, 2);
  // the grade too: two hits of one year, procedure and subject differ by grade («ВПР, 5 класс» and «ВПР, 6 класс»)
  return `${h.year}${T(lang, ' г.', '')}, ${proc}, ${T(lang, `${h.grade} класс`, `grade ${h.grade}`)}, ${subject}: ${value}`;
}

/**
 * A missing input in words, from its data: the place it belongs to by name (a school, or the
 * territory of a reference value), then what is missing («Школа № 1: в списке Рособрнадзора
 * (признаки необъективности) (2023 г.)»). A trace stored before missing inputs were data holds
 * strings: printed as they are.
 */
export function missingWords(item: MissingInput | string, ctx: ReasonContext): string {
  const words = missingInputWords(item, ctx.lang);
  if (typeof item === 'string' || (item.kind === 'category' && item.schoolName !== undefined)) return words;
  const place = ctx.placeNames.get(item.school);
  return place === undefined ? words : `${place}: ${words}`;
}

/** The value part of a leaf: the facts it compared. */
function valueWords(node: TraceNode, rule: Rule | undefined, ctx: ReasonContext): string {
  const { lang } = ctx;
  const v = node.values ?? {};
  const p = node.params ?? {};
  const get = (k: string): unknown => (Object.prototype.hasOwnProperty.call(v, k) ? v[k] : undefined);
  switch (node.rule) {
    case 'threshold':
    case 'between': {
      const value = get('value');
      if (typeof value !== 'number') return '';
      const measure = rule !== undefined && (rule.kind === 'threshold' || rule.kind === 'between') ? rule.measure : undefined;
      const cnt = get('count');
      const tot = get('total');
      const shareOf = typeof cnt === 'number' && typeof tot === 'number' ? ` (${cnt} ${T(lang, 'из', 'of')} ${tot})` : '';
      let shown: string;
      if (measure?.kind === 'category' || (measure !== undefined && measure.kind === 'external' && ['shnor', 'shnsu', 'riskZone', 'project500', 'rosobrnadzorBiased', 'absentFromAnalytics'].includes(measure.field))) shown = value === 1 ? T(lang, 'да', 'yes') : T(lang, 'нет', 'no');
      else shown = isPercentMeasure(measure) || shareOf !== '' ? pct(value, lang) : num(value, lang, 2);
      let target = '';
      if (node.rule === 'threshold' && typeof p.op === 'string' && p.value !== undefined && shareOf !== '') target = T(lang, `; порог ${OP_SIGN[p.op] ?? p.op} ${num(Number(p.value), lang, 2)} %`, `; threshold ${OP_SIGN[p.op] ?? p.op} ${num(Number(p.value), lang, 2)} %`);
      return `${T(lang, 'факт', 'actual')} ${shown}${shareOf}${yearsText(get('years'), lang)}${target}`;
    }
    case 'rank': {
      const rank = get('rank');
      const n = get('poolSize');
      const k = get('k');
      if (typeof rank !== 'number' || typeof n !== 'number') return typeof n === 'number' ? T(lang, `в сравнении ${count(n, 'school', lang)}`, `${n} schools compared`) : '';
      const list = typeof k === 'number' ? T(lang, `; в список входят первые ${k} с ${p.position === 'top' ? 'начала' : 'конца'}`, `; the list takes ${k} from the ${p.position === 'top' ? 'top' : 'bottom'}`) : '';
      const order = p.position === 'top' ? '' : T(lang, ' с конца', ' from the bottom');
      return T(lang, `место ${rank}${order} из ${n}${list}`, `place ${rank}${order} of ${n}${list}`);
    }
    case 'results': {
      const found = get('found');
      if (!Array.isArray(found)) return '';
      if (found.length === 0) return T(lang, 'ни одного случая', 'no case');
      const shown = (found as QuantifierHit[]).slice(0, 6).map((h) => hitWords(h, ctx));
      return `${shown.join('; ')}${found.length > 6 ? T(lang, ` и ещё ${found.length - 6}`, ` and ${found.length - 6} more`) : ''}`;
    }
    case 'gap': {
      const school = get('school');
      const reference = get('reference');
      const gap = get('gap');
      if (typeof school !== 'number' || typeof reference !== 'number') return '';
      return T(lang, `школа ${num(school, lang)}, сравнение ${num(reference, lang)}${typeof gap === 'number' ? `, разница ${num(gap, lang)}` : ''}`, `school ${num(school, lang)}, reference ${num(reference, lang)}${typeof gap === 'number' ? `, gap ${num(gap, lang)}` : ''}`);
    }
    case 'residual': {
      const o = get('outcome');
      const e = get('expected');
      if (typeof o !== 'number' || typeof e !== 'number') return '';
      return T(lang, `факт ${num(o, lang)}, ожидалось ${num(e, lang)}`, `actual ${num(o, lang)}, expected ${num(e, lang)}`);
    }
    case 'matrix': {
      const r = get('rows');
      const c = get('columns');
      const cls = get('class');
      return typeof cls === 'string' ? `${typeof r === 'number' && typeof c === 'number' ? `${num(r, lang)} × ${num(c, lang)} → ` : ''}${cls}` : '';
    }
    default:
      return '';
  }
}

/** What a rule checks, from the methodology, when the trace has no label. */
function ruleWords(rule: Rule | undefined, node: TraceNode, ctx: ReasonContext): string {
  const { lang } = ctx;
  if (rule !== undefined) {
    switch (rule.kind) {
      case 'threshold':
        return `${measureWords(rule.measure, ctx)}${rule.measure.kind === 'category' ? '' : ` ${OP_SIGN[rule.op] ?? rule.op} ${num(Number(rule.value), lang, 2)}${isPercentMeasure(rule.measure) ? ' %' : ''}`}`;
      case 'between':
        return `${measureWords(rule.measure, ctx)} ${T(lang, 'от', 'from')} ${num(Number(rule.min), lang, 2)} ${T(lang, 'до', 'to')} ${num(Number(rule.max), lang, 2)}`;
      case 'rank':
        return T(lang, `${num(Number(rule.percent), lang)} % школ ${rule.position === 'bottom' ? 'с самыми низкими значениями' : 'с самыми высокими значениями'}: ${measureWords(rule.measure, ctx)}`, `${rule.position} ${num(Number(rule.percent), lang)} % by ${measureWords(rule.measure, ctx)}`);
      case 'gap':
        return T(lang, `отставание от ${rule.reference === 'region' ? 'региона' : 'муниципалитета'} ${OP_SIGN[rule.op]} ${num(Number(rule.value), lang)}: ${measureWords(rule.measure, ctx)}`, `gap to the ${rule.reference} ${OP_SIGN[rule.op]} ${num(Number(rule.value), lang)}: ${measureWords(rule.measure, ctx)}`);
      case 'results':
        return T(lang, `результаты процедур: ${OP_SIGN[rule.op]} ${num(Number(rule.value), lang)}`, `procedure results ${OP_SIGN[rule.op]} ${num(Number(rule.value), lang)}`);
      case 'residual':
        return T(lang, `${rule.side === 'below' ? 'ниже' : 'выше'} ожидаемого результата`, `${rule.side} the expected result`);
      default:
        break;
    }
  }
  const generic: Readonly<Record<string, [string, string]>> = {
    all: ['все условия', 'all conditions'],
    any: ['хотя бы одно условие', 'any condition'],
    atLeast: ['не менее заданного числа условий', 'at least k conditions'],
    not: ['условие не выполнено', 'the condition does not hold'],
    ordered: ['первое выполненное условие', 'the first condition that holds'],
    matrix: ['типологическая таблица', 'the typology table'],
    threshold: ['пороговое условие', 'a threshold'],
    between: ['значение в диапазоне', 'a value within a range'],
    rank: ['место в рейтинге', 'a rank'],
    results: ['результаты процедур', 'procedure results'],
    gap: ['отставание', 'a gap'],
    residual: ['отклонение от ожидаемого', 'a residual'],
  };
  const g = own(generic, node.rule);
  return g === undefined ? T(lang, 'условие', 'a condition') : g[lang === 'ru' ? 0 : 1];
}

/**
 * One step of the reasoning in words: a labelled step as its label (the act's words), its values and
 * its outcome; an unlabelled one by its own text when explanations were on, otherwise by what its
 * rule checks and its values. The one place a node becomes words:
 * a shared explainer can replace it.
 */
export function renderNode(node: TraceNode, rule: Rule | undefined, ctx: ReasonContext): string {
  const { lang } = ctx;
  const label = node.label === undefined ? undefined : lang === 'ru' ? node.label.ru : (node.label.en ?? node.label.ru);
  const values = COMPOSITE.has(node.rule) ? '' : valueWords(node, rule, ctx);
  // a labelled step reads best as its label (the act's words) and its numbers; an unlabelled one by
  // its own text when explanations were on
  const own_ = node.text?.[lang];
  if (own_ !== undefined && own_ !== '' && (label === undefined || (!COMPOSITE.has(node.rule) && values === ''))) return label !== undefined && !own_.startsWith(label) ? `${label}: ${own_}` : own_;
  const head = label ?? ruleWords(rule, node, ctx);
  let tail = (OUTCOME[node.outcome] as [string, string])[lang === 'ru' ? 0 : 1];
  if (node.outcome === 'missing' && node.missing !== undefined && node.missing.length > 0) {
    const words = [...new Set(node.missing.map((m) => missingWords(m, ctx)))];
    tail += `: ${words.slice(0, 3).join('; ')}${words.length > 3 ? T(lang, ` и ещё ${words.length - 3}`, ` and ${words.length - 3} more`) : ''}`;
  }
  if (node.reason !== undefined) tail += ` (${node.reason[lang]})`;
  return `${head}${values === '' ? '' : `: ${values}`} — ${tail}`;
}

/** The children that decide a composite node's outcome. */
export function decisiveChildren(node: TraceNode): readonly number[] {
  const children = node.children ?? [];
  const idx = children.map((_, i) => i);
  switch (node.rule) {
    case 'all':
      // yes: every condition held, all are reasons; no: the ones that failed; missing or not
      // applicable: the ones without a value (either state: one not-applicable condition among
      // others that hold leaves the whole without a value)
      return node.outcome === 'true' ? idx : node.outcome === 'false' ? idx.filter((i) => children[i]?.outcome === 'false') : idx.filter((i) => children[i]?.outcome === 'missing' || children[i]?.outcome === 'not_applicable');
    case 'any':
    case 'atLeast':
      return node.outcome === 'true' ? idx.filter((i) => children[i]?.outcome === 'true') : idx;
    case 'ordered': {
      const hit = idx.filter((i) => children[i]?.outcome === 'true');
      return hit.length > 0 ? hit.slice(-1) : idx;
    }
    default:
      return idx;
  }
}

/**
 * The reasons of a verdict: the decisive steps of its trace, in words, with their depth.
 *
 * @param trace - The verdict's trace.
 * @param category - The category in the methodology, to name what unlabelled steps check.
 * @param ctx - Language and names.
 * @returns One line per decisive step (a labelled combination first, then its decisive parts).
 */
export function reasonsOf(trace: TraceNode, category: Category | undefined, ctx: ReasonContext): ReasonLine[] {
  const lines: ReasonLine[] = [];
  const rootRule = category?.kind === 'flag' ? category.rule : undefined;
  const walk = (node: TraceNode, rule: Rule | undefined, depth: number, optionRules?: readonly Rule[]): void => {
    if (depth > 6) return;
    const composite = COMPOSITE.has(node.rule) && (node.children?.length ?? 0) > 0;
    let next = depth;
    if (!composite || node.label !== undefined) {
      lines.push({ depth, text: renderNode(node, rule, ctx), outcome: node.outcome });
      next = depth + 1;
    }
    if (!composite) return;
    for (const i of decisiveChildren(node)) {
      const child = node.children?.[i] as TraceNode;
      const r = optionRules !== undefined ? (optionRules[i]?.kind === child.rule ? optionRules[i] : undefined) : childRule(rule, node, i);
      walk(child, r, next);
    }
  };
  const options = category?.kind === 'classifier' && category.classifier.kind === 'ordered' ? category.classifier.options.map((o) => o.rule) : undefined;
  walk(trace, rootRule, 0, trace.rule === 'ordered' ? options : undefined);
  return lines;
}
