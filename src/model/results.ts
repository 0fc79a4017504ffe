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
export const MarkDistributionSchema = /* #__PURE__ */ z.strictObject({
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
const resultFields = {
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
export const AssessmentResultSchema = /* #__PURE__ */ z.strictObject({ schoolId: IdSchema, ...resultFields });

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
export const TerritoryResultSchema = /* #__PURE__ */ z.strictObject({ territoryId: IdSchema, ...resultFields });

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
export const PupilResultSchema = /* #__PURE__ */ z.strictObject({
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
export const MinimumThresholdSchema = /* #__PURE__ */ z.strictObject({
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
