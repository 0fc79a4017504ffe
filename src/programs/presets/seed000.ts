import { REZH_2019_2025_METHODOLOGY } from '../methodologies/seed000.js';
import { REZH_2019_2025_INDICATORS } from '../indicators/seed000.js';
import type { FinancingPlan, Plan } from '../../plans/schema.js';
import type { Program } from '../schema.js';
import planData from '../../data/seed000-rezh.plan.json';

const SEED = '000_b832483057b0243e.txt';

/**
 * Режевской городской округ, 2019–2025 (seed 000) as a program. Identification: the ИРО typology
 * and the band of L803 (`REZH_2019_2025_METHODOLOGY`); risk catalogue: the first nine 500+ factors
 * (L887–L896); the ten target indicators with yearly targets (L1323–L1505); the roadmap of Раздел 4
 * (47 measures, L933–L1315) and the pilot site's plan with its execution (Appendix 3,
 * L1653–L1800); the financing plan of the passport (L148–L180).
 *
 * @example
 * ```ts
 * REZH_2019_2025_PROGRAM.territory.name.ru //=> 'Режевской городской округ'
 * REZH_2019_2025_PROGRAM.plan?.measures.length //=> 56
 * checkFinancing(REZH_2019_2025_PROGRAM).status //=> 'value'
 * ```
 * @category Programs
 */
export const REZH_2019_2025_PROGRAM: Program = {
  id: 'rezh-2019-2025',
  name: { ru: 'Режевской ГО: поддержка школ с низкими результатами и в неблагоприятных условиях (2019–2025)', en: 'Rezh urban okrug: supporting low-results and disadvantaged schools (2019–2025)' },
  territory: { id: 'rezh-go', name: { ru: 'Режевской городской округ', en: 'Rezh urban okrug' }, regionId: 'sverdlovsk' },
  period: { from: 2019, to: 2025 },
  legalBasis: [
    { title: 'Федеральный закон «Об образовании в Российской Федерации»', number: '273-ФЗ', date: '2012-12-29', source: { seed: SEED, line: 214 } },
    { title: 'Приказ Министерства образования и молодежной политики Свердловской области «Об утверждении региональной программы …»', number: '686', date: '2020-09-14', source: { seed: SEED, line: 217 } },
    { title: 'Приказ Министерства образования и молодежной политики Свердловской области «О реализации мероприятия «Повышение качества образования в школах …»', number: '1104-Д', date: '2021-11-25', source: { seed: SEED, line: 218 } },
    { title: 'Муниципальная программа «Развитие системы образования в Режевском городском округе до 2025 года»', number: '2228', date: '2018-11-08', source: { seed: SEED, line: 221 } },
  ],
  methodology: REZH_2019_2025_METHODOLOGY,
  riskCatalogueId: 'seed000-500-9',
  indicators: [...REZH_2019_2025_INDICATORS],
  calendar: [
    {
      id: 'identification',
      name: { ru: 'Участие в идентификации ШНОР/ШНСУ (по графику ИРО)', en: 'Identification of ШНОР/ШНСУ (ИРО schedule)' },
      schedule: 'по графику ГАУО ДПО СО «ИРО»',
      source: { seed: SEED, line: '1009-1010', note: 'no month: the schedule is ИРО\u2019s' },
    },
    { id: 'risk-profiles', name: { ru: 'Анализ факторов риска 500+ школами', en: 'Schools analyse their 500+ risk factors' }, source: { seed: SEED, line: 887, note: 'no month in the seed' } },
    { id: 'monitoring', name: { ru: 'Мониторинг целевых показателей', en: 'Monitoring of the target indicators' }, month: 7, untilMonth: 8, source: { seed: SEED, line: 905, note: '«ежегодно в июле-августе после проведения всех оценочных процедур»' } },
  ],
  defaults: [
    { what: 'направление целевых показателей', choice: 'все десять — «больше лучше»', why: 'программа направление не указывает; все ряды целей не убывают (seed-000-notes §4.2)' },
    { what: 'ячейка ИСБШ 5 × качество ≤ 5', choice: 'без типа', why: 'в Приложении 4 не встречается, правило не публикуется' },
    { what: 'округление целей k/16', choice: 'один знак, half-up (6,25 → 6,3)', why: 'так напечатаны цели показателей 6, 8, 10' },
    { what: 'связи мероприятий с факторами риска и показателями', choice: 'прочтение пресета по смыслу мероприятия', why: 'дорожная карта (Раздел 4) их не указывает' },
    { what: 'идентификация и анализ факторов риска: месяц', choice: 'без месяца', why: '«по графику ГАУО ДПО СО «ИРО»» (L1010); для анализа факторов (L887) месяц не указан' },
  ],
  plan: planData.plan as Plan,
  financing: planData.financing as FinancingPlan,
  source: { act: 'Муниципальная программа Режевского ГО по поддержке ШНОР и ШНСУ (2019–2025)', seed: SEED },
};

/**
 * @deprecated Use {@link REZH_2019_2025_PROGRAM}; this alias will be removed in the next major release.
 * @category Programs
 */
export const SEED_000_PROGRAM: Program = REZH_2019_2025_PROGRAM;
