import type { Outcome } from '../core/outcome.js';
import { countExceedsTotalError, invalidNumberError, invalidOperatorError } from '../errors/raise.js';
import { checkCount, toDec, toPlainString, toRational } from './decimal.js';
import { emptyDenominator } from './reasons.js';
import type { Share } from './share.js';
import { COMPARISON_OPERATORS, type ComparisonOperator, type DecimalInput, type DecimalString } from './types.js';

/**
 * A value compared with a threshold: a share as counts (compared with a threshold in percent,
 * exactly), a decimal string (compared exactly), or a computed number (compared ignoring binary
 * noise below one part in 10⁹).
 *
 * @category Numbers
 */
export type ComparableValue = Share | DecimalString | number;

/**
 * A threshold read once: its exact decimal, its nearest number, and its exact fraction.
 *
 * @category Numbers
 */
export interface Threshold {
  /** The threshold as a plain decimal string. */
  readonly text: DecimalString;
  /** The threshold as the nearest number (for computed values). */
  readonly number: number;
  /** The exact fraction `num / den` (bigints, `den > 0`). */
  readonly num: bigint;
  /** The denominator of the exact fraction. */
  readonly den: bigint;
  /** `num` and `den` as numbers, when both are safe integers (the fast path for shares); otherwise `null`. */
  readonly small: readonly [number, number] | null;
}

/**
 * The relative noise ignored when two computed numbers are compared: 1e-9 of the larger (or of 1).
 *
 * @category Numbers
 */
export const NUMBER_TOLERANCE = 1e-9;

/**
 * Reads a threshold once, for comparing many values with it.
 *
 * @param input - A finite number or a decimal string (`"66,6666666667"`).
 * @returns The threshold, ready for {@link compareValue}.
 * @throws {@link ShnorError} `INVALID_NUMBER` for a value that is not a decimal.
 * @example
 * ```ts
 * // порог «не менее 33,3 %», прочитанный один раз для всех школ
 * readThreshold('33,3').text //=> '33.3'
 * ```
 * @category Numbers
 */
export function readThreshold(input: DecimalInput | Threshold): Threshold {
  if (typeof input === 'object' && input !== null && 'den' in input) return input;
  const d = toDec(input, 'threshold');
  const [num, den] = toRational(d);
  const n = Number(num);
  const m = Number(den);
  return { text: toPlainString(d), number: d.toNumber(), num, den, small: Number.isSafeInteger(n) && Number.isSafeInteger(m) ? [n, m] : null };
}

/**
 * Compares two computed numbers, ignoring binary noise below one part in 10⁹ of the larger
 * (68,1 − 48,1 is 20, not 20,000000000000004).
 *
 * @param a - A finite number.
 * @param b - A finite number.
 * @returns `-1`, `0` or `1`: the sign of `a − b` once noise is ignored.
 * @throws {@link ShnorError} `INVALID_NUMBER` when a number is not finite.
 * @example
 * ```ts
 * // разность средних баллов 68,1 − 48,1 — это ровно 20 баллов, а не 20,000000000000004
 * compareNumbers(68.1 - 48.1, 20) //=> 0
 * compareNumbers(20.001, 20) //=> 1
 * ```
 * @category Numbers
 */
export function compareNumbers(a: number, b: number): -1 | 0 | 1 {
  if (typeof a !== 'number' || !Number.isFinite(a)) throw invalidNumberError({ field: 'value', value: a });
  if (typeof b !== 'number' || !Number.isFinite(b)) throw invalidNumberError({ field: 'threshold', value: b });
  const d = a - b;
  const scale = Math.max(1, Math.abs(a), Math.abs(b));
  return Math.abs(d) <= NUMBER_TOLERANCE * scale ? 0 : d > 0 ? 1 : -1;
}

/**
 * Tells whether the sign of a comparison satisfies an operator.
 *
 * @param sign - The sign of `left − right`: -1, 0 or 1.
 * @param operator - The comparison operator.
 * @returns Whether `left operator right` holds.
 * @throws {@link ShnorError} `INVALID_OPERATOR` for an unknown operator.
 * @example
 * ```ts
 * // «не менее» (≥) выполнено и при равенстве: 30 % из 30 %
 * satisfies(0, 'gte') //=> true
 * satisfies(0, 'gt')  //=> false
 * ```
 * @category Numbers
 */
export function satisfies(sign: -1 | 0 | 1, operator: ComparisonOperator): boolean {
  switch (operator) {
    case 'gte':
      return sign >= 0;
    case 'gt':
      return sign > 0;
    case 'lte':
      return sign <= 0;
    case 'lt':
      return sign < 0;
    case 'eq':
      return sign === 0;
    default:
      throw invalidOperatorError({ value: operator });
  }
}

/**
 * The sign of `count / total × 100 − threshold`, exactly: by integer cross-multiplication while
 * the products stay exact, by big integers beyond. `null` for an empty group (0 of 0).
 */
function shareSign(count: number, total: number, t: Threshold): -1 | 0 | 1 | null {
  if (total === 0) return null;
  // count / total  vs  num / (den · 100)   ⇔   count · den · 100  vs  num · total
  if (t.small !== null) {
    const left = count * t.small[1] * 100;
    const right = t.small[0] * total;
    if (Number.isSafeInteger(left) && Number.isSafeInteger(right)) return left === right ? 0 : left > right ? 1 : -1;
  }
  const left = BigInt(count) * t.den * 100n;
  const right = t.num * BigInt(total);
  return left === right ? 0 : left > right ? 1 : -1;
}

/**
 * The one comparison of the library: a value against a threshold with an operator. Rules, risk
 * bands, objectivity signals and indicator targets all compare through it, so the same value,
 * operator and threshold always give the same answer.
 * - a share (counts) is compared with a threshold **in percent**, exactly: 6 of 20 is exactly 30 %,
 *   and 2 of 3 teachers is less than 66,6666666667 %;
 * - a decimal string is compared exactly;
 * - a number is a computed value: noise below one part in 10⁹ is ignored ({@link compareNumbers}).
 *
 * @param value - A share, a decimal string or a finite number.
 * @param operator - `gte` «не менее», `gt` «более», `lte` «не более», `lt` «менее», `eq` «равно».
 * @param limit - The threshold (a number, a decimal string, or a {@link readThreshold} read once).
 * @returns `{ status: 'value', value: boolean }`, or "not applicable" (`EMPTY_DENOMINATOR`) for a share of an empty group.
 * @throws {@link ShnorError} `INVALID_OPERATOR` for an unknown operator; `INVALID_NUMBER` for a bad
 *   value or threshold; `INVALID_COUNT` / `COUNT_EXCEEDS_TOTAL` for bad counts.
 * @example
 * ```ts
 * // «менее 66,6666666667 %»: 2 учителя из 3 — это 66,66… %, условие выполнено
 * compareValue({ count: 2, total: 3 }, 'lt', '66.6666666667') //=> { status: 'value', value: true }
 * compareValue('6,3', 'gte', 6.3) //=> { status: 'value', value: true }
 * compareValue(68.1 - 48.1, 'lte', 20) //=> { status: 'value', value: true }
 * ```
 * @category Numbers
 */
export function compareValue(value: ComparableValue, operator: ComparisonOperator, limit: DecimalInput | Threshold): Outcome<boolean> {
  if (typeof operator !== 'string' || !COMPARISON_OPERATORS.includes(operator)) throw invalidOperatorError({ value: operator });
  const t = readThreshold(limit);
  if (typeof value === 'number') return { status: 'value', value: satisfies(compareNumbers(value, t.number), operator) };
  if (typeof value === 'string') {
    const sign = toDec(value, 'value').comparedTo(t.text) as -1 | 0 | 1;
    return { status: 'value', value: satisfies(sign, operator) };
  }
  if (typeof value !== 'object' || value === null) throw invalidNumberError({ field: 'value', value: value as never });
  const count = checkCount(value.count, 'count');
  const total = checkCount(value.total, 'total');
  if (count > total) throw countExceedsTotalError({ count, total });
  const sign = shareSign(count, total, t);
  return sign === null ? emptyDenominator() : { status: 'value', value: satisfies(sign, operator) };
}
