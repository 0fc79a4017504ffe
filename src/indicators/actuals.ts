import { z } from 'zod';
import { ShnorError } from '../errors/ShnorError.js';
import { DecimalValueSchema, IdSchema, ShareSchema, SourceSchema, YearSchema } from '../model/primitives.js';
import { type SafeResult, type ValidationIssue, safeParseWith, toValidationIssues } from '../model/validation.js';
import type { ActualPoint } from './evaluateIndicator.js';

/**
 * One year's actual value of an indicator: a decimal (number or string), a share as counts
 * (`{ count, total }` with `count ≤ total`), a yes/no, or `null` when unknown.
 *
 * @category Indicators
 */
export const ActualValueSchema: z.ZodUnion<readonly [typeof DecimalValueSchema, typeof ShareSchema, z.ZodBoolean, z.ZodNull]> = /* #__PURE__ */ z.union([DecimalValueSchema, ShareSchema, z.boolean(), z.null()]);

/**
 * One year's actual value with its year (and, optionally, its source).
 *
 * @category Indicators
 */
export const ActualPointSchema: z.ZodObject<{
  year: z.ZodNumber;
  value: typeof ActualValueSchema;
  source: z.ZodOptional<typeof SourceSchema>;
}, z.core.$strict> = /* #__PURE__ */ z.strictObject({ year: YearSchema, value: ActualValueSchema, source: SourceSchema.optional() });

/**
 * The actual values of one indicator, one per year.
 *
 * @category Indicators
 */
export const IndicatorActualsSchema: z.ZodArray<typeof ActualPointSchema> = /* #__PURE__ */ z.array(ActualPointSchema).superRefine((points, ctx) => {
  const seen = new Set<number>();
  points.forEach((p, i) => {
    if (seen.has(p.year)) ctx.addIssue({ code: 'custom', path: [i, 'year'], input: p.year, params: { code: 'duplicate_record', ru: `факт за ${p.year} год указан дважды`, en: `the actual for ${p.year} is given twice` } });
    seen.add(p.year);
  });
});

/**
 * Actual values of indicators, by indicator id.
 *
 * @category Indicators
 */
export const ActualsSchema: z.ZodRecord<z.ZodString, typeof IndicatorActualsSchema> = /* #__PURE__ */ z.record(IdSchema, IndicatorActualsSchema);

/**
 * An actuals file: `{ actuals: { <indicator id>: [{ year, value }, …] } }`, with an optional note and provenance.
 *
 * @category Indicators
 */
export const ActualsFileSchema: z.ZodObject<{
  note: z.ZodOptional<z.ZodString>;
  provenance: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
  actuals: typeof ActualsSchema;
}, z.core.$strict> = /* #__PURE__ */ z.strictObject({
  note: z.string().optional(),
  provenance: z.record(z.string(), z.string()).optional(),
  actuals: ActualsSchema,
});

/**
 * Actual values by indicator id, on an object with no prototype (every look-up is by own key).
 *
 * @category Indicators
 */
export type Actuals = Readonly<Record<string, readonly ActualPoint[]>>;

function reserved(path: (string | number)[]): ValidationIssue {
  return { code: 'RESERVED_ID', path, received: '__proto__', message: { ru: 'идентификатор «__proto__» зарезервирован: выберите другой', en: 'the identifier "__proto__" is reserved: choose another one' } };
}

const own = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

/**
 * Validates the actual values of a program's indicators: either an actuals file
 * (`{ actuals: { … } }`, as the CLI's `--actuals` reads) or the map by indicator id itself. Every
 * value is checked like `share()` checks counts: 7 of 5, −7 of 5, 2,5 of 5, `{ total: 5 }` and a
 * number in place of the list are issues at their path, never a 140 % «достигнут».
 *
 * @param input - Untrusted data (e.g. `JSON.parse` of a file).
 * @returns `{ success: true, data }` (an object with no prototype) or `{ success: false, issues }` with every issue.
 * @example
 * ```ts
 * // фактические значения показателей из файла муниципалитета, с ошибками по полям
 * safeParseActuals({ actuals: { i6: [{ year: 2019, value: { count: 1, total: 16 } }] } }).success //=> true
 * safeParseActuals({ i6: [{ year: 2019, value: { count: 7, total: 5 } }] }).success //=> false
 * ```
 * @category Indicators
 */
export function safeParseActuals(input: unknown): SafeResult<Actuals> {
  const isFile = typeof input === 'object' && input !== null && !Array.isArray(input) && own(input, 'actuals');
  const map: unknown = isFile ? (input as { actuals: unknown }).actuals : input;
  const prefix = isFile ? ['actuals'] : [];
  const issues: ValidationIssue[] = [];
  if (typeof map === 'object' && map !== null && own(map, '__proto__')) issues.push(reserved([...prefix, '__proto__']));
  const r = isFile ? ActualsFileSchema.safeParse(input, { reportInput: true }) : ActualsSchema.safeParse(input, { reportInput: true });
  if (!r.success) issues.push(...toValidationIssues(r.error.issues));
  if (issues.length > 0 || !r.success) {
    return { success: false, issues: issues as [ValidationIssue, ...ValidationIssue[]] };
  }
  const parsed = (isFile ? (r.data as { actuals: Record<string, ActualPoint[]> }).actuals : r.data) as Record<string, ActualPoint[]>;
  const out = Object.create(null) as Record<string, readonly ActualPoint[]>;
  for (const k of Object.keys(parsed)) out[k] = parsed[k] as ActualPoint[];
  return { success: true, data: out };
}

/**
 * Validates the actual values of a program's indicators and throws on any issue (see
 * {@link safeParseActuals}).
 *
 * @param input - Untrusted data.
 * @returns The actuals by indicator id, on an object with no prototype.
 * @throws {@link ShnorError} `VALIDATION_FAILED` listing every issue.
 * @example
 * ```ts
 * // фактические значения целевых показателей программы по годам
 * Object.keys(parseActuals({ i6: [{ year: 2019, value: 6.3 }] })) //=> ['i6']
 * ```
 * @category Indicators
 */
export function parseActuals(input: unknown): Actuals {
  const r = safeParseActuals(input);
  if (r.success) return r.data;
  throw new ShnorError('VALIDATION_FAILED', { what: 'Actuals', issues: r.issues });
}

/**
 * Validates the actual values of one indicator (a list of `{ year, value }`).
 *
 * @param input - Untrusted data.
 * @returns `{ success: true, data }` or `{ success: false, issues }`.
 * @example
 * ```ts
 * // ряд фактических значений одного показателя по годам
 * safeParseIndicatorActuals([{ year: 2019, value: { count: -7, total: 5 } }]).success //=> false
 * ```
 * @category Indicators
 */
export function safeParseIndicatorActuals(input: unknown): SafeResult<readonly ActualPoint[]> {
  return safeParseWith(IndicatorActualsSchema, input) as SafeResult<readonly ActualPoint[]>;
}
