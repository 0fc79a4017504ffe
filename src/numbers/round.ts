import { checkDecimals, toDec, toDecimalRounding, toFiniteNumber } from './decimal.js';
import type { DecimalInput, DecimalString, RoundingMode } from './types.js';

/**
 * Rounds a decimal to a number of decimal places with a named mode, exactly (decimal arithmetic,
 * never binary floating point), and returns a fixed-point string with exactly that many decimals.
 *
 * @param input - A finite number or a decimal string (`"6,25"` is accepted).
 * @param decimals - Decimal places, an integer from 0 to 20.
 * @param mode - The rounding mode; `half-up` by default.
 * @returns The rounded value as a fixed-point string, e.g. `"6.3"`.
 * @throws {@link ShnorError} `INVALID_NUMBER`, `INVALID_DECIMALS` or `INVALID_ROUNDING_MODE` for bad arguments.
 * @example
 * ```ts
 * // доля 6,25 % так, как её печатает программа (с одним знаком), при разных режимах округления
 * round(6.25, 1)              //=> '6.3'
 * round(6.25, 1, 'half-even') //=> '6.2'
 * round('6.5217', 0, 'down')  //=> '6'
 * round(100, 1)               //=> '100.0'
 * ```
 * @category Numbers
 */
export function round(input: DecimalInput, decimals: number, mode: RoundingMode = 'half-up'): DecimalString {
  const places = checkDecimals(decimals);
  const rounding = toDecimalRounding(mode);
  const rounded = toDec(input).toDecimalPlaces(places, rounding);
  return rounded.isZero() ? (0).toFixed(places) : rounded.toFixed(places);
}

/**
 * Rounds like {@link round} and returns a plain JavaScript number, for JSON consumers that want
 * numbers rather than strings. The rounded decimal has few digits, so the number is its nearest
 * double and prints back the same (`6.3`, not `6.300000000000001`).
 *
 * @param input - A finite number or a decimal string.
 * @param decimals - Decimal places, an integer from 0 to 20.
 * @param mode - The rounding mode; `half-up` by default.
 * @returns The rounded number, always finite.
 * @throws {@link ShnorError} `INVALID_NUMBER` (also for a value beyond the range of a number), `INVALID_DECIMALS` or `INVALID_ROUNDING_MODE` for bad arguments.
 * @example
 * ```ts
 * // 31,25 % школ — 31 при округлении до целого
 * roundToNumber('31.25', 0) //=> 31
 * roundToNumber(2 / 11 * 100, 0) //=> 18
 * ```
 * @category Numbers
 */
export function roundToNumber(input: DecimalInput, decimals: number, mode: RoundingMode = 'half-up'): number {
  return toFiniteNumber(toDec(input).toDecimalPlaces(checkDecimals(decimals), toDecimalRounding(mode)), 'value');
}
