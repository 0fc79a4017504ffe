import { z } from 'zod';
import { type SafeResult, parseWith, safeParseWith } from '../model/validation.js';
import { DecimalValueSchema, IdSchema, NameSchema, SourceSchema, YearSchema } from '../model/primitives.js';

/**
 * What an indicator's value is measured in.
 *
 * @category Indicators
 */
export const IndicatorUnitSchema: z.ZodEnum<{
  boolean: 'boolean';
  value: 'value';
  percent: 'percent';
  count: 'count';
  grade: 'grade';
  score: 'score';
  rate: 'rate';
}> = /* #__PURE__ */ z.enum(['percent', 'count', 'grade', 'score', 'rate', 'boolean', 'value']);

/**
 * How an indicator's actual value is obtained.
 *
 * @category Indicators
 */
export const IndicatorComputationSchema: z.ZodDiscriminatedUnion<[z.ZodObject<{
  kind: z.ZodLiteral<'share'>;
  of: z.ZodEnum<{
    other: 'other';
    schools: 'schools';
    pupils: 'pupils';
    teachers: 'teachers';
    parents: 'parents';
    works: 'works';
    children: 'children';
    positions: 'positions';
  }>;
  numerator: z.ZodString;
  denominator: z.ZodString;
  denominatorSize: z.ZodOptional<z.ZodNumber>;
}, z.core.$strict>, z.ZodObject<{ kind: z.ZodLiteral<'count'>; what: z.ZodString; per: z.ZodOptional<z.ZodString> }, z.core.$strict>, z.ZodObject<{
  kind: z.ZodLiteral<'flag'>;
  what: z.ZodString;
  evidence: z.ZodOptional<z.ZodString>;
}, z.core.$strict>, z.ZodObject<{
  kind: z.ZodLiteral<'value'>;
  what: z.ZodString;
}, z.core.$strict>], 'kind'> = /* #__PURE__ */ z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('share'),
    /** what is counted: schools, pupils, teachers, parents, works, children */
    of: z.enum(['schools', 'pupils', 'teachers', 'parents', 'works', 'children', 'positions', 'other']),
    numerator: z.string().min(1),
    denominator: z.string().min(1),
    /** the size of the denominator when the program fixes it (16 schools in seed 000) */
    denominatorSize: z.number().int().min(1).optional(),
  }),
  z.strictObject({ kind: z.literal('count'), what: z.string().min(1), per: z.string().optional() }),
  z.strictObject({ kind: z.literal('flag'), what: z.string().min(1), evidence: z.string().optional() }),
  z.strictObject({ kind: z.literal('value'), what: z.string().min(1) }),
]);

const YearTargetSchema = /* #__PURE__ */ z.strictObject({
  year: YearSchema,
  /** the target value; `null` is «-»: no target that year */
  value: z.union([DecimalValueSchema, z.null()]),
  source: SourceSchema.optional(),
});

/**
 * The target of an indicator: a yearly series, an end-state bound, an increment, or a yes/no.
 *
 * @category Indicators
 */
export const IndicatorTargetSchema: z.ZodDiscriminatedUnion<[z.ZodObject<{
  kind: z.ZodLiteral<'series'>;
  values: z.ZodArray<z.ZodObject<{
    year: z.ZodNumber;
    value: z.ZodUnion<readonly [typeof DecimalValueSchema, z.ZodNull]>;
    source: z.ZodOptional<typeof SourceSchema>;
  }, z.core.$strict>>;
}, z.core.$strict>, z.ZodObject<{
  kind: z.ZodLiteral<'bound'>;
  op: z.ZodEnum<{ gte: 'gte'; gt: 'gt'; lte: 'lte'; lt: 'lt'; eq: 'eq' }>;
  value: typeof DecimalValueSchema;
  byYear: z.ZodOptional<z.ZodNumber>;
  fromYear: z.ZodOptional<z.ZodNumber>;
  source: z.ZodOptional<typeof SourceSchema>;
}, z.core.$strict>, z.ZodObject<{
  kind: z.ZodLiteral<'increment'>;
  by: typeof DecimalValueSchema;
  unit: z.ZodEnum<{ value: 'value'; pp: 'pp'; relative_percent: 'relative_percent'; count: 'count' }>;
  byYear: z.ZodOptional<z.ZodNumber>;
  source: z.ZodOptional<typeof SourceSchema>;
}, z.core.$strict>, z.ZodObject<{
  kind: z.ZodLiteral<'flag'>;
  expected: z.ZodBoolean;
  byYear: z.ZodOptional<z.ZodNumber>;
  source: z.ZodOptional<typeof SourceSchema>;
}, z.core.$strict>], 'kind'> = /* #__PURE__ */ z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('series'), values: z.array(YearTargetSchema).min(1) }),
  z.strictObject({
    kind: z.literal('bound'),
    /** `gte` «не менее», `gt` «более», `lte` «не более», `lt` «менее», `eq` «равно» */
    op: z.enum(['gte', 'gt', 'lte', 'lt', 'eq']),
    value: DecimalValueSchema,
    /** the year by which the bound must hold; every year when omitted */
    byYear: YearSchema.optional(),
    fromYear: YearSchema.optional(),
    source: SourceSchema.optional(),
  }),
  z.strictObject({
    kind: z.literal('increment'),
    by: DecimalValueSchema,
    /** «на 3 п.п.» is `pp`; «на 3 %» read as relative is `relative_percent`; for counts `count` */
    unit: z.enum(['pp', 'relative_percent', 'count', 'value']),
    byYear: YearSchema.optional(),
    source: SourceSchema.optional(),
  }),
  z.strictObject({ kind: z.literal('flag'), expected: z.boolean(), byYear: YearSchema.optional(), source: SourceSchema.optional() }),
]);

/**
 * A target indicator («целевой показатель») as data: what it measures, which way is better, how
 * it is computed, its baseline and its target, each value with its source.
 *
 * @category Indicators
 */
export const IndicatorDefinitionSchema: z.ZodObject<{
  id: z.ZodString;
  name: typeof NameSchema;
  unit: typeof IndicatorUnitSchema;
  better: z.ZodEnum<{ higher: 'higher'; lower: 'lower' }>;
  level: z.ZodEnum<{ school: 'school'; municipality: 'municipality'; region: 'region' }>;
  computation: z.ZodOptional<typeof IndicatorComputationSchema>;
  baseline: z.ZodOptional<z.ZodObject<{
    year: z.ZodNumber;
    value: typeof DecimalValueSchema;
    source: z.ZodOptional<typeof SourceSchema>;
  }, z.core.$strict>>;
  target: typeof IndicatorTargetSchema;
  published: z.ZodOptional<z.ZodObject<{
    decimals: z.ZodNumber;
    mode: z.ZodEnum<{
      'half-up': 'half-up';
      'half-even': 'half-even';
      'half-down': 'half-down';
      down: 'down';
      up: 'up';
      floor: 'floor';
      ceil: 'ceil';
    }>;
  }, z.core.$strict>>;
  source: z.ZodOptional<typeof SourceSchema>;
  notes: z.ZodOptional<z.ZodArray<z.ZodString>>;
}, z.core.$strict> = /* #__PURE__ */ z.strictObject({
  id: IdSchema,
  name: NameSchema,
  unit: IndicatorUnitSchema,
  better: z.enum(['higher', 'lower']),
  level: z.enum(['school', 'municipality', 'region']),
  computation: IndicatorComputationSchema.optional(),
  baseline: z.strictObject({ year: YearSchema, value: DecimalValueSchema, source: SourceSchema.optional() }).optional(),
  target: IndicatorTargetSchema,
  /** how the program prints its values (seed 000 prints 1/16 as 6,3: one decimal, half-up) */
  published: z.strictObject({ decimals: z.number().int().min(0).max(6), mode: z.enum(['half-up', 'half-even', 'half-down', 'down', 'up', 'floor', 'ceil']) }).optional(),
  source: SourceSchema.optional(),
  notes: z.array(z.string()).optional(),
});

/**
 * A target indicator definition (see {@link IndicatorDefinitionSchema}).
 *
 * @category Indicators
 */
export type IndicatorDefinition = z.output<typeof IndicatorDefinitionSchema>;
/**
 * An indicator's target.
 *
 * @category Indicators
 */
export type IndicatorTarget = z.output<typeof IndicatorTargetSchema>;
/**
 * How an indicator is computed.
 *
 * @category Indicators
 */
export type IndicatorComputation = z.output<typeof IndicatorComputationSchema>;
/**
 * An indicator's unit.
 *
 * @category Indicators
 */
export type IndicatorUnit = z.output<typeof IndicatorUnitSchema>;

/**
 * Validates an indicator definition and returns it typed.
 *
 * @param input - Untrusted data (e.g. parsed JSON).
 * @returns The definition.
 * @throws {@link ShnorError} `VALIDATION_FAILED` listing every issue (code, path, value, message).
 * @example
 * ```ts
 * parseIndicatorDefinition({
 *   id: 'i6', name: { ru: 'Доля ОО с положительной динамикой' }, unit: 'percent', better: 'higher',
 *   level: 'municipality', target: { kind: 'bound', op: 'gte', value: 80 },
 * }).id //=> 'i6'
 * ```
 * @category Indicators
 */
export function parseIndicatorDefinition(input: unknown): IndicatorDefinition {
  return parseWith(IndicatorDefinitionSchema, input, 'IndicatorDefinition');
}

/**
 * Validates an indicator definition without throwing.
 *
 * @param input - Untrusted data.
 * @returns `{ success: true, data }` or `{ success: false, issues }` with every issue.
 * @example
 * ```ts
 * // целевой показатель без названия, единицы и цели — не проходит проверку
 * const r = safeParseIndicatorDefinition({ id: 'x' });
 * r.success //=> false
 * ```
 * @category Indicators
 */
export function safeParseIndicatorDefinition(input: unknown): SafeResult<IndicatorDefinition> {
  return safeParseWith(IndicatorDefinitionSchema, input);
}
