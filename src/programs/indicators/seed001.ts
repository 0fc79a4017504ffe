import type { IndicatorDefinition } from '../../indicators/definition.js';

const SEED = '001_c89cd0ea27c20a17.txt';

/**
 * Seed 001 (Березовский район, 2021–2024): «Ожидаемые результаты реализации Программы»
 * (L197–L208) and the roadmap expectation of L274. The seed gives no baseline, no yearly targets
 * and no unit column (seed-001-notes §4); each indicator has one end-state target for the period.
 * «Да/Нет» indicators (#1–#3) are municipal: «Рост доли школ, достигших положительной динамики …»
 * answered «Да» or «Нет» — did the share of the district's schools with positive dynamics grow?
 * Their target is «Да» (`true`) by 2024; the seed asks for «рост доли» without a number.
 *
 * @example
 * ```ts
 * BEREZOVSKY_2021_2024_INDICATORS.length //=> 10
 * ```
 * @category Programs
 */
export const BEREZOVSKY_2021_2024_INDICATORS: readonly IndicatorDefinition[] = [
  {
    id: 'seed001.i1',
    name: {
      ru: 'Рост доли школ, достигших положительной динамики в результатах ГИА (ОГЭ, ЕГЭ) по математике и русскому языку на протяжении трёх лет',
      en: 'Schools with positive ГИА dynamics (maths and Russian) over three years',
    },
    unit: 'boolean',
    better: 'higher',
    level: 'municipality',
    computation: { kind: 'flag', what: 'доля школ района, достигших положительной динамики ГИА (ОГЭ, ЕГЭ) по математике и русскому языку на протяжении трёх лет, выросла', evidence: 'Да/Нет' },
    target: { kind: 'flag', expected: true, byYear: 2024, source: { seed: SEED, line: 198 } },
    source: { seed: SEED, line: 198 },
    notes: ['«на протяжении трёх лет» is read as consecutive improvement by default; positiveDynamics({ mode }) makes the reading explicit.'],
  },
  {
    id: 'seed001.i2',
    name: { ru: 'Рост доли школ, достигших положительной динамики в результатах по читательской грамотности на протяжении трёх лет', en: 'Schools with positive reading-literacy dynamics over three years' },
    unit: 'boolean',
    better: 'higher',
    level: 'municipality',
    computation: { kind: 'flag', what: 'доля школ района, достигших положительной динамики читательской грамотности (КДР6) на протяжении трёх лет, выросла', evidence: 'Да/Нет' },
    target: { kind: 'flag', expected: true, byYear: 2024, source: { seed: SEED, line: 199 } },
    source: { seed: SEED, line: 199 },
  },
  {
    id: 'seed001.i3',
    name: { ru: 'Рост доли школ, достигших положительной динамики в участии во Всероссийской олимпиаде школьников муниципального уровня', en: 'Schools with positive dynamics of participation in the municipal stage of ВсОШ' },
    unit: 'boolean',
    better: 'higher',
    level: 'municipality',
    computation: { kind: 'flag', what: 'доля школ района, достигших положительной динамики участия в муниципальном этапе ВсОШ, выросла', evidence: 'Да/Нет' },
    target: { kind: 'flag', expected: true, byYear: 2024, source: { seed: SEED, line: 200 } },
    source: { seed: SEED, line: '200-202' },
  },
  {
    id: 'seed001.i4',
    name: { ru: 'Доля детей в возрасте от 5 до 18 лет, охваченных дополнительным образованием', en: 'Share of children aged 5–18 in additional education' },
    unit: 'percent',
    better: 'higher',
    level: 'municipality',
    computation: { kind: 'share', of: 'children', numerator: 'дети 5–18 лет, охваченные дополнительным образованием', denominator: 'все дети 5–18 лет' },
    target: { kind: 'bound', op: 'gte', value: 80, byYear: 2024, source: { seed: SEED, line: 203 } },
    source: { seed: SEED, line: 203 },
  },
  {
    id: 'seed001.i5',
    name: { ru: 'Доля детей с ОВЗ, осваивающих дополнительные общеобразовательные программы', en: 'Share of children with disabilities in additional education programmes' },
    unit: 'percent',
    better: 'higher',
    level: 'municipality',
    computation: { kind: 'share', of: 'children', numerator: 'дети с ОВЗ, осваивающие дополнительные общеобразовательные программы', denominator: 'все дети с ОВЗ' },
    target: { kind: 'bound', op: 'gte', value: 70, byYear: 2024, source: { seed: SEED, line: 204 } },
    source: { seed: SEED, line: 204 },
  },
  {
    id: 'seed001.i6',
    name: { ru: 'Школа разработала и применяет систему профессионального развития педагога', en: 'The school has a working system of teacher professional development' },
    unit: 'boolean',
    better: 'higher',
    level: 'school',
    computation: { kind: 'flag', what: 'система профессионального развития педагога', evidence: 'Имеется ссылка на документ' },
    target: { kind: 'flag', expected: true, byYear: 2024, source: { seed: SEED, line: 205 } },
    source: { seed: SEED, line: 205 },
  },
  {
    id: 'seed001.i7',
    name: { ru: 'Доля учителей в возрасте до 35 лет, вовлечённых в формы поддержки и сопровождения в первые три года работы', en: 'Share of teachers under 35 supported in their first three years' },
    unit: 'percent',
    better: 'higher',
    level: 'municipality',
    computation: { kind: 'share', of: 'teachers', numerator: 'учителя до 35 лет в первые три года работы, получающие поддержку', denominator: 'все учителя до 35 лет в первые три года работы' },
    target: { kind: 'bound', op: 'gte', value: 70, byYear: 2024, source: { seed: SEED, line: 206 } },
    source: { seed: SEED, line: 206 },
  },
  {
    id: 'seed001.i8',
    name: { ru: 'Доля учителей, имеющих индивидуальный образовательный план повышения профессионального уровня', en: 'Share of teachers with an individual professional development plan' },
    unit: 'percent',
    better: 'higher',
    level: 'municipality',
    computation: { kind: 'share', of: 'teachers', numerator: 'учителя с индивидуальным образовательным планом', denominator: 'все учителя' },
    target: { kind: 'bound', op: 'gte', value: 100, byYear: 2024, source: { seed: SEED, line: 207 } },
    source: { seed: SEED, line: 207 },
  },
  {
    id: 'seed001.i9',
    name: { ru: 'Количество методических семинаров, проведённых руководителями РМО, в месяц', en: 'Methodological seminars held by heads of district methodological associations, per month' },
    unit: 'rate',
    better: 'higher',
    level: 'municipality',
    computation: { kind: 'count', what: 'методические семинары руководителей РМО', per: 'месяц' },
    target: { kind: 'bound', op: 'gte', value: 1, source: { seed: SEED, line: 208 } },
    source: { seed: SEED, line: 208 },
  },
  {
    id: 'seed001.i10',
    name: {
      ru: 'Доля педагогов ШНОР, участвующих в профессиональных сообществах муниципального и регионального уровней',
      en: 'Share of teachers of low-result schools in municipal and regional professional communities',
    },
    unit: 'percent',
    better: 'higher',
    level: 'municipality',
    computation: { kind: 'share', of: 'teachers', numerator: 'педагоги ШНОР — участники профессиональных сообществ', denominator: 'все педагоги ШНОР' },
    target: { kind: 'bound', op: 'gte', value: 50, source: { seed: SEED, line: 274, note: 'ежегодно' } },
    source: { seed: SEED, line: 274 },
  },
];

/**
 * @deprecated Use {@link BEREZOVSKY_2021_2024_INDICATORS}; this alias will be removed in the next major release.
 * @category Programs
 */
export const SEED_001_INDICATORS: readonly IndicatorDefinition[] = BEREZOVSKY_2021_2024_INDICATORS;
