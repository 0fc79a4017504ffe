import type { Methodology } from '../../criteria/schema.js';
import { KEMEROVSKY_2022_2024_INDICATORS } from '../indicators/seed004.js';
import type { Plan } from '../../plans/schema.js';
import type { Program } from '../schema.js';
import planData from '../../data/seed004-kemerovsky.plan.json';

const SEED = '004_aed2dab0861538cc.txt';

/**
 * Кемеровский муниципальный округ, 2022–2024 (seed 004) as a methodology (a constant: it has no
 * options): the schools on the federal list of schools with signs of biased ВПР results, year by
 * year (L1822–L1841), a list published for a year being complete for that year; and the school
 * rating by ЕГЭ (L117, L174) as a data index: the mean of the school's Russian and profile-maths
 * mean scores, raw and equally weighted (Ясногорская 71,25 first, Елыкаевская 49,65 last).
 *
 * @example
 * ```ts
 * KEMEROVSKY_2022_2024_METHODOLOGY.categories[0].name.ru //=> 'В списке Рособрнадзора (признаки необъективности)'
 * ```
 * @category Programs
 */
export const KEMEROVSKY_2022_2024_METHODOLOGY: Methodology = {
  id: 'seed004',
  name: { ru: 'Кемеровский МО: школы с признаками необъективности', en: 'Kemerovsky MO: schools with signs of biased results' },
  territories: ['kemerovsky-mo'],
  validFrom: '2017-01-01',
  validTo: '2024-12-31',
  indices: [
    {
      id: 'egeRating',
      name: { ru: 'Рейтинг школ по ЕГЭ: среднее из средних баллов по русскому языку и профильной математике', en: 'School ЕГЭ rating: the mean of the Russian and profile-maths mean scores' },
      components: [
        { id: 'ege_russian', measure: { kind: 'result', procedures: ['ege'], subjects: ['russian'], metric: 'meanScore' }, direction: 'positive', weight: 1 },
        { id: 'ege_math_profile', measure: { kind: 'result', procedures: ['ege'], subjects: ['math_profile'], metric: 'meanScore' }, direction: 'positive', weight: 1 },
      ],
      normalization: 'none',
      pool: { scope: 'municipality' },
      missing: { policy: 'unknown' },
      source: { seed: SEED, line: '117, 174', note: 'equal weights, raw test scores: Ясногорская (83,5 + 59) / 2 = 71,25 first, Елыкаевская 49,65 last' },
    },
  ],
  categories: [
    {
      kind: 'flag',
      id: 'biased',
      name: { ru: 'В списке Рособрнадзора (признаки необъективности)', en: 'On the Rosobrnadzor list (signs of bias)' },
      rule: { kind: 'threshold', measure: { kind: 'external', field: 'rosobrnadzorBiased' }, op: 'eq', value: 1, source: { seed: SEED, line: '1822-1841' } },
      notes: ['A list published for a year is complete for that year: a school of the okrug not on it is «no» (the dataset records it as not listed), so a school leaving the list is a transition, not missing data.'],
    },
  ],
};

/**
 * Кемеровский муниципальный округ, 2022–2024 (seed 004) as a program. No identification rule
 * beyond the federal objectivity list and the 500+ project (§2 of the notes), so the methodology
 * marks the schools on the Rosobrnadzor list; risk catalogue: the ten 500+ factors; the seven
 * indicators of the passport (L50–L58); the 500+ roadmap for 2022 (20 measures, L2212–L2339),
 * whose calendar starts in January 2022: nothing is dated before the project began.
 *
 * @example
 * ```ts
 * KEMEROVSKY_2022_2024_PROGRAM.territory.name.ru //=> 'Кемеровский муниципальный округ'
 * programCalendar(KEMEROVSKY_2022_2024_PROGRAM, 2022).map((e) => e.from) //=> ['2022-11-01']
 * ```
 * @category Programs
 */
export const KEMEROVSKY_2022_2024_PROGRAM: Program = {
  id: 'kemerovsky-2022-2024',
  name: { ru: 'Кемеровский МО: повышение качества образования (2022–2024)', en: 'Kemerovsky MO: raising the quality of education (2022–2024)' },
  territory: { id: 'kemerovsky-mo', name: { ru: 'Кемеровский муниципальный округ', en: 'Kemerovsky municipal okrug' }, regionId: 'kuzbass' },
  period: { from: 2022, to: 2024 },
  legalBasis: [
    { title: 'Федеральный закон «Об образовании в Российской Федерации»', number: '273-ФЗ', date: '2012-12-29', source: { seed: SEED, line: 9 } },
    { title: 'Государственная программа РФ «Развитие образования»', number: '1642', date: '2017-12-26', source: { seed: SEED, line: 10 } },
    { title: 'Приказ Министерства образования Кузбасса «Об утверждении Положения о региональной системе оценки качества образования»', number: '1470', source: { seed: SEED, line: 11 } },
  ],
  methodology: KEMEROVSKY_2022_2024_METHODOLOGY,
  riskCatalogueId: 'fioko-500-10',
  indicators: [...KEMEROVSKY_2022_2024_INDICATORS],
  calendar: [
    { id: 'risk-profiles', name: { ru: 'Анкетирование для рисковых профилей 500+', en: '500+ risk-profile questionnaire' }, month: 1, since: '2022-01', until: '2022-12', source: { seed: SEED, line: '2233-2234', note: '«Январь 2022»' } },
    { id: 'programs', name: { ru: 'Размещение программ в ИС МЭДК', en: 'Programs uploaded to ИС МЭДК' }, month: 3, day: 31, since: '2022-01', until: '2022-12', source: { seed: SEED, line: '2279-2283', note: '«До 31.03. 2022 года»' } },
    { id: 'monitoring', name: { ru: 'Мониторинг наступления позитивных изменений', en: 'Monitoring of positive changes' }, month: 11, day: 1, since: '2022-01', until: '2022-12', source: { seed: SEED, line: '2323-2324', note: '«01.11. 2022 года»' } },
  ],
  defaults: [
    { what: '«увеличение на 3 %» (I3), «на 8 %» (I6)', choice: 'процентные пункты', why: 'единица не указана; относительное прочтение — unit: relative_percent' },
    { what: 'идентификация', choice: 'список Рособрнадзора по годам; школа не из списка — «нет»', why: 'иных правил отбора в программе нет; список за год полный' },
    { what: 'календарь', choice: 'по учебному году, с января 2022 по декабрь 2022', why: 'дорожная карта 500+ составлена «на 2022 год» (L2212); до начала проекта событий нет' },
  ],
  plan: planData.plan as Plan,
  source: { act: 'Муниципальная программа повышения качества образования Кемеровского МО (2022–2024)', seed: SEED },
};

/**
 * @deprecated Use {@link KEMEROVSKY_2022_2024_PROGRAM}; this alias will be removed in the next major release.
 * @category Programs
 */
export const SEED_004_PROGRAM: Program = KEMEROVSKY_2022_2024_PROGRAM;
