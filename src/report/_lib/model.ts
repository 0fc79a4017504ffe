/**
 * The content of a program report, built once from the result value (verdicts, traces, names,
 * definitions) and then written as Markdown or HTML. Nothing here parses explanation text. Internal.
 */
import { format, isValid, parseISO } from 'date-fns';
import { enGB, ru } from 'date-fns/locale';
import type { Identification, TraceNode } from '../../criteria/identify.js';
import type { Category, Methodology } from '../../criteria/schema.js';
import type { IndicatorEvaluation } from '../../indicators/evaluateIndicator.js';
import type { IndicatorDefinition } from '../../indicators/definition.js';
import type { Dataset } from '../../model/dataset.js';
import { packedResultsOf, unpackResult } from '../../model/packResults.js';
import type { AssessmentResult } from '../../model/results.js';
import type { Lang } from '../../numbers/format.js';
import type { RenderOptions } from '../renderMarkdown.js';

export type { RenderOptions };
import { formatNumber } from '../../numbers/format.js';
import { toDec } from '../../numbers/decimal.js';
import type { ProgramEvaluation } from '../../programs/evaluateProgram.js';
import { PRESET_PROGRAMS } from '../../programs/presets/index.js';
import type { Program } from '../../programs/schema.js';
import { RISK_LEVEL_NAMES } from '../../risk/catalogue.js';
import { type ReasonContext, type ReasonLine, missingWords, reasonsOf } from './reasons.js';
import { missingInputWords } from '../../criteria/explain/missingWords.js';
import type { MissingInput } from '../../criteria/engine/missing.js';
import { T, count, num, own, procedureName, subjectName, whole } from './words.js';
import { operatorSymbol } from '../../numbers/operators.js';
import { pluralForm } from '../../numbers/format.js';


/** A school on a list with the reasons. */
export interface ListedSchool {
  readonly id: string;
  readonly name: string;
  readonly reasons: readonly ReasonLine[];
}

/** A category of an identification, with its schools. */
export interface CategorySection {
  readonly id: string;
  readonly name: string;
  readonly kind: 'flag' | 'classifier';
  /** Flag lists: the schools on it with their reasons. */
  readonly yes: readonly ListedSchool[];
  /** Classifiers: each class and its schools. */
  readonly classes: readonly { readonly name: string; readonly schools: readonly ListedSchool[] }[];
  /** Schools without a verdict for lack of data, with what is missing. */
  readonly missing: readonly { readonly id: string; readonly name: string; readonly missing: string }[];
  readonly total: number;
}

/** An identification (the program's own or a further one). */
export interface IdentificationSection {
  readonly title: string;
  readonly methodologyName: string | null;
  readonly categories: readonly CategorySection[];
  /** The result and methodology it was written from, and the names it used (for the school cards). */
  readonly source: { readonly result: Identification; readonly methodology: Methodology | undefined; readonly ctx: ReasonContext };
}

/** An indicator row with its series. */
export interface IndicatorRow {
  readonly id: string;
  readonly name: string;
  readonly fullName: string;
  readonly unit: string;
  readonly target: string;
  readonly actual: string;
  /** The change on the year before, with direction and unit: «↑ +3,2 п.п.», «—» without two actuals. */
  readonly arrow: string;
  readonly status: IndicatorEvaluation['status'];
  readonly statusText: string;
  /** How the comparison was made, the year a later target is due, what is missing. */
  readonly notes: readonly string[];
  readonly series: readonly { readonly year: number; readonly actual: number | null; readonly target: number | null }[];
  readonly percent: boolean;
}

/** A school card. */
export interface SchoolCard {
  readonly id: string;
  readonly name: string;
  readonly facts: string;
  readonly verdicts: readonly { readonly section: string; readonly category: string; readonly value: string; readonly reasons: readonly ReasonLine[] }[];
  readonly results: readonly { readonly label: string; readonly byYear: ReadonlyMap<number, string> }[];
  readonly resultYears: readonly number[];
  readonly risk: readonly { readonly factor: string; readonly level: string; readonly priority: boolean }[];
  readonly indicators: readonly string[];
  readonly history: readonly { readonly category: string; readonly years: readonly { readonly year: number; readonly value: string }[] }[];
}

/** The whole report. */
export interface ReportData {
  readonly lang: Lang;
  readonly title: string;
  readonly year: number;
  readonly datasetName: string;
  /** «Данные синтетические / учебный пример» when the dataset says so, otherwise null. */
  readonly sampleLabel: string | null;
  /** Warnings the reader must see before the lists. */
  readonly warnings: readonly string[];
  readonly identifications: readonly IdentificationSection[];
  readonly history: readonly { readonly category: string; readonly moves: readonly string[]; readonly stayed: number; readonly longest: readonly string[] }[];
  readonly risk: { readonly catalogue: string; readonly schools: number; readonly rows: readonly { readonly factor: string; readonly high: number; readonly medium: number; readonly low: number; readonly missing: number; readonly priority: number; readonly delta: string }[] } | null;
  readonly indicatorCounts: Readonly<Record<'achieved' | 'not_achieved' | 'not_applicable' | 'missing', number>>;
  readonly indicators: readonly IndicatorRow[];
  /**
   * The dataset's consistency warnings: each one when there are few; grouped by kind with a count
   * and the first examples when there are many (a national file's thousands would bury the report).
   */
  readonly dataChecks: readonly DataCheckLine[];
  readonly calendar: readonly string[];
  /** «План мероприятий: исполнение на <дата>»: counts by status, overdue measures; one line when the program has no plan (null on a school card). */
  readonly plan: { readonly title: string; readonly lines: readonly string[] } | null;
  /** «Финансирование»: each year's stated total against the sum of its sources; one line when the program states none (null on a school card). */
  readonly financing: { readonly title: string; readonly lines: readonly string[] } | null;
  readonly schools: readonly SchoolCard[];
  /** Why some school cards are left out and how to get them (null when every school has its card). */
  readonly cardsNote: string | null;
}

/** Above this many schools a report shows the cards of the schools in a category only (unless told otherwise). */
const CARDS_ALL_UP_TO = 500;

const EXECUTION_STATUS: Readonly<Record<string, [string, string]>> = {
  выполнено: ['выполнено', 'done'],
  'на исполнении': ['на исполнении', 'in progress'],
  'не выполнено': ['не выполнено', 'not done'],
  'нет данных': ['нет сведений об исполнении', 'no execution record'],
};

/** Roubles and kopecks: «1 000 450,00 руб.», "RUB 1,000,450.00". */
const rub = (x: string, lang: Lang): string => (lang === 'ru' ? `${formatNumber(x, { decimals: 2 })}\u00a0руб.` : `RUB ${formatNumber(x, { decimals: 2, lang: 'en' })}`);

/** The plan's execution section: counts by status, then the overdue measures by title. */
function planSection(e: ProgramEvaluation, lang: Lang): NonNullable<ReportData['plan']> {
  if (e.plan.status !== 'value') {
    return { title: T(lang, 'План мероприятий', 'Plan of measures'), lines: [T(lang, 'Программа не содержит плана мероприятий.', 'The program states no plan of measures.')] };
  }
  const p = e.plan.value;
  const counts = Object.entries(EXECUTION_STATUS)
    .map(([k, [ru, en]]) => [p.byStatus[k as keyof typeof p.byStatus] ?? 0, lang === 'ru' ? ru : en] as const)
    .filter(([n]) => n > 0)
    .map(([n, w]) => `${w} — ${n}`);
  const lines = [`${T(lang, 'Мероприятий', 'Measures')}: ${p.measures}${counts.length > 0 ? `; ${counts.join(', ')}` : ''}.`];
  const extra = [
    p.notStarted > 0 ? `${T(lang, 'срок ещё не начался', 'not started yet')} — ${p.notStarted}` : '',
    p.undated > 0 ? `${T(lang, 'срок не датирован («по графику», «по отдельному плану»)', 'undated term (an external schedule or a separate plan)')} — ${p.undated}` : '',
  ].filter((x) => x !== '');
  if (extra.length > 0) {
    const t = extra.join('; ');
    lines.push(`${t.charAt(0).toUpperCase()}${t.slice(1)}.`);
  }
  if (p.overdue.length === 0) lines.push(T(lang, 'Просроченных мероприятий нет.', 'No measure is overdue.'));
  else {
    lines.push(`${T(lang, 'Просрочено', 'Overdue')}: ${p.overdue.length}.`);
    // the measure's number where the plan prints one («1.2»), never a made-up id
    for (const m of p.overdue) lines.push(`${/^\d+(\.\d+)*$/.test(m.id) ? `${m.id}. ` : ''}${m.title.replace(/[.\s]+$/, '')} — ${T(lang, 'срок', 'term')} «${m.term}» (${T(lang, 'до', 'until')} ${dateRu(m.due, lang)}), ${(EXECUTION_STATUS[m.status] ?? [m.status, m.status])[lang === 'ru' ? 0 : 1]}`);
  }
  return { title: `${T(lang, 'План мероприятий: исполнение на', 'Plan of measures: execution on')} ${dateRu(p.asOf, lang)}`, lines };
}

/** The financing section: each year's stated total against the sum of its sources, then the whole period. */
function financingSection(e: ProgramEvaluation, lang: Lang): NonNullable<ReportData['financing']> {
  const title = T(lang, 'Финансирование', 'Financing');
  if (e.financing.status !== 'value') return { title, lines: [T(lang, 'Программа не указывает финансирование.', 'The program states no financing.')] };
  const f = e.financing.value;
  const lines = f.years.map((y) => {
    const sum = rub(y.sumOfLevels, lang);
    if (y.stated === undefined) return `${y.year}: ${T(lang, 'сумма источников', 'sum of sources')} ${sum} (${T(lang, 'итог года не указан', 'no total stated for the year')})`;
    const stated = rub(y.stated, lang);
    if (y.consistent) return `${y.year}: ${T(lang, 'указано', 'stated')} ${stated}, ${T(lang, 'сумма источников совпадает', 'the sources add up to it')}`;
    // the exact difference the check computed (decimals, never floating point)
    const issue = f.issues.find((i) => i.code === 'YEAR_SPLIT_MISMATCH' && i.year === y.year);
    const diff = issue === undefined ? '' : ` — ${T(lang, 'расхождение', 'difference')} ${rub(issue.difference.replace(/^-/, ''), lang)}`;
    return `${y.year}: ${T(lang, 'указано', 'stated')} ${stated}, ${T(lang, 'сумма источников', 'sum of sources')} ${sum}${diff}`;
  });
  for (const i of f.issues) if (i.code !== 'YEAR_SPLIT_MISMATCH') lines.push(i.message[lang]);
  if (f.issues.length === 0) lines.push(T(lang, 'Все суммы сходятся.', 'Every sum adds up.'));
  return { title, lines };
}

const STATUS: Readonly<Record<IndicatorEvaluation['status'], [string, string]>> = {
  achieved: ['достигнут', 'achieved'],
  not_achieved: ['не достигнут', 'not achieved'],
  not_applicable: ['нет цели на этот год', 'no target this year'],
  missing: ['нет данных', 'no data'],
};

const TRANSITION: Readonly<Record<string, [string, string]>> = {
  entered: ['вошла в список', 'entered'],
  left: ['вышла из списка', 'left'],
  stayed_in: ['осталась', 'stayed'],
  stayed_out: ['вне списка', 'out'],
  changed: ['сменила группу', 'changed class'],
  missing: ['нет данных', 'no data'],
  not_applicable: ['не применимо', 'not applicable'],
};

const UNIT: Readonly<Record<string, [string, string]>> = {
  percent: ['%', '%'],
  count: ['ед.', 'units'],
  grade: ['балла', 'mark points'],
  score: ['балла', 'score points'],
  rate: ['', ''],
  value: ['', ''],
  boolean: ['', ''],
};

const nameOf = (n: { ru: string; en?: string | undefined }, lang: Lang): string => (lang === 'ru' ? n.ru : (n.en ?? n.ru));

/** The program a report is about: the one given, or the preset of the same id. */
function programOf(e: ProgramEvaluation, options: RenderOptions): Program | undefined {
  return options.program ?? own(PRESET_PROGRAMS, e.programId);
}

function targetYear(def: IndicatorDefinition | undefined): number | null {
  if (def === undefined) return null;
  const t = def.target;
  return 'byYear' in t && typeof t.byYear === 'number' ? t.byYear : null;
}

function unitOf(def: IndicatorDefinition | undefined, lang: Lang): string {
  if (def === undefined) return '';
  const u = own(UNIT, def.unit);
  return u === undefined ? '' : u[lang === 'ru' ? 0 : 1];
}

function valueText(v: string | boolean | null, unit: string, lang: Lang, decimals = 1): string {
  if (v === null) return '—';
  if (typeof v === 'boolean') return v ? T(lang, 'да', 'yes') : T(lang, 'нет', 'no');
  const s = formatNumber(v, { decimals, trimZeros: true, lang });
  // a no-break space: «100 %» and «20 ед.» never break over two lines of a table cell
  return unit === '' ? s : `${s}\u00a0${unit}`;
}

/**
 * The change of an actual on the year before, with its direction and unit: «↑ +3,2 п.п.» for a
 * percent (percentage points, not relative per cent), «↓ −2 ед.» for a count, «→ 0 п.п.»; «—»
 * when either year has no numeric actual.
 */
function changeText(prev: string | boolean | null | undefined, now: string | boolean | null, def: IndicatorDefinition | undefined, lang: Lang): string {
  if (prev === null || prev === undefined || now === null || typeof prev === 'boolean' || typeof now === 'boolean') return '—';
  const d = toDec(now).minus(toDec(prev));
  const arrow = d.isPositive() && !d.isZero() ? '↑' : d.isNegative() && !d.isZero() ? '↓' : '→';
  const delta = formatNumber(d.toString(), { decimals: 1, trimZeros: true, signed: true, lang }).replace(/^-/, '−');
  const unit = def?.unit === 'percent' ? T(lang, 'п.п.', 'pp') : unitOf(def, lang);
  return `${arrow}\u00a0${unit === '' ? delta : `${delta}\u00a0${unit}`}`;
}

function indicatorRow(e: ProgramEvaluation, ev: IndicatorEvaluation, def: IndicatorDefinition | undefined, options: RenderOptions, lang: Lang): IndicatorRow {
  const unit = unitOf(def, lang);
  const fullName = def === undefined ? T(lang, 'показатель без описания', 'an undescribed indicator') : nameOf(def.name, lang);
  const name = own(options.indicatorNames, ev.indicatorId) ?? fullName;
  const notes: string[] = [];
  let target = '—';
  if (ev.target !== null) {
    if (ev.target.op === 'flag') target = ev.target.value === 'true' ? T(lang, 'да', 'yes') : T(lang, 'нет', 'no');
    else target = `${operatorSymbol(ev.target.op)}\u00a0${valueText(ev.target.value, unit, lang, 2)}`;
    if (!ev.target.due) {
      const y = targetYear(def);
      target += y === null ? T(lang, ' (срок позже)', ' (due later)') : T(lang, ` (к ${y} г.)`, ` (by ${y})`);
      notes.push(y === null ? T(lang, 'срок цели ещё не наступил', 'the target is not due yet') : T(lang, `цель должна быть достигнута к ${y} г.`, `the target is due by ${y}`));
    }
  }
  if (ev.compared === 'published' && def?.published !== undefined && typeof ev.actual === 'string' && ev.target !== null && ev.target.op !== 'flag') {
    const d = def.published.decimals;
    const exact = formatNumber(ev.actual, { decimals: 2, trimZeros: true, lang });
    const printed = formatNumber(ev.actual, { decimals: d, lang });
    if (exact !== printed) notes.push(T(lang, `сравнение при точности программы: ${exact} → ${printed}`, `compared at the program's precision: ${exact} → ${printed}`));
  }
  if (ev.status === 'missing' && ev.missing.length > 0) {
    // what is lacking, from the evaluation's values: its baseline, its actual of the year
    const lack = [...(ev.missing.includes('baseline') ? [T(lang, 'базового значения', 'baseline')] : []), ...(ev.actual === null ? [T(lang, `факта за ${ev.year} г.`, `actual for ${ev.year}`)] : [])];
    notes.push(lack.length > 0 ? T(lang, `нет ${lack.join(' и ')}`, `no ${lack.join(' and no ')}`) : T(lang, `нет данных: ${ev.missing.length} ${pluralForm(ev.missing.length, ['значение', 'значения', 'значений'])}`, `missing: ${ev.missing.length}`));
  }
  const years = Object.keys(e.indicators.byYear)
    .map(Number)
    .filter((y) => Number.isInteger(y))
    .sort((a, b) => a - b);
  const series = years.map((y) => {
    const x = own(e.indicators.byYear, String(y))?.find((z) => z.indicatorId === ev.indicatorId);
    const actual = x?.actual === null || x?.actual === undefined || typeof x.actual === 'boolean' ? null : Number(x.actual);
    const tv = x?.target === null || x?.target === undefined || x.target.op === 'flag' ? null : Number(x.target.value);
    return { year: y, actual: actual !== null && Number.isFinite(actual) ? actual : null, target: tv !== null && Number.isFinite(tv) ? tv : null };
  });
  const prev = own(e.indicators.byYear, String(e.year - 1))?.find((x) => x.indicatorId === ev.indicatorId);
  const arrow = changeText(prev?.actual, ev.actual, def, lang);
  return { id: ev.indicatorId, name, fullName, unit, target, actual: valueText(ev.actual, unit, lang), arrow, status: ev.status, statusText: (STATUS[ev.status] as [string, string])[lang === 'ru' ? 0 : 1], notes, series, percent: def?.unit === 'percent' };
}

/** A line of the data checks: a warning, or a kind of warning with its count and first examples. */
export interface DataCheckLine {
  readonly text: string;
  readonly examples?: readonly string[];
}

/** Up to this many warnings are listed one by one; more are grouped by kind. */
const CHECKS_LISTED_UP_TO = 30;
/** Examples shown under a kind of warning when they are grouped. */
const CHECK_EXAMPLES = 3;

/** Each kind of consistency warning in words, for a grouped list. */
const CHECK_KINDS: Readonly<Record<string, [string, string]>> = {
  MARKS_SUM: ['сумма отметок не равна числу участников', 'the marks do not add up to the participants'],
  MEAN_MISMATCH: ['средний балл не сходится с распределением отметок', 'the mean does not match the marks'],
  SHARE_MISMATCH: ['напечатанная доля не сходится со своими числами', 'a printed share does not match its counts'],
  STAT_OUT_OF_RANGE: ['значение вне диапазона от минимума до максимума', 'a value outside its minimum–maximum range'],
  COUNT_EXCEEDS_PARTICIPANTS: ['число больше числа участников', 'a count above the participants'],
  TOTAL_MISMATCH: ['итог не равен сумме слагаемых', 'a total differs from the sum of its parts'],
  AGGREGATE_OUT_OF_RANGE: ['среднее вне диапазона своих значений', 'a mean outside the range of its values'],
  PARTICIPANTS_EXCEED_ADMITTED: ['участников больше, чем допущенных', 'more participants than admitted'],
  DISTRIBUTION_SUM: ['распределение не складывается в целое', 'a distribution does not add up'],
  BANDS_SUM: ['интервалы баллов не складываются в число участников', 'the score bands do not add up to the participants'],
  MEAN_OUTSIDE_BANDS: ['средний балл вне интервалов баллов', 'the mean outside the score bands'],
  TOTAL_MEAN_MISMATCH: ['среднее территории не сходится со средними школ', "a territory's mean differs from its schools' means"],
  STATED_MEAN_MISMATCH: ['указанное среднее не сходится со значениями', 'a stated mean differs from its values'],
  PERCENT_OUT_OF_RANGE: ['процент вне пределов от 0 до 100', 'a percent outside 0–100'],
  SHARE_UNREACHABLE: ['процент, недостижимый при таком целом', 'a percent no count of the total gives'],
  SUM_WITHIN_ROUNDING: ['расхождения в пределах округления (не ошибки)', 'differences within rounding (not errors)'],
  ROUNDING_VARIANTS: ['одна доля напечатана по-разному (не ошибка)', 'one share printed several ways (not an error)'],
};

/** The data checks for the reader: every warning when there are few, else each kind with its count and first examples. */
function dataCheckLines(warnings: ProgramEvaluation['warnings'], lang: Lang): DataCheckLine[] {
  if (warnings.length <= CHECKS_LISTED_UP_TO) return warnings.map((w) => ({ text: w.message[lang] }));
  const byKind = new Map<string, ProgramEvaluation['warnings'][number][]>();
  for (const w of warnings) {
    const k = own(CHECK_KINDS, w.code) === undefined ? 'other' : w.code;
    const list = byKind.get(k);
    if (list === undefined) byKind.set(k, [w]);
    else list.push(w);
  }
  const kinds = [...byKind.entries()].sort((a, b) => b[1].length - a[1].length);
  const lines: DataCheckLine[] = kinds.map(([k, list]) => {
    const words = own(CHECK_KINDS, k) ?? ['другие расхождения', 'other disagreements'];
    const first = list.slice(0, CHECK_EXAMPLES).map((w) => w.message[lang]);
    const head = `${T(lang, words[0], words[1])}: ${whole(list.length, lang)}`;
    return list.length > CHECK_EXAMPLES ? { text: `${head}${T(lang, `, первые ${first.length}:`, `, the first ${first.length}:`)}`, examples: first } : { text: `${head}:`, examples: first };
  });
  lines.unshift({ text: T(lang, `Предупреждений: ${whole(warnings.length, lang)}; по видам, с первыми примерами. Полный список даёт проверка набора данных.`, `Warnings: ${whole(warnings.length, lang)}; by kind, with the first examples. Every one is listed by the dataset check ("shnor validate").`) });
  return lines;
}

function verdictValue(v: { outcome: { status: string; value?: unknown } }, lang: Lang): string {
  if (v.outcome.status === 'value') {
    const x = v.outcome.value;
    if (x === true) return T(lang, 'да', 'yes');
    if (x === false) return T(lang, 'нет', 'no');
    if (x === null) return T(lang, 'вне групп', 'no class');
    return String(x);
  }
  if (v.outcome.status === 'missing') return T(lang, 'нет данных', 'no data');
  return T(lang, 'не применяется', 'not applicable');
}

/** Every rank step of a trace, for the pool-size check. */
function rankSteps(node: TraceNode | undefined, out: TraceNode[]): void {
  if (node === undefined) return;
  if (node.rule === 'rank') out.push(node);
  for (const c of node.children ?? []) rankSteps(c, out);
}

function identificationSection(title: string, r: Identification, methodology: Methodology | undefined, fallbackNames: Readonly<Record<string, string>> | undefined, ctx: ReasonContext, schoolName: (id: string) => string): IdentificationSection {
  const { lang } = ctx;
  const byCategory = new Map<string, Category>((methodology?.categories ?? []).map((c) => [c.id, c]));
  // territory categories judge municipalities, not schools: their verdicts are in `r.territories`
  const categoryIds = methodology?.categories.filter((c) => c.kind !== 'territory').map((c) => c.id) ?? Object.keys(r.lists);
  const seen = new Set(categoryIds);
  for (const s of r.schools) for (const c of s.categories) if (!seen.has(c.categoryId)) (seen.add(c.categoryId), categoryIds.push(c.categoryId));
  const categories: CategorySection[] = [];
  for (const id of categoryIds) {
    const cat = byCategory.get(id);
    const name = cat !== undefined ? nameOf(cat.name, lang) : (own(fallbackNames, id) ?? ctx.categoryNames.get(id) ?? T(lang, 'Категория', 'Category'));
    const yes: ListedSchool[] = [];
    const classes = new Map<string, ListedSchool[]>();
    const missing: CategorySection['missing'][number][] = [];
    let kind: 'flag' | 'classifier' = cat?.kind === 'classifier' ? 'classifier' : 'flag';
    for (const s of r.schools) {
      const v = s.categories.find((c) => c.categoryId === id);
      if (v === undefined) continue;
      // reasons of the schools listed only: a national run has tens of thousands of «no» verdicts
      const reasonsNow = (): readonly ReasonLine[] => (v.trace === undefined ? [] : reasonsOf(v.trace, cat, ctx));
      if (v.outcome.status === 'value') {
        if (typeof v.outcome.value === 'string') {
          const reasons = reasonsNow();
          kind = 'classifier';
          const list = classes.get(v.outcome.value) ?? [];
          list.push({ id: s.schoolId, name: schoolName(s.schoolId), reasons });
          classes.set(v.outcome.value, list);
        } else if (v.outcome.value === true) yes.push({ id: s.schoolId, name: schoolName(s.schoolId), reasons: reasonsNow() });
      } else if (v.outcome.status === 'missing') {
        // the inputs as data (a result stored before they were data: its paths, printed as they are);
        // the school's own inputs without its name, which the line starts with
        const inputs: readonly (MissingInput | string)[] = v.missingInputs ?? v.outcome.missing;
        const words = [...new Set(inputs.map((m) => (typeof m !== 'string' && m.school === s.schoolId ? missingInputWords(m, lang) : missingWords(m, ctx))))];
        missing.push({ id: s.schoolId, name: schoolName(s.schoolId), missing: words.slice(0, 3).join('; ') + (words.length > 3 ? T(lang, ` и ещё ${words.length - 3}`, ` and ${words.length - 3} more`) : '') });
      }
    }
    const order = cat?.kind === 'classifier' && cat.classifier.kind === 'ordered' ? cat.classifier.options.map((o) => o.value) : [];
    const classList = [...classes.entries()].sort((a, b) => (order.indexOf(a[0]) >>> 0) - (order.indexOf(b[0]) >>> 0)).map(([n, schools]) => ({ name: n, schools }));
    categories.push({ id, name, kind, yes, classes: classList, missing, total: r.schools.length });
  }
  return { title, methodologyName: methodology === undefined ? null : nameOf(methodology.name, lang), categories, source: { result: r, methodology, ctx } };
}

/** The dataset's warnings for the reader: territory, pool size, old data. */
function readerWarnings(e: ProgramEvaluation, program: Program | undefined, dataset: Dataset | undefined, extra: RenderOptions['extra'], lang: Lang): string[] {
  const out: string[] = [];
  if (dataset === undefined) return out;
  const territories = new Map(dataset.territories.map((t) => [t.id, t]));
  const lineage = (id: string): Set<string> => {
    const s = new Set<string>();
    let cur = territories.get(id);
    let guard = 0;
    s.add(id);
    while (cur?.parentId !== undefined && guard++ < 20) {
      s.add(cur.parentId);
      cur = territories.get(cur.parentId);
    }
    return s;
  };
  const dataPlaces = lineage(dataset.territoryId);
  const dataName = (() => {
    const t = territories.get(dataset.territoryId);
    return t === undefined ? T(lang, 'территория набора данных', 'the dataset’s territory') : nameOf(t.name, lang);
  })();
  const check = (m: Methodology | undefined, label: string): void => {
    if (m === undefined) return;
    if (!m.territories.some((t) => dataPlaces.has(t))) out.push(T(lang, `Методика «${label}» установлена для другой территории, а применена к школам территории «${dataName}»: результат показывает, что дала бы эта методика, а не официальный перечень.`, `The methodology "${label}" was written for another territory and is applied to the schools of "${dataName}": the result shows what it would give, not an official list.`));
  };
  if (program !== undefined) {
    if (program.territory.id !== dataset.territoryId && !dataPlaces.has(program.territory.id) && !(program.methodology?.territories ?? []).some((t) => dataPlaces.has(t))) out.push(T(lang, `Программа написана для территории «${nameOf(program.territory.name, lang)}», а данные — по территории «${dataName}».`, `The program is for "${nameOf(program.territory.name, lang)}", the data for "${dataName}".`));
    else check(program.methodology, nameOf(program.methodology?.name ?? program.name, lang));
  }
  for (const x of extra ?? []) check(x.methodology, x.methodology === undefined ? x.title : nameOf(x.methodology.name, lang));
  // a regional pool over one municipality's schools
  const municipalities = new Set(dataset.schools.map((s) => s.territoryId));
  const regional = new Map<string, number>();
  for (const r of [e.identification, ...(extra ?? []).map((x) => x.result)]) {
    if (r === null) continue;
    for (const s of r.schools)
      for (const c of s.categories) {
        const steps: TraceNode[] = [];
        rankSteps(c.trace, steps);
        for (const st of steps) {
          const pool = st.params?.pool as { scope?: string } | undefined;
          const n = st.values?.poolSize;
          if (pool?.scope === 'region' && typeof n === 'number') regional.set(st.label?.[lang] ?? st.label?.ru ?? '', n);
        }
      }
  }
  if (regional.size > 0 && municipalities.size <= 1) {
    const n = Math.max(...regional.values());
    out.push(T(lang, `Сравнение «по региону» выполнено только по ${n} ${n % 10 === 1 && n % 100 !== 11 ? 'школе' : 'школам'} одного муниципалитета: в данных нет других школ региона, поэтому места и квартили условны.`, `The "regional" comparison covers only ${n} schools of one municipality: the data has no other schools of the region, so ranks and quartiles are only indicative.`));
  }
  // data older than the year evaluated
  let last = 0;
  const packed = packedResultsOf(dataset);
  if (packed !== undefined) {
    // the year column of packed results, never the rows unpacked
    for (let i = 0; i < packed.size; i++) if ((packed.year[i] as number) > last) last = packed.year[i] as number;
  } else for (const r of dataset.results ?? []) if (r.year > last) last = r.year;
  if (last > 0 && last < e.year) out.push(T(lang, `Последние результаты в данных — за ${last} г., а оценивается ${e.year} г.`, `The latest results in the data are of ${last}; the year evaluated is ${e.year}.`));
  return out;
}

/**
 * The result rows of the given schools, by school, in file order. Packed results are read through
 * their school column and only these schools' rows are unpacked (a national dataset's 5 M rows are
 * never turned into objects for a report).
 */
function resultsOfSchools(dataset: Dataset, ids: ReadonlySet<string>): Map<string, AssessmentResult[]> {
  const m = new Map<string, AssessmentResult[]>();
  const add = (id: string, r: AssessmentResult): void => {
    const list = m.get(id);
    if (list === undefined) m.set(id, [r]);
    else list.push(r);
  };
  if (ids.size === 0) return m;
  const packed = packedResultsOf(dataset);
  if (packed !== undefined) {
    const wanted = Uint8Array.from(packed.schoolIds, (id) => (ids.has(id) ? 1 : 0));
    for (let i = 0; i < packed.size; i++) {
      const c = packed.school[i] as number;
      if (wanted[c] === 1) add(packed.schoolIds[c] as string, unpackResult(packed, i));
    }
    return m;
  }
  for (const r of dataset.results ?? []) if (ids.has(r.schoolId)) add(r.schoolId, r);
  return m;
}

function sampleLabelOf(dataset: Dataset | undefined, lang: Lang): string | null {
  if (dataset === undefined) return null;
  const packed = packedResultsOf(dataset);
  // packed results keep a row's provenance among its extras (not a column)
  const rows: Iterable<AssessmentResult> = packed !== undefined ? packed.extras.values() : (dataset.results ?? []);
  let syntheticRow = false;
  for (const r of rows) {
    if (r.provenance === 'synthetic') {
      syntheticRow = true;
      break;
    }
  }
  const synthetic = dataset.schools.some((s) => s.provenance === 'synthetic') || syntheticRow || /synthetic|синтетическ/i.test(`${dataset.provenanceNote ?? ''} ${dataset.name.ru}`);
  const sample = /^sample|образец|учебн/i.test(`${dataset.id} ${dataset.name.ru}`);
  if (!synthetic && !sample) return null;
  return T(lang, 'Данные синтетические / учебный пример: не для официальных решений', 'Synthetic data / a teaching sample: not for official decisions');
}

/** Builds the report's content from an evaluation. */
export function buildReport(e: ProgramEvaluation, options: RenderOptions = {}, onlySchool?: string): ReportData {
  const lang = options.lang ?? 'ru';
  const program = programOf(e, options);
  const dataset = options.dataset;
  const schoolNames = new Map<string, string>();
  for (const s of dataset?.schools ?? []) schoolNames.set(s.id, s.name);
  for (const [k, v] of Object.entries(options.schoolNames ?? {})) schoolNames.set(k, v);
  const schoolName = (id: string): string => schoolNames.get(id) ?? id;
  const placeNames = new Map<string, string>(schoolNames);
  for (const t of dataset?.territories ?? []) placeNames.set(t.id, nameOf(t.name, lang));
  const categoryNames = new Map<string, string>();
  for (const c of program?.methodology?.categories ?? []) categoryNames.set(c.id, nameOf(c.name, lang));
  const indexNames = new Map<string, { ru: string; en?: string | undefined }>();
  for (const ix of program?.methodology?.indices ?? []) indexNames.set(ix.id, ix.name);
  const ctx: ReasonContext = { lang, categoryNames, placeNames, indexNames, year: e.year, ...(dataset?.declaredProcedures ? { procedures: dataset.declaredProcedures } : {}), ...(dataset?.declaredSubjects ? { subjects: dataset.declaredSubjects } : {}) };

  const identifications: IdentificationSection[] = [];
  if (e.identification !== null) identifications.push(identificationSection(T(lang, 'Идентификация: перечни школ', 'Identification: school lists'), e.identification, program?.methodology, undefined, ctx, schoolName));
  for (const x of options.extra ?? []) {
    const xNames = new Map(categoryNames);
    for (const c of x.methodology?.categories ?? []) xNames.set(c.id, nameOf(c.name, lang));
    const xIdx = new Map(indexNames);
    for (const ix of x.methodology?.indices ?? []) xIdx.set(ix.id, ix.name);
    identifications.push(identificationSection(x.title, x.result, x.methodology, x.categories, { ...ctx, categoryNames: xNames, indexNames: xIdx }, schoolName));
  }

  const history = e.history.map((h) => {
    const category = categoryNames.get(h.categoryId) ?? T(lang, 'Категория', 'Category');
    const moves = h.schools.flatMap((s) =>
      s.transitions
        .filter((t) => t.toYear === e.year && (t.kind === 'entered' || t.kind === 'left' || t.kind === 'changed'))
        .map((t) => {
          const now = s.years.find((y) => y.year === e.year)?.value;
          const what = t.kind === 'changed' && typeof now === 'string' ? T(lang, `перешла в группу «${now}»`, `moved to "${now}"`) : (TRANSITION[t.kind] as [string, string])[lang === 'ru' ? 0 : 1];
          return `${schoolName(s.schoolId)} — ${what}${t.direction ? ` (${t.direction === 'up' ? '↑' : '↓'})` : ''}`;
        }),
    );
    const stayed = h.schools.filter((s) => s.transitions.some((t) => t.toYear === e.year && t.kind === 'stayed_in'));
    const longest = stayed.filter((s) => s.consecutiveYears >= 3).map((s) => `${schoolName(s.schoolId)} (${plural3(s.consecutiveYears, lang)})`);
    return { category, moves, stayed: stayed.length, longest };
  });

  let risk: ReportData['risk'] = null;
  if (e.risk !== null && e.risk.profiles.length > 0) {
    const r = e.risk;
    risk = {
      catalogue: r.catalogueId === 'federal-500' ? T(lang, 'федеральный перечень проекта «500+»', 'the federal 500+ catalogue') : T(lang, 'перечень рисков программы', 'the program’s risk catalogue'),
      schools: new Set(r.profiles.map((p) => p.schoolId)).size,
      rows: r.summary.map((s) => {
        const f = r.factors.find((x) => x.id === s.factorId);
        const d = s.change?.high;
        return { factor: f === undefined ? T(lang, 'фактор риска', 'risk factor') : nameOf(f, lang), high: s.counts.high, medium: s.counts.medium, low: s.counts.low, missing: s.counts.missing, priority: s.priority, delta: d === undefined ? '—' : d < 0 ? `↓ ${num(d, lang)}` : d > 0 ? `↑ +${d}` : '→ 0' };
      }),
    };
  }

  const defs = new Map<string, IndicatorDefinition>((program?.indicators ?? []).map((d) => [d.id, d]));
  const indicators = e.indicators.evaluations.map((ev) => indicatorRow(e, ev, defs.get(ev.indicatorId), options, lang));

  const dataChecks = dataCheckLines(e.warnings, lang);
  const calendar = e.calendar.map((c) => `${dateRu(c.from, lang)}${c.to !== c.from ? ` — ${dateRu(c.to, lang)}` : ''}: ${lang === 'ru' ? c.ru : c.en}`);

  const everyone = dataset?.schools ?? (e.identification?.schools ?? []).map((s) => ({ id: s.schoolId, name: schoolName(s.schoolId) }));
  const allUpTo = options.cardsAllUpTo ?? CARDS_ALL_UP_TO;
  const choice = options.cards ?? (everyone.length > allUpTo ? 'identified' : 'all');
  let carded: readonly { readonly id: string; readonly name: string }[];
  if (onlySchool !== undefined) carded = everyone.filter((s) => s.id === onlySchool);
  else if (choice === 'none') carded = [];
  else if (choice === 'all') carded = everyone;
  else {
    const identified = new Set<string>();
    for (const sec of identifications)
      for (const c of sec.categories) {
        for (const x of c.yes) identified.add(x.id);
        for (const k of c.classes) for (const x of k.schools) identified.add(x.id);
      }
    carded = everyone.filter((s) => identified.has(s.id));
  }
  const cardIndex = carded.length === 0 ? null : cardIndexOf(e, dataset, identifications, new Set(carded.map((s) => s.id)));
  const schools = cardIndex === null ? [] : carded.map((s) => schoolCard(e, s.id, s.name, cardIndex, identifications, indicators, defs, ctx));
  const cardsNote = onlySchool !== undefined ? null : cardsNoteOf(choice, options.cards === undefined ? allUpTo : null, carded.length, everyone.length, lang);

  const title = `${nameOf(e.programName, lang)} — ${e.year}`;
  return {
    lang,
    title,
    year: e.year,
    datasetName: dataset === undefined ? T(lang, 'набор данных', 'dataset') : nameOf(dataset.name, lang),
    sampleLabel: sampleLabelOf(dataset, lang),
    warnings: readerWarnings(e, program, dataset, options.extra, lang),
    identifications,
    history,
    risk,
    indicatorCounts: e.indicators.summary.counts,
    indicators,
    dataChecks,
    calendar,
    plan: planSection(e, lang),
    financing: financingSection(e, lang),
    schools,
    cardsNote,
  };
}

const plural3 = (n: number, lang: Lang): string => count(n, 'yearRunning', lang);

/**
 * The line under «Карточки школ» when some cards are left out: how many are shown, how many not,
 * and the flag that shows them; null when every school has its card.
 */
function cardsNoteOf(choice: 'identified' | 'all' | 'none', defaultUpTo: number | null, shown: number, total: number, lang: Lang): string | null {
  if (shown >= total) return null;
  const n = (x: number): string => formatNumber(x, { lang });
  const rest = total - shown;
  if (lang === 'en') {
    if (choice === 'none') return `School cards: not included (${n(total)} ${pluralForm(total, ['school', 'schools'], 'en')}); --cards all includes every school's card, --cards identified those of the schools in a category.`;
    return `School cards: ${n(shown)} ${pluralForm(shown, ['school', 'schools'], 'en')} in at least one category${defaultUpTo !== null ? ` (the default above ${n(defaultUpTo)} ${pluralForm(defaultUpTo, ['school', 'schools'], 'en')})` : ''}; the other ${n(rest)} with --cards all.`;
  }
  if (choice === 'none') return `Карточки школ не включены в отчёт (${n(total)} ${pluralForm(total, ['школа', 'школы', 'школ'])}): карточки всех школ выводятся с флагом --cards all, только школ из перечней — с флагом --cards identified.`;
  const head = shown === 0 ? 'Карточки школ: ни одна школа не попала ни в одну категорию, карточки не показаны' : `Карточки школ: ${pluralForm(shown, ['показана', 'показаны', 'показаны'])} ${n(shown)} ${pluralForm(shown, ['школа, попавшая', 'школы, попавшие', 'школ, попавших'])} хотя бы в одну категорию${defaultUpTo !== null ? ` (так по умолчанию, когда в наборе больше ${n(defaultUpTo)} ${pluralForm(defaultUpTo, ['школы', 'школ', 'школ'])})` : ''}`;
  return `${head}; карточки остальных ${n(rest)} ${pluralForm(rest, ['школы', 'школ', 'школ'])} выводятся с флагом --cards all.`;
}

/** What the school cards look up, indexed once by school (a find over every school per card is quadratic at 40 000 schools). */
interface CardIndex {
  readonly dataset: Dataset | undefined;
  readonly school: ReadonlyMap<string, Dataset['schools'][number]>;
  /** per identification section: school id → its verdicts */
  readonly verdicts: readonly ReadonlyMap<string, Identification['schools'][number]>[];
  /** per section and category: school id → why there is no verdict */
  readonly missing: readonly (readonly ReadonlyMap<string, CategorySection['missing'][number]>[])[];
  /** the schools on a flag list of the program's own identification */
  readonly onList: ReadonlySet<string>;
  readonly results: ReadonlyMap<string, readonly AssessmentResult[]>;
  readonly risk: ReadonlyMap<string, NonNullable<ProgramEvaluation['risk']>['profiles'][number][]>;
  /** per history entry: school id → its record */
  readonly history: readonly ReadonlyMap<string, ProgramEvaluation['history'][number]['schools'][number]>[];
}

/** A map of the first item per key (what `find` would return). */
function firstBy<T>(items: Iterable<T>, key: (x: T) => string): Map<string, T> {
  const m = new Map<string, T>();
  for (const x of items) {
    const k = key(x);
    if (!m.has(k)) m.set(k, x);
  }
  return m;
}

function cardIndexOf(e: ProgramEvaluation, dataset: Dataset | undefined, identifications: readonly IdentificationSection[], ids: ReadonlySet<string>): CardIndex {
  const risk = new Map<string, NonNullable<ProgramEvaluation['risk']>['profiles'][number][]>();
  for (const p of e.risk?.profiles ?? []) {
    if (!ids.has(p.schoolId)) continue;
    const list = risk.get(p.schoolId);
    if (list === undefined) risk.set(p.schoolId, [p]);
    else list.push(p);
  }
  const onList = new Set<string>();
  for (const c of identifications[0]?.categories ?? []) if (c.kind === 'flag') for (const x of c.yes) onList.add(x.id);
  return {
    dataset,
    school: firstBy(dataset?.schools ?? [], (s) => s.id),
    verdicts: identifications.map((sec) => firstBy(sec.source.result.schools, (x) => x.schoolId)),
    missing: identifications.map((sec) => sec.categories.map((c) => firstBy(c.missing, (x) => x.id))),
    onList,
    results: dataset === undefined ? new Map() : resultsOfSchools(dataset, ids),
    risk,
    history: e.history.map((h) => firstBy(h.schools, (x) => x.schoolId)),
  };
}

/** An ISO date in words through date-fns' locales: «15 сентября 2023 г.», "15 September 2023". */
function dateRu(iso: string, lang: Lang): string {
  const d = parseISO(iso);
  if (!isValid(d)) return iso;
  return lang === 'ru' ? `${format(d, 'd MMMM yyyy', { locale: ru })} г.` : format(d, 'd MMMM yyyy', { locale: enGB });
}

function schoolCard(
  e: ProgramEvaluation,
  id: string,
  name: string,
  ix: CardIndex,
  identifications: readonly IdentificationSection[],
  indicators: readonly IndicatorRow[],
  defs: ReadonlyMap<string, IndicatorDefinition>,
  ctx: ReasonContext,
): SchoolCard {
  const { lang } = ctx;
  const dataset = ix.dataset;
  const school = ix.school.get(id);
  const facts = school === undefined ? '' : [school.type, school.settlement === 'rural' ? T(lang, 'сельская', 'rural') : T(lang, 'городская', 'urban'), school.smallClass ? T(lang, 'малокомплектная', 'small') : '', school.distanceToCentreKm !== undefined ? T(lang, `${num(school.distanceToCentreKm, lang)} км до центра`, `${num(school.distanceToCentreKm, lang)} km to the centre`) : ''].filter((x) => x !== '').join(', ');
  const verdicts: SchoolCard['verdicts'][number][] = [];
  identifications.forEach((sec, si) => {
    const section = sec.methodologyName ?? sec.title;
    const verdictsOf = ix.verdicts[si]?.get(id);
    sec.categories.forEach((c, ci) => {
      const v = verdictsOf?.categories.find((x) => x.categoryId === c.id);
      if (v === undefined) return;
      const cat = sec.source.methodology?.categories.find((x) => x.id === c.id);
      const reasons = v.trace === undefined ? [] : reasonsOf(v.trace, cat, sec.source.ctx);
      const u = ix.missing[si]?.[ci]?.get(id);
      verdicts.push({ section, category: c.name, value: verdictValue(v, lang), reasons: u !== undefined && reasons.length === 0 ? [{ depth: 0, text: u.missing, outcome: 'missing' }] : reasons });
    });
  });
  const rows = ix.results.get(id) ?? [];
  const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
  const groups = new Map<string, Map<number, string>>();
  for (const r of rows) {
    const key = `${procedureName(r.procedure, lang, dataset?.declaredProcedures)}, ${subjectName(r.subject, lang, dataset?.declaredSubjects)}, ${r.grade} ${T(lang, 'кл.', 'gr.')}`;
    const g = groups.get(key) ?? new Map<number, string>();
    const marks = r.marks as Readonly<Record<string, number>> | undefined;
    const good = marks === undefined ? null : (own(marks, '4') ?? 0) + (own(marks, '5') ?? 0);
    const n = r.participants ?? 0;
    const quality = good !== null && n > 0 ? T(lang, `качество ${num((good * 100) / n, lang)} %`, `quality ${num((good * 100) / n, lang)} %`) : '';
    const below = r.belowMinimum !== undefined && n > 0 ? T(lang, `ниже порога ${num((r.belowMinimum * 100) / n, lang)} %`, `below minimum ${num((r.belowMinimum * 100) / n, lang)} %`) : '';
    const mean = r.mean !== undefined ? T(lang, `средний ${num(Number(r.mean), lang, 2)}`, `mean ${num(Number(r.mean), lang, 2)}`) : '';
    g.set(r.year, [n > 0 ? count(n, 'participant', lang) : '', quality, below, mean].filter((x) => x !== '').join('; '));
    groups.set(key, g);
  }
  const results = [...groups.entries()].sort((a, b) => a[0].localeCompare(b[0], 'ru')).map(([label, byYear]) => ({ label, byYear }));
  const profile = [...(ix.risk.get(id) ?? [])].sort((a, b) => b.year - a.year)[0];
  const risk = (profile?.factors ?? []).map((f) => {
    const factor = e.risk?.factors.find((x) => x.id === f.factorId);
    const level = f.level === null || f.level === undefined ? T(lang, 'нет данных', 'no data') : (own(RISK_LEVEL_NAMES, f.level)?.[lang] ?? T(lang, 'нет данных', 'no data'));
    return { factor: factor === undefined ? T(lang, 'фактор риска', 'risk factor') : nameOf(factor, lang), level, priority: f.priority === true };
  });
  // indicators computed over schools that this school counts towards: every share of schools, the
  // ones over the program's lists only when the school is on one of them
  const onList = ix.onList.has(id);
  const counted = indicators.filter((row) => {
    const d = defs.get(row.id);
    const comp = d?.computation;
    if (comp === undefined || comp.kind !== 'share' || comp.of !== 'schools') return false;
    const over = comp.denominator;
    return /ШНОР|ШНСУ/.test(over) ? onList : true;
  });
  const history: SchoolCard['history'][number][] = [];
  for (const [hi, h] of e.history.entries()) {
    const s = ix.history[hi]?.get(id);
    if (s === undefined) continue;
    history.push({
      category: ctx.categoryNames.get(h.categoryId) ?? T(lang, 'Категория', 'Category'),
      years: s.years.map((y) => ({ year: y.year, value: y.value === 'missing' ? T(lang, 'нет данных', 'no data') : y.value === 'not_applicable' ? T(lang, 'не применимо', 'not applicable') : y.value === true ? T(lang, 'в списке', 'listed') : y.value === false || y.value === null ? '—' : String(y.value) })),
    });
  }
  return { id, name, facts, verdicts, results, resultYears: years, risk, indicators: counted.map((r) => r.name), history };
}
