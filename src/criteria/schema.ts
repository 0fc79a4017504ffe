import { z } from 'zod';
import { SOCIAL_FACTOR_IDS } from '../model/catalogues.js';
import { DecimalValueSchema, IdSchema, NameSchema, SourceSchema } from '../model/primitives.js';
import { readNumber } from '../numbers/decimal.js';
import type { ComparisonOperator } from '../numbers/types.js';

/** A built-in procedure or one the dataset declares (`declaredProcedures`); `checkMethodologyData` reports one that is neither. */
const Procedure = IdSchema;

/**
 * Which years a measure looks at, relative to the year evaluated: the last `last` years ending
 * with it (1 = that year only), combined by `pool` (add the counts, then divide: a share over
 * all participants of the years) or `mean` (the unweighted mean of the yearly values).
 *
 * @category Criteria
 */
export const YearWindowSchema: z.ZodObject<{
  last: z.ZodNumber;
  combine: z.ZodOptional<z.ZodEnum<{ mean: 'mean'; pool: 'pool' }>>;
  requireAll: z.ZodOptional<z.ZodBoolean>;
}, z.core.$strict> = /* #__PURE__ */ z.strictObject({
  last: z.number().int().min(1).max(10),
  combine: z.enum(['pool', 'mean']).optional(),
  /** every year of the window must have data; otherwise the years that have it are used */
  requireAll: z.boolean().optional(),
});

/**
 * The metrics of assessment results a measure can take.
 *
 * @category Criteria
 */
export const ResultMetricSchema: z.ZodEnum<{
  participants: 'participants';
  belowMinimumShare: 'belowMinimumShare';
  qualityShare: 'qualityShare';
  successShare: 'successShare';
  meanScore: 'meanScore';
  meanMark: 'meanMark';
  belowMinimumCount: 'belowMinimumCount';
  resultsCount: 'resultsCount';
  basicTasksShare: 'basicTasksShare';
  advancedTasksShare: 'advancedTasksShare';
}> = /* #__PURE__ */ z.enum([
  /** share of participants below the minimum threshold (ВПР: mark «2»), in percent */
  'belowMinimumShare',
  /** share of marks «4» and «5», in percent */
  'qualityShare',
  /** share of marks «3», «4» and «5», in percent */
  'successShare',
  /** mean score (test or primary score), participant-weighted when pooled */
  'meanScore',
  /** mean mark on the 2–5 scale, from the distribution when there is one */
  'meanMark',
  /** number of participants */
  'participants',
  /** number of participants below the minimum threshold (a count, not a share) */
  'belowMinimumCount',
  /** number of result rows (procedure × subject × grade) found */
  'resultsCount',
  /** the share of basic-level tasks completed, in percent (task-level results), participant-weighted when pooled */
  'basicTasksShare',
  /** the share of advanced-level tasks completed, in percent */
  'advancedTasksShare',
]);

/**
 * A group of schools a measure is ranked or normalised in.
 *
 * @category Criteria
 */
export const PoolSchema: z.ZodObject<{
  scope: z.ZodEnum<{ municipality: 'municipality'; region: 'region'; dataset: 'dataset' }>;
  sameAs: z.ZodOptional<z.ZodArray<z.ZodEnum<{ type: 'type'; settlement: 'settlement'; smallClass: 'smallClass' }>>>;
}, z.core.$strict> = /* #__PURE__ */ z.strictObject({
  /** `municipality`: the school's own; `region`: every school of the dataset in the same region; `dataset`: all schools */
  scope: z.enum(['municipality', 'region', 'dataset']),
  /** a cluster of similar schools: only schools with the same values of these fields */
  sameAs: z.array(z.enum(['type', 'settlement', 'smallClass'])).optional(),
});

/**
 * A pool of schools.
 *
 * @category Criteria
 */
export type Pool = z.output<typeof PoolSchema>;

const ResultMeasure: z.ZodObject<{
  kind: z.ZodLiteral<'result'>;
  procedures: z.ZodArray<z.ZodString>;
  subjects: z.ZodArray<z.ZodString>;
  grades: z.ZodOptional<z.ZodArray<z.ZodNumber>>;
  metric: typeof ResultMetricSchema;
  years: z.ZodOptional<typeof YearWindowSchema>;
  minParticipants: z.ZodOptional<z.ZodNumber>;
}, z.core.$strict> = /* #__PURE__ */ z.strictObject({
  kind: z.literal('result'),
  procedures: z.array(Procedure).min(1),
  subjects: z.array(IdSchema).min(1),
  grades: z.array(z.number().int().min(1).max(11)).optional(),
  metric: ResultMetricSchema,
  years: YearWindowSchema.optional(),
  /** a row with fewer participants is left out before the rows are pooled (suppression, shown in the trace) */
  minParticipants: z.number().int().min(1).optional(),
});

/**
 * A fact the dataset declares (`declaredFacts`), by id: its value, or a bound of its confidence
 * interval (given with the value, or computed from its standard error, or from `sd` and `n`).
 */
const DeclaredMeasure: z.ZodObject<{
  kind: z.ZodLiteral<'declared'>;
  fact: z.ZodString;
  bound: z.ZodOptional<z.ZodEnum<{ value: 'value'; lower: 'lower'; upper: 'upper' }>>;
  level: z.ZodOptional<z.ZodUnion<readonly [z.ZodLiteral<90>, z.ZodLiteral<95>, z.ZodLiteral<99>]>>;
  yearOffset: z.ZodOptional<z.ZodNumber>;
}, z.core.$strict> = /* #__PURE__ */ z.strictObject({
  kind: z.literal('declared'),
  fact: IdSchema,
  /** `value` (default), or the `lower` / `upper` limit of the confidence interval */
  bound: z.enum(['value', 'lower', 'upper']).optional(),
  /** the confidence level in percent for a computed interval (95 by default) */
  level: z.union([z.literal(90), z.literal(95), z.literal(99)]).optional(),
  /** 0 = the year evaluated, −1 = the year before */
  yearOffset: z.number().int().min(-10).max(0).optional(),
});

/**
 * The highest (or lowest) value of a measure among the schools of the pool group that another
 * category selects («порог — наибольший балл среди уже отобранных школ»).
 */
const SelectionBoundMeasure = /* #__PURE__ */ z.strictObject({
  kind: z.literal('selectionBound'),
  category: IdSchema,
  measure: z.discriminatedUnion('kind', [ResultMeasure, DeclaredMeasure, z.strictObject({ kind: z.literal('index'), index: IdSchema })]),
  which: z.enum(['max', 'min']),
  pool: PoolSchema,
});

const BASE_MEASURES = [
  ResultMeasure,
  DeclaredMeasure,
  SelectionBoundMeasure,
  z.strictObject({
    kind: z.literal('fact'),
    field: z.enum(['continuedToGrade10', 'continuedToFurtherEducation', 'olympiadParticipants', 'parentsSatisfied', 'admittedToGia9', 'admittedToGia11']),
    years: YearWindowSchema.optional(),
  }),
  z.strictObject({
    kind: z.literal('social'),
    factor: z.enum(SOCIAL_FACTOR_IDS as unknown as readonly [string, ...string[]]),
  }),
  z.strictObject({
    kind: z.literal('staffing'),
    field: z.enum(['vacancies', 'partTimers', 'onOneAndHalfRates', 'under35', 'over55', 'youngSpecialists', 'highestCategory', 'firstCategory', 'outsideDiploma', 'qualified']),
  }),
  /** the share of a school's teachers in a range of ages or of years of service, from its bands (`countInBands`) */
  z.strictObject({
    kind: z.literal('staffBand'),
    distribution: z.enum(['age', 'service']),
    from: z.number().int().min(0).optional(),
    below: z.number().int().min(1).optional(),
  }),
  z.strictObject({ kind: z.literal('resources'), field: z.enum(['equipmentPercent', 'oldTextbooksPercent', 'recentTextbooksPercent', 'tochkaRosta', 'internet', 'openDeficits']) }),
  z.strictObject({
    kind: z.literal('external'),
    field: z.enum(['antiRatingPlace', 'isbshGroup', 'qualityGroup', 'shnor', 'shnsu', 'riskZone', 'project500', 'rosobrnadzorBiased', 'absentFromAnalytics']),
    /** 0 = the year evaluated, −1 = the year before */
    yearOffset: z.number().int().min(-10).max(0).optional(),
  }),
  z.strictObject({ kind: z.literal('school'), field: z.enum(['distanceToCentreKm', 'smallClass', 'rural', 'enrolment']) }),
  z.strictObject({ kind: z.literal('index'), index: IdSchema }),
  z.strictObject({ kind: z.literal('category'), category: IdSchema, yearOffset: z.number().int().min(-10).max(0).optional() }),
] as const;

/**
 * A measure that is not itself arithmetic on measures (the parts of a sum, a difference, a ratio, a change).
 *
 * @category Criteria
 */
// an id in zod's registry: the JSON Schema refers to it from $defs instead of repeating it
export const BaseMeasureSchema: z.ZodDiscriminatedUnion<readonly [typeof ResultMeasure, typeof DeclaredMeasure, z.ZodObject<{
  kind: z.ZodLiteral<'selectionBound'>;
  category: z.ZodString;
  measure: z.ZodDiscriminatedUnion<[typeof ResultMeasure, typeof DeclaredMeasure, z.ZodObject<{ kind: z.ZodLiteral<'index'>; index: z.ZodString }, z.core.$strict>], 'kind'>;
  which: z.ZodEnum<{ min: 'min'; max: 'max' }>;
  pool: typeof PoolSchema;
}, z.core.$strict>, z.ZodObject<{
  kind: z.ZodLiteral<'fact'>;
  field: z.ZodEnum<{
    continuedToGrade10: 'continuedToGrade10';
    continuedToFurtherEducation: 'continuedToFurtherEducation';
    olympiadParticipants: 'olympiadParticipants';
    parentsSatisfied: 'parentsSatisfied';
    admittedToGia9: 'admittedToGia9';
    admittedToGia11: 'admittedToGia11';
  }>;
  years: z.ZodOptional<typeof YearWindowSchema>;
}, z.core.$strict>, z.ZodObject<{
  kind: z.ZodLiteral<'social'>;
  factor: z.ZodEnum<{ [x: string]: string }>;
}, z.core.$strict>, z.ZodObject<{
  kind: z.ZodLiteral<'staffing'>;
  field: z.ZodEnum<{
    vacancies: 'vacancies';
    partTimers: 'partTimers';
    onOneAndHalfRates: 'onOneAndHalfRates';
    under35: 'under35';
    over55: 'over55';
    youngSpecialists: 'youngSpecialists';
    highestCategory: 'highestCategory';
    firstCategory: 'firstCategory';
    outsideDiploma: 'outsideDiploma';
    qualified: 'qualified';
  }>;
}, z.core.$strict>, z.ZodObject<{
  kind: z.ZodLiteral<'staffBand'>;
  distribution: z.ZodEnum<{ age: 'age'; service: 'service' }>;
  from: z.ZodOptional<z.ZodNumber>;
  below: z.ZodOptional<z.ZodNumber>;
}, z.core.$strict>, z.ZodObject<{
  kind: z.ZodLiteral<'resources'>;
  field: z.ZodEnum<{
    tochkaRosta: 'tochkaRosta';
    equipmentPercent: 'equipmentPercent';
    oldTextbooksPercent: 'oldTextbooksPercent';
    recentTextbooksPercent: 'recentTextbooksPercent';
    internet: 'internet';
    openDeficits: 'openDeficits';
  }>;
}, z.core.$strict>, z.ZodObject<{
  kind: z.ZodLiteral<'external'>;
  field: z.ZodEnum<{
    antiRatingPlace: 'antiRatingPlace';
    isbshGroup: 'isbshGroup';
    qualityGroup: 'qualityGroup';
    shnor: 'shnor';
    shnsu: 'shnsu';
    riskZone: 'riskZone';
    project500: 'project500';
    rosobrnadzorBiased: 'rosobrnadzorBiased';
    absentFromAnalytics: 'absentFromAnalytics';
  }>;
  yearOffset: z.ZodOptional<z.ZodNumber>;
}, z.core.$strict>, z.ZodObject<{
  kind: z.ZodLiteral<'school'>;
  field: z.ZodEnum<{ rural: 'rural'; smallClass: 'smallClass'; distanceToCentreKm: 'distanceToCentreKm'; enrolment: 'enrolment' }>;
}, z.core.$strict>, z.ZodObject<{ kind: z.ZodLiteral<'index'>; index: z.ZodString }, z.core.$strict>, z.ZodObject<{
  kind: z.ZodLiteral<'category'>;
  category: z.ZodString;
  yearOffset: z.ZodOptional<z.ZodNumber>;
}, z.core.$strict>], 'kind'> = /* #__PURE__ */ z.discriminatedUnion('kind', BASE_MEASURES).meta({ id: 'shnor.BaseMeasure' });

/**
 * A measure that is not arithmetic.
 *
 * @category Criteria
 */
export type BaseMeasure = z.output<typeof BaseMeasureSchema>;

/** A finite weight of a sum or an index, within ±1 000 000. */
const Weight = /* #__PURE__ */ DecimalValueSchema.refine((w) => {
  try {
    return Math.abs(readNumber(w, 'weight')) <= 1e6;
  } catch {
    return false;
  }
}, 'a weight must be a finite number within ±1 000 000');

/**
 * A school measure that rules compare, rank or combine: a base measure, or arithmetic on base measures.
 *
 * @category Criteria
 */
export const MeasureSchema: z.ZodDiscriminatedUnion<[
  ...(typeof BaseMeasureSchema)['options'],
  z.ZodObject<{
    kind: z.ZodLiteral<'sum'>;
    terms: z.ZodArray<z.ZodObject<{
      measure: typeof BaseMeasureSchema;
      weight: typeof DecimalValueSchema;
      min: z.ZodOptional<typeof DecimalValueSchema>;
      max: z.ZodOptional<typeof DecimalValueSchema>;
    }, z.core.$strict>>;
    label: z.ZodOptional<typeof NameSchema>;
  }, z.core.$strict>, z.ZodObject<{
    kind: z.ZodLiteral<'difference'>;
    of: z.ZodTuple<[typeof BaseMeasureSchema, typeof BaseMeasureSchema], null>;
    label: z.ZodOptional<typeof NameSchema>;
  }, z.core.$strict>, z.ZodObject<{
    kind: z.ZodLiteral<'ratio'>;
    of: z.ZodTuple<[typeof BaseMeasureSchema, typeof BaseMeasureSchema], null>;
    percent: z.ZodOptional<z.ZodBoolean>;
    label: z.ZodOptional<typeof NameSchema>;
  }, z.core.$strict>, z.ZodObject<{
    kind: z.ZodLiteral<'change'>;
    measure: typeof BaseMeasureSchema;
    since: z.ZodNumber;
    unit: z.ZodEnum<{ pp: 'pp'; points: 'points'; relative: 'relative' }>;
    label: z.ZodOptional<typeof NameSchema>;
  }, z.core.$strict>], 'kind'> = /* #__PURE__ */ z.discriminatedUnion('kind', [
  ...BASE_MEASURES,
  /**
   * A weighted sum Σ wᵢ·xᵢ. Each term may state the range its measure can take (`min`, `max`;
   * shares are 0–100 and yes/no measures 0–1 without saying so): a comparison whose outcome no
   * value of the unknown terms could change is decided, with the unknown terms listed.
   */
  z.strictObject({
    kind: z.literal('sum'),
    terms: z.array(z.strictObject({ measure: BaseMeasureSchema, weight: Weight, min: DecimalValueSchema.optional(), max: DecimalValueSchema.optional() })).min(1).max(100),
    label: NameSchema.optional(),
  }),
  /** a − b */
  z.strictObject({ kind: z.literal('difference'), of: z.tuple([BaseMeasureSchema, BaseMeasureSchema]), label: NameSchema.optional() }),
  /** a / b (× 100 with `percent`); unknown when b is 0 */
  z.strictObject({ kind: z.literal('ratio'), of: z.tuple([BaseMeasureSchema, BaseMeasureSchema]), percent: z.boolean().optional(), label: NameSchema.optional() }),
  /**
   * The change of a measure since `since` years before: in percentage points (`pp`, shares), in
   * points (`points`, scores) or relative to the earlier value in percent (`relative`).
   */
  z.strictObject({ kind: z.literal('change'), measure: BaseMeasureSchema, since: z.number().int().min(1).max(10), unit: z.enum(['pp', 'points', 'relative']), label: NameSchema.optional() }),
]).meta({ id: 'shnor.Measure' });

/**
 * A school measure.
 *
 * @category Criteria
 */
export type Measure = z.output<typeof MeasureSchema>;



/** Where a parameter comes from and when it applies. */
const ParamMeta = {
  id: IdSchema.optional(),
  label: NameSchema.optional(),
  source: SourceSchema.optional(),
  /**
   * What a missing input means: `unknown` (default: the verdict waits for the data), `fails` (the
   * act says an absent result does not meet the condition), `holds` (it counts as met).
   */
  ifMissing: z.enum(['unknown', 'fails', 'holds']).optional(),
};

/**
 * The fields every rule may have: its id, its label (the act's wording, printed in explanations),
 * the source of its parameters, and what a missing input means (`unknown` by default; `fails` where
 * the act says an absent result does not meet the condition; `holds`).
 *
 * @category Criteria
 */
export interface RuleMeta {
  readonly id?: string | undefined;
  readonly label?: z.output<typeof NameSchema> | undefined;
  readonly source?: z.output<typeof SourceSchema> | undefined;
  readonly ifMissing?: 'unknown' | 'fails' | 'holds' | undefined;
}

const Op = z.enum(['gte', 'gt', 'lte', 'lt', 'eq']);

/**
 * Which rows of assessment results a quantifier looks at, and what counts as one procedure.
 *
 * @category Criteria
 */
export const ResultSelectionSchema: z.ZodObject<{
  procedures: z.ZodArray<z.ZodString>;
  subjects: z.ZodArray<z.ZodString>;
  grades: z.ZodOptional<z.ZodArray<z.ZodNumber>>;
  unit: z.ZodEnum<{
    procedure: 'procedure';
    'procedure+grade': 'procedure+grade';
    'procedure+subject': 'procedure+subject';
    'procedure+grade+subject': 'procedure+grade+subject';
  }>;
}, z.core.$strict> = /* #__PURE__ */ z.strictObject({
  procedures: z.array(Procedure).min(1),
  subjects: z.array(IdSchema).min(1),
  grades: z.array(z.number().int().min(1).max(11)).optional(),
  /**
   * What one «оценочная процедура» is: `procedure` (ВПР is one procedure whatever the grade),
   * `procedure+grade` (ВПР-5 and ВПР-6 are two), `procedure+subject`, `procedure+grade+subject`.
   */
  unit: z.enum(['procedure', 'procedure+grade', 'procedure+subject', 'procedure+grade+subject']),
});

/**
 * Which result rows a quantifier looks at (see {@link ResultSelectionSchema}).
 *
 * @category Criteria
 */
export type ResultSelection = z.output<typeof ResultSelectionSchema>;

/**
 * What a `threshold` or `between` rule does when its input is rounded and sits on a boundary:
 * with `onRoundedBoundary: 'unknown'`, a value published to `decimals` decimals (or to the
 * `decimals` its declared fact states) whose true value, within half a unit of its last digit, could
 * lie on either side of the boundary («50,0» against «более 50 %») gives «unknown» with that reason,
 * not yes or no. Values computed exactly from counts are never rounded. Off by default.
 *
 * @category Criteria
 */
export interface RoundedBoundary {
  /** `unknown`: a rounded value on the boundary is undetermined; omitted: compared as it is */
  readonly onRoundedBoundary?: 'unknown' | undefined;
  /** the number of decimals the input is published with (a declared fact's own `decimals` when omitted) */
  readonly decimals?: number | undefined;
}

const Rounding = {
  /** `unknown`: a rounded input within half a unit of its last digit from the boundary gives «unknown» with the reason (off by default) */
  onRoundedBoundary: z.literal('unknown').optional(),
  /** how many decimals the input is published with (for a declared fact, its declaration's `decimals` when omitted) */
  decimals: z.number().int().min(0).max(6).optional(),
};

/**
 * An identification rule as data.
 *
 * @category Criteria
 */
export type Rule = (
  | ({ readonly kind: 'threshold'; readonly measure: Measure; readonly op: ComparisonOperator; readonly value: string | number } & RoundedBoundary & RuleMeta)
  | ({ readonly kind: 'between'; readonly measure: Measure; readonly min: string | number; readonly max: string | number; readonly minInclusive: boolean; readonly maxInclusive: boolean } & RoundedBoundary & RuleMeta)
  | {
      readonly kind: 'rank';
      readonly measure: Measure;
      readonly better: 'higher' | 'lower';
      readonly position: 'bottom' | 'top';
      readonly percent: string | number;
      readonly pool: Pool;
      readonly rounding: 'floor' | 'ceil' | 'nearest';
      readonly ties: 'include' | 'exclude';
      readonly minPoolSize: number;
      /** only the schools for which this rule holds are ranked (and counted in the pool); the others are not applicable */
      readonly eligible?: Rule | undefined;
      /** what k % is taken of: the schools with a value (default) or every school of the pool group */
      readonly base?: 'withValue' | 'pool' | undefined;
      /** schools already in this category are selected first and counted against k (a pre-filled quota) */
      readonly prefilled?: string | undefined;
      readonly id?: string | undefined;
      readonly label?: z.output<typeof NameSchema> | undefined;
      readonly source?: z.output<typeof SourceSchema> | undefined;
    }
  | { readonly kind: 'gap'; readonly measure: Measure & { readonly kind: 'result' }; readonly reference: 'region' | 'municipality'; readonly below: boolean; readonly op: 'gte' | 'gt'; readonly value: string | number; readonly id?: string | undefined; readonly label?: z.output<typeof NameSchema> | undefined; readonly source?: z.output<typeof SourceSchema> | undefined }
  | {
      readonly kind: 'results';
      readonly select: ResultSelection;
      readonly metric: z.output<typeof ResultMetricSchema>;
      readonly op: ComparisonOperator;
      readonly value: string | number;
      readonly require:
        | { readonly mode: 'distinct'; readonly atLeast: number; readonly years: number }
        | { readonly mode: 'persistent'; readonly years: number };
      readonly id?: string | undefined;
      readonly label?: z.output<typeof NameSchema> | undefined;
      readonly source?: z.output<typeof SourceSchema> | undefined;
    }
  | { readonly kind: 'residual'; readonly outcome: Measure; readonly context: Measure; readonly pool: Pool; readonly side: 'above' | 'below'; readonly margin: string | number; readonly minPoolSize: number; readonly id?: string | undefined; readonly label?: z.output<typeof NameSchema> | undefined; readonly source?: z.output<typeof SourceSchema> | undefined }
  | { readonly kind: 'all' | 'any'; readonly rules: readonly Rule[]; readonly id?: string | undefined; readonly label?: z.output<typeof NameSchema> | undefined; readonly source?: z.output<typeof SourceSchema> | undefined }
  | { readonly kind: 'atLeast'; readonly k: number; readonly rules: readonly Rule[]; readonly id?: string | undefined; readonly label?: z.output<typeof NameSchema> | undefined; readonly source?: z.output<typeof SourceSchema> | undefined }
  | { readonly kind: 'not'; readonly rule: Rule; readonly id?: string | undefined; readonly label?: z.output<typeof NameSchema> | undefined; readonly source?: z.output<typeof SourceSchema> | undefined }
  | ({ readonly kind: 'persist'; readonly rule: Rule; readonly atLeast: number; readonly years: number } & RuleMeta)
  | ({ readonly kind: 'scope'; readonly when: Rule; readonly rule: Rule; readonly reason: z.output<typeof NameSchema> } & RuleMeta)
  | ({ readonly kind: 'status'; readonly fact: string; readonly in: readonly (string | boolean)[] } & RuleMeta)
  | ({ readonly kind: 'cumulative'; readonly measure: Measure; readonly percent: string | number; readonly pool: Pool; readonly eligible?: Rule | undefined; readonly orderBy?: { readonly measure: Measure; readonly first: 'highest' | 'lowest' } | undefined } & RuleMeta)
) & RuleMeta;

/**
 * The rule language as a zod schema (recursive). Rule kinds:
 * - `threshold`: a measure against a value (≥, >, ≤, <, =), exact on shares of counts;
 * - `between`: within bounds, each edge inclusive or not;
 * - `rank`: bottom or top k % of a pool, with rounding of k % of N, tie handling and a minimum pool size;
 * - `gap`: the school's result more than x points below (or above) the region's or municipality's;
 * - `results`: a quantifier over result rows: in one year at least k distinct procedures
 *   (`distinct`), or in the same procedure in each of the last N consecutive years (`persistent`);
 * - `residual`: above or below the result expected from a context index (least squares over the pool);
 * - `all`, `any`, `atLeast` (k of n), `not`.
 *
 * @category Criteria
 */
export const RuleSchema: z.ZodType<Rule> = /* #__PURE__ */ z.lazy(() =>
  z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('threshold'), measure: MeasureSchema, op: Op, value: DecimalValueSchema, ...Rounding, ...ParamMeta }),
    z.strictObject({ kind: z.literal('between'), measure: MeasureSchema, min: DecimalValueSchema, max: DecimalValueSchema, minInclusive: z.boolean(), maxInclusive: z.boolean(), ...Rounding, ...ParamMeta }),
    z.strictObject({
      kind: z.literal('rank'),
      measure: MeasureSchema,
      better: z.enum(['higher', 'lower']),
      position: z.enum(['bottom', 'top']),
      percent: DecimalValueSchema,
      pool: PoolSchema,
      rounding: z.enum(['floor', 'ceil', 'nearest']),
      ties: z.enum(['include', 'exclude']),
      minPoolSize: z.number().int().min(1),
      eligible: RuleSchema.optional(),
      base: z.enum(['withValue', 'pool']).optional(),
      prefilled: IdSchema.optional(),
      ...ParamMeta,
    }),
    z.strictObject({
      kind: z.literal('gap'),
      measure: MeasureSchema.refine((m) => m.kind === 'result', 'a gap compares assessment results') as unknown as z.ZodType<Measure & { kind: 'result' }>,
      reference: z.enum(['region', 'municipality']),
      below: z.boolean(),
      op: z.enum(['gte', 'gt']),
      value: DecimalValueSchema,
      ...ParamMeta,
    }),
    z.strictObject({
      kind: z.literal('results'),
      select: ResultSelectionSchema,
      metric: ResultMetricSchema,
      op: Op,
      value: DecimalValueSchema,
      require: z.discriminatedUnion('mode', [
        z.strictObject({ mode: z.literal('distinct'), atLeast: z.number().int().min(1), years: z.number().int().min(1).max(10) }),
        z.strictObject({ mode: z.literal('persistent'), years: z.number().int().min(1).max(10) }),
      ]),
      ...ParamMeta,
    }),
    z.strictObject({
      kind: z.literal('residual'),
      outcome: MeasureSchema,
      context: MeasureSchema,
      pool: PoolSchema,
      side: z.enum(['above', 'below']),
      margin: DecimalValueSchema,
      minPoolSize: z.number().int().min(3),
      ...ParamMeta,
    }),
    z.strictObject({ kind: z.enum(['all', 'any']), rules: z.array(RuleSchema).min(1), ...ParamMeta }),
    z.strictObject({ kind: z.literal('atLeast'), k: z.number().int().min(1), rules: z.array(RuleSchema).min(1), ...ParamMeta }),
    z.strictObject({ kind: z.literal('not'), rule: RuleSchema, ...ParamMeta }),
    /** «in at least k of the last N years» (the year evaluated and the N − 1 before it) */
    z.strictObject({ kind: z.literal('persist'), rule: RuleSchema, atLeast: z.number().int().min(1).max(10), years: z.number().int().min(1).max(10), ...ParamMeta }).refine((r) => r.atLeast <= r.years, 'atLeast cannot exceed years'),
    /** the rule applies only where `when` holds; elsewhere the school is not applicable, with `reason` (never "no") */
    z.strictObject({ kind: z.literal('scope'), when: RuleSchema, rule: RuleSchema, reason: NameSchema, ...ParamMeta }),
    /** a categorical or yes/no declared fact takes one of the values listed */
    z.strictObject({ kind: z.literal('status'), fact: IdSchema, in: z.array(z.union([z.string().min(1), z.boolean()])).min(1), ...ParamMeta }),
    /**
     * Selection by cumulative share of a total: the schools of a pool group, sorted by a count
     * from the largest down, are taken until together they hold more than `percent` % of the
     * group's total (the school that crosses the share is taken). With `orderBy`, the schools are
     * sorted by another measure (`first`: `highest` or `lowest` value first) and `measure` is
     * what is summed: the poorest schools holding 27,3 % of a province's learners.
     */
    z.strictObject({ kind: z.literal('cumulative'), measure: MeasureSchema, percent: DecimalValueSchema, pool: PoolSchema, eligible: RuleSchema.optional(), orderBy: z.strictObject({ measure: MeasureSchema, first: z.enum(['highest', 'lowest']) }).optional(), ...ParamMeta }),
  ]),
) as z.ZodType<Rule>;

/**
 * A component of a composite index.
 *
 * @category Criteria
 */
// the type written out, so that the declarations name the schemas it is made of instead of repeating them
export const IndexComponentSchema: z.ZodObject<
  {
    id: typeof IdSchema;
    measure: typeof MeasureSchema;
    direction: z.ZodEnum<{ positive: 'positive'; negative: 'negative' }>;
    weight: typeof DecimalValueSchema;
    label: z.ZodOptional<typeof NameSchema>;
  },
  z.core.$strict
> = /* #__PURE__ */ z.strictObject({
  id: IdSchema,
  measure: MeasureSchema,
  /** `positive`: more is better for the index; `negative`: more is worse (the component is turned round) */
  direction: z.enum(['positive', 'negative']),
  /** a finite weight within ±1 000 000 */
  weight: Weight as unknown as typeof DecimalValueSchema,
  label: NameSchema.optional(),
});

/**
 * A composite index (ИСБ, staff potential, resource potential, ИОУ): components with direction
 * and weight, normalised against a pool, with a policy for missing components.
 *
 * @category Criteria
 */
// the type written out, so that the declarations name the schemas it is made of instead of repeating them
export const IndexDefinitionSchema: z.ZodObject<
  {
    id: typeof IdSchema;
    name: typeof NameSchema;
    components: z.ZodArray<typeof IndexComponentSchema>;
    normalization: z.ZodEnum<{ minmax: 'minmax'; zscore: 'zscore'; rank: 'rank'; none: 'none' }>;
    pool: typeof PoolSchema;
    missing: z.ZodObject<{ policy: z.ZodEnum<{ unknown: 'unknown'; reweight: 'reweight' }>; minComponents: z.ZodOptional<z.ZodNumber> }, z.core.$strict>;
    source: z.ZodOptional<typeof SourceSchema>;
  },
  z.core.$strict
> = /* #__PURE__ */ z.strictObject({
  id: IdSchema,
  name: NameSchema,
  components: z.array(IndexComponentSchema).min(1),
  /** `minmax` → 0…1, `zscore` → mean 0, sd 1, `rank` → percentile rank 0…1, `none` → raw values */
  normalization: z.enum(['minmax', 'zscore', 'rank', 'none']),
  pool: PoolSchema,
  /** `unknown`: any missing component makes the index unknown; `reweight`: use the components present if at least `minComponents` */
  missing: z.strictObject({ policy: z.enum(['unknown', 'reweight']), minComponents: z.number().int().min(1).optional() }),
  source: SourceSchema.optional(),
});

/**
 * A composite index definition.
 *
 * @category Criteria
 */
export type IndexDefinition = z.output<typeof IndexDefinitionSchema>;

/**
 * A two-way typology (seed 000, Appendix 4): two ordinal groups → a type.
 *
 * @category Criteria
 */
// the type written out, so that the declarations name the schemas it is made of instead of repeating them
export const MatrixClassifierSchema: z.ZodObject<
  {
    kind: z.ZodLiteral<'matrix'>;
    rows: typeof MeasureSchema;
    columns: typeof MeasureSchema;
    cells: z.ZodArray<
      z.ZodObject<
        {
          rows: z.ZodTuple<[typeof DecimalValueSchema, typeof DecimalValueSchema], null>;
          columns: z.ZodTuple<[typeof DecimalValueSchema, typeof DecimalValueSchema], null>;
          value: z.ZodString;
        },
        z.core.$strict
      >
    >;
  },
  z.core.$strict
> = /* #__PURE__ */ z.strictObject({
  kind: z.literal('matrix'),
  rows: MeasureSchema,
  columns: MeasureSchema,
  /** cells tried in order; the first whose ranges hold gives the type */
  cells: z
    .array(
      z.strictObject({
        rows: z.tuple([DecimalValueSchema, DecimalValueSchema]),
        columns: z.tuple([DecimalValueSchema, DecimalValueSchema]),
        value: z.string().min(1),
      }),
    )
    .min(1),
});

/**
 * An ordered classifier: the first rule that holds gives the value (severity levels, clusters).
 *
 * @category Criteria
 */
export const OrderedClassifierSchema: z.ZodObject<{
  kind: z.ZodLiteral<'ordered'>;
  options: z.ZodArray<z.ZodObject<{ value: z.ZodString; rule: z.ZodType<Rule, unknown, z.core.$ZodTypeInternals<Rule, unknown>> }, z.core.$strict>>;
  otherwise: z.ZodNullable<z.ZodString>;
}, z.core.$strict> = /* #__PURE__ */ z.strictObject({
  kind: z.literal('ordered'),
  options: z.array(z.strictObject({ value: z.string().min(1), rule: RuleSchema })).min(1),
  /** the value when no rule holds; `null`: the school is in no class */
  otherwise: z.string().min(1).nullable(),
});

/**
 * A territory category: a yes/no verdict for a municipality (or a region) computed from its
 * schools' verdicts of another category of the methodology — «более половины оцененных школ
 * муниципалитета — в перечне ШНОР», «в муниципалитете не менее 3 школ с признаками», «доля таких
 * школ среди всех школ муниципалитета больше 10 %». A school counts as in the category when its
 * verdict is «да» (for a classifier: one of `classes`, or any class when omitted); a school whose
 * verdict is unknown could be either, so the verdict is decided only when no outcome of those
 * schools could change it.
 *
 * @example
 * ```ts
 * TerritoryCategorySchema.parse({ kind: 'territory', id: 'mo-low', name: { ru: 'Муниципалитет с низкими результатами' }, level: 'municipality', category: 'shnor', measure: 'share', op: 'gt', value: 50 }).base //=> undefined
 * ```
 * @category Criteria
 */
export const TerritoryCategorySchema: z.ZodObject<
  {
    kind: z.ZodLiteral<'territory'>;
    id: typeof IdSchema;
    name: typeof NameSchema;
    level: z.ZodEnum<{ municipality: 'municipality'; region: 'region' }>;
    category: typeof IdSchema;
    classes: z.ZodOptional<z.ZodArray<z.ZodString>>;
    measure: z.ZodEnum<{ share: 'share'; count: 'count' }>;
    op: z.ZodEnum<{ gte: 'gte'; gt: 'gt'; lte: 'lte'; lt: 'lt'; eq: 'eq' }>;
    value: typeof DecimalValueSchema;
    base: z.ZodOptional<z.ZodEnum<{ rated: 'rated'; all: 'all' }>>;
    source: z.ZodOptional<typeof SourceSchema>;
    notes: z.ZodOptional<z.ZodArray<z.ZodString>>;
  },
  z.core.$strict
> = /* #__PURE__ */ z.strictObject({
  kind: z.literal('territory'),
  id: IdSchema,
  name: NameSchema,
  /** `municipality`: each school's own territory; `region`: its region */
  level: z.enum(['municipality', 'region']),
  /** the school category counted (a flag, or a classifier) */
  category: IdSchema,
  /** for a classifier: the classes that count (any class when omitted) */
  classes: z.array(z.string().min(1)).min(1).optional(),
  /** `share`: the share of the territory's schools in the category, in percent; `count`: their number */
  measure: z.enum(['share', 'count']),
  op: Op,
  /** the threshold: a percent for a share, a number of schools for a count */
  value: DecimalValueSchema,
  /** what a share is taken of: `rated` (default) — the schools rated «да» or «нет» or not yet known; `all` — every school of the territory, not-applicable ones included */
  base: z.enum(['rated', 'all']).optional(),
  source: SourceSchema.optional(),
  notes: z.array(z.string()).optional(),
});

/**
 * A territory category (see {@link TerritoryCategorySchema}).
 *
 * @category Criteria
 */
export type TerritoryCategory = z.output<typeof TerritoryCategorySchema>;

/**
 * A category: a yes/no list (ШНОР, ШНСУ, risk zone), a classifier (typology, severity, cluster),
 * or a territory category (a municipality's verdict from its schools' verdicts).
 *
 * @category Criteria
 */
// the type written out, so that the declarations name the schemas it is made of instead of repeating them
export const CategorySchema: z.ZodDiscriminatedUnion<
  [
    z.ZodObject<{ kind: z.ZodLiteral<'flag'>; id: typeof IdSchema; name: typeof NameSchema; rule: typeof RuleSchema; source: z.ZodOptional<typeof SourceSchema>; notes: z.ZodOptional<z.ZodArray<z.ZodString>> }, z.core.$strict>,
    z.ZodObject<
      {
        kind: z.ZodLiteral<'classifier'>;
        id: typeof IdSchema;
        name: typeof NameSchema;
        classifier: z.ZodDiscriminatedUnion<[typeof MatrixClassifierSchema, typeof OrderedClassifierSchema], 'kind'>;
        scale: z.ZodOptional<z.ZodArray<z.ZodString>>;
        source: z.ZodOptional<typeof SourceSchema>;
        notes: z.ZodOptional<z.ZodArray<z.ZodString>>;
      },
      z.core.$strict
    >,
    typeof TerritoryCategorySchema,
  ],
  'kind'
> = /* #__PURE__ */ z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('flag'), id: IdSchema, name: NameSchema, rule: RuleSchema, source: SourceSchema.optional(), notes: z.array(z.string()).optional() }),
  z.strictObject({
    kind: z.literal('classifier'),
    id: IdSchema,
    name: NameSchema,
    classifier: z.discriminatedUnion('kind', [MatrixClassifierSchema, OrderedClassifierSchema]),
    /** the classes worst to best, for transitions over years */
    scale: z.array(z.string().min(1)).optional(),
    source: SourceSchema.optional(),
    notes: z.array(z.string()).optional(),
  }),
  TerritoryCategorySchema,
]);

/**
 * A category.
 *
 * @category Criteria
 */
export type Category = z.output<typeof CategorySchema>;

/**
 * An identification methodology: the territory and dates it applies to, its indices and its
 * categories, each parameter with its source.
 *
 * @category Criteria
 */
// the type written out, so that the declarations name the schemas it is made of instead of repeating them
export const MethodologySchema: z.ZodObject<
  {
    id: typeof IdSchema;
    name: typeof NameSchema;
    territories: z.ZodArray<typeof IdSchema>;
    validFrom: z.ZodString;
    validTo: z.ZodOptional<z.ZodString>;
    source: z.ZodOptional<typeof SourceSchema>;
    indices: z.ZodOptional<z.ZodArray<typeof IndexDefinitionSchema>>;
    categories: z.ZodArray<typeof CategorySchema>;
    notes: z.ZodOptional<z.ZodArray<z.ZodString>>;
  },
  z.core.$strict
> = /* #__PURE__ */ z.strictObject({
  id: IdSchema,
  name: NameSchema,
  /** territories it applies to (a region applies to its municipalities too) */
  territories: z.array(IdSchema).min(1),
  /** ISO date from which it applies */
  validFrom: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** ISO date until which it applies (inclusive); open when omitted */
  validTo: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  source: SourceSchema.optional(),
  indices: z.array(IndexDefinitionSchema).optional(),
  categories: z.array(CategorySchema).min(1),
  notes: z.array(z.string()).optional(),
});

/**
 * An identification methodology.
 *
 * @category Criteria
 */
export type Methodology = z.output<typeof MethodologySchema>;
