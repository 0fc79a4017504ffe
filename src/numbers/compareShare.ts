import { type Outcome } from '../core/outcome.js';
import { ShnorError } from '../errors/ShnorError.js';
import { toDec, toRational } from './_lib/decimal.js';
import type { Share } from './share.js';
import { emptyDenominator } from './_lib/reasons.js';
import { COMPARISON_OPERATORS, type ComparisonOperator, type DecimalInput } from './types.js';

/**
 * Tells whether a comparison result satisfies an operator.
 *
 * @param sign - The sign of `left − right`: -1, 0 or 1.
 * @param operator - The comparison operator.
 * @returns Whether `left operator right` holds.
 * @throws {@link ShnorError} `INVALID_OPERATOR` for an unknown operator.
 * @example
 * ```ts
 * satisfies(0, 'gte') //=> true
 * satisfies(0, 'gt')  //=> false
 * ```
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
      throw new ShnorError('INVALID_OPERATOR', { value: operator });
  }
}

/**
 * Compares a share with a percent threshold exactly, by integer cross-multiplication, with no
 * floating point and no rounding: 6 of 20 is exactly 30 %, so it satisfies «не менее 30 %».
 *
 * @param s - The share.
 * @param operator - `gte` «не менее», `gt` «более», `lte` «не более», `lt` «менее», `eq`.
 * @param percent - The threshold in percent (a number or a decimal string such as `"33,3"`).
 * @returns `{ status: 'value', value: boolean }`, or "not applicable" for an empty group (0 of 0).
 * @throws {@link ShnorError} `INVALID_OPERATOR` or `INVALID_NUMBER` for a bad operator or threshold.
 * @example
 * ```ts
 * // «не менее 30 % участников»: 6 из 20 — ровно 30 %, условие выполнено
 * compareShareToPercent(share(6, 20), 'gte', 30) //=> { status: 'value', value: true }
 * compareShareToPercent(share(5, 20), 'gte', 30) //=> { status: 'value', value: false }
 * ```
 */
export function compareShareToPercent(
  s: Share,
  operator: ComparisonOperator,
  percent: DecimalInput,
): Outcome<boolean> {
  if (!COMPARISON_OPERATORS.includes(operator)) throw new ShnorError('INVALID_OPERATOR', { value: operator });
  // count / total  vs  num / (den × 100)   ⇔   count × den × 100  vs  num × total
  let sign: -1 | 0 | 1;
  if (typeof percent === 'number' && Number.isSafeInteger(percent)) {
    // fast path for whole percents (30, 25, 50): plain integers, exact while below 2^53
    if (s.total === 0) return emptyDenominator();
    const left = s.count * 100;
    const right = percent * s.total;
    if (Number.isSafeInteger(right)) {
      sign = left === right ? 0 : left > right ? 1 : -1;
      return { status: 'value', value: satisfies(sign, operator) };
    }
  }
  const [num, den] = toRational(toDec(percent, 'percent'));
  if (s.total === 0) return emptyDenominator();
  const left = BigInt(s.count) * den * 100n;
  const right = num * BigInt(s.total);
  sign = left === right ? 0 : left > right ? 1 : -1;
  return { status: 'value', value: satisfies(sign, operator) };
}
