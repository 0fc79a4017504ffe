import { z } from 'zod';

/**
 * The largest magnitude a decimal value in input data may have: 10¹⁵ (a quadrillion). Far beyond
 * any count, score, percent, weight or target of education statistics, and small enough that
 * sums, products and differences of such values stay finite and exact to the cent in a double.
 *
 * @category Model
 */
export const MAX_DECIMAL_MAGNITUDE = 1e15;

/**
 * A decimal value in input data: a finite JSON number, or a decimal string with a point or a
 * comma (`"6,3"`), so that exact values survive JSON. Its magnitude is below
 * {@link MAX_DECIMAL_MAGNITUDE} (at most 15 digits before the point, 20 after): a 400-digit
 * string or `1e308` is an issue, never an `Infinity` or `NaN` downstream.
 *
 * @category Model
 */
export const DecimalValueSchema: z.ZodUnion<readonly [z.ZodNumber, z.ZodString]> = /* #__PURE__ */ z.union([
  z.number().gt(-MAX_DECIMAL_MAGNITUDE).lt(MAX_DECIMAL_MAGNITUDE),
  z.string().regex(/^\s*[+-]?(\d{1,15}([.,]\d{0,20})?|[.,]\d{1,20})\s*$/, 'decimal string'),
]);

/**
 * A percent in input data (a level from 0 to 100 inclusive): a JSON number or a decimal string
 * with a point or a comma (`"96,3"`). Used wherever a field is a percent of a whole (equipment,
 * textbooks, reported shares), so that `1e308` or `-5` is an issue at its path.
 *
 * @category Model
 */
export const PercentValueSchema: z.ZodUnion<readonly [z.ZodNumber, z.ZodString]> = /* #__PURE__ */ z.union([
  z.number().min(0).max(100),
  z.string().regex(/^\s*\+?(100([.,]0{0,20})?|\d{1,2}([.,]\d{0,20})?|[.,]\d{1,20})\s*$/, 'percent from 0 to 100'),
]);

/**
 * A decimal value in input data (see {@link DecimalValueSchema}).
 *
 * @category Model
 */
export type DecimalValue = z.output<typeof DecimalValueSchema>;

/**
 * A calendar year (1990–2100, see {@link YEAR_RANGE}).
 *
 * @category Model
 */
export const YearSchema: z.ZodNumber = /* #__PURE__ */ z.number().int().min(1990).max(2100);

/**
 * The largest count a record may carry: 10⁹ (pupils, teachers, schools, roubles are not counts). A
 * national dataset sums millions of counts (5 000 000 result rows); with each count at most 10⁹ the
 * sums stay exact integers (below 2⁵³), so no total can overflow into a rounded number.
 *
 * @category Model
 */
export const MAX_COUNT = 1_000_000_000;

/**
 * A count: a non-negative integer, at most {@link MAX_COUNT}.
 *
 * @category Model
 */
export const CountSchema: z.ZodNumber = /* #__PURE__ */ z.number().int().min(0).max(MAX_COUNT);

/**
 * A stable identifier: letters, digits, `_`, `-`, `.`, `:` and `/`, Cyrillic included, 1–120
 * characters. `__proto__` is reserved (a key that plain JavaScript objects cannot hold) and is an
 * issue; every other word, `constructor` and `toString` included, is an ordinary id.
 *
 * @category Model
 */
export const IdSchema: z.ZodString = /* #__PURE__ */ z
  .string()
  .min(1)
  .max(120)
  .regex(/^[\p{L}\p{N}_\-.:/№ ]+$/u, 'identifier')
  .refine((v) => v !== '__proto__', {
    params: { code: 'RESERVED_ID', ru: 'идентификатор «__proto__» зарезервирован: выберите другой', en: 'the identifier "__proto__" is reserved: choose another one' },
  });

/**
 * The years the library works with: calendar years from 1990 to 2100 (see {@link YearSchema}).
 *
 * @category Model
 */
export const YEAR_RANGE: { readonly min: number; readonly max: number } = { min: 1990, max: 2100 };

const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Tells whether a text is an ISO date `YYYY-MM-DD` of a day that exists, in the library's years
 * ({@link YEAR_RANGE}): `2024-02-29` is, `2023-02-29`, `2024-02-31` and `2030-13-45` are not.
 *
 * @param text - The text.
 * @returns Whether it is such a date.
 * @example
 * ```ts
 * // срок мероприятия антирисковой программы: 31 февраля не бывает
 * isIsoDate('2024-02-29') //=> true
 * isIsoDate('2019-02-31') //=> false
 * ```
 * @category Model
 */
export function isIsoDate(text: unknown): boolean {
  if (typeof text !== 'string') return false;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (m === null) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < YEAR_RANGE.min || y > YEAR_RANGE.max || mo < 1 || mo > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return d <= (mo === 2 && !leap ? 28 : (DAYS[mo - 1] as number));
}

/**
 * An ISO date `YYYY-MM-DD` of a day that exists, in the library's years: a pattern alone would
 * let `2030-13-45` or `2019-02-31` through.
 *
 * @category Model
 */
export const IsoDateSchema: z.ZodString = /* #__PURE__ */ z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'date YYYY-MM-DD')
  .refine(isIsoDate, {
    params: { code: 'INVALID_DATE', ru: `такого дня нет в календаре или год вне ${YEAR_RANGE.min}–${YEAR_RANGE.max}: ожидается дата ГГГГ-ММ-ДД`, en: `no such day in the calendar, or the year is outside ${YEAR_RANGE.min}–${YEAR_RANGE.max}: expected a date YYYY-MM-DD` },
  });

/**
 * A share given as counts: `count` of `total`, with `count ≤ total` (7 of 5 is an issue at `count`).
 *
 * @category Model
 */
export const ShareSchema: z.ZodObject<{ count: z.ZodNumber; total: z.ZodNumber }, z.core.$strict> = /* #__PURE__ */ z
  .strictObject({ count: z.number().int().min(0).max(MAX_COUNT), total: z.number().int().min(0).max(MAX_COUNT) })
  .superRefine((v, ctx) => {
    if (v.count > v.total) {
      ctx.addIssue({ code: 'custom', path: ['count'], input: v.count, params: { code: 'COUNT_EXCEEDS_TOTAL', ru: `получено ${v.count} из ${v.total}: часть не может быть больше целого`, en: `received ${v.count} of ${v.total}: the count cannot exceed the total` } });
    }
  });

/**
 * A name in Russian, with an optional English name.
 *
 * @category Model
 */
export const NameSchema: z.ZodObject<{ ru: z.ZodString; en: z.ZodOptional<z.ZodString> }> = /* #__PURE__ */ z.strictObject({
  ru: z.string().min(1),
  en: z.string().min(1).optional(),
});

/**
 * A name in Russian, with an optional English name.
 *
 * @category Model
 */
export type Name = z.output<typeof NameSchema>;

/**
 * Where a value comes from: a legal act (number and date), or a seed file and line, or both.
 *
 * @category Model
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

/**
 * Where a value comes from.
 *
 * @category Model
 */
export type Source = z.output<typeof SourceSchema>;
