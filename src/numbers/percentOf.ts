import { checkCount, toDec, toPlainString } from './decimal.js';
import type { DecimalInput, DecimalString } from './types.js';

/**
 * The exact number that `percent` % of `total` is: 30 % of 20 is exactly `"6"`, 30 % of 21 is
 * `"6.3"`. Use it to explain a threshold rule in counts («не менее 30 % из 20, т.е. не менее 6»).
 *
 * @param total - The denominator, a non-negative integer.
 * @param percent - The percent, a finite number or decimal string.
 * @returns The exact product as a decimal string.
 * @throws {@link ShnorError} `INVALID_COUNT` for a bad `total`; `INVALID_NUMBER` for a bad `percent`.
 * @example
 * ```ts
 * // 30 % от 20 участников — ровно 6 человек; 6,25 % от 16 школ — одна школа
 * percentOf(20, 30) //=> '6'
 * percentOf(16, '6,25') //=> '1'
 * ```
 * @category Numbers
 */
export function percentOf(total: number, percent: DecimalInput): DecimalString {
  checkCount(total, 'total');
  return toPlainString(toDec(percent, 'percent').times(total).div(100));
}

/**
 * The smallest count out of `total` that satisfies «не менее `percent` %» (≥), computed exactly:
 * 30 % of 20 → 6; 30 % of 21 → 7.
 *
 * @param total - The denominator, a non-negative integer.
 * @param percent - The threshold percent.
 * @returns The least integer `k` with `k / total ≥ percent / 100`; `total + 1` when none is (percent above 100).
 * @throws {@link ShnorError} `INVALID_COUNT` / `INVALID_NUMBER` for bad input.
 * @example
 * ```ts
 * // сколько «двоек» нужно для «не менее 30 %» при 20 и при 21 участнике
 * minCountForPercent(20, 30) //=> 6
 * minCountForPercent(21, 30) //=> 7
 * ```
 * @category Numbers
 */
export function minCountForPercent(total: number, percent: DecimalInput): number {
  checkCount(total, 'total');
  const exact = toDec(percent, 'percent').times(total).div(100);
  const k = exact.lte(0) ? 0 : Number(exact.ceil().toFixed());
  return Math.min(k, total + 1);
}

