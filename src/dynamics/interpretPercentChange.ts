import { reason } from '../numbers/reasons.js';
import type { Outcome } from '../core/outcome.js';
import { toDec, toPlainString } from '../numbers/decimal.js';
import type { DecimalInput, DecimalString } from '../numbers/types.js';

/**
 * The two readings of «на X % больше/меньше» for a level given in percent.
 *
 * @category Dynamics
 */
export interface PercentChangeReadings {
  /** Reading as percentage points: the other level is `level ∓ X` п.п. */
  readonly asPoints: DecimalString;
  /** Reading as relative percent: the other level is `level / (1 ± X/100)` (or `× (1 ± X/100)` forwards). */
  readonly asRelative: DecimalString;
}

/**
 * Computes both readings of an ambiguous statement «на X % больше (меньше)» about a percent
 * level, so a report can name which one it uses. Seed 003, line 145: «доля … составила 32,9 % в
 * 2019 году, что на 24,8 % больше, чем в 2018 году» gives a 2018 level of 8,1 % read as points,
 * or 26,36 % read as relative percent.
 *
 * @param level - The known level (e.g. the 2019 value, 32,9).
 * @param statedPercent - The stated X (e.g. 24,8); positive for «больше», negative for «меньше».
 * @param known - `later` (default) when `level` is the later value and the earlier one is sought; `earlier` for the reverse.
 * @returns Both readings of the other level; "not applicable" when the relative reading divides by zero (X = −100 with `known: 'later'`).
 * @throws {@link ShnorError} `INVALID_NUMBER` for non-numeric input.
 * @example
 * ```ts
 * // доля «двоек» выросла с 24,8 % до 32,9 %: «на 8,1 п.п.» или «на 26 %» — два прочтения
 * interpretPercentChange(32.9, 24.8)
 * //=> { status: 'value', value: { asPoints: '8.1', asRelative: '26.362179487179…' } }
 * ```
 * @category Dynamics
 */
export function interpretPercentChange(
  level: DecimalInput,
  statedPercent: DecimalInput,
  known: 'later' | 'earlier' = 'later',
): Outcome<PercentChangeReadings> {
  const l = toDec(level, 'level');
  const x = toDec(statedPercent, 'statedPercent');
  const factor = x.div(100).plus(1);
  if (known === 'earlier') {
    return { status: 'value', value: { asPoints: toPlainString(l.plus(x)), asRelative: toPlainString(l.times(factor)) } };
  }
  if (factor.isZero()) {
    return reason('FULL_DECREASE');
  }
  return { status: 'value', value: { asPoints: toPlainString(l.minus(x)), asRelative: toPlainString(l.div(factor)) } };
}
