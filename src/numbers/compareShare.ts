import { type Outcome } from '../core/outcome.js';
import { compareValue } from './compare.js';
import type { Share } from './share.js';
import type { ComparisonOperator, DecimalInput } from './types.js';


/**
 * Compares a share with a percent threshold exactly, by integer cross-multiplication, with no
 * floating point and no rounding: 6 of 20 is exactly 30 %, so it satisfies «не менее 30 %».
 *
 * @param s - The share.
 * @param operator - `gte` «не менее», `gt` «более», `lte` «не более», `lt` «менее», `eq`.
 * @param percent - The threshold in percent (a number or a decimal string such as `"33,3"`).
 * @returns `{ status: 'value', value: boolean }`, or "not applicable" for an empty group (0 of 0).
 * @throws {@link ShnorError} `INVALID_OPERATOR` or `INVALID_NUMBER` for a bad operator or threshold; `INVALID_COUNT` / `COUNT_EXCEEDS_TOTAL` for bad counts.
 * @example
 * ```ts
 * // «не менее 30 % участников»: 6 из 20 — ровно 30 %, условие выполнено
 * compareShareToPercent(share(6, 20), 'gte', 30) //=> { status: 'value', value: true }
 * compareShareToPercent(share(5, 20), 'gte', 30) //=> { status: 'value', value: false }
 * ```
 * @category Numbers
 */
export function compareShareToPercent(
  s: Share,
  operator: ComparisonOperator,
  percent: DecimalInput,
): Outcome<boolean> {
  return compareValue(s, operator, percent);
}
