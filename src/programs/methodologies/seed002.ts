import type { Methodology, Rule } from '../../criteria/schema.js';
import { ShnorError } from '../../errors/ShnorError.js';
import type { FactDeclaration } from '../../model/facts.js';

const SEED = '002_2244a13e5dbe77ea.txt';

/**
 * The readings of seed 002 that the text leaves open (seed-002-notes §2.2).
 *
 * @category Programs
 */
export interface Seed002Options {
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
  /**
   * The third risk-zone flag, L134 «доля школ, в которых не организована профилактика рисков
   * снижения образовательных результатов % (с перечислением устраненных факторов риска)», contradicts
   * itself. `notOrganised` (the default) reads the name: the school has not organised risk
   * prevention (the dataset's yes/no fact `riskPreventionOrganised` is «нет»); `noFactorEliminated`
   * reads the parenthesis: the school has eliminated no risk factor (the count
   * `riskFactorsEliminated` is 0).
   */
  readonly riskPrevention?: 'notOrganised' | 'noFactorEliminated';
  /**
   * «Нуждающиеся в профилактике учебной неуспешности» (L136–L139): the share of weak and failing
   * pupils with an individual route (L138) and of failing pupils attending extra classes (L139)
   * below which a school needs prevention. The seed sets no threshold; the default, 100, is the
   * only one it does not invent: any such pupil left without is a need.
   */
  readonly preventionCoverage?: number;
}

/**
 * The facts a dataset declares (`declaredFacts`) for seed 002's rules beyond the built-in fields:
 * the third risk-zone flag (L134) and the need for failure prevention (L136–L139). A dataset
 * that does not declare them gets «не применимо» for those rules, never «нет».
 *
 * @example
 * ```ts
 * SERGOKALINSKY_DECLARED_FACTS.map((f) => f.id)
 * //=> ['riskPreventionOrganised', 'riskFactorsEliminated', 'failurePreventionSystem', 'lowAchievers', 'lowAchieversWithRoute', 'failingPupils', 'failingInExtraClasses']
 * ```
 * @category Programs
 */
export const SERGOKALINSKY_DECLARED_FACTS: readonly FactDeclaration[] = [
  { id: 'riskPreventionOrganised', kind: 'boolean', name: { ru: 'профилактика рисков снижения образовательных результатов организована', en: 'prevention of the risks of falling results organised' }, source: 'seed 002, L134' },
  { id: 'riskFactorsEliminated', kind: 'number', unit: 'count', name: { ru: 'устранено факторов риска', en: 'risk factors eliminated' }, source: 'seed 002, L134' },
  { id: 'failurePreventionSystem', kind: 'boolean', name: { ru: 'внутришкольная система профилактики учебной неуспешности есть', en: 'an in-school system preventing academic failure exists' }, source: 'seed 002, L137' },
  { id: 'lowAchievers', kind: 'number', unit: 'count', name: { ru: 'слабоуспевающие и неуспевающие обучающиеся', en: 'weak and failing pupils' }, source: 'seed 002, L138' },
  { id: 'lowAchieversWithRoute', kind: 'number', unit: 'count', name: { ru: 'из них с индивидуальным образовательным маршрутом', en: 'of them with an individual learning route' }, source: 'seed 002, L138' },
  { id: 'failingPupils', kind: 'number', unit: 'count', name: { ru: 'неуспевающие обучающиеся', en: 'failing pupils' }, source: 'seed 002, L139' },
  { id: 'failingInExtraClasses', kind: 'number', unit: 'count', name: { ru: 'из них посещают дополнительные занятия', en: 'of them attending extra classes' }, source: 'seed 002, L139' },
];

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
 *   wins; a school neither ШНОР nor ШНСУ has no cluster;
 * - the risk zone (L131–L134) is any one of its three flags: a resource deficit, ИСБ in the bottom
 *   quartile, or risk prevention not organised (L134, read by its name; option `riskPrevention`
 *   reads its self-contradicting parenthesis instead);
 * - «нуждающиеся в профилактике учебной неуспешности» (L136–L139) is any one of: no in-school
 *   prevention system (L137), not every weak or failing pupil with an individual route (L138), not
 *   every failing pupil in extra classes (L139); option `preventionCoverage` sets a share below 100 %.
 *   These read the facts of {@link SERGOKALINSKY_DECLARED_FACTS}.
 *
 * @param options - The open readings.
 * @returns The methodology as data.
 * @throws {@link ShnorError} `INVALID_OPTION` when `preventionCoverage` is not above 0 and at most 100.
 * @example
 * ```ts
 * sergokalinskyMethodology().categories.map((c) => c.name.ru)
 * //=> ['ШНОР', 'ШНСУ', 'Зона риска снижения образовательных результатов', 'Нуждается в профилактике учебной неуспешности', 'В списке Рособрнадзора (признаки необъективности результатов ВПР)', 'Кластер']
 * sergokalinskyMethodology({ vprGradesAreDistinctProcedures: true }).id //=> 'seed002.vprGrades'
 * ```
 * @category Programs
 */
export function sergokalinskyMethodology(options: Seed002Options = {}): Methodology {
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
  const noPrevention: Rule =
    options.riskPrevention === 'noFactorEliminated'
      ? {
          kind: 'threshold',
          id: 'seed002.riskPrevention',
          label: { ru: 'не устранено ни одного фактора риска', en: 'no risk factor eliminated' },
          measure: { kind: 'declared', fact: 'riskFactorsEliminated' },
          op: 'eq',
          value: 0,
          source: { seed: SEED, line: 134, note: '«(с перечислением устраненных факторов риска)»: the parenthesis read as the criterion' },
        }
      : {
          kind: 'status',
          id: 'seed002.riskPrevention',
          label: { ru: 'не организована профилактика рисков снижения образовательных результатов', en: 'prevention of the risks of falling results not organised' },
          fact: 'riskPreventionOrganised',
          in: [false],
          source: { seed: SEED, line: 134, note: '«в которых не организована профилактика рисков снижения образовательных результатов»' },
        };
  const coverage = options.preventionCoverage ?? 100;
  if (typeof coverage !== 'number' || !(coverage > 0 && coverage <= 100)) throw new ShnorError('INVALID_OPTION', { option: 'preventionCoverage', value: String(coverage), expected: 'a percent above 0 and at most 100' });
  // «share of the covered below p %» written exactly in counts: 100 × covered − p × all < 0 (no school without such pupils needs it)
  // «the share of the covered below p %», for a school that has such pupils (a school without them has nobody to cover:
  // the line does not apply to it, never «нет данных»)
  const pct = String(coverage).replace('.', ',');
  const shareBelow = (covered: string, all: string, id: string, line: number, names: { ru: [string, string, string]; en: [string, string, string] }, note: string): Rule => ({
    kind: 'scope',
    label: { ru: names.ru[2], en: names.en[2] },
    when: { kind: 'threshold', measure: { kind: 'declared', fact: all }, op: 'gt', value: 0 },
    reason: { ru: `нет обучающихся: ${names.ru[1]}`, en: `no pupils: ${names.en[1]}` },
    rule: {
      kind: 'threshold',
      id,
      label: { ru: `${names.ru[2]} (доля менее ${pct} %)`, en: `${names.en[2]} (share below ${coverage} %)` },
      measure: { kind: 'ratio', of: [{ kind: 'declared', fact: covered }, { kind: 'declared', fact: all }], percent: true, label: { ru: `доля: ${names.ru[0]}`, en: `share: ${names.en[0]}` } },
      op: 'lt',
      value: coverage,
      source: { seed: SEED, line, note },
    },
    source: { seed: SEED, line, note },
  });
  const needsPrevention: Rule = {
    kind: 'any',
    label: { ru: 'нет системы профилактики, или не все слабоуспевающие с маршрутом, или не все неуспевающие на дополнительных занятиях', en: 'no prevention system, or not every weak pupil with a route, or not every failing pupil in extra classes' },
    rules: [
      {
        kind: 'status',
        id: 'seed002.prevention.system',
        label: { ru: 'отсутствует внутришкольная система профилактики учебной неуспешности', en: 'no in-school system preventing academic failure' },
        fact: 'failurePreventionSystem',
        in: [false],
        source: { seed: SEED, line: 137, note: '«в которых отсутствует внутришкольная система профилактики учебной неуспешности»' },
      },
      shareBelow('lowAchieversWithRoute', 'lowAchievers', 'seed002.prevention.route', 138, { ru: ['слабоуспевающие и неуспевающие с индивидуальным образовательным маршрутом', 'слабоуспевающие и неуспевающие', 'индивидуальный образовательный маршрут разработан не для всех слабоуспевающих и неуспевающих'], en: ['weak and failing pupils with an individual route', 'weak and failing pupils', 'not every weak or failing pupil has an individual route'] }, '«доля слабоуспевающих и неуспевающих обучающихся, для которых разработан индивидуальный образовательный маршрут»'),
      shareBelow('failingInExtraClasses', 'failingPupils', 'seed002.prevention.extraClasses', 139, { ru: ['неуспевающие на дополнительных занятиях', 'неуспевающие', 'не все неуспевающие посещают дополнительные занятия'], en: ['failing pupils in extra classes', 'failing pupils', 'not every failing pupil attends extra classes'] }, '«доля обучающихся (от числа неуспевающих), посещающих дополнительные занятия»'),
    ],
    source: { seed: SEED, line: '136-139', note: 'the seed does not say how the three lines combine; any one is taken, as for the risk zone' },
  };
  return {
    id: `seed002${options.vprGradesAreDistinctProcedures ? '.vprGrades' : ''}${options.ruleBSameSubject ? '.sameSubject' : ''}${options.combine === 'all' ? '.and' : ''}${options.riskPrevention === 'noFactorEliminated' ? '.l134eliminated' : ''}${coverage !== 100 ? `.coverage${coverage}` : ''}`,
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
        rule: { kind: 'any', rules: [deficit, isbBottomQuartile, noPrevention], source: { seed: SEED, line: '131-134', note: 'the seed does not say how the flags combine; any one is taken' } },
        source: { seed: SEED, line: '131-134' },
      },
      {
        kind: 'flag',
        id: 'needsPrevention',
        name: { ru: 'Нуждается в профилактике учебной неуспешности', en: 'Needs prevention of academic failure' },
        rule: needsPrevention,
        source: { seed: SEED, line: '136-139' },
        notes: ['The seed lists three lines (L137–L139) and no threshold; a school needs prevention when any one holds. The shares are computed from counts the dataset declares (SERGOKALINSKY_DECLARED_FACTS).'],
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
export const seed002Methodology: (options?: Seed002Options) => Methodology = sergokalinskyMethodology;
