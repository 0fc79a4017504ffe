import { z } from 'zod';

/**
 * A decimal value in input data: a finite JSON number, or a decimal string with a point or a
 * comma (`"6,3"`), so that exact values survive JSON.
 */
export const DecimalValueSchema: z.ZodUnion<readonly [z.ZodNumber, z.ZodString]> = /* #__PURE__ */ z.union([
  z.number(),
  z.string().regex(/^\s*[+-]?(\d+([.,]\d*)?|[.,]\d+)\s*$/, 'decimal string'),
]);

/** A decimal value in input data (see {@link DecimalValueSchema}). */
export type DecimalValue = z.output<typeof DecimalValueSchema>;

/** A calendar year (1990–2100). */
export const YearSchema: z.ZodNumber = /* #__PURE__ */ z.number().int().min(1990).max(2100);

/** A count: a non-negative integer. */
export const CountSchema: z.ZodNumber = /* #__PURE__ */ z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

/** A stable identifier: letters, digits, `_`, `-`, `.`, `:` and `/`, Cyrillic included, 1–120 characters. */
export const IdSchema: z.ZodString = /* #__PURE__ */ z
  .string()
  .min(1)
  .max(120)
  .regex(/^[\p{L}\p{N}_\-.:/№ ]+$/u, 'identifier');

/** A name in Russian, with an optional English name. */
export const NameSchema: z.ZodObject<{ ru: z.ZodString; en: z.ZodOptional<z.ZodString> }> = /* #__PURE__ */ z.strictObject({
  ru: z.string().min(1),
  en: z.string().min(1).optional(),
});

/** A name in Russian, with an optional English name. */
export type Name = z.output<typeof NameSchema>;

/**
 * Where a value comes from: a legal act (number and date), or a seed file and line, or both.
 */
export const SourceSchema: z.ZodObject<{
  act: z.ZodOptional<z.ZodString>;
  seed: z.ZodOptional<z.ZodString>;
  line: z.ZodOptional<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>>;
  note: z.ZodOptional<z.ZodString>;
}> = /* #__PURE__ */ z.strictObject({
  act: z.string().min(1).optional(),
  seed: z.string().min(1).optional(),
  /** a line (`125`), a range (`'79-139'`) or a list (`'79, 125'`) */
  line: z.union([z.number().int().min(1), z.string().regex(/^L?\d+(\s*[-–,]\s*L?\d+)*$/)]).optional(),
  note: z.string().optional(),
});

/** Where a value comes from. */
export type Source = z.output<typeof SourceSchema>;
