/**
 * A decimal number written as a plain fixed-point string: `"6.25"`, `"-2.08"`, `"100"`. Never an
 * exponent, never `NaN`. This is the library's exact number format in JSON.
 *
 * @category Numbers
 */
export type DecimalString = string;

/**
 * What the library accepts where it needs a decimal: a finite JavaScript number, or a decimal
 * string with a point or a comma (`"6,25"` is read as 6.25). `NaN`, `Infinity` and anything else
 * are rejected with `INVALID_NUMBER`.
 *
 * @category Numbers
 */
export type DecimalInput = number | string;

/**
 * A named rounding mode.
 * - `half-up`: ties away from zero (6,25 → 6,3), the usual school rule;
 * - `half-even`: ties to the even digit (6,25 → 6,2), banker's rounding;
 * - `half-down`: ties towards zero;
 * - `down`: towards zero, i.e. truncation (6,52 → 6);
 * - `up`: away from zero;
 * - `floor`: towards −∞; `ceil`: towards +∞.
 *
 * @category Numbers
 */
export type RoundingMode = 'half-up' | 'half-even' | 'half-down' | 'down' | 'up' | 'floor' | 'ceil';

/**
 * Every rounding mode, in a stable order.
 *
 * @category Numbers
 */
export const ROUNDING_MODES: readonly RoundingMode[] = [
  'half-up',
  'half-even',
  'half-down',
  'down',
  'up',
  'floor',
  'ceil',
];

/**
 * A comparison: `gte` «не менее» (≥), `gt` «более» (>), `lte` «не более» (≤), `lt` «менее» (<),
 * `eq` (=).
 *
 * @category Numbers
 */
export type ComparisonOperator = 'gte' | 'gt' | 'lte' | 'lt' | 'eq';

/**
 * Every comparison operator.
 *
 * @category Numbers
 */
export const COMPARISON_OPERATORS: readonly ComparisonOperator[] = ['gte', 'gt', 'lte', 'lt', 'eq'];

/**
 * The unit of a quantity. Levels and changes have different units, and no function mixes them:
 * - `percent`: a level expressed in percent (a share × 100), e.g. 6,25 %;
 * - `pp`: percentage points, the difference of two percent levels («п.п.»);
 * - `relative_percent`: a relative change in percent, (new − old) / old × 100;
 * - `ratio`: new / old («почти в два раза» is a ratio of about 2);
 * - `grade_points`: difference of two mean marks on the 2–5 scale («балла»);
 * - `score_points`: difference of two test scores (ЕГЭ, ВПР primary score);
 * - `places`: difference of two places in a rating;
 * - `count`: difference of two counts (pupils, schools);
 * - `value`: difference of two values of a dimensionless measure (e.g. an index).
 *
 * @category Numbers
 */
export type Unit =
  | 'percent'
  | 'pp'
  | 'relative_percent'
  | 'ratio'
  | 'grade_points'
  | 'score_points'
  | 'places'
  | 'count'
  | 'value';

/**
 * A number with its unit, JSON-serialisable.
 *
 * @typeParam U - The unit.
 * @category Numbers
 */
export interface Quantity<U extends Unit = Unit> {
  /** The unit; functions that combine quantities check it. */
  readonly unit: U;
  /** The exact value as a fixed-point decimal string. */
  readonly value: DecimalString;
}
