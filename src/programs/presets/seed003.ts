import { SEED_003_INDICATORS } from '../indicators/seed003.js';
import type { Program } from '../schema.js';

const SEED = '003_d0b3cf5e72812614.txt';

/**
 * Seed 003 as a program: Назаровский район, 2020–2023. Its identification is qualitative (SWOT,
 * four quality areas, lines 192–198), so the preset has no methodology; it carries the 15
 * end-state indicators of the passport (lines 26, 28).
 *
 * @example
 * ```ts
 * evaluateProgram(SEED_003_PROGRAM, dataset, 2023, { actuals }).indicators.summary.counts
 * ```
 */
export const SEED_003_PROGRAM: Program = {
  id: 'seed003',
  name: { ru: 'Назаровский район: повышение качества образования (2020–2023)', en: 'Nazarovsky district: raising the quality of education (2020–2023)' },
  territory: { id: 'nazarovsky', name: { ru: 'Назаровский район Красноярского края', en: 'Nazarovsky district, Krasnoyarsk krai' }, regionId: 'krasnoyarsk' },
  period: { from: 2020, to: 2023 },
  legalBasis: [
    { title: 'Федеральный закон «Об образовании в Российской Федерации»', number: '273-ФЗ', date: '2012-12-29', source: { seed: SEED, line: 18 } },
    { title: 'Указ Президента РФ «О национальных целях и стратегических задачах развития Российской Федерации до 2024 года»', number: '204', date: '2018-05-07', source: { seed: SEED, line: 18 } },
    { title: 'Совместный приказ Минпросвещения России и Рособрнадзора', number: '590/219', date: '2019-05-06', source: { seed: SEED, line: 18 } },
  ],
  indicators: [...SEED_003_INDICATORS],
  calendar: [{ id: 'report', name: { ru: 'Отчёт о реализации программы', en: 'Program report' }, month: 6, source: { seed: SEED, line: 135 } }],
  defaults: [
    { what: 'сравнение без «не менее»', choice: '≥', why: '«80 % школ …» без слова сравнения читается как нижняя граница' },
    { what: 'идентификация ШНОР', choice: 'нет методики', why: 'в программе качественная (SWOT) идентификация без числовых правил' },
  ],
  source: { act: 'Программа «Повышение качества образования в общеобразовательных организациях Назаровского района» (2020–2023)', seed: SEED },
};
