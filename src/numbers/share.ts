import type { Outcome } from '../core/outcome.js';
import { emptyDenominator } from './reasons.js';
import { countExceedsTotalError, invalidCountError } from '../errors/raise.js';
import { Dec, checkCount, toPlainString } from './decimal.js';
import type { DecimalString, Quantity } from './types.js';

/**
 * A share: a count over a count (e.g. 6 of 20 participants). Both are integers, so every
 * comparison made on a share is exact.
 *
 * @category Numbers
 */
export interface Share {
  /** The numerator: how many (≥ 0, ≤ `total`). */
  readonly count: number;
  /** The denominator: out of how many (≥ 0). Zero is allowed: an empty group has no share. */
  readonly total: number;
}

/**
 * Builds a share from two counts.
 *
 * @param count - The numerator, a non-negative integer.
 * @param total - The denominator, a non-negative integer not less than `count`.
 * @returns The share `{ count, total }`.
 * @throws {@link ShnorError} `INVALID_COUNT` when a count is negative, fractional, not finite or not a number.
 * @throws {@link ShnorError} `COUNT_EXCEEDS_TOTAL` when `count > total`.
 * @example
 * ```ts
 * // 6 «двоек» у 20 участников ВПР
 * share(6, 20) //=> { count: 6, total: 20 }
 * share(7, 5)  // throws ShnorError COUNT_EXCEEDS_TOTAL
 * ```
 * @category Numbers
 */
export function share(count: number, total: number): Share {
  checkCount(count, 'count');
  checkCount(total, 'total');
  if (count > total) throw countExceedsTotalError({ count, total });
  return { count, total };
}

/**
 * The exact percent of a share, `count / total × 100`, as a decimal string (up to 40 significant
 * digits, trailing zeros removed). An empty group is "not applicable", never `NaN`.
 *
 * @param s - The share.
 * @returns `{ status: 'value', value: '6.25' }` for 1 of 16; `not_applicable` (`EMPTY_DENOMINATOR`) for 0 of 0.
 * @example
 * ```ts
 * // одна школа из 16 — 6,25 %; доля от нуля участников не определена
 * sharePercent(share(1, 16)) //=> { status: 'value', value: '6.25' }
 * sharePercent(share(0, 0)).status //=> 'not_applicable'
 * ```
 * @category Numbers
 */
export function sharePercent(s: Share): Outcome<DecimalString> {
  const p = sharePercentDecimal(s);
  return p === null ? emptyDenominator() : { status: 'value', value: toPlainString(p) };
}

/**
 * The one share-to-percent of the library: `count / total × 100` as an exact decimal (40
 * significant digits), after checking the counts like {@link share} does.
 *
 * @param s - The share (untrusted counts are checked).
 * @returns The percent, or `null` for an empty group (0 of 0).
 * @throws {@link ShnorError} `INVALID_COUNT` / `COUNT_EXCEEDS_TOTAL` for bad counts.
 * @example
 * ```ts
 * sharePercentDecimal({ count: 1, total: 16 })?.toString() //=> '6.25'
 * ```
 */
export function sharePercentDecimal(s: Share): Dec | null {
  if (typeof s !== 'object' || s === null) throw invalidCountError({ field: 'share', value: s as never });
  share(s.count, s.total);
  return s.total === 0 ? null : new Dec(s.count).times(100).div(s.total);
}

/**
 * The percent of a share as a {@link Quantity} with unit `percent`, ready for
 * `percentagePointChange` and formatting.
 *
 * @param s - The share.
 * @returns The percent level, or "not applicable" for an empty group.
 * @example
 * ```ts
 * // 5 из 16 школ округа в зоне риска — 31,25 %
 * shareToPercent(share(5, 16)) //=> { status: 'value', value: { unit: 'percent', value: '31.25' } }
 * ```
 * @category Numbers
 */
export function shareToPercent(s: Share): Outcome<Quantity<'percent'>> {
  const p = sharePercent(s);
  return p.status === 'value' ? { status: 'value', value: { unit: 'percent', value: p.value } } : p;
}
