import type { Methodology, Rule } from '../../criteria/schema.js';

const SEED = '002_2244a13e5dbe77ea.txt';

/**
 * The readings of seed 002 that the text leaves open (seed-002-notes §2.2).
 *
 * @category Programs
 */
export interface Seed002MethodologyOptions {
  /**
   * Are two ВПР grades (ВПР-5 and ВПР-6) two «различные оценочные процедуры»? `false` by default:
   * a procedure is ВПР, ОГЭ or ЕГЭ, whatever the grade.
   */
  readonly vprGradesAreDistinctProcedures?: boolean;
  /**
   * Rule B, «минимум по одному разу в течение последних 2х лет подряд в одной процедуре»: must the
   * failure be in the same subject both years? `false` by default (same procedure, any of the two subjects).
   */
  readonly ruleBSameSubject?: boolean;
  /** How the two rules combine: «или» (`any`, the text's word, the default) or both (`all`). */
  readonly combine?: 'any' | 'all';
}

/**
 * The old name of an options type, kept for one release.
 *
 * @deprecated Renamed {@link Seed002MethodologyOptions} (one options type per function, named after it); the old name goes in the next minor release.
 * @category Programs
 */
export type Seed002Options = Seed002MethodologyOptions;

/**
 * Сергокалинский район, 2023–2025 (seed 002) as a methodology (a factory of its documented options). Every parameter carries its seed
 * line. The choices the seed leaves open are options; the defaults and why:
 * - a procedure is ВПР / ОГЭ / ЕГЭ whatever the grade (the text lists «ВПР/ОГЭ/ЕГЭ» as the procedures);
 * - Rule B needs the same procedure, not the same subject (the text says «в одной процедуре» only);
 * - the rules combine with «или», as written;
 * - the 30 % is per subject and grade, over participants (L79: «от общего числа участников»);
 * - ИСБ has no published formula (L80, L133): the preset builds it from the social passport's
 *   significant factors (seed 003, Приложение 1, as the nearest published directions), z-scores
 *   against the region's schools in the dataset, equal weights;
 * - the clusters (L81–L84) group the identified ШНОР and ШНСУ only («идентификация ШНОР и ШНСУ с
 *   последующим объединением их в три кластера»); the seed gives no numeric criteria, so the
 *   preset's mapping: cluster 2 («фактическая неуспеваемость») is a ШНОР by rule B (failing two
 *   years running), cluster 1 («группы неуспевающих») a ШНОР by rule A only (one year), cluster 3
 *   («факторы риска») a ШНСУ, which is always in the risk zone, that is not ШНОР; first match
 *   wins; a school neither ШНОР nor ШНСУ has no cluster.
 *
 * @param options - The open readings.
 * @returns The methodology as data.
 * @example
 * ```ts
 * sergokalinskyMethodology().categories.map((c) => c.name.ru)
 * //=> ['ШНОР', 'ШНСУ', 'Зона риска снижения образовательных результатов', 'В списке Рособрнадзора (признаки необъективности результатов ВПР)', 'Кластер']
 * sergokalinskyMethodology({ vprGradesAreDistinctProcedures: true }).id //=> 'seed002.vprGrades'
 * ```
 * @category Programs
 */
export function sergokalinskyMethodology(options: Seed002MethodologyOptions = {}): Methodology {
  const unitA = options.vprGradesAreDistinctProcedures === true ? 'procedure+grade' : 'procedure';
  const unitB = options.ruleBSameSubject === true ? (unitA === 'procedure' ? 'procedure+subject' : 'procedure+grade+subject') : unitA;
  const select = {
    procedures: ['vpr', 'oge', 'ege'] as ('vpr' | 'oge' | 'ege')[],
    subjects: ['russian', 'math', 'math_base', 'math_profile'],
  };
  const ruleA: Rule = {
    kind: 'results',
    id: 'seed002.shnor.A',
    label: { ru: 'не менее 30 % ниже порога в один год минимум в двух различных процедурах', en: 'at least 30 % below the minimum in one year in at least two different procedures' },
    select: { ...select, unit: unitA },
    metric: 'belowMinimumShare',
    op: 'gte',
    value: 30,
    require: { mode: 'distinct', atLeast: 2, years: 1 },
    source: { seed: SEED, line: 125, note: '«в один год минимум в двух различных оценочных процедурах»' },
  };
  const ruleB: Rule = {
    kind: 'results',
    id: 'seed002.shnor.B',
    label: { ru: 'не менее 30 % ниже порога в одной процедуре в каждый из последних 2 лет подряд', en: 'at least 30 % below the minimum in the same procedure in each of the last 2 consecutive years' },
    select: { ...select, unit: unitB },
    metric: 'belowMinimumShare',
    op: 'gte',
    value: 30,
    require: { mode: 'persistent', years: 2 },
    source: { seed: SEED, line: 125, note: '«минимум по одному разу в течение последних 2х лет подряд в одной процедуре»' },
  };
  const isbBottomQuartile: Rule = {
    kind: 'rank',
    id: 'seed002.isb.bottomQuartile',
    label: { ru: 'ИСБ в нижнем квартиле школ республики', en: 'ИСБ in the bottom quartile of the republic' },
    measure: { kind: 'index', index: 'isb' },
    better: 'higher',
    position: 'bottom',
    percent: 25,
    pool: { scope: 'region' },
    rounding: 'ceil',
    ties: 'include',
    minPoolSize: 4,
    source: { seed: SEED, line: 133 },
  };
  const deficit: Rule = {
    kind: 'threshold',
    id: 'seed002.resourceDeficit',
    label: { ru: 'дефицит ресурсов (кадровых, материально-технических, финансовых)', en: 'resource deficit (staff, material, financial)' },
    measure: { kind: 'resources', field: 'openDeficits' },
    op: 'gte',
    value: 1,
    source: { seed: SEED, line: 80 },
  };
  return {
    id: `seed002${options.vprGradesAreDistinctProcedures ? '.vprGrades' : ''}${options.ruleBSameSubject ? '.sameSubject' : ''}${options.combine === 'all' ? '.and' : ''}`,
    name: { ru: 'Сергокалинский район: идентификация ШНОР и ШНСУ (2023–2025)', en: 'Sergokalinsky district: identifying ШНОР and ШНСУ (2023–2025)' },
    territories: ['sergokala'],
    validFrom: '2023-01-01',
    validTo: '2025-12-31',
    source: { act: 'Муниципальная программа Сергокалинского района (2023–2025)', seed: SEED, line: '79-139' },
    indices: [
      {
        id: 'isb',
        name: { ru: 'Индекс социального благополучия (ИСБ)', en: 'Social well-being index (ИСБ)' },
        components: [
          { id: 'parent_higher_education_one', measure: { kind: 'social', factor: 'parent_higher_education_one' }, direction: 'positive', weight: 1 },
          { id: 'large_family', measure: { kind: 'social', factor: 'large_family' }, direction: 'negative', weight: 1 },
          { id: 'non_native_russian', measure: { kind: 'social', factor: 'non_native_russian' }, direction: 'negative', weight: 1 },
          { id: 'foster_care', measure: { kind: 'social', factor: 'foster_care' }, direction: 'negative', weight: 1 },
          { id: 'kdn_registered', measure: { kind: 'social', factor: 'kdn_registered' }, direction: 'negative', weight: 1 },
        ],
        normalization: 'zscore',
        pool: { scope: 'region' },
        missing: { policy: 'reweight', minComponents: 3 },
        source: { seed: SEED, line: 80, note: 'components not published; preset default from seed 003, Приложение 1' },
      },
    ],
    categories: [
      {
        kind: 'flag',
        id: 'shnor',
        name: { ru: 'ШНОР', en: 'Low-results school (ШНОР)' },
        rule: { kind: options.combine === 'all' ? 'all' : 'any', rules: [ruleA, ruleB], label: { ru: 'правило 1 или правило 2', en: 'rule 1 or rule 2' }, source: { seed: SEED, line: 125 } },
        source: { seed: SEED, line: '79, 125' },
      },
      {
        kind: 'flag',
        id: 'shnsu',
        name: { ru: 'ШНСУ', en: 'School in unfavourable social conditions (ШНСУ)' },
        rule: { kind: 'all', rules: [deficit, isbBottomQuartile], label: { ru: 'дефицит ресурсов и низкий ИСБ', en: 'resource deficit and low ИСБ' }, source: { seed: SEED, line: 80 } },
        source: { seed: SEED, line: '80, 133' },
      },
      {
        kind: 'flag',
        id: 'riskZone',
        name: { ru: 'Зона риска снижения образовательных результатов', en: 'Risk zone' },
        rule: { kind: 'any', rules: [deficit, isbBottomQuartile], source: { seed: SEED, line: '131-134', note: 'the seed does not say how the flags combine; any one is taken' } },
        source: { seed: SEED, line: '131-134' },
      },
      {
        kind: 'flag',
        id: 'rosobrnadzorList',
        name: { ru: 'В списке Рособрнадзора (признаки необъективности результатов ВПР)', en: 'On the Rosobrnadzor list (signs of biased ВПР results)' },
        rule: { kind: 'threshold', measure: { kind: 'external', field: 'rosobrnadzorBiased' }, op: 'eq', value: 1, source: { seed: SEED, line: 129, note: '«определение в список Рособрнадзора как имеющие признаки необъективности результатов ВПР»' } },
        source: { seed: SEED, line: 129 },
        notes: ['An identification input of its own (L124–L129); the seed does not say how it combines with the 30 % rule, so it is reported beside ШНОР, not folded into it.'],
      },
      {
        kind: 'classifier',
        id: 'cluster',
        name: { ru: 'Кластер', en: 'Cluster' },
        classifier: {
          kind: 'ordered',
          options: [
            { value: 'кластер № 2', rule: { ...ruleB, id: 'seed002.cluster2', label: { ru: 'ШНОР: фактическая неуспеваемость два года подряд (правило 2)', en: 'ШНОР: actual failure two consecutive years (rule 2)' }, source: { seed: SEED, line: 83 } } },
            { value: 'кластер № 1', rule: { ...ruleA, id: 'seed002.cluster1', label: { ru: 'ШНОР: группы неуспевающих в один год (правило 1)', en: 'ШНОР: failing groups in one year (rule 1)' }, source: { seed: SEED, line: 82 } } },
            {
              value: 'кластер № 3',
              rule: {
                kind: 'all',
                label: { ru: 'ШНСУ: факторы риска (дефицит ресурсов и низкий ИСБ)', en: 'ШНСУ: risk factors (resource deficit and low ИСБ)' },
                // the ШНСУ rule itself (a ШНСУ is always in the risk zone), written out so that the explanation reads its numbers
                rules: [deficit, isbBottomQuartile],
                source: { seed: SEED, line: 84 },
              },
            },
          ],
          otherwise: null,
        },
        source: { seed: SEED, line: '81-84' },
        notes: [
          'Only identified ШНОР and ШНСУ are clustered (L81: «идентификация ШНОР и ШНСУ с последующим объединением их в три кластера»); any other school has no cluster.',
          'The seed gives no numeric cluster criteria; the mapping is the preset\u2019s default (see seed002Methodology).',
        ],
      },
    ],
    notes: ['Defaults for what the seed leaves open are listed in seed002Methodology\u2019s documentation.'],
  };
}

/**
 * @deprecated Use {@link sergokalinskyMethodology}; this alias will be removed in the next major release.
 * @param options - The open readings.
 * @returns The methodology as data.
 * @example
 * ```ts
 * seed002Methodology().id //=> 'seed002'
 * ```
 * @category Programs
 */
export const seed002Methodology: (options?: Seed002MethodologyOptions) => Methodology = sergokalinskyMethodology;
