import { z } from 'zod';
import { ShnorError } from '../errors/ShnorError.js';
import { DecimalValueSchema, IdSchema, ShareSchema, SourceSchema, YearSchema } from '../model/primitives.js';
import { type SafeResult, type ValidationIssue, safeParseWith, toValidationIssues } from '../model/validation.js';
import type { ActualPoint } from './evaluateIndicator.js';
import type { IndicatorDefinition } from './definition.js';

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

/** Whether an indicator's actuals are yes/no (a flag target, or a boolean unit). */
const isYesNo = (def: IndicatorDefinition): boolean => def.target?.kind === 'flag' || def.unit === 'boolean';

/** A received value in Russian words, for an issue. */
const valueRu = (v: unknown): string => (v === true ? '«да»' : v === false ? '«нет»' : typeof v === 'object' && v !== null ? 'доля (число из числа)' : String(v));

/**
 * Checks valid actuals against a program's indicators, before they are evaluated: an actual for
 * an indicator the program does not have, a number for a yes/no indicator or a yes/no for a
 * numeric one is an issue at its path, in Russian and English, naming the indicator. The actuals
 * that fit are kept: an integrator may report the issues and evaluate the rest (the CLI's
 * `--partial`); the indicators whose actuals were dropped are then «нет данных», never «не достигнут».
 *
 * @param indicators - The program's indicator definitions.
 * @param actuals - Actuals already validated by {@link safeParseActuals}.
 * @returns The actuals that fit (an object with no prototype) and every issue (paths as in an actuals file: `['actuals', id, k, 'value']`).
 * @example
 * ```ts
 * // Березовский район: «рост доли школ… на протяжении трёх лет» — да/нет, а в файле стоит 55
 * const r = checkActuals(BEREZOVSKY_2021_2024_PROGRAM.indicators, { 'seed001.i1': [{ year: 2023, value: 55 }] });
 * r.issues[0].message.ru //=> 'показатель «…» принимает значения да/нет («true» или «false»), получено 55'
 * Object.keys(r.actuals) //=> []
 * ```
 * @category Indicators
 */
export function checkActuals(indicators: readonly IndicatorDefinition[], actuals: Actuals): { readonly actuals: Actuals; readonly issues: readonly ValidationIssue[] } {
  const byId = new Map(indicators.map((d) => [d.id, d]));
  const out = Object.create(null) as Record<string, readonly ActualPoint[]>;
  const issues: ValidationIssue[] = [];
  for (const id of Object.keys(actuals)) {
    const def = byId.get(id);
    const points = actuals[id] ?? [];
    if (def === undefined) {
      const known = indicators.length === 0 ? '' : indicators.length <= 12 ? indicators.map((d) => d.id).join(', ') : `${indicators.slice(0, 12).map((d) => d.id).join(', ')}, …`;
      issues.push({
        code: 'UNKNOWN_INDICATOR',
        path: ['actuals', id],
        received: id,
        message: {
          ru: `в программе нет показателя с идентификатором «${id}»${known === '' ? '' : ` (есть: ${known})`}: его значения не учитываются`,
          en: `the program has no indicator "${id}"${known === '' ? '' : ` (it has: ${known})`}: its values are not used`,
        },
      });
      continue;
    }
    const yesNo = isYesNo(def);
    const kept: ActualPoint[] = [];
    points.forEach((p, k) => {
      const v = p.value;
      if (v === null || (typeof v === 'boolean') === yesNo) {
        kept.push(p);
        return;
      }
      const name = def.name.ru;
      issues.push({
        code: 'ACTUAL_KIND_MISMATCH',
        path: ['actuals', id, k, 'value'],
        received: typeof v === 'object' ? 'object' : v,
        message: yesNo
          ? { ru: `показатель «${name}» принимает значения да/нет («true» или «false»), получено ${valueRu(v)}`, en: `indicator "${def.name.en ?? name}" takes yes/no (true or false), received ${typeof v === 'object' ? 'a share' : String(v)}` }
          : { ru: `показатель «${name}» числовой: ожидается число или доля, получено ${valueRu(v)}`, en: `indicator "${def.name.en ?? name}" is numeric: expected a number or a share, received ${String(v)}` },
      });
    });
    if (kept.length > 0) out[id] = kept;
  }
  return { actuals: out, issues };
}
