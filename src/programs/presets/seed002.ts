import type { IndicatorDefinition } from '../../indicators/definition.js';
import type { Plan } from '../../plans/schema.js';
import planData from '../../data/seed002-sergokala.plan.json';
import { sergokalinskyMethodology } from '../methodologies/seed002.js';
import type { Program } from '../schema.js';
import indicatorData from '../../data/seed002-sergokala.indicators.json';

const SEED = '002_2244a13e5dbe77ea.txt';

/**
 * Сергокалинский район Республики Дагестан, 2023–2025 (seed 002) as a program. Identification:
 * ШНОР by rules A or B, ШНСУ, the risk zone, the Rosobrnadzor list (L129) and the three clusters of
 * the identified schools (`sergokalinskyMethodology()` with its defaults). Indicators: the seed's
 * 27 distinct «доля …» lines in their five groups (L116–L165, `src/data/seed002-sergokala.indicators.json`);
 * the seed sets no target for any of them, so none has one (each year's target is «—»). The seed
 * names no month for any event, so the calendar is undated; its plan is the three «Комплекс мер»
 * blocks (19 measures, L215–L238), with no terms and no responsible persons in the seed.
 *
 * @example
 * ```ts
 * SERGOKALINSKY_2023_2025_PROGRAM.territory.name.ru //=> 'Сергокалинский район Республики Дагестан'
 * SERGOKALINSKY_2023_2025_PROGRAM.indicators.length //=> 27
 * ```
 * @category Programs
 */
export const SERGOKALINSKY_2023_2025_PROGRAM: Program = {
  id: 'sergokalinsky-2023-2025',
  name: { ru: 'Сергокалинский район: повышение качества образования в ШНОР и ШНСУ (2023–2025)', en: 'Sergokalinsky district: raising quality in ШНОР and ШНСУ (2023–2025)' },
  territory: { id: 'sergokala', name: { ru: 'Сергокалинский район Республики Дагестан', en: 'Sergokalinsky district, Republic of Dagestan' }, regionId: 'dagestan' },
  period: { from: 2023, to: 2025 },
  legalBasis: [
    { title: 'Государственная программа Республики Дагестан «Развитие образования в Республике Дагестан» на 2015–2025 годы', source: { seed: SEED, line: 65 } },
    { title: 'Приказ Министерства образования и науки Республики Дагестан «Об утверждении региональной программы по поддержке школ с низкими результатами обучения …»', source: { seed: SEED, line: 67 } },
  ],
  methodology: sergokalinskyMethodology(),
  riskCatalogueId: 'fioko-500-10',
  indicators: indicatorData.indicators as unknown as IndicatorDefinition[],
  calendar: [
    { id: 'identification', name: { ru: 'Идентификация ШНОР и ШНСУ, кластеризация', en: 'Identification of ШНОР and ШНСУ, clusters' }, source: { seed: SEED, line: '81-84', note: 'no month in the seed' } },
    { id: 'monitoring', name: { ru: 'Мониторинг ресурсных дефицитов', en: 'Monitoring of resource deficits' }, source: { seed: SEED, line: 145, note: 'no month in the seed' } },
  ],
  defaults: [
    { what: 'ВПР разных классов', choice: 'одна процедура', why: 'текст перечисляет процедуры «ВПР/ОГЭ/ЕГЭ»' },
    { what: 'правило 2', choice: 'та же процедура, предмет может меняться', why: 'в тексте только «в одной процедуре»' },
    { what: 'ИСБ', choice: 'значимые факторы соцпаспорта (семя 003), z-оценки в регионе', why: 'формула ИСБ не опубликована' },
    { what: 'кластеры', choice: 'только выявленные ШНОР и ШНСУ: № 2 — ШНОР по правилу B, № 1 — ШНОР только по правилу A, № 3 — ШНСУ', why: 'L81: «идентификация ШНОР и ШНСУ с последующим объединением их в три кластера»; числовых критериев нет' },
    { what: 'цели показателей', choice: 'нет целей', why: 'в программе целевых значений нет (L116–L165)' },
    { what: 'связи мер с показателями и факторами риска', choice: 'прочтение пресета по смыслу меры', why: 'в программе связи не указаны; сроки и ответственные тоже не указаны' },
  ],
  plan: planData.plan as Plan,
  source: { act: 'Муниципальная программа Сергокалинского района (2023–2025)', seed: SEED },
};

/**
 * @deprecated Use {@link SERGOKALINSKY_2023_2025_PROGRAM}; this alias will be removed in the next major release.
 * @category Programs
 */
export const SEED_002_PROGRAM: Program = SERGOKALINSKY_2023_2025_PROGRAM;
