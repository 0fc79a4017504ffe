/** Readable names of measures and rules for explanations. Internal. */
import type { Lang } from '../../numbers/format.js';
import { PROCEDURES, SOCIAL_FACTORS, SUBJECTS } from '../../model/catalogues.js';
import type { Measure, Pool } from '../schema.js';

const METRIC: Record<string, [string, string]> = {
  belowMinimumShare: ['доля участников ниже минимального порога', 'share of participants below the minimum threshold'],
  qualityShare: ['доля отметок «4» и «5»', 'share of marks 4 and 5'],
  successShare: ['доля отметок «3»–«5»', 'share of marks 3 to 5'],
  meanScore: ['средний балл', 'mean score'],
  meanMark: ['средняя отметка', 'mean mark'],
  participants: ['число участников', 'number of participants'],
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

const i = (lang: Lang): 0 | 1 => (lang === 'ru' ? 0 : 1);
const procName = (id: string, lang: Lang): string => {
  const p = PROCEDURES.find((x) => x.id === id);
  return p === undefined ? id : lang === 'ru' ? p.ru : p.ru;
};
const subjName = (id: string, lang: Lang): string => {
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
): string {
  const L = i(lang);
  switch (m.kind) {
    case 'result': {
      const years = (m.years?.last ?? 1) > 1 ? (lang === 'ru' ? `, за ${m.years?.last} года (${m.years?.combine === 'mean' ? 'среднее по годам' : 'суммарно'})` : `, over ${m.years?.last} years (${m.years?.combine === 'mean' ? 'mean of years' : 'pooled'})`) : '';
      const grades = m.grades ? (lang === 'ru' ? `, ${m.grades.join(', ')} кл.` : `, grade ${m.grades.join(', ')}`) : '';
      return `${(METRIC[m.metric] as [string, string])[L]} (${m.procedures.map((p) => procName(p, lang)).join(', ')}; ${m.subjects.map((s) => subjName(s, lang)).join(', ')}${grades}${years})`;
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
      return lang === 'ru' ? `ресурсы: ${m.field}` : `resources: ${m.field}`;
    case 'external':
      return `${(EXTERNAL[m.field] as [string, string])[L]}${m.yearOffset ? (lang === 'ru' ? ` (год ${m.yearOffset})` : ` (year ${m.yearOffset})`) : ''}`;
    case 'school':
      return lang === 'ru' ? `школа: ${m.field}` : `school: ${m.field}`;
    case 'index': {
      const n = indexNames?.get(m.index);
      return n === undefined ? m.index : lang === 'ru' ? n.ru : (n.en ?? n.ru);
    }
    case 'category':
      void categoryNames;
      void year;
      return lang === 'ru' ? `категория «${m.category}»` : `category "${m.category}"`;
  }
}

/** A readable name of a pool. */
export function poolLabel(p: Pool, lang: Lang): string {
  const scope = { municipality: ['школ муниципалитета', 'schools of the municipality'], region: ['школ региона', 'schools of the region'], dataset: ['всех школ набора данных', 'all schools of the dataset'] }[p.scope] as [string, string];
  const same = p.sameAs && p.sameAs.length > 0 ? (lang === 'ru' ? ` того же типа (${p.sameAs.join(', ')})` : ` of the same kind (${p.sameAs.join(', ')})`) : '';
  return scope[i(lang)] + same;
}

/** A short readable number: decimal comma in Russian, at most two decimals. */
export function num(x: number, lang: Lang): string {
  const r = Math.round(x * 100) / 100;
  const s = Number.isInteger(r) ? String(r) : r.toFixed(2).replace(/0$/, '');
  return lang === 'ru' ? s.replace('.', ',') : s;
}

export const OP: Record<string, [string, string]> = {
  gte: ['≥', '≥'],
  gt: ['>', '>'],
  lte: ['≤', '≤'],
  lt: ['<', '<'],
  eq: ['=', '='],
};
