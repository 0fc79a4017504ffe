import { reason } from '../numbers/reasons.js';
import type { Outcome } from '../core/outcome.js';
import { invalidOptionError } from '../errors/raise.js';
import { type Dec, toDec, toPlainString } from '../numbers/decimal.js';
import type { DecimalInput, DecimalString } from '../numbers/types.js';
import { levelValue, withinTolerance, scaleOf } from './_lib/levels.js';
import { type SeriesPoint, sortSeries } from './series.js';
import type { LevelScale, Tolerance } from './types.js';

/**
 * Options for {@link detectInstability}.
 *
 * @category Dynamics
 */
export interface DetectInstabilityOptions {
  /**
   * The scale of the values (used to read them) and which way is better. Required: `scale`, or for one release its deprecated name `measure`.
   */
  readonly scale?: LevelScale;
  /**
   * The old name of `scale`, read for one release; giving both, different, is an error.
   *
   * @deprecated Renamed `scale` (a {@link LevelScale} is a level's scale and which way is better; a measure is what a rule reads); the old key goes in the next minor release.
   */
  readonly measure?: LevelScale;
  /** How many reversals of direction make a series unstable; 1 by default («один год – вверх, другой – вниз»). */
  readonly minReversals?: number;
  /** How large a year-over-year swing must be, as a ratio larger / smaller («в несколько раз»); 2 by default. */
  readonly minRatio?: DecimalInput;
  /** Changes within this tolerance have no direction. */
  readonly tolerance?: Tolerance;
}

/**
 * The old name of an options type, kept for one release.
 *
 * @deprecated Renamed {@link DetectInstabilityOptions} (one options type per function, named after it); the old name goes in the next minor release.
 * @category Dynamics
 */
export type InstabilityOptions = DetectInstabilityOptions;

/**
 * What {@link detectInstability} found.
 *
 * @category Dynamics
 */
export interface Instability {
  /** Both conditions hold: enough reversals and a large enough swing. */
  readonly unstable: boolean;
  /** How many times the direction of the year-over-year change reversed. */
  readonly reversals: number;
  /** The largest year-over-year ratio larger / smaller between two positive values; `null` when none. */
  readonly maxRatio: DecimalString | null;
  /** Whether some year went from zero to a positive value or back (an unbounded ratio). */
  readonly throughZero: boolean;
  /** The years whose change reversed the direction. */
  readonly reversalYears: readonly number[];
}

/**
 * Detects unstable results as seed 004 describes them (L100): «процент неуспешности может
 * изменяться в несколько раз, один год – в сторону увеличения, в другой год – в сторону снижения».
 * A series is unstable when the direction of its year-over-year change reverses at least
 * `minReversals` times **and** some year-over-year swing is at least `minRatio` times.
 *
 * @param points - The series (years with a value are used in order).
 * @param options - The scale of the levels (`scale`), `minReversals` (1), `minRatio` (2), tolerance.
 * @returns The finding; "not applicable" with fewer than three years of data.
 * @throws {@link ShnorError} `INVALID_OPTION` for a bad option; errors of the series reader.
 * @example
 * ```ts
 * // процент неуспешности: 4 % → 12 % → 3 % — «изменяется в несколько раз»
 * const failure = [{ year: 2019, value: 4 }, { year: 2020, value: 12 }, { year: 2021, value: 3 }];
 * detectInstability(failure, { scale: { scale: 'percent', better: 'lower' } })
 * //=> { status: 'value', value: { unstable: true, reversals: 1, maxRatio: '4', ... } }
 * ```
 * @category Dynamics
 */
export function detectInstability(points: readonly SeriesPoint[], options: DetectInstabilityOptions): Outcome<Instability> {
  const scale = scaleOf(options);
  const minReversals = options.minReversals ?? 1;
  if (!Number.isInteger(minReversals) || minReversals < 1) {
    throw invalidOptionError({ option: 'minReversals', value: minReversals, expected: { ru: 'целое число не меньше 1', en: 'an integer ≥ 1' } });
  }
  const minRatio = toDec(options.minRatio ?? 2, 'minRatio');
  if (minRatio.lt(1)) throw invalidOptionError({ option: 'minRatio', value: options.minRatio, expected: { ru: 'число не меньше 1', en: '≥ 1' } });
  const values: { year: number; v: Dec }[] = [];
  for (const p of sortSeries(points)) {
    const v = levelValue(p.value, scale.scale, `value[${p.year}]`);
    if (v !== null && v !== 'empty') values.push({ year: p.year, v });
  }
  if (values.length < 3) {
    return reason('TOO_FEW_POINTS');
  }
  let reversals = 0;
  const reversalYears: number[] = [];
  let lastSign = 0;
  let maxRatio: Dec | null = null;
  let throughZero = false;
  for (let i = 1; i < values.length; i++) {
    const a = (values[i - 1] as { v: Dec }).v;
    const { v: b, year } = values[i] as { year: number; v: Dec };
    const sign = withinTolerance(a, b, options.tolerance) ? 0 : b.gt(a) ? 1 : -1;
    if (sign !== 0) {
      if (lastSign !== 0 && sign !== lastSign) {
        reversals++;
        reversalYears.push(year);
      }
      lastSign = sign;
    }
    const lo = a.lt(b) ? a : b;
    const hi = a.lt(b) ? b : a;
    if (lo.isZero() && hi.gt(0)) throughZero = true;
    else if (lo.gt(0)) {
      const r = hi.div(lo);
      if (maxRatio === null || r.gt(maxRatio)) maxRatio = r;
    }
  }
  const bigSwing = throughZero || (maxRatio !== null && maxRatio.gte(minRatio));
  return {
    status: 'value',
    value: {
      unstable: reversals >= minReversals && bigSwing,
      reversals,
      maxRatio: maxRatio === null ? null : toPlainString(maxRatio),
      throughZero,
      reversalYears,
    },
  };
}
