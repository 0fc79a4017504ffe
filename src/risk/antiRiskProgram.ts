import { isAfter, isValid, parseISO } from 'date-fns';
import { z } from 'zod';
import type { Bilingual } from '../errors/messages.js';
import { ShnorError } from '../errors/ShnorError.js';
import { IndicatorDefinitionSchema } from '../indicators/definition.js';
import { type ActualPoint, type IndicatorEvaluation, evaluateIndicator } from '../indicators/evaluateIndicator.js';
import { IdSchema, IsoDateSchema, isIsoDate, NameSchema, SourceSchema } from '../model/primitives.js';
import { type SafeResult, parseWith, safeParseWith } from '../model/validation.js';

/**
 * A school's anti-risk program («антирисковая программа»): priority factors → measures →
 * indicators with targets, deadlines and responsible roles.
 *
 * @category Risk
 */
export const AntiRiskProgramSchema: z.ZodObject<{
  id: z.ZodString;
  schoolId: z.ZodString;
  catalogueId: z.ZodString;
  priorityFactors: z.ZodArray<z.ZodString>;
  measures: z.ZodArray<z.ZodObject<{
    id: z.ZodString;
    name: typeof NameSchema;
    addresses: z.ZodArray<z.ZodString>;
    deadline: z.ZodString;
    responsible: z.ZodArray<z.ZodString>;
    indicators: z.ZodArray<z.ZodString>;
  }, z.core.$strict>>;
  indicators: z.ZodArray<typeof IndicatorDefinitionSchema>;
  source: z.ZodOptional<typeof SourceSchema>;
}, z.core.$strict> = /* #__PURE__ */ z.strictObject({
  id: IdSchema,
  schoolId: IdSchema,
  catalogueId: IdSchema,
  /** the factors the school chose as «приоритетные» */
  priorityFactors: z.array(IdSchema).min(1),
  measures: z.array(
    z.strictObject({
      id: IdSchema,
      name: NameSchema,
      /** the factors the measure works against */
      addresses: z.array(IdSchema),
      /** ISO date */
      deadline: IsoDateSchema,
      responsible: z.array(z.string().min(1)).min(1),
      /** ids of indicators in `indicators` */
      indicators: z.array(IdSchema),
    }),
  ),
  indicators: z.array(IndicatorDefinitionSchema),
  source: SourceSchema.optional(),
});

/**
 * An anti-risk program.
 *
 * @category Risk
 */
export type AntiRiskProgram = z.output<typeof AntiRiskProgramSchema>;

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
 *   measures: [
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
 * ```
 * @category Risk
 */
export function safeParseAntiRiskProgram(input: unknown): SafeResult<AntiRiskProgram> {
  return safeParseWith(AntiRiskProgramSchema, input);
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
 *   measures: [
 *     { id: 'm1', name: { ru: 'Целевой набор и наставничество' }, addresses: ['rf02'], deadline: '2024-06-30', responsible: ['директор'], indicators: ['i-teachers'] },
 *     { id: 'm2', name: { ru: 'Курсы для учителей математики' }, addresses: ['rf02'], deadline: '2025-05-31', responsible: ['методист'], indicators: ['i-courses'] },
 *   ],
 *   indicators: [
 *     { id: 'i-teachers', name: { ru: 'Доля закрытых вакансий' }, unit: 'percent', better: 'higher', level: 'school', target: { kind: 'bound', op: 'gte', value: 60 } },
 *     { id: 'i-courses', name: { ru: 'Доля учителей, прошедших курсы' }, unit: 'percent', better: 'higher', level: 'school', target: { kind: 'bound', op: 'gte', value: 80 } },
 *   ],
 * };
 * parseAntiRiskProgram(json).measures.length //=> 2
 * ```
 * @category Risk
 */
export function parseAntiRiskProgram(input: unknown): AntiRiskProgram {
  return parseWith(AntiRiskProgramSchema, input, 'AntiRiskProgram');
}

/**
 * What {@link checkAntiRiskCoverage} finds.
 *
 * @category Risk
 */
export interface AntiRiskCoverage {
  /** `true` when every priority factor has a measure with an indicator and nothing dangles. */
  readonly complete: boolean;
  /** Priority factors no measure addresses. */
  readonly factorsWithoutMeasure: readonly string[];
  /** Priority factors whose measures have no indicator. */
  readonly factorsWithoutIndicator: readonly string[];
  /** Measures that address no priority factor. */
  readonly measuresWithoutPriorityFactor: readonly string[];
  /** Indicator ids that measures name but the program does not define. */
  readonly unknownIndicators: readonly string[];
  /** The findings in words. */
  readonly messages: readonly Bilingual[];
}

/**
 * Checks an anti-risk program's coverage: every priority factor has at least one measure and one
 * indicator; a measure that addresses no priority factor is reported, and so is an indicator a
 * measure names but the program does not define.
 *
 * @param program - The program.
 * @returns The gaps, with messages in Russian and English.
 * @example
 * ```ts
 * // антирисковая программа Металлплощадской СОШ (seed 004): приоритетные факторы rf02 и rf10
 * const json = {
 *   id: 'arp-1', schoolId: 'kem-metallploschadskaya', catalogueId: 'fioko-500-10', priorityFactors: ['rf02', 'rf10'],
 *   measures: [
 *     { id: 'm1', name: { ru: 'Целевой набор и наставничество' }, addresses: ['rf02'], deadline: '2024-06-30', responsible: ['директор'], indicators: ['i-teachers'] },
 *     { id: 'm2', name: { ru: 'Курсы для учителей математики' }, addresses: ['rf02'], deadline: '2025-05-31', responsible: ['методист'], indicators: ['i-courses'] },
 *   ],
 *   indicators: [
 *     { id: 'i-teachers', name: { ru: 'Доля закрытых вакансий' }, unit: 'percent', better: 'higher', level: 'school', target: { kind: 'bound', op: 'gte', value: 60 } },
 *     { id: 'i-courses', name: { ru: 'Доля учителей, прошедших курсы' }, unit: 'percent', better: 'higher', level: 'school', target: { kind: 'bound', op: 'gte', value: 80 } },
 *   ],
 * };
 * const program = parseAntiRiskProgram(json);
 * checkAntiRiskCoverage(program).factorsWithoutMeasure //=> ['rf10']
 * checkAntiRiskCoverage(program).messages.map((m) => m.ru) //=> ['приоритетный фактор rf10: нет ни одной меры']
 * ```
 * @category Risk
 */
export function checkAntiRiskCoverage(program: AntiRiskProgram): AntiRiskCoverage {
  const defined = new Set(program.indicators.map((i) => i.id));
  const factorsWithoutMeasure: string[] = [];
  const factorsWithoutIndicator: string[] = [];
  for (const f of program.priorityFactors) {
    const ms = program.measures.filter((m) => m.addresses.includes(f));
    if (ms.length === 0) factorsWithoutMeasure.push(f);
    else if (!ms.some((m) => m.indicators.some((i) => defined.has(i)))) factorsWithoutIndicator.push(f);
  }
  const measuresWithoutPriorityFactor = program.measures.filter((m) => !m.addresses.some((f) => program.priorityFactors.includes(f))).map((m) => m.id);
  const unknownIndicators = [...new Set(program.measures.flatMap((m) => m.indicators).filter((i) => !defined.has(i)))];
  const messages: Bilingual[] = [
    ...factorsWithoutMeasure.map((f) => ({ ru: `приоритетный фактор ${f}: нет ни одной меры`, en: `priority factor ${f}: no measure` })),
    ...factorsWithoutIndicator.map((f) => ({ ru: `приоритетный фактор ${f}: у мер нет показателя`, en: `priority factor ${f}: its measures have no indicator` })),
    ...measuresWithoutPriorityFactor.map((m) => ({ ru: `мера ${m} не направлена ни на один приоритетный фактор`, en: `measure ${m} addresses no priority factor` })),
    ...unknownIndicators.map((i) => ({ ru: `показатель ${i} упомянут в мерах, но не определён в программе`, en: `indicator ${i} is named by a measure but not defined by the program` })),
  ];
  return { complete: messages.length === 0, factorsWithoutMeasure, factorsWithoutIndicator, measuresWithoutPriorityFactor, unknownIndicators, messages };
}

/**
 * Progress of one action (мероприятие) of an anti-risk program.
 *
 * @category Risk
 */
export interface ActionProgress {
  /** The measure. */
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
 * A progress report of a school's anti-risk program for a year: each measure's indicators against
 * their targets, measures overdue at a date, and the counts.
 *
 * @param program - The program.
 * @param actuals - Actual values by indicator id.
 * @param year - The year of the actual values.
 * @param asOf - The date for deadlines (ISO string or `Date`).
 * @returns Per measure progress and counts by status.
 * @throws {@link ShnorError} `INVALID_YEAR` for an invalid date; `INVALID_OPTION` for a deadline that is not a day of the calendar (validate programs with {@link parseAntiRiskProgram}).
 * @example
 * ```ts
 * // антирисковая программа Металлплощадской СОШ (seed 004): приоритетные факторы rf02 и rf10
 * const json = {
 *   id: 'arp-1', schoolId: 'kem-metallploschadskaya', catalogueId: 'fioko-500-10', priorityFactors: ['rf02', 'rf10'],
 *   measures: [
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
): { readonly schoolId: string; readonly measures: readonly ActionProgress[]; readonly counts: Readonly<Record<ActionProgress['status'], number>> } {
  const date = typeof asOf === 'string' ? parseISO(asOf) : asOf;
  if (!isValid(date)) throw new ShnorError('INVALID_YEAR', { value: asOf });
  const defs = new Map(program.indicators.map((i) => [i.id, i]));
  const measures = program.measures.map((m, i): ActionProgress => {
    if (!isIsoDate(m.deadline)) throw new ShnorError('INVALID_OPTION', { option: `measures[${i}].deadline`, value: m.deadline, expected: 'a day that exists, YYYY-MM-DD' });
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
    return { measureId: m.id, indicators: evaluations, status };
  });
  const counts = { done: 0, on_track: 0, overdue: 0, missing: 0 };
  for (const m of measures) counts[m.status]++;
  return { schoolId: program.schoolId, measures, counts };
}

/**
 * A municipal progress report over schools' anti-risk programs: the counts of measures by status,
 * and the schools with overdue measures.
 *
 * @param reports - Results of {@link antiRiskProgress}, one per school.
 * @returns Totals and the schools with overdue measures.
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
