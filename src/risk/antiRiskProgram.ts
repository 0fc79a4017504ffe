import { isAfter, isValid, parseISO } from 'date-fns';
import { z } from 'zod';
import type { Bilingual } from '../errors/messages.js';
import { invalidOptionError, invalidYearError } from '../errors/raise.js';
import { IndicatorDefinitionSchema } from '../indicators/definition.js';
import { type ActualPoint, type IndicatorEvaluation, evaluateIndicator } from '../indicators/evaluateIndicator.js';
import { IdSchema, IsoDateSchema, isIsoDate, NameSchema, SourceSchema } from '../model/primitives.js';
import { FEDERAL_500_CATALOGUE, FEDERAL_500_CATALOGUE_WITH_MOTIVATION, type RiskCatalogue, SEED_000_RISK_CATALOGUE } from './catalogue.js';
import { type SafeResult, parseWith, safeParseWith } from '../model/validation.js';

/**
 * One action («мероприятие») of a school's anti-risk program: what is done against which risk
 * factors, by when, by whom, and the indicators that show it worked.
 *
 * @example
 * ```ts
 * // мероприятие Металлплощадской СОШ против дефицита кадров (rf02)
 * AntiRiskActionSchema.safeParse({ id: 'm1', name: { ru: 'Целевой набор и наставничество' }, addresses: ['rf02'], deadline: '2024-06-30', responsible: ['директор'], indicators: ['i-teachers'] }).success //=> true
 * ```
 * @category Risk
 */
export const AntiRiskActionSchema: z.ZodObject<{
  id: z.ZodString;
  name: typeof NameSchema;
  addresses: z.ZodArray<z.ZodString>;
  deadline: z.ZodString;
  responsible: z.ZodArray<z.ZodString>;
  indicators: z.ZodArray<z.ZodString>;
}, z.core.$strict> = /* #__PURE__ */ z.strictObject({
  id: IdSchema,
  name: NameSchema,
  /** the factors the action works against */
  addresses: z.array(IdSchema),
  /** ISO date */
  deadline: IsoDateSchema,
  responsible: z.array(z.string().min(1)).min(1),
  /** ids of indicators in `indicators` */
  indicators: z.array(IdSchema),
});

/**
 * An action («мероприятие») of an anti-risk program.
 *
 * @example
 * ```ts
 * // курсы для учителей математики Металлплощадской СОШ до конца мая 2025 года
 * const action: AntiRiskAction = { id: 'm2', name: { ru: 'Курсы для учителей математики' }, addresses: ['rf02'], deadline: '2025-05-31', responsible: ['методист'], indicators: ['i-courses'] };
 * action.deadline //=> '2025-05-31'
 * ```
 * @category Risk
 */
export type AntiRiskAction = z.output<typeof AntiRiskActionSchema>;

/**
 * A school's anti-risk program («антирисковая программа»): priority factors → actions
 * («мероприятия») → indicators with targets, deadlines and responsible roles. The actions are
 * `actions`; `measures`, their old name, is read for one release (a document with both is
 * invalid) and the parsers return it as `actions`.
 *
 * @category Risk
 */
export const AntiRiskProgramSchema: z.ZodObject<{
  id: z.ZodString;
  schoolId: z.ZodString;
  catalogueId: z.ZodString;
  priorityFactors: z.ZodArray<z.ZodString>;
  actions: z.ZodOptional<z.ZodArray<typeof AntiRiskActionSchema>>;
  measures: z.ZodOptional<z.ZodArray<typeof AntiRiskActionSchema>>;
  indicators: z.ZodArray<typeof IndicatorDefinitionSchema>;
  source: z.ZodOptional<typeof SourceSchema>;
}, z.core.$strict> = /* #__PURE__ */ z
  .strictObject({
    id: IdSchema,
    schoolId: IdSchema,
    catalogueId: IdSchema,
    /** the factors the school chose as «приоритетные» */
    priorityFactors: z.array(IdSchema).min(1),
    /** the actions («мероприятия»); required (or, for one release, `measures`) */
    actions: z.array(AntiRiskActionSchema).optional(),
    /** the old name of `actions`, read for one release */
    measures: z.array(AntiRiskActionSchema).optional().meta({ deprecated: true }),
    indicators: z.array(IndicatorDefinitionSchema),
    source: SourceSchema.optional(),
  })
  .superRefine((p, ctx) => {
    if (p.actions !== undefined && p.measures !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['measures'], input: 'array', params: { code: 'RENAMED_KEY_TWICE', ru: 'даны и «actions», и «measures»: «measures» — прежнее имя «actions», оставьте только «actions»', en: 'both actions and measures are given: measures is the old name of actions, keep actions only' } });
    } else if (p.actions === undefined && p.measures === undefined) {
      ctx.addIssue({ code: 'custom', path: ['actions'], input: undefined, params: { code: 'MISSING_KEY', ru: 'нет мероприятий («actions»)', en: 'no actions (actions)' } });
    }
  });

/**
 * An anti-risk program, as the parsers return it: its actions in `actions` (never `measures`).
 *
 * @example
 * ```ts
 * // антирисковая программа Металлплощадской СОШ, записанная ещё с прежним ключом measures
 * const old = { id: 'arp-1', schoolId: 'kem-metallploschadskaya', catalogueId: 'fioko-500-10', priorityFactors: ['rf02'], measures: [], indicators: [] };
 * const program: AntiRiskProgram = parseAntiRiskProgram(old);
 * program.actions //=> []
 * ```
 * @category Risk
 */
export type AntiRiskProgram = Omit<z.output<typeof AntiRiskProgramSchema>, 'actions' | 'measures'> & { actions: AntiRiskAction[] };

/** The program with `measures` (the old key) read as `actions`. */
function normalise(p: z.output<typeof AntiRiskProgramSchema>): AntiRiskProgram {
  const { id, schoolId, catalogueId, priorityFactors, actions, measures, indicators, source } = p;
  return { id, schoolId, catalogueId, priorityFactors, actions: actions ?? measures ?? [], indicators, ...(source === undefined ? {} : { source }) };
}

/** The actions of a program, also of one built by hand with the old key `measures` (read for one release). */
function actionsOf(program: AntiRiskProgram): readonly AntiRiskAction[] {
  return program.actions ?? (program as { measures?: AntiRiskAction[] }).measures ?? [];
}

/**
 * Validates an anti-risk program.
 *
 * @param input - Untrusted data.
 * @returns `{ success, data | issues }`.
 * @example
 * ```ts
 * // антирисковая программа Металлплощадской СОШ (seed 004): приоритетные факторы rf02 и rf10
 * const json = {
 *   id: 'arp-1', schoolId: 'kem-metallploschadskaya', catalogueId: 'fioko-500-10', priorityFactors: ['rf02', 'rf10'],
 *   actions: [
 *     { id: 'm1', name: { ru: 'Целевой набор и наставничество' }, addresses: ['rf02'], deadline: '2024-06-30', responsible: ['директор'], indicators: ['i-teachers'] },
 *     { id: 'm2', name: { ru: 'Курсы для учителей математики' }, addresses: ['rf02'], deadline: '2025-05-31', responsible: ['методист'], indicators: ['i-courses'] },
 *   ],
 *   indicators: [
 *     { id: 'i-teachers', name: { ru: 'Доля закрытых вакансий' }, unit: 'percent', better: 'higher', level: 'school', target: { kind: 'bound', op: 'gte', value: 60 } },
 *     { id: 'i-courses', name: { ru: 'Доля учителей, прошедших курсы' }, unit: 'percent', better: 'higher', level: 'school', target: { kind: 'bound', op: 'gte', value: 80 } },
 *   ],
 * };
 * safeParseAntiRiskProgram(json).success //=> true
 * safeParseAntiRiskProgram({ ...json, priorityFactors: [] }).success //=> false (нет приоритетных факторов)
 * safeParseAntiRiskProgram({ ...json, measures: json.actions }).success //=> false (actions и measures сразу)
 * ```
 * @category Risk
 */
export function safeParseAntiRiskProgram(input: unknown): SafeResult<AntiRiskProgram> {
  const r = safeParseWith(AntiRiskProgramSchema, input);
  return r.success ? { success: true, data: normalise(r.data) } : r;
}

/**
 * Validates an anti-risk program and throws on any issue.
 *
 * @param input - Untrusted data.
 * @returns The program.
 * @throws {@link ShnorError} `VALIDATION_FAILED` listing every issue.
 * @example
 * ```ts
 * // антирисковая программа Металлплощадской СОШ (seed 004): приоритетные факторы rf02 и rf10
 * const json = {
 *   id: 'arp-1', schoolId: 'kem-metallploschadskaya', catalogueId: 'fioko-500-10', priorityFactors: ['rf02', 'rf10'],
 *   actions: [
 *     { id: 'm1', name: { ru: 'Целевой набор и наставничество' }, addresses: ['rf02'], deadline: '2024-06-30', responsible: ['директор'], indicators: ['i-teachers'] },
 *     { id: 'm2', name: { ru: 'Курсы для учителей математики' }, addresses: ['rf02'], deadline: '2025-05-31', responsible: ['методист'], indicators: ['i-courses'] },
 *   ],
 *   indicators: [
 *     { id: 'i-teachers', name: { ru: 'Доля закрытых вакансий' }, unit: 'percent', better: 'higher', level: 'school', target: { kind: 'bound', op: 'gte', value: 60 } },
 *     { id: 'i-courses', name: { ru: 'Доля учителей, прошедших курсы' }, unit: 'percent', better: 'higher', level: 'school', target: { kind: 'bound', op: 'gte', value: 80 } },
 *   ],
 * };
 * parseAntiRiskProgram(json).actions.length //=> 2
 * // the old key is read for one release, as actions; both keys is an error
 * parseAntiRiskProgram({ ...json, actions: undefined, measures: json.actions }).actions.length //=> 2
 * ```
 * @category Risk
 */
export function parseAntiRiskProgram(input: unknown): AntiRiskProgram {
  return normalise(parseWith(AntiRiskProgramSchema, input, 'AntiRiskProgram'));
}

/**
 * What {@link checkAntiRiskCoverage} finds.
 *
 * @category Risk
 */
export interface AntiRiskCoverage {
  /** `true` when every priority factor has an action with an indicator and nothing dangles. */
  readonly complete: boolean;
  /** Priority factors no action addresses. */
  readonly factorsWithoutAction: readonly string[];
  /** Priority factors whose actions have no indicator. */
  readonly factorsWithoutIndicator: readonly string[];
  /** Actions that address no priority factor. */
  readonly actionsWithoutPriorityFactor: readonly string[];
  /** Indicator ids that actions name but the program does not define. */
  readonly unknownIndicators: readonly string[];
  /** The findings in words, naming factors, actions and indicators by their names. */
  readonly messages: readonly Bilingual[];
  /** @deprecated Renamed {@link AntiRiskCoverage.factorsWithoutAction}; kept for one release. */
  readonly factorsWithoutMeasure: readonly string[];
  /** @deprecated Renamed {@link AntiRiskCoverage.actionsWithoutPriorityFactor}; kept for one release. */
  readonly measuresWithoutPriorityFactor: readonly string[];
}

/** The built-in catalogues, to name a program's factors by its `catalogueId`. */
const CATALOGUES: readonly RiskCatalogue[] = [FEDERAL_500_CATALOGUE, FEDERAL_500_CATALOGUE_WITH_MOTIVATION, SEED_000_RISK_CATALOGUE];

/**
 * Checks an anti-risk program's coverage: every priority factor has at least one action and one
 * indicator; an action that addresses no priority factor is reported, and so is an indicator an
 * action names but the program does not define. The messages name factors by the catalogue's
 * names (the given catalogue, or the built-in one with the program's `catalogueId`), actions and
 * indicators by the program's names; an id is printed only for what has no name.
 *
 * @param program - The program.
 * @param catalogue - The risk-factor catalogue the program refers to, for the factors' names;
 *   by default the built-in catalogue whose id is the program's `catalogueId`.
 * @returns The gaps (ids), with messages in Russian and English.
 * @example
 * ```ts
 * // антирисковая программа Металлплощадской СОШ (seed 004): приоритетные факторы rf02 и rf10
 * const json = {
 *   id: 'arp-1', schoolId: 'kem-metallploschadskaya', catalogueId: 'fioko-500-10', priorityFactors: ['rf02', 'rf10'],
 *   actions: [
 *     { id: 'm1', name: { ru: 'Целевой набор и наставничество' }, addresses: ['rf02'], deadline: '2024-06-30', responsible: ['директор'], indicators: ['i-teachers'] },
 *     { id: 'm2', name: { ru: 'Курсы для учителей математики' }, addresses: ['rf02'], deadline: '2025-05-31', responsible: ['методист'], indicators: ['i-courses'] },
 *   ],
 *   indicators: [
 *     { id: 'i-teachers', name: { ru: 'Доля закрытых вакансий' }, unit: 'percent', better: 'higher', level: 'school', target: { kind: 'bound', op: 'gte', value: 60 } },
 *     { id: 'i-courses', name: { ru: 'Доля учителей, прошедших курсы' }, unit: 'percent', better: 'higher', level: 'school', target: { kind: 'bound', op: 'gte', value: 80 } },
 *   ],
 * };
 * const program = parseAntiRiskProgram(json);
 * checkAntiRiskCoverage(program).factorsWithoutAction //=> ['rf10']
 * checkAntiRiskCoverage(program).messages.map((m) => m.ru) //=> ['приоритетный фактор риска «Низкий уровень вовлеченности родителей»: нет ни одного мероприятия']
 * ```
 * @category Risk
 */
export function checkAntiRiskCoverage(program: AntiRiskProgram, catalogue?: RiskCatalogue): AntiRiskCoverage {
  const defined = new Set(program.indicators.map((i) => i.id));
  const factorsWithoutAction: string[] = [];
  const factorsWithoutIndicator: string[] = [];
  const actions = actionsOf(program);
  for (const f of program.priorityFactors) {
    const ms = actions.filter((m) => m.addresses.includes(f));
    if (ms.length === 0) factorsWithoutAction.push(f);
    else if (!ms.some((m) => m.indicators.some((i) => defined.has(i)))) factorsWithoutIndicator.push(f);
  }
  const actionsWithoutPriorityFactor = actions.filter((m) => !m.addresses.some((f) => program.priorityFactors.includes(f))).map((m) => m.id);
  const unknownIndicators = [...new Set(actions.flatMap((m) => m.indicators).filter((i) => !defined.has(i)))];
  const factors = (catalogue ?? CATALOGUES.find((c) => c.id === program.catalogueId))?.factors ?? [];
  const factor = (id: string): Bilingual => {
    const f = factors.find((x) => x.id === id);
    return f === undefined ? { ru: `«${id}»`, en: `"${id}"` } : { ru: `«${f.name.ru}»`, en: `"${f.name.en ?? f.name.ru}"` };
  };
  const action = (id: string): Bilingual => {
    const a = actions.find((x) => x.id === id);
    return a === undefined ? { ru: `«${id}»`, en: `"${id}"` } : { ru: `«${a.name.ru}»`, en: `"${a.name.en ?? a.name.ru}"` };
  };
  const messages: Bilingual[] = [
    ...factorsWithoutAction.map((f) => ({ ru: `приоритетный фактор риска ${factor(f).ru}: нет ни одного мероприятия`, en: `priority risk factor ${factor(f).en}: no action addresses it` })),
    ...factorsWithoutIndicator.map((f) => ({ ru: `приоритетный фактор риска ${factor(f).ru}: у мероприятий нет показателя`, en: `priority risk factor ${factor(f).en}: its actions have no indicator` })),
    ...actionsWithoutPriorityFactor.map((m) => ({ ru: `мероприятие ${action(m).ru} не направлено ни на один приоритетный фактор риска`, en: `action ${action(m).en} addresses no priority risk factor` })),
    ...unknownIndicators.map((i) => ({ ru: `показатель «${i}» упомянут в мероприятиях, но не определён в программе`, en: `indicator "${i}" is named by an action but not defined by the program` })),
  ];
  return {
    complete: messages.length === 0,
    factorsWithoutAction,
    factorsWithoutIndicator,
    actionsWithoutPriorityFactor,
    unknownIndicators,
    messages,
    factorsWithoutMeasure: factorsWithoutAction,
    measuresWithoutPriorityFactor: actionsWithoutPriorityFactor,
  };
}

/**
 * Progress of one action (мероприятие) of an anti-risk program.
 *
 * @category Risk
 */
export interface ActionProgress {
  /** The action's id. */
  readonly actionId: string;
  /**
   * The action's id, under its old name.
   *
   * @deprecated Renamed `actionId` (a «мероприятие» is an action; a measure is what a rule reads); the old key goes in the next minor release.
   */
  readonly measureId: string;
  /** Its indicators evaluated for the year. */
  readonly indicators: readonly IndicatorEvaluation[];
  /** `done` (every indicator achieved), `on_track`, `overdue` (deadline passed, not done), `missing` (no indicator has data for the year). */
  readonly status: 'done' | 'on_track' | 'overdue' | 'missing';
}
/**
 * The old name of {@link ActionProgress}, kept for one release.
 *
 * @deprecated Renamed {@link ActionProgress} (a «мероприятие» of an anti-risk program is an action; a measure is what a rule reads); the old name goes in the next minor release.
 * @category Risk
 */
export type MeasureProgress = ActionProgress;


/**
 * A progress report of a school's anti-risk program for a year: each action's indicators against
 * their targets, actions overdue at a date, and the counts (`actions`; `measures`, the old key of
 * the same list, for one release).
 *
 * @param program - The program.
 * @param actuals - Actual values by indicator id.
 * @param year - The year of the actual values.
 * @param asOf - The date for deadlines (ISO string or `Date`).
 * @returns Per action progress and counts by status.
 * @throws {@link ShnorError} `INVALID_YEAR` for an invalid date; `INVALID_OPTION` for a deadline that is not a day of the calendar (validate programs with {@link parseAntiRiskProgram}).
 * @example
 * ```ts
 * // антирисковая программа Металлплощадской СОШ (seed 004): приоритетные факторы rf02 и rf10
 * const json = {
 *   id: 'arp-1', schoolId: 'kem-metallploschadskaya', catalogueId: 'fioko-500-10', priorityFactors: ['rf02', 'rf10'],
 *   actions: [
 *     { id: 'm1', name: { ru: 'Целевой набор и наставничество' }, addresses: ['rf02'], deadline: '2024-06-30', responsible: ['директор'], indicators: ['i-teachers'] },
 *     { id: 'm2', name: { ru: 'Курсы для учителей математики' }, addresses: ['rf02'], deadline: '2025-05-31', responsible: ['методист'], indicators: ['i-courses'] },
 *   ],
 *   indicators: [
 *     { id: 'i-teachers', name: { ru: 'Доля закрытых вакансий' }, unit: 'percent', better: 'higher', level: 'school', target: { kind: 'bound', op: 'gte', value: 60 } },
 *     { id: 'i-courses', name: { ru: 'Доля учителей, прошедших курсы' }, unit: 'percent', better: 'higher', level: 'school', target: { kind: 'bound', op: 'gte', value: 80 } },
 *   ],
 * };
 * const program = parseAntiRiskProgram(json);
 * // к концу 2024 года закрыты 3 из 5 вакансий; данных о курсах нет
 * antiRiskProgress(program, { 'i-teachers': [{ year: 2024, value: share(3, 5) }] }, 2024, '2024-12-31').counts
 * //=> { done: 1, on_track: 0, overdue: 0, missing: 1 }
 * ```
 * @category Risk
 */
export function antiRiskProgress(
  program: AntiRiskProgram,
  actuals: Readonly<Record<string, readonly ActualPoint[]>>,
  year: number,
  asOf: string | Date,
): {
  readonly schoolId: string;
  readonly actions: readonly ActionProgress[];
  /** @deprecated Renamed `actions`; the old key goes in the next minor release. */
  readonly measures: readonly ActionProgress[];
  readonly counts: Readonly<Record<ActionProgress['status'], number>>;
} {
  const date = typeof asOf === 'string' ? parseISO(asOf) : asOf;
  if (!isValid(date)) throw invalidYearError({ value: asOf });
  const defs = new Map(program.indicators.map((i) => [i.id, i]));
  const actions = actionsOf(program).map((m, i): ActionProgress => {
    if (!isIsoDate(m.deadline)) throw invalidOptionError({ option: `actions[${i}].deadline`, value: m.deadline, expected: { ru: 'существующая дата вида ГГГГ-ММ-ДД', en: 'a day that exists, YYYY-MM-DD' } });
    const evaluations = m.indicators.flatMap((id) => {
      const d = defs.get(id);
      return d === undefined ? [] : [evaluateIndicator(d, Object.prototype.hasOwnProperty.call(actuals, id) ? (actuals[id] ?? []) : [], year)];
    });
    const overdue = isAfter(date, parseISO(`${m.deadline}T23:59:59`));
    const known = evaluations.filter((e) => e.status === 'achieved' || e.status === 'not_achieved');
    let status: ActionProgress['status'];
    if (known.length > 0 && known.length === evaluations.length && known.every((e) => e.status === 'achieved')) status = 'done';
    else if (overdue) status = 'overdue';
    else if (known.length === 0) status = 'missing';
    else status = 'on_track';
    return { actionId: m.id, measureId: m.id, indicators: evaluations, status };
  });
  const counts = { done: 0, on_track: 0, overdue: 0, missing: 0 };
  for (const m of actions) counts[m.status]++;
  return { schoolId: program.schoolId, actions, measures: actions, counts };
}

/**
 * A municipal progress report over schools' anti-risk programs: the counts of actions by status,
 * and the schools with overdue actions.
 *
 * @param reports - Results of {@link antiRiskProgress}, one per school.
 * @returns Totals and the schools with overdue actions.
 * @example
 * ```ts
 * // две школы округа: у Металлплощадской СОШ одна мера просрочена, у Успенской ООШ всё выполнено
 * const metallploschadskaya = { schoolId: 'kem-metallploschadskaya', counts: { done: 1, on_track: 0, overdue: 1, missing: 0 } };
 * const uspenskaya = { schoolId: 'kem-uspenskaya', counts: { done: 2, on_track: 0, overdue: 0, missing: 0 } };
 * summarizeAntiRiskProgress([metallploschadskaya, uspenskaya])
 * //=> { schools: 2, counts: { done: 3, on_track: 0, overdue: 1, missing: 0 }, overdueSchools: ['kem-metallploschadskaya'] }
 * ```
 * @category Risk
 */
export function summarizeAntiRiskProgress(
  reports: readonly { readonly schoolId: string; readonly counts: Readonly<Record<ActionProgress['status'], number>> }[],
): { readonly schools: number; readonly counts: Readonly<Record<ActionProgress['status'], number>>; readonly overdueSchools: readonly string[] } {
  const counts = { done: 0, on_track: 0, overdue: 0, missing: 0 };
  for (const r of reports) for (const k of Object.keys(counts) as ActionProgress['status'][]) counts[k] += r.counts[k];
  return { schools: reports.length, counts, overdueSchools: reports.filter((r) => r.counts.overdue > 0).map((r) => r.schoolId) };
}
