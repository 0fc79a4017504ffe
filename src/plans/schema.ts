import { z } from 'zod';
import { DecimalValueSchema, IdSchema, SourceSchema, YearSchema } from '../model/primitives.js';

/**
 * How far a measure is, as a program's report form prints it (seed 000, Appendix 3: «выполнено», «на исполнении»).
 *
 * @category Plans
 */
export const ExecutionStatusSchema: z.ZodEnum<{
  выполнено: 'выполнено';
  'не выполнено': 'не выполнено';
  'на исполнении': 'на исполнении';
}> = /* #__PURE__ */ z.enum(['выполнено', 'на исполнении', 'не выполнено']);

/**
 * An execution status.
 *
 * @category Plans
 */
export type ExecutionStatus = z.output<typeof ExecutionStatusSchema>;

/**
 * What is known of one measure's execution: the report form's columns «Планируемый охват»,
 * «Информация о выполнении», «причины невыполнения (изменения) сроков» (seed 000, L1653–L1800).
  * @category Plans
 */
export const ExecutionRecordSchema: z.ZodObject<{
  status: typeof ExecutionStatusSchema;
  asOf: z.ZodOptional<z.ZodString>;
  plannedCoverage: z.ZodOptional<z.ZodString>;
  info: z.ZodOptional<z.ZodString>;
  delayReason: z.ZodOptional<z.ZodString>;
  source: z.ZodOptional<typeof SourceSchema>;
}, z.core.$strict> = /* #__PURE__ */ z.strictObject({
  status: ExecutionStatusSchema,
  /** the date the record describes (ISO); the report's date when omitted */
  asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  /** «Планируемый охват», verbatim («16 ОО», «МБОУ СОШ № 5») */
  plannedCoverage: z.string().min(1).optional(),
  /** «Информация о выполнении», verbatim */
  info: z.string().min(1).optional(),
  /** «причины невыполнения (изменения) сроков»; empty in seed 000 */
  delayReason: z.string().min(1).optional(),
  source: SourceSchema.optional(),
});

/**
 * An execution record.
 *
 * @category Plans
 */
export type ExecutionRecord = z.output<typeof ExecutionRecordSchema>;

/**
 * One measure of a program's roadmap: its section, what is done, when (the term as printed), who
 * is responsible, the expected result, and the risk factors and indicators it serves.
  * @category Plans
 */
export const PlanMeasureSchema: z.ZodObject<{
  id: z.ZodString;
  section: z.ZodString;
  title: z.ZodString;
  term: z.ZodString;
  responsible: z.ZodArray<z.ZodString>;
  expectedResult: z.ZodOptional<z.ZodString>;
  riskFactors: z.ZodOptional<z.ZodArray<z.ZodString>>;
  indicators: z.ZodOptional<z.ZodArray<z.ZodString>>;
  execution: z.ZodOptional<typeof ExecutionRecordSchema>;
  source: z.ZodOptional<typeof SourceSchema>;
}, z.core.$strict> = /* #__PURE__ */ z.strictObject({
  /** the measure's number as printed («1.9», «2.3») or a stable id */
  id: IdSchema,
  /** the section it belongs to (a {@link PlanSectionSchema} id) */
  section: IdSchema,
  /** «Основные мероприятия», verbatim or shortened */
  title: z.string().min(1),
  /** «Сроки исполнения», verbatim («ежегодно, июнь-август», «с 2021», «по графику ГАУО ДПО СО «ИРО»») */
  term: z.string().min(1),
  /** «Ответственные» */
  responsible: z.array(z.string().min(1)),
  /** «Ожидаемый результат» */
  expectedResult: z.string().min(1).optional(),
  /** the ids of the risk factors the measure addresses (the program's risk catalogue) */
  riskFactors: z.array(IdSchema).optional(),
  /** the ids of the target indicators the measure serves */
  indicators: z.array(IdSchema).optional(),
  /** what is known of its execution */
  execution: ExecutionRecordSchema.optional(),
  source: SourceSchema.optional(),
});

/**
 * A plan measure.
 *
 * @category Plans
 */
export type PlanMeasure = z.output<typeof PlanMeasureSchema>;

/**
 * A section of a roadmap.
 *
 * @category Plans
 */
export const PlanSectionSchema: z.ZodObject<{
  id: z.ZodString;
  title: z.ZodString;
  source: z.ZodOptional<typeof SourceSchema>;
}, z.core.$strict> = /* #__PURE__ */ z.strictObject({
  id: IdSchema,
  title: z.string().min(1),
  source: SourceSchema.optional(),
});

/**
 * A plan section.
 *
 * @category Plans
 */
export type PlanSection = z.output<typeof PlanSectionSchema>;

/**
 * A program's roadmap (дорожная карта, план мероприятий): sections and measures, and the risk
 * factors the program treats as priorities (every one of them should have a measure).
  * @category Plans
 */
export const PlanSchema: z.ZodObject<{
  title: z.ZodString;
  sections: z.ZodArray<typeof PlanSectionSchema>;
  measures: z.ZodArray<typeof PlanMeasureSchema>;
  priorityRiskFactors: z.ZodOptional<z.ZodArray<z.ZodString>>;
  reportDate: z.ZodOptional<z.ZodString>;
  source: z.ZodOptional<typeof SourceSchema>;
}, z.core.$strict> = /* #__PURE__ */ z.strictObject({
  title: z.string().min(1),
  sections: z.array(PlanSectionSchema),
  measures: z.array(PlanMeasureSchema),
  /** the risk factors the program names as priorities (ids of its risk catalogue) */
  priorityRiskFactors: z.array(IdSchema).optional(),
  /** the date of the execution report, when the plan carries one (ISO) */
  reportDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  source: SourceSchema.optional(),
});

/**
 * A roadmap.
 *
 * @category Plans
 */
export type Plan = z.output<typeof PlanSchema>;

/**
 * The budget levels of Russian public financing.
 *
 * @category Plans
 */
export const BudgetLevelSchema: z.ZodEnum<{
  regional: 'regional';
  federal: 'federal';
  local: 'local';
  extrabudgetary: 'extrabudgetary';
}> = /* #__PURE__ */ z.enum(['federal', 'regional', 'local', 'extrabudgetary']);

/**
 * A budget level.
 *
 * @category Plans
 */
export type BudgetLevel = z.output<typeof BudgetLevelSchema>;

/**
 * One year of a financing plan: the stated total and the amounts by budget level, in roubles.
 *
 * @category Plans
 */
export const FinancingYearSchema: z.ZodObject<{
  year: z.ZodNumber;
  total: z.ZodOptional<typeof DecimalValueSchema>;
  byLevel: z.ZodRecord<typeof BudgetLevelSchema & z.core.$partial, typeof DecimalValueSchema>;
  source: z.ZodOptional<typeof SourceSchema>;
}, z.core.$strict> = /* #__PURE__ */ z.strictObject({
  year: YearSchema,
  /** the total the program states for the year; omitted when it states none */
  total: DecimalValueSchema.optional(),
  /** the amounts by budget level; a level the program leaves empty («2020 год –») is omitted */
  byLevel: z.partialRecord(BudgetLevelSchema, DecimalValueSchema),
  source: SourceSchema.optional(),
});

/**
 * A financing year.
 *
 * @category Plans
 */
export type FinancingYear = z.output<typeof FinancingYearSchema>;

/**
 * A program's financing plan, year × budget level, in roubles with kopecks, with the totals the
 * program states (to be checked, never trusted).
  * @category Plans
 */
export const FinancingPlanSchema: z.ZodObject<{
  currency: z.ZodLiteral<'RUB'>;
  years: z.ZodArray<typeof FinancingYearSchema>;
  total: z.ZodOptional<typeof DecimalValueSchema>;
  levelTotals: z.ZodOptional<z.ZodRecord<typeof BudgetLevelSchema & z.core.$partial, typeof DecimalValueSchema>>;
  source: z.ZodOptional<typeof SourceSchema>;
}, z.core.$strict> = /* #__PURE__ */ z.strictObject({
  currency: z.literal('RUB'),
  years: z.array(FinancingYearSchema).min(1),
  /** «Всего» for the whole period, as stated */
  total: DecimalValueSchema.optional(),
  /** the totals by level for the whole period, as stated */
  levelTotals: z.partialRecord(BudgetLevelSchema, DecimalValueSchema).optional(),
  source: SourceSchema.optional(),
});

/**
 * A financing plan.
 *
 * @category Plans
 */
export type FinancingPlan = z.output<typeof FinancingPlanSchema>;
