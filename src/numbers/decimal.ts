/**
 * The number core's reader and decimal arithmetic: every folder reads a `DecimalValue` (a number,
 * or a decimal string with a point or a comma) through {@link toDec}, never by hand. The decimal.js
 * constructor is a private clone, so `Decimal.set` in the host application never changes our
 * precision, and ours never leaks into theirs. Not re-exported from the package root: the
 * functions here are the library's own building blocks.
 */
import Decimal from 'decimal.js';
import { invalidCountError, invalidDecimalsError, invalidNumberError, invalidRoundingModeError } from '../errors/raise.js';
import type { DecimalInput, RoundingMode } from './types.js';

/** 40 significant digits: far beyond any education statistic, so derived values are exact for reporting. */
export const Dec: typeof Decimal = /* #__PURE__ */ Decimal.clone({
  precision: 40,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -9e15,
  toExpPos: 9e15,
});

/** A decimal.js value of our private constructor. */
export type Dec = Decimal;

const DECIMAL_TEXT = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/;

/**
 * The most digits a decimal string may have: far more than any statistic needs, few enough that
 * every value read stays a finite double (a 400-digit string is rejected, never `Infinity`).
 *
 * @category Numbers
 */
export const MAX_DECIMAL_DIGITS = 60;

/**
 * Reads a decimal value: a finite number, or a decimal string with a point or a comma (spaces
 * between thousands are allowed), into an exact decimal. The one reader of decimal values in the
 * library.
 *
 * @param input - A finite number, a decimal string (`"6,25"`, `"1 234,5"`) or a decimal.
 * @param field - The field name for the error message.
 * @returns The exact decimal.
 * @throws {@link ShnorError} `INVALID_NUMBER` for `NaN`, `Infinity`, a string that is not a decimal
 *   or has more than {@link MAX_DECIMAL_DIGITS} digits, or anything else.
 * @example
 * ```ts
 * toDec('6,25').toString() //=> '6.25'
 * toDec(0.1).toString()    //=> '0.1'
 * toDec('1e3')             // throws ShnorError INVALID_NUMBER
 * ```
 */
export function toDec(input: unknown, field = 'value'): Decimal {
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) throw invalidNumberError({ field, value: input });
    // String(x) gives the shortest round-trip form: 0.1 stays 0.1, not 0.1000000000000000055...
    return new Dec(String(input));
  }
  if (typeof input === 'string') {
    const text = input.trim().replace(/[\s\u00a0\u202f]/g, '');
    if (text.length > MAX_DECIMAL_DIGITS + 2 || !DECIMAL_TEXT.test(text)) throw invalidNumberError({ field, value: input.length > 80 ? `${input.slice(0, 77)}...` : input });
    return new Dec(text.replace(',', '.'));
  }
  if (Decimal.isDecimal(input)) return new Dec(input as Decimal);
  throw invalidNumberError({ field, value: input });
}

const MODES: Readonly<Record<RoundingMode, Decimal.Rounding>> = {
  'half-up': Decimal.ROUND_HALF_UP,
  'half-even': Decimal.ROUND_HALF_EVEN,
  'half-down': Decimal.ROUND_HALF_DOWN,
  down: Decimal.ROUND_DOWN,
  up: Decimal.ROUND_UP,
  floor: Decimal.ROUND_FLOOR,
  ceil: Decimal.ROUND_CEIL,
};

/**
 * Maps a named rounding mode to decimal.js.
 *
 * @param mode - A rounding mode name (`half-up`, `half-even`, `down`, …).
 * @returns The decimal.js rounding constant.
 * @throws {@link ShnorError} `INVALID_ROUNDING_MODE` for an unknown name.
 * @example
 * ```ts
 * toDecimalRounding('half-even') //=> 6 (Decimal.ROUND_HALF_EVEN)
 * ```
 */
export function toDecimalRounding(mode: unknown): Decimal.Rounding {
  if (typeof mode === 'string' && Object.prototype.hasOwnProperty.call(MODES, mode)) {
    return MODES[mode as RoundingMode];
  }
  throw invalidRoundingModeError({ value: mode });
}

/**
 * Checks a number of decimal places (0..20).
 *
 * @param decimals - The number of places.
 * @returns The same number.
 * @throws {@link ShnorError} `INVALID_DECIMALS` otherwise.
 * @example
 * ```ts
 * checkDecimals(1) //=> 1
 * ```
 */
export function checkDecimals(decimals: unknown): number {
  if (typeof decimals !== 'number' || !Number.isInteger(decimals) || decimals < 0 || decimals > 20) {
    throw invalidDecimalsError({ value: decimals });
  }
  return decimals;
}

/**
 * A decimal as a fixed-point string with no exponent and no trailing zeros.
 *
 * @param d - The decimal.
 * @returns `"6.25"`, `"-2"`, `"0.5"`.
 * @example
 * ```ts
 * toPlainString(toDec('6,250')) //=> '6.25'
 * ```
 */
export function toPlainString(d: Decimal): string {
  if (d.isZero()) return '0';
  const fixed = d.toFixed();
  return fixed.includes('.') ? fixed.replace(/0+$/, '').replace(/\.$/, '') : fixed;
}

/**
 * Reads a count: a non-negative safe integer (participants, schools, teachers).
 *
 * @param count - The value.
 * @param field - The field name for the error message.
 * @returns The count.
 * @throws {@link ShnorError} `INVALID_COUNT` for a negative, fractional, non-finite or non-number value.
 * @example
 * ```ts
 * checkCount(20, 'participants') //=> 20
 * checkCount(2.5, 'participants') // throws ShnorError INVALID_COUNT
 * ```
 */
export function checkCount(count: unknown, field: string): number {
  if (typeof count !== 'number' || !Number.isSafeInteger(count) || count < 0) {
    throw invalidCountError({ field, value: count });
  }
  return count;
}

/**
 * The exact rational form of a decimal.
 *
 * @param d - The decimal.
 * @returns `[numerator, denominator]` as bigints, the denominator positive.
 * @example
 * ```ts
 * toRational(toDec('66.5')) //=> [133n, 2n]
 * ```
 */
export function toRational(d: Decimal): readonly [bigint, bigint] {
  const [n, q] = d.toFraction();
  return [BigInt((n as Decimal).toFixed()), BigInt((q as Decimal).toFixed())];
}

/**
 * Exact least squares y = mean(y) + slope · (x − mean(x)) over decimal points (years and levels).
 *
 * @param points - The points.
 * @returns The means and the slope; `null` with fewer than two points or when x does not vary.
 * @example
 * ```ts
 * decimalLeastSquares([{ x: toDec(2022), y: toDec(10) }, { x: toDec(2023), y: toDec(12) }])?.slope.toString() //=> '2'
 * ```
 */
export function decimalLeastSquares(points: readonly { readonly x: Decimal; readonly y: Decimal }[]): { readonly meanX: Decimal; readonly meanY: Decimal; readonly slope: Decimal } | null {
  const n = points.length;
  if (n < 2) return null;
  const meanX = points.reduce((s, p) => s.plus(p.x), new Dec(0)).div(n);
  const meanY = points.reduce((s, p) => s.plus(p.y), new Dec(0)).div(n);
  let sxy = new Dec(0);
  let sxx = new Dec(0);
  for (const p of points) {
    const dx = p.x.minus(meanX);
    sxy = sxy.plus(dx.times(p.y.minus(meanY)));
    sxx = sxx.plus(dx.times(dx));
  }
  return sxx.isZero() ? null : { meanX, meanY, slope: sxy.div(sxx) };
}

/**
 * A decimal as a JavaScript number, for outputs that carry numbers: never `NaN` or `Infinity`.
 *
 * @param d - The decimal.
 * @param field - The field name for the error message.
 * @returns The nearest double.
 * @throws {@link ShnorError} `INVALID_NUMBER` when the value is beyond the range of a double.
 * @example
 * ```ts
 * toFiniteNumber(toDec('6,3')) //=> 6.3
 * ```
 */
export function toFiniteNumber(d: Decimal, field = 'value'): number {
  const n = d.toNumber();
  if (!Number.isFinite(n)) throw invalidNumberError({ field, value: toPlainString(d).slice(0, 77) });
  return n;
}

/**
 * How many decimals a value has as written: `"6,30"` has 2, `6.3` has 1, `"16"` has 0. Printed
 * tables state their precision by the digits they print, trailing zeros included.
 *
 * @param input - A finite number or a decimal string.
 * @returns The number of digits after the decimal separator.
 * @throws {@link ShnorError} `INVALID_NUMBER` for a value that is not a decimal.
 * @example
 * ```ts
 * decimalsAsWritten('6,30') //=> 2
 * decimalsAsWritten(6.3) //=> 1
 * ```
 */
export function decimalsAsWritten(input: DecimalInput): number {
  const d = toDec(input);
  if (typeof input !== 'string') return d.decimalPlaces();
  const text = input.trim().replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}

/**
 * Reads a decimal value (a finite number, or a decimal string with a point or a comma) as the
 * nearest finite number: `toDec` then `toFiniteNumber`, for code that computes in
 * doubles (rankings, indices) but reads the values as written.
 *
 * @param input - A finite number or a decimal string (`"6,25"`, `"1 234,5"`).
 * @param field - The field name for the error message.
 * @returns The nearest double.
 * @throws {@link ShnorError} `INVALID_NUMBER` for a value that is not a decimal.
 * @example
 * ```ts
 * // средний балл «3,65» из таблицы
 * readNumber('3,65') //=> 3.65
 * ```
 * @category Numbers
 */
export function readNumber(input: unknown, field = 'value'): number {
  return typeof input === 'number' && Number.isFinite(input) ? input : toFiniteNumber(toDec(input, field), field);
}
