import { type Outcome, missing } from '../core/outcome.js';
import { unitMismatchError } from '../errors/raise.js';
import { toPlainString } from '../numbers/decimal.js';
import { emptyDenominator, reason } from '../numbers/reasons.js';
import type { Share } from '../numbers/share.js';
import { NATURAL_UNIT, classify, isShare, levelValue, scaleOf } from './_lib/levels.js';
import { type CompareProportionsOptions, compareProportions } from './compareProportions.js';
import type { Change, ChangeUnit, LevelInput, LevelScale, ProportionTest, Tolerance } from './types.js';

/**
 * Options for {@link change}.
 *
 * @category Dynamics
 */
export interface ChangeOptions {
  /**
   * The scale of the levels and which way is better: `{ scale: 'percent', better: 'higher' }`. Required: `scale`, or for one release its deprecated name `measure`.
   */
  readonly scale?: LevelScale;
  /**
   * The old name of `scale`, read for one release; giving both, different, is an error.
   *
   * @deprecated Renamed `scale` (a {@link LevelScale} is a level's scale and which way is better; a measure is what a rule reads); the old key goes in the next minor release.
   */
  readonly measure?: LevelScale;
  /**
   * The unit of `delta`: the scale's natural unit (the default: п.п. for percent, grade points,
   * score points, places, count), `relative_percent`, or `ratio`. Any other unit is an error.
   */
  readonly unit?: ChangeUnit;
  /** How large a change must be to count; see {@link Tolerance}. Default: any non-zero change. */
  readonly tolerance?: Tolerance;
  /**
   * For two shares only: test the change against chance. A change beyond the tolerance that the
   * test cannot tell from chance is classed `not_significant`.
   */
  readonly significance?: CompareProportionsOptions;
}

/**
 * The change between two levels in an explicit unit, classed improvement / deterioration /
 * no change by the scale's direction and a tolerance.
 *
 * @param from - The earlier level: a number, a decimal string, or a share (percent scale); `null` when unknown.
 * @param to - The later level.
 * @param options - The scale of the levels and which way is better (`scale`), the unit, the tolerance, an optional significance test.
 * @returns The change; "missing" when a level is unknown; "not applicable" for an empty share or a relative change from zero.
 * @throws {@link ShnorError} `UNIT_MISMATCH` for a unit that does not fit the scale; `INVALID_NUMBER` / `INVALID_OPTION` for bad values.
 * @example
 * ```ts
 * // Seed 004, D1: успеваемость 96,3 % → 94,3 %: −2 п.п., ухудшение
 * change(96.3, 94.3, { scale: { scale: 'percent', better: 'higher' } })
 * //=> { status: 'value', value: { delta: { unit: 'pp', value: '-2' }, classification: 'deterioration', ... } }
 * // the same in relative percent: −2,0768… %
 * change(96.3, 94.3, { scale: { scale: 'percent', better: 'higher' }, unit: 'relative_percent' })
 * // Seed 004, D2: 116 → 204 pupils with academic debt, «почти в два раза»: ratio 1,7586…
 * change(116, 204, { scale: { scale: 'count', better: 'lower' }, unit: 'ratio' })
 * ```
 * @category Dynamics
 */
export function change(from: LevelInput, to: LevelInput, options: ChangeOptions): Outcome<Change> {
  const scale = scaleOf(options);
  const natural = NATURAL_UNIT[scale.scale];
  const unit = options.unit ?? natural;
  if (unit !== natural && unit !== 'relative_percent' && unit !== 'ratio') {
    throw unitMismatchError({ expected: `${natural} | relative_percent | ratio`, received: unit });
  }
  const a = levelValue(from, scale.scale, 'from');
  const b = levelValue(to, scale.scale, 'to');
  const absent = [...(a === null ? ['from'] : []), ...(b === null ? ['to'] : [])];
  if (absent.length > 0) return missing(absent);
  if (a === 'empty' || b === 'empty' || a === null || b === null) return emptyDenominator();
  const absoluteValue = b.minus(a);
  let deltaValue = absoluteValue;
  if (unit === 'relative_percent' || unit === 'ratio') {
    if (a.isZero()) {
      return reason('ZERO_BASE');
    }
    deltaValue = unit === 'ratio' ? b.div(a) : absoluteValue.div(a.abs()).times(100);
  }
  let classification = classify(a, b, scale, options.tolerance);
  let test: ProportionTest | undefined;
  if (options.significance !== undefined && isShare(from) && isShare(to)) {
    test = compareProportions(from as Share, to as Share, options.significance);
    if (!test.significant && (classification === 'improvement' || classification === 'deterioration')) {
      classification = 'not_significant';
    }
  }
  const result: Change = {
    from: toPlainString(a),
    to: toPlainString(b),
    delta: { unit, value: toPlainString(deltaValue) },
    absolute: { unit: natural, value: toPlainString(absoluteValue) },
    direction: absoluteValue.isZero() ? 'same' : absoluteValue.isPositive() ? 'up' : 'down',
    classification,
    ...(test === undefined ? {} : { test }),
  };
  return { status: 'value', value: result };
}
