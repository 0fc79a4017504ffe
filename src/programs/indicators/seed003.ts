import type { IndicatorDefinition } from '../../indicators/definition.js';

const SEED = '003_d0b3cf5e72812614.txt';

/**
 * Seed 003 (Назаровский район, 2020–2023): the 15 «Основные показатели (индикаторы)» of the
 * passport (line 26 for 1–14, line 28 for 15). Each is a single end-state bound for the end of the
 * program (2023); the seed gives no baseline, yearly targets or actuals (seed-003-notes §4). Where
 * the seed writes no comparator («80 % школ …») the preset takes «не менее» (≥), as the notes infer.
 * Percent-of-schools indicators are over the district's 10 schools (line 50).
 *
 * @example
 * ```ts
 * NAZAROVSKY_2020_2023_INDICATORS.length //=> 15
 * ```
 * @category Programs
 */
export const NAZAROVSKY_2020_2023_INDICATORS: readonly IndicatorDefinition[] = [
  {
    id: 'seed003.i1',
    name: { ru: "Доля ОУ, образовательная среда которых соответствует требованиям современных образовательных стандартов", en: "Share of schools whose environment meets modern standards" },
    unit: 'percent',
    better: 'higher',
    level: 'municipality',
    computation: { kind: 'share', of: 'schools', numerator: "ОУ с соответствующей образовательной средой", denominator: "все ОУ района (10)", denominatorSize: 10 },
    target: { kind: 'bound', op: 'gte', value: 90, byYear: 2023, source: { seed: SEED, line: 26 } },
    source: { seed: SEED, line: 26 },
  },
  {
    id: 'seed003.i2',
    name: { ru: "Доля ОУ, где система работы выстроена на выявлении и ликвидации квалификационных дефицитов педагогов", en: "Share of schools working on teachers’ qualification deficits" },
    unit: 'percent',
    better: 'higher',
    level: 'municipality',
    computation: { kind: 'share', of: 'schools', numerator: "ОУ с системой выявления и ликвидации дефицитов", denominator: "все ОУ района (10)", denominatorSize: 10 },
    target: { kind: 'bound', op: 'gte', value: 90, byYear: 2023, source: { seed: SEED, line: 26 } },
    source: { seed: SEED, line: 26 },
  },
  {
    id: 'seed003.i3',
    name: { ru: "Доля школ, охваченных тьюторской поддержкой в разработке и реализации школьных программ повышения качества образования", en: "Share of schools with tutor support for their improvement programs" },
    unit: 'percent',
    better: 'higher',
    level: 'municipality',
    computation: { kind: 'share', of: 'schools', numerator: "школы с тьюторской поддержкой", denominator: "все школы района (10)", denominatorSize: 10 },
    target: { kind: 'bound', op: 'gte', value: 100, byYear: 2023, source: { seed: SEED, line: 26 } },
    source: { seed: SEED, line: 26 },
  },
  {
    id: 'seed003.i4',
    name: { ru: "Количество вебинаров, ориентированных на потребности педагогов и управленческой команды", en: "Webinars held for teachers and school leaders" },
    unit: 'count',
    better: 'higher',
    level: 'municipality',
    computation: { kind: 'count', what: "вебинары за период программы" },
    target: { kind: 'bound', op: 'gte', value: 20, byYear: 2023, source: { seed: SEED, line: 26 } },
    source: { seed: SEED, line: 26 },
  },
  {
    id: 'seed003.i5',
    name: { ru: "Доля педагогов — участников сетевых профессиональных сообществ и сетевых методических объединений", en: "Share of teachers in professional networks" },
    unit: 'percent',
    better: 'higher',
    level: 'municipality',
    computation: { kind: 'share', of: 'teachers', numerator: "педагоги — участники сетевых сообществ", denominator: "все педагоги" },
    target: { kind: 'bound', op: 'gte', value: 80, byYear: 2023, source: { seed: SEED, line: 26 } },
    source: { seed: SEED, line: 26 },
  },
  {
    id: 'seed003.i6',
    name: { ru: "Доля обучающихся, получивших по итогам ОГЭ и ЕГЭ по обязательным предметам количество баллов ниже минимума, установленного Рособрнадзором", en: "Share of pupils below the Rosobrnadzor minimum in compulsory ОГЭ and ЕГЭ subjects" },
    unit: 'percent',
    better: 'lower',
    level: 'municipality',
    computation: { kind: 'share', of: 'pupils', numerator: "обучающиеся с результатом ниже минимума", denominator: "участники ОГЭ и ЕГЭ по обязательным предметам" },
    target: { kind: 'bound', op: 'lte', value: 5, byYear: 2023, source: { seed: SEED, line: 26 } },
    source: { seed: SEED, line: 26 },
  },
  {
    id: 'seed003.i7',
    name: { ru: "Доля педагогов, использующих в педагогической практике современные методические подходы, технологии, способы", en: "Share of teachers using modern methods" },
    unit: 'percent',
    better: 'higher',
    level: 'municipality',
    computation: { kind: 'share', of: 'teachers', numerator: "педагоги, использующие современные подходы", denominator: "все педагоги" },
    target: { kind: 'bound', op: 'gte', value: 60, byYear: 2023, source: { seed: SEED, line: 26 } },
    source: { seed: SEED, line: 26 },
  },
  {
    id: 'seed003.i8',
    name: { ru: "Доля участников образовательного процесса, удовлетворённых качеством общего образования", en: "Share of participants satisfied with the quality of education" },
    unit: 'percent',
    better: 'higher',
    level: 'municipality',
    computation: { kind: 'share', of: 'parents', numerator: "удовлетворённые участники опроса", denominator: "опрошенные" },
    target: { kind: 'bound', op: 'gte', value: 85, byYear: 2023, source: { seed: SEED, line: 26 } },
    source: { seed: SEED, line: 26 },
  },
  {
    id: 'seed003.i9',
    name: { ru: "Доля ОУ, в которых выстроена система работы с «детьми группы риска»", en: "Share of schools with a system for pupils at risk" },
    unit: 'percent',
    better: 'higher',
    level: 'municipality',
    computation: { kind: 'share', of: 'schools', numerator: "ОУ с системой работы с детьми группы риска", denominator: "все ОУ района (10)", denominatorSize: 10 },
    target: { kind: 'bound', op: 'gte', value: 100, byYear: 2023, source: { seed: SEED, line: 26 } },
    source: { seed: SEED, line: 26 },
  },
  {
    id: 'seed003.i10',
    name: { ru: "Доля школ, осуществляющих партнёрское взаимодействие по повышению качества образования в рамках партнёрских договоров со школами-партнёрами", en: "Share of schools with partnership agreements" },
    unit: 'percent',
    better: 'higher',
    level: 'municipality',
    computation: { kind: 'share', of: 'schools', numerator: "школы с партнёрскими договорами", denominator: "все школы района (10)", denominatorSize: 10 },
    target: { kind: 'bound', op: 'gte', value: 100, byYear: 2023, source: { seed: SEED, line: 26 } },
    source: { seed: SEED, line: 26 },
  },
  {
    id: 'seed003.i11',
    name: { ru: "Доля школ, осуществляющих регулярную коррекцию школьной программы повышения качества образования на основе данных стандартизированных процедур оценки качества", en: "Share of schools regularly revising their program on standardised assessment data" },
    unit: 'percent',
    better: 'higher',
    level: 'municipality',
    computation: { kind: 'share', of: 'schools', numerator: "школы, регулярно корректирующие программу", denominator: "все школы района (10)", denominatorSize: 10 },
    target: { kind: 'bound', op: 'gte', value: 80, byYear: 2023, source: { seed: SEED, line: 26 } },
    source: { seed: SEED, line: 26 },
  },
  {
    id: 'seed003.i12',
    name: { ru: "Доля школ, в которых показатели реализации программы коррелируются со школьной системой оценки качества образования", en: "Share of schools whose program indicators are aligned with the school quality-assessment system" },
    unit: 'percent',
    better: 'higher',
    level: 'municipality',
    computation: { kind: 'share', of: 'schools', numerator: "школы с согласованными показателями", denominator: "все школы района (10)", denominatorSize: 10 },
    target: { kind: 'bound', op: 'gte', value: 80, byYear: 2023, source: { seed: SEED, line: 26 } },
    source: { seed: SEED, line: 26 },
  },
  {
    id: 'seed003.i13',
    name: { ru: "Доля школ, отражающих процесс реализации программы по повышению качества образования в открытых информационных источниках", en: "Share of schools publishing their program progress" },
    unit: 'percent',
    better: 'higher',
    level: 'municipality',
    computation: { kind: 'share', of: 'schools', numerator: "школы, публикующие ход программы", denominator: "все школы района (10)", denominatorSize: 10 },
    target: { kind: 'bound', op: 'gte', value: 100, byYear: 2023, source: { seed: SEED, line: 26 } },
    source: { seed: SEED, line: 26 },
  },
  {
    id: 'seed003.i14',
    name: { ru: "Доля школ, достигших положительной динамики вовлечения обучающихся в программы дополнительного образования", en: "Share of schools with positive dynamics of involvement in additional education" },
    unit: 'percent',
    better: 'higher',
    level: 'municipality',
    computation: { kind: 'share', of: 'schools', numerator: "школы с положительной динамикой вовлечения", denominator: "все школы района (10)", denominatorSize: 10 },
    target: { kind: 'bound', op: 'gte', value: 100, byYear: 2023, source: { seed: SEED, line: 26 } },
    source: { seed: SEED, line: 26 },
  },
  {
    id: 'seed003.i15',
    name: { ru: "Доля школ, достигших положительной динамики при участии в олимпиадах, конкурсах школьного и муниципального уровня", en: "Share of schools with positive dynamics in olympiad and contest participation" },
    unit: 'percent',
    better: 'higher',
    level: 'municipality',
    computation: { kind: 'share', of: 'schools', numerator: "школы с положительной динамикой участия", denominator: "все школы района (10)", denominatorSize: 10 },
    target: { kind: 'bound', op: 'gte', value: 50, byYear: 2023, source: { seed: SEED, line: 28 } },
    source: { seed: SEED, line: 28 },
  },
];

/**
 * @deprecated Use {@link NAZAROVSKY_2020_2023_INDICATORS}; this alias will be removed in the next major release.
 * @category Programs
 */
export const SEED_003_INDICATORS: readonly IndicatorDefinition[] = NAZAROVSKY_2020_2023_INDICATORS;
