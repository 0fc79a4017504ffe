import { SEED_000_METHODOLOGY } from '../methodologies/seed000.js';
import { SEED_000_INDICATORS } from '../indicators/seed000.js';
import type { Program } from '../schema.js';

const SEED = '000_b832483057b0243e.txt';

/**
 * Seed 000 as a program: Режевской ГО, 2019–2025. Identification: the ИРО typology and the band of
 * L803 (`SEED_000_METHODOLOGY`); risk catalogue: the first nine 500+ factors (L887–L896); the ten
 * target indicators with yearly targets (L1323–L1505).
 *
 * @example
 * ```ts
 * evaluateProgram(SEED_000_PROGRAM, dataset, 2021).identification?.lists.typology
 * ```
 */
export const SEED_000_PROGRAM: Program = {
  id: 'seed000',
  name: { ru: 'Режевской ГО: поддержка школ с низкими результатами и в неблагоприятных условиях (2019–2025)', en: 'Rezh urban okrug: supporting low-results and disadvantaged schools (2019–2025)' },
  territory: { id: 'rezh-go', name: { ru: 'Режевской городской округ', en: 'Rezh urban okrug' }, regionId: 'sverdlovsk' },
  period: { from: 2019, to: 2025 },
  legalBasis: [
    { title: 'Федеральный закон «Об образовании в Российской Федерации»', number: '273-ФЗ', date: '2012-12-29', source: { seed: SEED, line: 214 } },
    { title: 'Приказ Министерства образования и молодежной политики Свердловской области «Об утверждении региональной программы …»', number: '686', date: '2020-09-14', source: { seed: SEED, line: 217 } },
    { title: 'Приказ Министерства образования и молодежной политики Свердловской области «О реализации мероприятия «Повышение качества образования в школах …»', number: '1104-Д', date: '2021-11-25', source: { seed: SEED, line: 218 } },
    { title: 'Муниципальная программа «Развитие системы образования в Режевском городском округе до 2025 года»', number: '2228', date: '2018-11-08', source: { seed: SEED, line: 221 } },
  ],
  methodology: SEED_000_METHODOLOGY,
  riskCatalogueId: 'seed000-500-9',
  indicators: [...SEED_000_INDICATORS],
  calendar: [
    { id: 'identification', name: { ru: 'Участие в идентификации ШНОР/ШНСУ (по графику ИРО)', en: 'Identification of ШНОР/ШНСУ (ИРО schedule)' }, month: 9, source: { seed: SEED, line: 1008 } },
    { id: 'risk-profiles', name: { ru: 'Анализ факторов риска 500+ школами', en: 'Schools analyse their 500+ risk factors' }, month: 1, untilMonth: 3, source: { seed: SEED, line: 887 } },
    { id: 'monitoring', name: { ru: 'Мониторинг целевых показателей', en: 'Monitoring of the target indicators' }, month: 6, source: { seed: SEED, line: '900-921' } },
  ],
  defaults: [
    { what: 'направление целевых показателей', choice: 'все десять — «больше лучше»', why: 'программа направление не указывает; все ряды целей не убывают (seed-000-notes §4.2)' },
    { what: 'ячейка ИСБШ 5 × качество ≤ 5', choice: 'без типа', why: 'в Приложении 4 не встречается, правило не публикуется' },
    { what: 'округление целей k/16', choice: 'один знак, half-up (6,25 → 6,3)', why: 'так напечатаны цели показателей 6, 8, 10' },
  ],
  source: { act: 'Муниципальная программа Режевского ГО по поддержке ШНОР и ШНСУ (2019–2025)', seed: SEED },
};
