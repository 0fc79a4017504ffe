import { seed002Methodology } from '../methodologies/seed002.js';
import type { Program } from '../schema.js';

const SEED = '002_2244a13e5dbe77ea.txt';

/**
 * Seed 002 as a program: Сергокалинский район, 2023–2025. Identification: ШНОР rules A or B, ШНСУ,
 * the risk zone and three clusters (`seed002Methodology()` with its defaults). The seed's 27
 * indicators are all «доля школ …» shares without targets; the preset carries the identification
 * share as its indicator.
 *
 * @example
 * ```ts
 * evaluateProgram(SEED_002_PROGRAM, dataset, 2024).identification?.lists.shnor.yes
 * ```
 */
export const SEED_002_PROGRAM: Program = {
  id: 'seed002',
  name: { ru: 'Сергокалинский район: повышение качества образования в ШНОР и ШНСУ (2023–2025)', en: 'Sergokalinsky district: raising quality in ШНОР and ШНСУ (2023–2025)' },
  territory: { id: 'sergokala', name: { ru: 'Сергокалинский район Республики Дагестан', en: 'Sergokalinsky district, Republic of Dagestan' }, regionId: 'dagestan' },
  period: { from: 2023, to: 2025 },
  legalBasis: [
    { title: 'Государственная программа Республики Дагестан «Развитие образования в Республике Дагестан» на 2015–2025 годы', source: { seed: SEED, line: 65 } },
    { title: 'Приказ Министерства образования и науки Республики Дагестан «Об утверждении региональной программы по поддержке школ с низкими результатами обучения …»', source: { seed: SEED, line: 67 } },
  ],
  methodology: seed002Methodology(),
  riskCatalogueId: 'fioko-500-10',
  indicators: [
    {
      id: 'seed002.a1',
      name: { ru: 'Доля школ, в которых не менее 30 % обучающихся не преодолели минимальный порог …', en: 'Share of schools where at least 30 % were below the minimum …' },
      unit: 'percent',
      better: 'lower',
      level: 'municipality',
      computation: { kind: 'share', of: 'schools', numerator: 'школы ШНОР по правилу L125', denominator: 'все школы района' },
      target: { kind: 'bound', op: 'lte', value: 0, byYear: 2025, source: { seed: SEED, line: 125, note: 'no target in the seed; the preset tracks the share towards zero' } },
      source: { seed: SEED, line: 125 },
    },
  ],
  calendar: [
    { id: 'identification', name: { ru: 'Идентификация ШНОР и ШНСУ, кластеризация', en: 'Identification of ШНОР and ШНСУ, clusters' }, month: 9, source: { seed: SEED, line: '81-84' } },
    { id: 'monitoring', name: { ru: 'Мониторинг ресурсных дефицитов', en: 'Monitoring of resource deficits' }, month: 12, source: { seed: SEED, line: 145 } },
  ],
  defaults: [
    { what: 'ВПР разных классов', choice: 'одна процедура', why: 'текст перечисляет процедуры «ВПР/ОГЭ/ЕГЭ»' },
    { what: 'правило B', choice: 'та же процедура, предмет может меняться', why: 'в тексте только «в одной процедуре»' },
    { what: 'ИСБ', choice: 'значимые факторы соцпаспорта (семя 003), z-оценки в регионе', why: 'формула ИСБ не опубликована' },
    { what: 'цель показателя доли ШНОР', choice: 'к нулю к 2025 году', why: 'в программе целей нет' },
  ],
  source: { act: 'Муниципальная программа Сергокалинского района (2023–2025)', seed: SEED },
};
