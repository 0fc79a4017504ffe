/** Readable names of measures and rules for explanations. Internal. */
import type { Lang } from '../../numbers/format.js';
import { PROCEDURES, SOCIAL_FACTORS, SUBJECTS } from '../../model/catalogues.js';
import type { Measure, Pool } from '../schema.js';
import type { Name } from '../../model/primitives.js';
import type { MissingInput, YearSpan } from '../engine/missing.js';
import { pluralForm } from '../../numbers/format.js';
import { readNumber } from '../../numbers/decimal.js';

const METRIC: Record<string, [string, string]> = {
  belowMinimumShare: ['доля участников ниже минимального порога', 'share of participants below the minimum threshold'],
  qualityShare: ['доля отметок «4» и «5»', 'share of marks 4 and 5'],
  successShare: ['доля отметок «3»–«5»', 'share of marks 3 to 5'],
  meanScore: ['средний балл', 'mean score'],
  meanMark: ['средняя отметка', 'mean mark'],
  participants: ['число участников', 'number of participants'],
  belowMinimumCount: ['число участников ниже минимального порога', 'number of participants below the minimum threshold'],
  resultsCount: ['число результатов', 'number of results'],
  basicTasksShare: ['доля выполненных заданий базового уровня', 'share of basic-level tasks completed'],
  advancedTasksShare: ['доля выполненных заданий повышенного уровня', 'share of advanced-level tasks completed'],
};

const FACT: Record<string, [string, string]> = {
  continuedToGrade10: ['доля выпускников 9 класса, продолживших обучение в 10 классе', 'share of grade 9 graduates who continued to grade 10'],
  continuedToFurtherEducation: ['доля выпускников, продолживших образование', 'share of graduates who continued education'],
  olympiadParticipants: ['доля обучающихся — участников олимпиад', 'share of pupils taking part in olympiads'],
  parentsSatisfied: ['доля родителей, удовлетворённых качеством образования', 'share of parents satisfied with the quality of education'],
  admittedToGia9: ['доля допущенных к ГИА-9', 'share admitted to ГИА-9'],
  admittedToGia11: ['доля допущенных к ГИА-11', 'share admitted to ГИА-11'],
};

const STAFF: Record<string, [string, string]> = {
  vacancies: ['вакансии на 100 учителей', 'vacancies per 100 teachers'],
  partTimers: ['доля совместителей', 'share of part-timers'],
  onOneAndHalfRates: ['доля учителей на 1,5 ставки и более', 'share of teachers on 1.5+ rates'],
  under35: ['доля учителей моложе 35 лет', 'share of teachers under 35'],
  over55: ['доля учителей старше 55 лет', 'share of teachers over 55'],
  youngSpecialists: ['доля молодых специалистов', 'share of young specialists'],
  highestCategory: ['доля учителей высшей категории', 'share of teachers of the highest category'],
  firstCategory: ['доля учителей первой категории', 'share of teachers of the first category'],
  outsideDiploma: ['доля учителей, преподающих не по диплому', 'share of teachers teaching outside their diploma'],
  qualified: ['доля учителей высшей и первой категорий', 'share of teachers of the highest and first categories'],
};

const EXTERNAL: Record<string, [string, string]> = {
  antiRatingPlace: ['место в региональном антирейтинге', 'place in the regional anti-rating'],
  isbshGroup: ['группа ИСБШ', 'ИСБШ group'],
  qualityGroup: ['группа качества', 'quality group'],
  shnor: ['в перечне ШНОР', 'on the ШНОР list'],
  shnsu: ['в перечне ШНСУ', 'on the ШНСУ list'],
  riskZone: ['в зоне риска', 'in the risk zone'],
  project500: ['участник проекта 500+', 'in the 500+ project'],
  rosobrnadzorBiased: ['в списке Рособрнадзора (признаки необъективности)', 'on the Rosobrnadzor list (signs of bias)'],
  absentFromAnalytics: ['отсутствует в аналитических материалах', 'absent from the analytical materials'],
};

/** The yes/no lists of a school's external facts, named in quotes when missing. */
const YES_NO_EXTERNAL = new Set(['shnor', 'shnsu', 'riskZone', 'project500', 'rosobrnadzorBiased']);

const RESOURCES: Record<string, [string, string]> = {
  equipmentPercent: ['оснащённость учебным оборудованием, %', 'equipment provision, %'],
  oldTextbooksPercent: ['доля устаревших учебников, %', 'share of outdated textbooks, %'],
  recentTextbooksPercent: ['доля учебников не старше трёх лет, %', 'share of textbooks not older than three years, %'],
  tochkaRosta: ['центр «Точка роста»', 'a «Точка роста» centre'],
  internet: ['высокоскоростной интернет', 'high-speed internet'],
  openDeficits: ['число неустранённых дефицитов ресурсного обеспечения', 'number of resource deficits not eliminated'],
};

const SCHOOL: Record<string, [string, string]> = {
  distanceToCentreKm: ['расстояние до районного центра, км', 'distance to the district centre, km'],
  smallClass: ['малокомплектная школа', 'small school'],
  rural: ['сельская школа', 'rural school'],
  enrolment: ['число обучающихся', 'number of pupils'],
};

const i = (lang: Lang): 0 | 1 => (lang === 'ru' ? 0 : 1);
/** Names of what a dataset declares beyond the catalogues: procedures (`declared`) and subjects. */
export interface DeclaredNames {
  readonly declared?: ReadonlyMap<string, { ru: string; en?: string | undefined }>;
  readonly subjects?: ReadonlyMap<string, { ru: string; en?: string | undefined }>;
}

const procName = (id: string, lang: Lang, declared?: ReadonlyMap<string, { ru: string; en?: string | undefined }>): string => {
  const d = declared?.get(id);
  if (d !== undefined) return lang === 'ru' ? d.ru : (d.en ?? d.ru);
  const p = PROCEDURES.find((x) => x.id === id);
  return p === undefined ? id : p.ru;
};
const subjName = (id: string, lang: Lang, declared?: ReadonlyMap<string, { ru: string; en?: string | undefined }>): string => {
  const d = declared?.get(id);
  if (d !== undefined) return lang === 'ru' ? d.ru.toLowerCase() : (d.en ?? d.ru);
  const s = SUBJECTS.find((x) => x.id === id);
  return s === undefined ? id : lang === 'ru' ? s.ru.toLowerCase() : s.en;
};

/** A readable name of a measure. */
export function measureLabel(
  m: Measure,
  lang: Lang,
  indexNames?: ReadonlyMap<string, { ru: string; en?: string | undefined }>,
  categoryNames?: ReadonlyMap<string, { ru: string; en?: string | undefined }>,
  year?: number,
  factNames?: ReadonlyMap<string, { readonly name: { ru: string; en?: string | undefined } }>,
  dataNames?: DeclaredNames,
): string {
  const again = (x: Measure): string => measureLabel(x, lang, indexNames, categoryNames, year, factNames, dataNames);
  const L = i(lang);
  switch (m.kind) {
    case 'result': {
      const years = (m.years?.last ?? 1) > 1 ? (lang === 'ru' ? `, за ${m.years?.last} года (${m.years?.combine === 'mean' ? 'среднее по годам' : 'суммарно'})` : `, over ${m.years?.last} years (${m.years?.combine === 'mean' ? 'mean of years' : 'pooled'})`) : '';
      const grades = m.grades ? (lang === 'ru' ? `, ${m.grades.join(', ')} кл.` : `, grade ${m.grades.join(', ')}`) : '';
      return `${(METRIC[m.metric] as [string, string])[L]} (${m.procedures.map((p) => procName(p, lang, dataNames?.declared)).join(', ')}; ${m.subjects.map((s) => subjName(s, lang, dataNames?.subjects)).join(', ')}${grades}${years})`;
    }
    case 'fact': {
      const years = (m.years?.last ?? 1) > 1 ? (lang === 'ru' ? ` за ${m.years?.last} года` : ` over ${m.years?.last} years`) : '';
      return `${(FACT[m.field] as [string, string])[L]}${years}`;
    }
    case 'social': {
      const f = SOCIAL_FACTORS.find((x) => x.id === m.factor);
      return lang === 'ru' ? `доля обучающихся: ${(f?.ru ?? m.factor).toLowerCase()}` : `share of pupils: ${(f?.en ?? m.factor).toLowerCase()}`;
    }
    case 'staffing':
      return (STAFF[m.field] as [string, string])[L];
    case 'staffBand': {
      const range =
        m.from !== undefined && m.below !== undefined
          ? lang === 'ru' ? `от ${m.from} до ${m.below - 1}` : `${m.from} to ${m.below - 1}`
          : m.from !== undefined
            ? lang === 'ru' ? `${m.from} и более` : `${m.from} or more`
            : m.below !== undefined
              ? lang === 'ru' ? `менее ${m.below}` : `under ${m.below}`
              : lang === 'ru' ? 'все' : 'all';
      return m.distribution === 'age'
        ? lang === 'ru' ? `доля педагогов в возрасте ${range} лет` : `share of teachers aged ${range}`
        : lang === 'ru' ? `доля педагогов со стажем ${range} лет` : `share of teachers with ${range} years of service`;
    }
    case 'resources':
      return (RESOURCES[m.field] as [string, string])[L];
    case 'external': {
      const off = m.yearOffset ?? 0;
      if (off === 0) return (EXTERNAL[m.field] as [string, string])[L];
      const when = year === undefined ? (lang === 'ru' ? yearsAgo(-off) : `${-off} year(s) before`) : lang === 'ru' ? `в ${year + off} г.` : `in ${year + off}`;
      return `${(EXTERNAL[m.field] as [string, string])[L]} (${when})`;
    }
    case 'school':
      return (SCHOOL[m.field] as [string, string])[L];
    case 'index': {
      const n = indexNames?.get(m.index);
      return n === undefined ? m.index : lang === 'ru' ? n.ru : (n.en ?? n.ru);
    }
    case 'declared': {
      const d = factNames?.get(m.fact);
      const name = d === undefined ? m.fact : lang === 'ru' ? d.name.ru : (d.name.en ?? d.name.ru);
      const when = m.yearOffset ? (year === undefined ? (lang === 'ru' ? `, ${yearsAgo(-m.yearOffset)}` : `, ${-m.yearOffset} year(s) before`) : `, ${year + m.yearOffset}${lang === 'ru' ? ' г.' : ''}`) : '';
      const level = m.level ?? 95;
      if (m.bound === 'lower' || m.bound === 'upper') {
        return lang === 'ru'
          ? `${m.bound === 'lower' ? 'нижняя' : 'верхняя'} граница ${level} % доверительного интервала показателя «${name}»${when}`
          : `${m.bound} limit of the ${level} % confidence interval of "${name}"${when}`;
      }
      return `${name}${when}`;
    }
    case 'selectionBound': {
      const n = categoryNames?.get(m.category);
      const name = n === undefined ? m.category : lang === 'ru' ? n.ru : (n.en ?? n.ru);
      return lang === 'ru'
        ? `${m.which === 'max' ? 'наибольшее' : 'наименьшее'} значение показателя «${again(m.measure)}» среди школ перечня «${name}» (${poolLabel(m.pool, 'ru')})`
        : `the ${m.which === 'max' ? 'highest' : 'lowest'} "${again(m.measure)}" among the schools in "${name}" (${poolLabel(m.pool, 'en')})`;
    }
    case 'sum': {
      if (m.label !== undefined) return lang === 'ru' ? m.label.ru : (m.label.en ?? m.label.ru);
      const terms = m.terms.map((t) => `${num(readNumber(t.weight), lang)} × «${again(t.measure)}»`);
      return `${lang === 'ru' ? 'взвешенная сумма' : 'weighted sum'}: ${terms.join(' + ')}`;
    }
    case 'difference':
      return m.label !== undefined ? (lang === 'ru' ? m.label.ru : (m.label.en ?? m.label.ru)) : `«${again(m.of[0])}» − «${again(m.of[1])}»`;
    case 'ratio':
      return m.label !== undefined ? (lang === 'ru' ? m.label.ru : (m.label.en ?? m.label.ru)) : `«${again(m.of[0])}» / «${again(m.of[1])}»${m.percent ? ', %' : ''}`;
    case 'change': {
      if (m.label !== undefined) return lang === 'ru' ? m.label.ru : (m.label.en ?? m.label.ru);
      const unit = { pp: ['п.п.', 'p.p.'], points: ['баллы', 'points'], relative: ['%', '%'] }[m.unit] as [string, string];
      const since = year === undefined ? (lang === 'ru' ? `за ${m.since} ${plural(m.since, 'год', 'года', 'лет')}` : `over ${m.since} year(s)`) : lang === 'ru' ? `с ${year - m.since} по ${year} г.` : `from ${year - m.since} to ${year}`;
      return lang === 'ru' ? `изменение показателя «${again(m.measure)}» ${since}, ${unit[0]}` : `change of "${again(m.measure)}" ${since}, ${unit[1]}`;
    }
    case 'category': {
      const n = categoryNames?.get(m.category);
      const name = n === undefined ? m.category : lang === 'ru' ? n.ru : (n.en ?? n.ru);
      const off = m.yearOffset ?? 0;
      const when = off === 0 ? '' : year === undefined ? (lang === 'ru' ? `, ${yearsAgo(-off)}` : `, ${-off} year(s) before`) : lang === 'ru' ? `, ${year + off} г.` : `, ${year + off}`;
      return lang === 'ru' ? `в перечне «${name}»${when}` : `in "${name}"${when}`;
    }
  }
}

/** «год назад», «2 года назад», «5 лет назад». */
function yearsAgo(n: number): string {
  return n === 1 ? 'годом ранее' : `${n} ${plural(n, 'год', 'года', 'лет')} назад`;
}

/** The Russian form of a noun after a number: `plural(1, 'школа', 'школы', 'школ')` → «школа», 3 → «школы», 5 → «школ». */
export function plural(n: number, one: string, few: string, many: string): string {
  return pluralForm(n, [one, few, many]);
}

/** Whether a measure is a yes/no value (1 or 0): a list, a flag, a category. */
function isBooleanMeasure(m: Measure): boolean {
  return (
    m.kind === 'category' ||
    (m.kind === 'external' && m.field !== 'antiRatingPlace' && m.field !== 'isbshGroup' && m.field !== 'qualityGroup') ||
    (m.kind === 'school' && (m.field === 'rural' || m.field === 'smallClass')) ||
    (m.kind === 'resources' && (m.field === 'tochkaRosta' || m.field === 'internet'))
  );
}

/** The unit a measure's values are in: `percent` (a share), `boolean` (1/0), or `number`. */
export function measureUnit(m: Measure, factUnits?: ReadonlyMap<string, { readonly kind: string; readonly unit?: string | undefined }>): 'percent' | 'boolean' | 'number' {
  if (isBooleanMeasure(m)) return 'boolean';
  switch (m.kind) {
    case 'declared': {
      const d = factUnits?.get(m.fact);
      return d?.kind === 'boolean' ? 'boolean' : d?.unit === 'percent' ? 'percent' : 'number';
    }
    case 'ratio':
      return m.percent ? 'percent' : 'number';
    case 'result':
      return m.metric === 'belowMinimumShare' || m.metric === 'qualityShare' || m.metric === 'successShare' || m.metric === 'basicTasksShare' || m.metric === 'advancedTasksShare' ? 'percent' : 'number';
    case 'fact':
    case 'social':
    case 'staffing':
    case 'staffBand':
      return 'percent';
    case 'resources':
      return m.field === 'equipmentPercent' || m.field === 'oldTextbooksPercent' || m.field === 'recentTextbooksPercent' ? 'percent' : 'number';
    default:
      return 'number';
  }
}

/** What a pool groups by (`Pool.scope`), as «среди …» / "among …" goes on. */
const POOL_SCOPE: Readonly<Record<Pool['scope'], readonly [string, string]>> = {
  // the school's own territory (its `territoryId`), whatever its level: a municipality in a Russian
  // dataset, a province in one grouped by province (South Africa's quintiles)
  municipality: ['школ той же территории', 'schools of the same territory'],
  region: ['школ региона', 'schools of the region'],
  dataset: ['всех школ набора данных', 'all schools of the dataset'],
};

/** The fields of a cluster (`Pool.sameAs`): the schools it keeps have the same value as the school. */
const POOL_SAME: Readonly<Record<NonNullable<Pool['sameAs']>[number], readonly [string, string]>> = {
  type: ['того же вида', 'of the same type'],
  settlement: ['в поселении того же типа', 'in the same kind of settlement'],
  smallClass: ['с тем же признаком малокомплектности', 'with the same small-school status'],
};

/**
 * A readable name of a pool, in the form «среди …» / "among …" takes: «школ той же территории» (the
 * school's own territory, a municipality or a province alike), «школ региона», «всех школ набора
 * данных»; a cluster follows after a dash, «школ региона — только того же вида и в поселении того же
 * типа» / "schools of the region, only those of the same type and in the same kind of settlement".
 */
export function poolLabel(p: Pool, lang: Lang): string {
  const scope = POOL_SCOPE[p.scope][i(lang)];
  const same = [...new Set(p.sameAs ?? [])].map((f) => POOL_SAME[f][i(lang)]);
  if (same.length === 0) return scope;
  const list = same.length > 1 ? `${same.slice(0, -1).join(', ')} ${lang === 'ru' ? 'и' : 'and'} ${same[same.length - 1] as string}` : (same[0] as string);
  return lang === 'ru' ? `${scope} — только ${list}` : `${scope}, only those ${list}`;
}

/** A short readable number: decimal comma in Russian, at most two decimals. */
export function num(x: number, lang: Lang): string {
  const r = Math.round(x * 100) / 100;
  const s = Number.isInteger(r) ? String(r) : r.toFixed(2).replace(/0$/, '');
  // Russian: a decimal comma and a true minus sign
  return lang === 'ru' ? s.replace('.', ',').replace('-', '−') : s;
}

export const OP: Record<string, [string, string]> = {
  gte: ['≥', '≥'],
  gt: ['>', '>'],
  lte: ['≤', '≤'],
  lt: ['<', '<'],
  eq: ['=', '='],
};

const ROW_FIELDS: Record<string, [string, string]> = {
  belowMinimum: ['число участников ниже минимального порога', 'number below the minimum threshold'],
  participants: ['число участников', 'number of participants'],
  marks: ['распределение отметок', 'distribution of marks'],
  mean: ['средний балл', 'mean score'],
  basicTasksDone: ['выполнение заданий базового уровня', 'basic-level tasks completed'],
  advancedTasksDone: ['выполнение заданий повышенного уровня', 'advanced-level tasks completed'],
  staffing: ['кадровые данные', 'staffing data'],
  resources: ['данные о ресурсном обеспечении', 'resource data'],
  external: ['внешние перечни', 'external lists'],
  enrolment: ['численность обучающихся', 'enrolment'],
  'staffing.ageBands': ['распределение педагогов по возрасту', 'teachers by age'],
  'staffing.serviceBands': ['распределение педагогов по стажу', 'teachers by years of service'],
  'resources.deficits': ['перечень дефицитов ресурсного обеспечения', 'list of resource deficits'],
};

/** «(2023 г.)», «(2021–2023 гг.)»; in English «(2023)». */
function yearsWords(y: YearSpan | undefined, lang: Lang): string {
  if (y === undefined) return '';
  if (y[0] === y[1]) return lang === 'ru' ? ` (${y[0]} г.)` : ` (${y[0]})`;
  return lang === 'ru' ? ` (${y[0]}–${y[1]} гг.)` : ` (${y[0]}–${y[1]})`;
}

const nameIn = (n: Name, lang: Lang): string => (lang === 'ru' ? n.ru : (n.en ?? n.ru));

/** The words of a field of a school's records. */
function fieldWords(section: string, field: string, lang: Lang): string {
  const L = i(lang);
  if (section === 'social') {
    const f = SOCIAL_FACTORS.find((x) => x.id === field);
    const name = f === undefined ? field : lang === 'ru' ? f.ru.toLowerCase() : f.en.toLowerCase();
    return lang === 'ru' ? `социальный паспорт: ${name}` : `social passport: ${name}`;
  }
  const table = section === 'staffing' ? STAFF : section === 'resources' ? RESOURCES : section === 'external' ? EXTERNAL : section === 'facts' ? FACT : SCHOOL;
  const w = table[field] ?? ROW_FIELDS[`${section}.${field}`] ?? ROW_FIELDS[field];
  return w === undefined ? field : w[L];
}

/**
 * A missing input in words, without the school (the explanation is the school's own; a school of
 * a territory is named): «ВПР, 5 класс, математика: число участников ниже минимального порога
 * (2023 г.)», «отсутствует в аналитических материалах (2023 г.)». A note of a trace stored before
 * missing inputs were data (a string) is printed as it is.
 */
export function missingInputText(m: MissingInput | string, lang: Lang): string {
  if (typeof m === 'string') return m;
  switch (m.kind) {
    case 'results': {
      const declared = m.names === undefined ? undefined : new Map(Object.entries(m.names));
      const procs = m.procedures.map((p) => procName(p, lang, declared)).join(', ');
      const subjects = m.subjects.map((s) => subjName(s, lang, declared)).join(', ');
      const grade = m.grade === undefined || m.grade === 0 ? '' : lang === 'ru' ? `, ${m.grade} класс` : `, grade ${m.grade}`;
      const field = m.field === undefined ? '' : `: ${ROW_FIELDS[m.field]?.[i(lang)] ?? m.field}`;
      return `${procs}${grade}, ${subjects}${field}${yearsWords(m.years, lang)}`;
    }
    case 'field': {
      // a yes/no list's name is quoted: «в списке Рособрнадзора» alone reads as a statement that the
      // school is on it; «отсутствует в аналитических материалах» is the statement itself (why data lack)
      const w = fieldWords(m.section, m.field, lang);
      const quoted = m.section === 'external' && YES_NO_EXTERNAL.has(m.field) ? (lang === 'ru' ? `«${w}»` : `"${w}"`) : w;
      return `${quoted}${yearsWords(m.years, lang)}`;
    }
    case 'declared':
      // quoted: a yes/no fact's name («в списке Рособрнадзора») would read as a statement about the school
      return `${lang === 'ru' ? `«${nameIn(m.name, lang)}»` : `"${nameIn(m.name, lang)}"`}${m.interval ? (lang === 'ru' ? ', доверительный интервал' : ', confidence interval') : ''}${yearsWords(m.years, lang)}`;
    case 'category': {
      const list = lang === 'ru' ? `перечень «${m.name.ru}»` : `list "${m.name.en ?? m.name.ru}"`;
      return `${m.schoolName !== undefined ? `${m.schoolName}, ` : ''}${list}${yearsWords(m.years, lang)}`;
    }
    case 'index':
      return m.componentName === undefined ? nameIn(m.name, lang) : `${nameIn(m.name, lang)}: ${nameIn(m.componentName, lang)}`;
    case 'computed':
      return m.operation === 'sum' ? (lang === 'ru' ? 'сумма' : 'sum') : lang === 'ru' ? 'отношение' : 'ratio';
    case 'boundary':
      return `${m.what[lang]}: ${m.reason[lang]}`;
  }
}
