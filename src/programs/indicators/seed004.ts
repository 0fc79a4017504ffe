import type { IndicatorDefinition } from '../../indicators/definition.js';

const SEED = '004_aed2dab0861538cc.txt';

/**
 * Seed 004 (Кемеровский МО, 2022–2024): the seven «Целевые индикаторы» of the passport
 * (L50–L57). One target each, no baseline, yearly targets or actuals (seed-004-notes §4.1).
 * I3 («увеличение … на 3 %») and I6 («на 8 %») are increments whose unit the seed leaves open:
 * the preset reads them as percentage points (`pp`), the reading under which «на 3 %» of a share
 * is a change of the share; the relative reading is the same definition with
 * `unit: 'relative_percent'` (see the tests).
 *
 * @example
 * ```ts
 * KEMEROVSKY_2022_2024_INDICATORS.length //=> 7
 * ```
 * @category Programs
 */
export const KEMEROVSKY_2022_2024_INDICATORS: readonly IndicatorDefinition[] = [
  {
    id: 'seed004.i1',
    name: {
      ru: 'Доля обучающихся, преодолевших минимальный порог на итоговой государственной аттестации, в общей численности обучающихся из данных школ, прошедших государственную итоговую аттестацию',
      en: 'Share of pupils above the minimum threshold at ГИА',
    },
    unit: 'percent',
    better: 'higher',
    level: 'municipality',
    computation: { kind: 'share', of: 'pupils', numerator: 'обучающиеся, преодолевшие минимальный порог ГИА', denominator: 'обучающиеся данных школ, прошедшие ГИА' },
    target: { kind: 'bound', op: 'gte', value: 100, byYear: 2024, source: { seed: SEED, line: '51-52' } },
    source: { seed: SEED, line: '51-52' },
  },
  {
    id: 'seed004.i2',
    name: { ru: 'Доля работ в рамках ВПР, результаты которых подтверждают результаты текущего оценивания', en: 'Share of ВПР works confirming current marks' },
    unit: 'percent',
    better: 'higher',
    level: 'municipality',
    computation: { kind: 'share', of: 'works', numerator: 'работы ВПР, подтверждающие текущую отметку', denominator: 'все работы ВПР' },
    target: { kind: 'bound', op: 'gte', value: 100, byYear: 2024, source: { seed: SEED, line: 53 } },
    source: { seed: SEED, line: 53 },
  },
  {
    id: 'seed004.i3',
    name: {
      ru: 'Увеличение доли педагогических работников, прошедших переподготовку или повышение квалификации по актуальным вопросам повышения качества образования',
      en: 'Increase of the share of teachers trained on education-quality topics',
    },
    unit: 'percent',
    better: 'higher',
    level: 'municipality',
    computation: { kind: 'share', of: 'teachers', numerator: 'педагоги, прошедшие переподготовку или повышение квалификации', denominator: 'все педагогические работники' },
    target: { kind: 'increment', by: 3, unit: 'pp', byYear: 2024, source: { seed: SEED, line: 54, note: '«на 3 %»: read as п.п.; ambiguous' } },
    source: { seed: SEED, line: 54 },
  },
  {
    id: 'seed004.i4',
    name: { ru: 'Доля педагогов школ, включённых в деятельность профессиональных сообществ', en: 'Share of teachers in professional communities' },
    unit: 'percent',
    better: 'higher',
    level: 'municipality',
    computation: { kind: 'share', of: 'teachers', numerator: 'педагоги в профессиональных сообществах', denominator: 'все педагоги школ' },
    target: { kind: 'bound', op: 'gte', value: 100, byYear: 2024, source: { seed: SEED, line: 55 } },
    source: { seed: SEED, line: 55 },
  },
  {
    id: 'seed004.i5',
    name: { ru: 'Доля педагогов школ, включённых в конкурсное движение', en: 'Share of teachers taking part in professional contests' },
    unit: 'percent',
    better: 'higher',
    level: 'municipality',
    computation: { kind: 'share', of: 'teachers', numerator: 'педагоги — участники конкурсов', denominator: 'все педагоги школ' },
    target: { kind: 'bound', op: 'gte', value: 10, byYear: 2024, source: { seed: SEED, line: 56 } },
    source: { seed: SEED, line: 56 },
  },
  {
    id: 'seed004.i6',
    name: {
      ru: 'Увеличение процента укомплектованности образовательных учреждений педагогическими кадрами (педагог-психолог, учитель-логопед, учитель-дефектолог)',
      en: 'Increase of staffing with psychologists, speech therapists and special-needs teachers',
    },
    unit: 'percent',
    better: 'higher',
    level: 'municipality',
    computation: { kind: 'share', of: 'positions', numerator: 'занятые ставки педагогов-психологов, логопедов, дефектологов', denominator: 'штатные ставки' },
    target: { kind: 'increment', by: 8, unit: 'pp', byYear: 2024, source: { seed: SEED, line: 57, note: '«на 8%»: read as п.п.; ambiguous' } },
    source: { seed: SEED, line: 57 },
  },
  {
    id: 'seed004.i7',
    name: { ru: 'Доля участников образовательных отношений, удовлетворённых уровнем материально-технического обеспечения организации', en: 'Share of participants satisfied with the material and technical equipment' },
    unit: 'percent',
    better: 'higher',
    level: 'municipality',
    computation: { kind: 'share', of: 'parents', numerator: 'удовлетворённые респонденты', denominator: 'все респонденты' },
    target: { kind: 'bound', op: 'gte', value: 70, byYear: 2024, source: { seed: SEED, line: 58 } },
    source: { seed: SEED, line: 58 },
  },
];

/**
 * @deprecated Use {@link KEMEROVSKY_2022_2024_INDICATORS}; this alias will be removed in the next major release.
 * @category Programs
 */
export const SEED_004_INDICATORS: readonly IndicatorDefinition[] = KEMEROVSKY_2022_2024_INDICATORS;
