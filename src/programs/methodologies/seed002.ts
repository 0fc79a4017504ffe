import type { Methodology } from '../../criteria/schema.js';
import type { FactDeclaration } from '../../model/facts.js';
import { applyReadings } from '../applyReadings.js';
import { SERGOKALINSKY_2023_2025_PROGRAM } from '../presets/seed002.js';

/**
 * The readings of seed 002 that the text leaves open (seed-002-notes §2.2): the `readings` of `src/data/sergokalinsky-2023-2025.program.json`, by id.
 *
 * @category Programs
 */
export type Seed002MethodologyOptions = {
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
};

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
 * The old name of an options type, kept for one release.
 *
 * @deprecated Renamed {@link Seed002MethodologyOptions} (one options type per function, named after it); the old name goes in the next minor release.
 * @category Programs
 */
export type Seed002Options = Seed002MethodologyOptions;

/**
 * Сергокалинский район, 2023–2025 (seed 002) as a methodology (a factory of its documented options). Every parameter carries its seed
 * line. The default reading is data: the `methodology` of `src/data/sergokalinsky-2023-2025.program.json`;
 * each option below is one of its `readings`, a change to a copy of it written as data (the rule it
 * touches named by its id), which this function applies with {@link applyReadings} (the same as
 * `applyReadings(SERGOKALINSKY_2023_2025_PROGRAM, options)`). The choices the seed leaves open are options; the defaults and why:
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
 * - a flag or line whose facts the dataset does not declare at all is left out of its «или» (the
 *   rule is in a `scope` with the reason «в данных нет сведений о …»), so a dataset without them
 *   keeps the verdicts of the other flags; a declared fact missing for one school makes it unknown;
 * - «нуждающиеся в профилактике учебной неуспешности» (L136–L139) is any one of: no in-school
 *   prevention system (L137), not every weak or failing pupil with an individual route (L138), not
 *   every failing pupil in extra classes (L139); option `preventionCoverage` sets a share below 100 %.
 *   These read the facts of {@link SERGOKALINSKY_DECLARED_FACTS}.
 *
 * @param options - The open readings.
 * @returns The methodology as data.
 * @throws {@link ShnorError} `INVALID_OPTION` when an option is not one of its values (`preventionCoverage`: a number above 0 and at most 100).
 * @example
 * ```ts
 * sergokalinskyMethodology().categories.map((c) => c.name.ru)
 * //=> ['ШНОР', 'ШНСУ', 'Зона риска снижения образовательных результатов', 'Нуждается в профилактике учебной неуспешности', 'В списке Рособрнадзора (признаки необъективности результатов ВПР)', 'Кластер']
 * sergokalinskyMethodology({ vprGradesAreDistinctProcedures: true }).id //=> 'seed002.vprGrades'
 * ```
 * @category Programs
 */
export function sergokalinskyMethodology(options: Seed002MethodologyOptions = {}): Methodology {
  // the readings are data: `readings` of src/data/sergokalinsky-2023-2025.program.json, applied as any integrator applies them
  return applyReadings(SERGOKALINSKY_2023_2025_PROGRAM, options);
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
