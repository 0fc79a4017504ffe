import { z } from 'zod';
import { MethodologySchema } from '../criteria/schema.js';
import { IndicatorDefinitionSchema } from '../indicators/definition.js';
import { IdSchema, NameSchema, SourceSchema } from '../model/primitives.js';
import { ShnorError } from '../errors/ShnorError.js';
import { type SafeResult, type ValidationIssue, safeParseWith } from '../model/validation.js';
import { RiskBandsSchema } from '../risk/profile.js';
import { readingIssues } from './applyReadings.js';
import { ReadingSchema } from './readingSchema.js';
import { FinancingPlanSchema, PlanSchema } from '../plans/schema.js';

/**
 * An act of the program's legal basis.
 *
 * @category Programs
 */
export const ActSchema: z.ZodObject<{
  title: z.ZodString;
  number: z.ZodOptional<z.ZodString>;
  date: z.ZodOptional<z.ZodString>;
  source: z.ZodOptional<typeof SourceSchema>;
}, z.core.$strict> = /* #__PURE__ */ z.strictObject({
  title: z.string().min(1),
  number: z.string().optional(),
  /** ISO date */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  source: SourceSchema.optional(),
});

/**
 * A yearly event of the monitoring calendar. An event whose source gives no month has no `month`
 * (it is listed, never dated); an event run on someone else's schedule («по графику ИРО») names it
 * in `schedule`.
 *
 * @category Programs
 */
export const CalendarEventSchema: z.ZodObject<{
  id: z.ZodString;
  name: typeof NameSchema;
  month: z.ZodOptional<z.ZodNumber>;
  untilMonth: z.ZodOptional<z.ZodNumber>;
  day: z.ZodOptional<z.ZodNumber>;
  since: z.ZodOptional<z.ZodString>;
  until: z.ZodOptional<z.ZodString>;
  schedule: z.ZodOptional<z.ZodString>;
  source: z.ZodOptional<typeof SourceSchema>;
}, z.core.$strict> = /* #__PURE__ */ z.strictObject({
  id: IdSchema,
  name: NameSchema,
  /** month (1–12) in which the event starts each year; omitted when the source gives none */
  month: z.number().int().min(1).max(12).optional(),
  /** month in which it ends (the same when omitted) */
  untilMonth: z.number().int().min(1).max(12).optional(),
  /** day of the month; the 1st when omitted */
  day: z.number().int().min(1).max(31).optional(),
  /** the first month the event happens at all (`YYYY-MM`): nothing is dated before the project starts */
  since: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/).optional(),
  /** the last month the event is planned for (`YYYY-MM`), when the plan covers one year only */
  until: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/).optional(),
  /** an external schedule the event follows, verbatim («по графику ГАУО ДПО СО «ИРО»») */
  schedule: z.string().min(1).optional(),
  source: SourceSchema.optional(),
});

/**
 * A choice the preset makes where the seed leaves something undefined.
 *
 * @category Programs
 */
export const DefaultChoiceSchema: z.ZodObject<{
  what: z.ZodString;
  choice: z.ZodString;
  why: z.ZodString;
}, z.core.$strict> = /* #__PURE__ */ z.strictObject({
  what: z.string().min(1),
  choice: z.string().min(1),
  why: z.string().min(1),
});

/**
 * A whole program as data: territory, period, legal basis, the identification methodology and
 * its open readings (the choices the act leaves open, as data: {@link ReadingSchema}), the risk catalogue and band rules it uses, its target indicators with yearly targets, its monitoring
 * calendar, its roadmap and financing plan, and the defaults it takes where its source is silent.
 *
 * @category Programs
 */
// the type written out, so that the declarations name the schemas it is made of instead of repeating them
export const ProgramSchema: z.ZodObject<
  {
    id: typeof IdSchema;
    name: typeof NameSchema;
    territory: z.ZodObject<{ id: typeof IdSchema; name: typeof NameSchema; regionId: z.ZodOptional<typeof IdSchema> }, z.core.$strict>;
    period: z.ZodObject<{ from: z.ZodNumber; to: z.ZodNumber }, z.core.$strict>;
    legalBasis: z.ZodArray<typeof ActSchema>;
    methodology: z.ZodOptional<typeof MethodologySchema>;
    readings: z.ZodOptional<z.ZodArray<typeof ReadingSchema>>;
    riskCatalogueId: z.ZodOptional<typeof IdSchema>;
    riskBands: z.ZodOptional<z.ZodArray<typeof RiskBandsSchema>>;
    indicators: z.ZodArray<typeof IndicatorDefinitionSchema>;
    calendar: z.ZodArray<typeof CalendarEventSchema>;
    defaults: z.ZodArray<typeof DefaultChoiceSchema>;
    plan: z.ZodOptional<typeof PlanSchema>;
    financing: z.ZodOptional<typeof FinancingPlanSchema>;
    source: typeof SourceSchema;
  },
  z.core.$strict
> = /* #__PURE__ */ z.strictObject({
  id: IdSchema,
  name: NameSchema,
  territory: z.strictObject({ id: IdSchema, name: NameSchema, regionId: IdSchema.optional() }),
  period: z.strictObject({ from: z.number().int().min(1990).max(2100), to: z.number().int().min(1990).max(2100) }),
  legalBasis: z.array(ActSchema),
  methodology: MethodologySchema.optional(),
  /** the choices the act leaves open in the methodology, each with the changes it makes (`applyReadings`) */
  readings: z.array(ReadingSchema).optional(),
  riskCatalogueId: IdSchema.optional(),
  riskBands: z.array(RiskBandsSchema).optional(),
  indicators: z.array(IndicatorDefinitionSchema),
  calendar: z.array(CalendarEventSchema),
  defaults: z.array(DefaultChoiceSchema),
  /** the roadmap: who does what, when, to what result */
  plan: PlanSchema.optional(),
  /** the financing plan, year × budget level */
  financing: FinancingPlanSchema.optional(),
  source: SourceSchema,
});

/**
 * A program.
 *
 * @category Programs
 */
export type Program = z.output<typeof ProgramSchema>;

/**
 * Validates a program: its format, then what the format alone cannot see in its open readings (a
 * default out of its bounds, two defaults, a change aimed at an id the methodology lacks, a
 * reference to a reading that does not exist), so that a program file is refused when read, not
 * when a choice is first made.
 *
 * @param input - Untrusted data (e.g. a program stored as JSON).
 * @returns `{ success, data | issues }`; each issue with its path from the program's root.
 * @example
 * ```ts
 * safeParseProgram(SEED_000_PROGRAM).success //=> true (программа Режевского округа)
 * safeParseProgram(JSON.parse(text)).success //=> false (это набор данных, а не программа)
 * ```
 * @category Programs
 */
export function safeParseProgram(input: unknown): SafeResult<Program> {
  const r = safeParseWith(ProgramSchema, input);
  if (!r.success) return r;
  // what the schema alone cannot see: a reading's default out of its bounds, a change aimed at an id the methodology lacks, …
  const issues = readingIssues(r.data).map((i): ValidationIssue => ({ ...i, received: valueAt(r.data, i.path) }));
  return issues.length === 0 ? r : { success: false, issues: issues as [ValidationIssue, ...ValidationIssue[]] };
}

/** The value at a path of a parsed program (a primitive, or `undefined` for a structure), for an issue's `received`. */
function valueAt(root: unknown, path: readonly (string | number)[]): unknown {
  let v: unknown = root;
  for (const k of path) v = typeof v === 'object' && v !== null ? (v as Record<string | number, unknown>)[k] : undefined;
  return typeof v === 'object' ? undefined : v;
}

/**
 * Validates a program and throws on any issue.
 *
 * @param input - Untrusted data.
 * @returns The program.
 * @throws {@link ShnorError} `VALIDATION_FAILED` listing every issue.
 * @example
 * ```ts
 * // программа Режевского округа 2019–2025 из её JSON-файла
 * parseProgram(REZH_2019_2025_PROGRAM).id //=> 'rezh-2019-2025'
 * ```
 * @category Programs
 */
export function parseProgram(input: unknown): Program {
  const r = safeParseProgram(input);
  if (r.success) return r.data;
  throw new ShnorError('VALIDATION_FAILED', { what: 'Program', issues: r.issues });
}
