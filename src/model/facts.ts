import { z } from 'zod';
import { DecimalValueSchema, IdSchema, NameSchema, YearSchema } from './primitives.js';

/**
 * A school-level fact that a dataset declares once and gives yearly values for: a numeric
 * indicator (a score, a rate, a value-added measure that may be negative), a categorical status
 * (a growth status, a published grade A–F) or a yes/no flag (eligible for a funding program, a
 * special school). Rules read it by id as a measure (`{ kind: 'declared', fact: 'progress8' }`);
 * no made-up subject rows are needed.
 *
 * @example
 * ```ts
 * FactDeclarationSchema.parse({ id: 'progress8', kind: 'number', name: { ru: 'Прогресс 8', en: 'Progress 8' }, unit: 'points' }).unit //=> 'points'
 * FactDeclarationSchema.safeParse({ id: 'progress8', kind: 'число', name: { ru: 'Прогресс 8' } }).success //=> false
 * ```
 * @category Model
 */
export const FactDeclarationSchema: z.ZodObject<{
  id: z.ZodString;
  kind: z.ZodEnum<{ number: 'number'; boolean: 'boolean'; category: 'category' }>;
  name: typeof NameSchema;
  unit: z.ZodOptional<z.ZodEnum<{ percent: 'percent'; ratio: 'ratio'; count: 'count'; none: 'none'; points: 'points' }>>;
  values: z.ZodOptional<z.ZodArray<z.ZodString>>;
  source: z.ZodOptional<z.ZodString>;
  decimals: z.ZodOptional<z.ZodNumber>;
}, z.core.$strict> = /* #__PURE__ */ z.strictObject({
  id: IdSchema,
  /** `number`: a value (with an optional interval); `category`: one of `values`; `boolean`: yes/no */
  kind: z.enum(['number', 'category', 'boolean']),
  name: NameSchema,
  /** how the values are read: `percent` (0–100), `points` (a score or a difference of scores), `count`, `ratio`, `none` */
  unit: z.enum(['percent', 'points', 'count', 'ratio', 'none']).optional(),
  /** for a category: the values it may take, in order worst to best when they are ordered */
  values: z.array(z.string().min(1)).min(1).optional(),
  /** how many decimals the values are published with (a rule may treat a value on its boundary as undetermined) */
  decimals: z.number().int().min(0).max(6).optional(),
  /** where the values come from */
  source: z.string().optional(),
});

/**
 * A declared fact (see {@link FactDeclarationSchema}).
 *
 * @category Model
 */
export type FactDeclaration = z.output<typeof FactDeclarationSchema>;

/**
 * One school's value of a declared fact in a year, with its uncertainty when there is one: the
 * confidence interval as published (`ci` at `level` %), or the standard error (`se`), or the
 * standard deviation of the pupils' values (`sd`) with their number (`n`).
 *
 * @example
 * ```ts
 * FactValueSchema.parse({ schoolId: 'sch-1', year: 2017, fact: 'progress8', value: -0.41, ci: [-0.62, -0.2], n: 120 }).ci //=> [-0.62, -0.2]
 * FactValueSchema.safeParse({ schoolId: 'sch-1', year: 2017, fact: 'progress8' }).success //=> false (нет значения)
 * ```
 * @category Model
 */
export const FactValueSchema: z.ZodObject<{
  schoolId: z.ZodString;
  year: z.ZodNumber;
  fact: z.ZodString;
  value: z.ZodUnion<readonly [typeof DecimalValueSchema, z.ZodString, z.ZodBoolean]>;
  ci: z.ZodOptional<z.ZodTuple<[typeof DecimalValueSchema, typeof DecimalValueSchema], null>>;
  level: z.ZodOptional<z.ZodNumber>;
  se: z.ZodOptional<z.ZodNumber>;
  sd: z.ZodOptional<z.ZodNumber>;
  n: z.ZodOptional<z.ZodNumber>;
}, z.core.$strict> = /* #__PURE__ */ z.strictObject({
  schoolId: IdSchema,
  year: YearSchema,
  fact: IdSchema,
  value: z.union([DecimalValueSchema, z.string().min(1), z.boolean()]),
  /** the confidence interval [lower, upper] as published */
  ci: z.tuple([DecimalValueSchema, DecimalValueSchema]).optional(),
  /** the confidence level of `ci`, in percent (95 when omitted) */
  level: z.number().min(50).max(99.9).optional(),
  /** the standard error of the value */
  se: z.number().nonnegative().finite().optional(),
  /** the standard deviation of the pupils' values (with `n`, it gives the standard error sd/√n) */
  sd: z.number().nonnegative().finite().optional(),
  /** the number of pupils the value is computed over */
  n: z.number().int().nonnegative().optional(),
});

/**
 * A declared fact's value (see {@link FactValueSchema}).
 *
 * @category Model
 */
export type FactValue = z.output<typeof FactValueSchema>;

/**
 * A subject beyond the built-in catalogue that the dataset's results use (a regional subject, a
 * language of a republic), declared once with its names. A rule or a result naming a subject that
 * is neither built in nor declared is reported by `checkMethodologyData`.
 *
 * @example
 * ```ts
 * SubjectDeclarationSchema.parse({ id: 'bashkir', name: { ru: 'Башкирский язык', en: 'Bashkir' } }).name.ru //=> 'Башкирский язык'
 * ```
 * @category Model
 */
export const SubjectDeclarationSchema: z.ZodObject<{ id: z.ZodString; name: typeof NameSchema }, z.core.$strict> = /* #__PURE__ */ z.strictObject({
  id: IdSchema,
  name: NameSchema,
});

/**
 * A declared subject (see {@link SubjectDeclarationSchema}).
 *
 * @category Model
 */
export type SubjectDeclaration = z.output<typeof SubjectDeclarationSchema>;

/**
 * An assessment procedure beyond the built-in catalogue that the dataset's results use (a regional
 * diagnostic work, a municipal test), declared once with its names and with what its rows carry:
 * marks «2»–«5» (`marks`; a «2» counts as below the minimum unless `twoBelowMinimum` is `false`),
 * scores on a scale from `min` to `max` (`scores`), or pass/fail (`pass`). A result row or a rule
 * naming a procedure that is neither built in nor declared is a validation issue.
 *
 * @example
 * ```ts
 * ProcedureDeclarationSchema.parse({ id: 'rdr', name: { ru: 'Региональная диагностическая работа', en: 'Regional diagnostic work' }, scale: 'marks' }).scale //=> 'marks'
 * ```
 * @category Model
 */
export const ProcedureDeclarationSchema: z.ZodObject<{
  id: z.ZodString;
  name: typeof NameSchema;
  scale: z.ZodEnum<{ marks: 'marks'; scores: 'scores'; pass: 'pass' }>;
  min: z.ZodOptional<z.ZodNumber>;
  max: z.ZodOptional<z.ZodNumber>;
  twoBelowMinimum: z.ZodOptional<z.ZodBoolean>;
  source: z.ZodOptional<z.ZodString>;
}, z.core.$strict> = /* #__PURE__ */ z
  .strictObject({
    id: IdSchema,
    name: NameSchema,
    /** `marks`: a distribution of marks «2»–«5»; `scores`: scores from `min` to `max`; `pass`: passed or not */
    scale: z.enum(['marks', 'scores', 'pass']),
    /** the lowest score of a `scores` scale */
    min: z.number().min(0).max(1000).optional(),
    /** the highest score of a `scores` scale */
    max: z.number().min(0).max(1000).optional(),
    /** for `marks`: whether a «2» counts as below the minimum (`true` when omitted) */
    twoBelowMinimum: z.boolean().optional(),
    /** where the procedure is described */
    source: z.string().optional(),
  })
  .superRefine((p, ctx) => {
    if (p.scale !== 'scores' && (p.min !== undefined || p.max !== undefined)) {
      ctx.addIssue({ code: 'custom', path: [p.min !== undefined ? 'min' : 'max'], input: p.min ?? p.max, params: { code: 'SCALE_MISMATCH', ru: 'границы шкалы баллов (min, max) задаются только для шкалы «scores»', en: 'score bounds (min, max) belong to a "scores" scale only' } });
    }
    if (p.scale !== 'marks' && p.twoBelowMinimum !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['twoBelowMinimum'], input: p.twoBelowMinimum, params: { code: 'SCALE_MISMATCH', ru: 'отметка «2» бывает только на шкале отметок («marks»)', en: 'a mark «2» exists on a "marks" scale only' } });
    }
    if (p.min !== undefined && p.max !== undefined && p.min > p.max) {
      ctx.addIssue({ code: 'custom', path: ['max'], input: p.max, params: { code: 'RANGE_REVERSED', ru: `шкала баллов ${p.min}–${p.max}: конец раньше начала`, en: `score scale ${p.min}-${p.max}: the end is before the start` } });
    }
  });

/**
 * A declared procedure (see {@link ProcedureDeclarationSchema}).
 *
 * @category Model
 */
export type ProcedureDeclaration = z.output<typeof ProcedureDeclarationSchema>;
