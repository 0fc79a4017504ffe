import { NAZAROVSKY_2020_2023_INDICATORS } from '../indicators/seed003.js';
import type { Plan } from '../../plans/schema.js';
import type { Program } from '../schema.js';
import planData from '../../data/seed003-nazarovsky.plan.json';

const SEED = '003_d0b3cf5e72812614.txt';

/**
 * Назаровский район Красноярского края, 2020–2023 (seed 003) as a program. Its identification is
 * qualitative (SWOT, four quality areas, lines 192–198), so the preset has no methodology; it
 * carries the 15 end-state indicators of the passport (lines 26, 28), the plan of measures (27
 * measures in six blocks, lines 291–338) and the reporting cycle of line 135: reports of the
 * school teams in November, January, March and June.
 *
 * @example
 * ```ts
 * NAZAROVSKY_2020_2023_PROGRAM.territory.name.ru //=> 'Назаровский район Красноярского края'
 * programCalendar(NAZAROVSKY_2020_2023_PROGRAM, 2021).map((e) => e.from)
 * //=> ['2021-11-01', '2022-01-01', '2022-03-01', '2022-06-01']
 * ```
 * @category Programs
 */
export const NAZAROVSKY_2020_2023_PROGRAM: Program = {
  id: 'nazarovsky-2020-2023',
  name: { ru: 'Назаровский район: повышение качества образования (2020–2023)', en: 'Nazarovsky district: raising the quality of education (2020–2023)' },
  territory: { id: 'nazarovsky', name: { ru: 'Назаровский район Красноярского края', en: 'Nazarovsky district, Krasnoyarsk krai' }, regionId: 'krasnoyarsk' },
  period: { from: 2020, to: 2023 },
  legalBasis: [
    { title: 'Федеральный закон «Об образовании в Российской Федерации»', number: '273-ФЗ', date: '2012-12-29', source: { seed: SEED, line: 18 } },
    { title: 'Указ Президента РФ «О национальных целях и стратегических задачах развития Российской Федерации до 2024 года»', number: '204', date: '2018-05-07', source: { seed: SEED, line: 18 } },
    { title: 'Совместный приказ Минпросвещения России и Рособрнадзора', number: '590/219', date: '2019-05-06', source: { seed: SEED, line: 18 } },
  ],
  indicators: [...NAZAROVSKY_2020_2023_INDICATORS],
  calendar: [
    { id: 'report-november', name: { ru: 'Отчёт школьных управленческих команд о промежуточных результатах', en: 'School teams\u2019 interim report' }, month: 11, source: { seed: SEED, line: 135, note: '«(ноябрь, январь, март, июнь)»' } },
    { id: 'report-january', name: { ru: 'Отчёт школьных управленческих команд о промежуточных результатах', en: 'School teams\u2019 interim report' }, month: 1, source: { seed: SEED, line: 135 } },
    { id: 'report-march', name: { ru: 'Отчёт школьных управленческих команд о промежуточных результатах', en: 'School teams\u2019 interim report' }, month: 3, source: { seed: SEED, line: 135 } },
    { id: 'report-june', name: { ru: 'Отчёт школьных управленческих команд об итоговых результатах', en: 'School teams\u2019 final report' }, month: 6, source: { seed: SEED, line: 135 } },
  ],
  defaults: [
    { what: 'сравнение без «не менее»', choice: '≥', why: '«80 % школ …» без слова сравнения читается как нижняя граница' },
    { what: 'идентификация ШНОР', choice: 'нет методики', why: 'в программе качественная (SWOT) идентификация без числовых правил' },
  ],
  plan: planData.plan as Plan,
  source: { act: 'Программа «Повышение качества образования в общеобразовательных организациях Назаровского района» (2020–2023)', seed: SEED },
};

/**
 * @deprecated Use {@link NAZAROVSKY_2020_2023_PROGRAM}; this alias will be removed in the next major release.
 * @category Programs
 */
export const SEED_003_PROGRAM: Program = NAZAROVSKY_2020_2023_PROGRAM;
