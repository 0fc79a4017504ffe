import { z } from 'zod';
import { CountSchema, DecimalValueSchema, IdSchema, PercentValueSchema, SourceSchema, YearSchema } from './primitives.js';

/**
 * The id of an assessment procedure in a record: a built-in one (`PROCEDURE_IDS`) or one the
 * dataset declares (`declaredProcedures`). A record alone cannot know the declarations: the
 * dataset parsers check every id against both and report one that is neither, at its path.
 *
 * @category Model
 */
export const ProcedureIdSchema: typeof IdSchema = IdSchema;

/** A finite score or mark (a JSON number; NaN and Infinity are rejected). */
const Score = z.number().min(0).max(1000);

/**
 * The mark distribution «2»…«5»: how many participants got each mark.
 *
 * @category Model
 */
export const MarkDistributionSchema: z.ZodObject<{
  '2': z.ZodOptional<z.ZodNumber>;
  '3': z.ZodOptional<z.ZodNumber>;
  '4': z.ZodOptional<z.ZodNumber>;
  '5': z.ZodOptional<z.ZodNumber>;
}, z.core.$strict> = /* #__PURE__ */ z.strictObject({
  '2': CountSchema.optional(),
  '3': CountSchema.optional(),
  '4': CountSchema.optional(),
  '5': CountSchema.optional(),
});

/**
 * A mark distribution.
 *
 * @category Model
 */
export type MarkDistribution = z.output<typeof MarkDistributionSchema>;

/** The fields of a result row that do not depend on whose result it is. */
const resultFields: {
  year: z.ZodNumber;
  procedure: z.ZodString;
  subject: z.ZodString;
  grade: z.ZodNumber;
  stage: z.ZodOptional<z.ZodEnum<{ school: 'school'; municipal: 'municipal'; regional: 'regional'; final: 'final' }>>;
  participants: z.ZodOptional<z.ZodNumber>;
  marks: z.ZodOptional<typeof MarkDistributionSchema>;
  scoreBands: z.ZodOptional<z.ZodArray<z.ZodObject<{ from: z.ZodNumber; to: z.ZodNumber; count: z.ZodNumber }, z.core.$strict>>>;
  belowMinimum: z.ZodOptional<z.ZodNumber>;
  passed: z.ZodOptional<z.ZodNumber>;
  winners: z.ZodOptional<z.ZodNumber>;
  prizeWinners: z.ZodOptional<z.ZodNumber>;
  scoreKind: z.ZodOptional<z.ZodEnum<{ test: 'test'; mark: 'mark'; primary: 'primary' }>>;
  mean: z.ZodOptional<z.ZodNumber>;
  median: z.ZodOptional<z.ZodNumber>;
  mode: z.ZodOptional<z.ZodNumber>;
  min: z.ZodOptional<z.ZodNumber>;
  max: z.ZodOptional<z.ZodNumber>;
  reported: z.ZodOptional<z.ZodObject<{
    qualityPercent: z.ZodOptional<typeof DecimalValueSchema>;
    successPercent: z.ZodOptional<typeof DecimalValueSchema>;
    belowMinimumPercent: z.ZodOptional<typeof DecimalValueSchema>;
    mean: z.ZodOptional<typeof DecimalValueSchema>;
  }, z.core.$strict>>;
  provenance: z.ZodOptional<z.ZodEnum<{ seed: 'seed'; synthetic: 'synthetic'; official: 'official' }>>;
  source: z.ZodOptional<typeof SourceSchema>;
  basicTasksDone: z.ZodOptional<z.ZodNumber>;
  advancedTasksDone: z.ZodOptional<z.ZodNumber>;
} = {
  year: YearSchema,
  /** a built-in procedure (`PROCEDURE_IDS`) or one the dataset declares (`declaredProcedures`); checked against both when the dataset is parsed */
  procedure: ProcedureIdSchema,
  subject: IdSchema,
  grade: z.number().int().min(1).max(11),
  /** ВсОШ stage */
  stage: z.enum(['school', 'municipal', 'regional', 'final']).optional(),
  /** how many took part; omitted only when the source does not say (a mean printed without its count) */
  participants: CountSchema.optional(),
  marks: MarkDistributionSchema.optional(),
  scoreBands: z
    .array(
      z.strictObject({ from: Score, to: Score, count: CountSchema }).superRefine((b, ctx) => {
        if (b.from > b.to) ctx.addIssue({ code: 'custom', path: ['to'], input: b.to, params: { code: 'RANGE_REVERSED', ru: `полоса баллов ${b.from}–${b.to}: конец раньше начала`, en: `score band ${b.from}-${b.to}: the end is before the start` } });
      }),
    )
    .max(200)
    .optional(),
  /** participants below the minimum threshold (for ВПР: mark «2») */
  belowMinimum: CountSchema.optional(),
  /** participants who passed (зачёт for the essay and the interview) */
  passed: CountSchema.optional(),
  /** ВсОШ: winners and prize-winners */
  winners: CountSchema.optional(),
  prizeWinners: CountSchema.optional(),
  scoreKind: z.enum(['mark', 'primary', 'test']).optional(),
  mean: Score.optional(),
  median: Score.optional(),
  mode: Score.optional(),
  min: Score.optional(),
  max: Score.optional(),
  /** values as the source prints them, kept to check them against the counts */
  reported: z
    .strictObject({
      qualityPercent: PercentValueSchema.optional(),
      successPercent: PercentValueSchema.optional(),
      belowMinimumPercent: PercentValueSchema.optional(),
      mean: DecimalValueSchema.optional(),
    })
    .optional(),
  provenance: z.enum(['seed', 'synthetic', 'official']).optional(),
  source: SourceSchema.optional(),
  /** task-level results, as federal ВПР analysis guides state them: the mean share of basic-level tasks completed, 0–100 % */
  basicTasksDone: z.number().min(0).max(100).optional(),
  /** the mean share of advanced-level tasks completed, 0–100 % */
  advancedTasksDone: z.number().min(0).max(100).optional(),
};

/**
 * A school's aggregate result in one procedure, subject and grade for a year: participants, the
 * mark distribution or score bands, how many were below the minimum, descriptive statistics.
 *
 * @category Model
 */
export const AssessmentResultSchema: z.ZodObject<typeof resultFields & { schoolId: typeof IdSchema }, z.core.$strict> = /* #__PURE__ */ z.strictObject({ schoolId: IdSchema, ...resultFields });

/**
 * A school's aggregate result.
 *
 * @category Model
 */
export type AssessmentResult = z.output<typeof AssessmentResultSchema>;

/**
 * The same as {@link AssessmentResultSchema} for a territory as a whole (a municipal «ИТОГО» row).
 *
 * @category Model
 */
export const TerritoryResultSchema: z.ZodObject<typeof resultFields & { territoryId: typeof IdSchema }, z.core.$strict> = /* #__PURE__ */ z.strictObject({ territoryId: IdSchema, ...resultFields });

/**
 * A territory's aggregate result.
 *
 * @category Model
 */
export type TerritoryResult = z.output<typeof TerritoryResultSchema>;

/**
 * One pupil's result.
 *
 * @category Model
 */
export const PupilResultSchema: z.ZodObject<{
  pupilId: z.ZodString;
  schoolId: z.ZodString;
  year: z.ZodNumber;
  procedure: z.ZodString;
  subject: z.ZodString;
  grade: z.ZodNumber;
  mark: z.ZodOptional<z.ZodNumber>;
  score: z.ZodOptional<z.ZodNumber>;
  passed: z.ZodOptional<z.ZodBoolean>;
}, z.core.$strict> = /* #__PURE__ */ z.strictObject({
  pupilId: IdSchema,
  schoolId: IdSchema,
  year: YearSchema,
  procedure: ProcedureIdSchema,
  subject: IdSchema,
  grade: z.number().int().min(1).max(11),
  mark: z.number().int().min(2).max(5).optional(),
  score: Score.optional(),
  passed: z.boolean().optional(),
});

/**
 * One pupil's result.
 *
 * @category Model
 */
export type PupilResult = z.output<typeof PupilResultSchema>;

/**
 * The minimum threshold of a procedure and subject in a year: data, not a constant (it changes
 * from year to year; ЕГЭ chemistry 36, informatics 40 in 2021, seed 004 L1257, L1388).
 *
 * @category Model
 */
export const MinimumThresholdSchema: z.ZodObject<{
  year: z.ZodNumber;
  procedure: z.ZodString;
  subject: z.ZodString;
  grade: z.ZodOptional<z.ZodNumber>;
  minScore: z.ZodNumber;
  scoreKind: z.ZodEnum<{ test: 'test'; mark: 'mark'; primary: 'primary' }>;
  source: z.ZodOptional<typeof SourceSchema>;
}, z.core.$strict> = /* #__PURE__ */ z.strictObject({
  year: YearSchema,
  procedure: ProcedureIdSchema,
  subject: IdSchema,
  grade: z.number().int().min(1).max(11).optional(),
  /** the lowest passing score (or mark) */
  minScore: Score,
  scoreKind: z.enum(['mark', 'primary', 'test']),
  source: SourceSchema.optional(),
});

/**
 * A minimum threshold.
 *
 * @category Model
 */
export type MinimumThreshold = z.output<typeof MinimumThresholdSchema>;
