import { YEAR_RANGE } from '../model/primitives.js';
import { reason } from '../numbers/reasons.js';
import { type Outcome, missing } from '../core/outcome.js';
import { invalidOptionError, invalidYearError } from '../errors/raise.js';
import { Dec, decimalLeastSquares, toDec, toPlainString } from '../numbers/decimal.js';
import type { Quantity } from '../numbers/types.js';
import { NATURAL_UNIT, levelValue, scaleOf } from './_lib/levels.js';
import { type ChangeOptions, change } from './change.js';
import type { Change, ChangeClass, ChangeUnit, LevelInput, LevelScale, Tolerance } from './types.js';

/**
 * One year of a series. A `null` value is a missing year, never zero.
 *
 * @category Dynamics
 */
export interface SeriesPoint {
  /** The year (calendar year of the assessment, or the first year of a school year). */
  readonly year: number;
  /** The level that year; `null` or `undefined` when unknown. */
  readonly value: LevelInput;
}

/**
 * A change between two years of a series.
 *
 * @category Dynamics
 */
export interface YearChange {
  /** The earlier year. */
  readonly fromYear: number;
  /** The later year. */
  readonly toYear: number;
  /** `toYear − fromYear`; more than 1 means the years between are missing. */
  readonly gapYears: number;
  /** The change itself. */
  readonly change: Outcome<Change>;
}

/**
 * A least-squares trend.
 *
 * @category Dynamics
 */
export interface Trend {
  /** Slope per year, in the scale's natural unit. */
  readonly slopePerYear: Quantity<ChangeUnit>;
  /** Number of years the trend was fitted on. */
  readonly points: number;
  /** The raw direction of the slope. */
  readonly direction: 'up' | 'down' | 'same';
  /** The slope classed by the scale's direction and the tolerance (absolute per year, or relative to the mean). */
  readonly classification: ChangeClass;
}

/**
 * Everything {@link analyzeSeries} finds in a series.
 *
 * @category Dynamics
 */
export interface SeriesAnalysis {
  /** The years that have a value, ascending. */
  readonly years: readonly number[];
  /** Years between the first and the last that have no value. */
  readonly missingYears: readonly number[];
  /** Changes between consecutive years that have values (a gap over missing years says so). */
  readonly yearOverYear: readonly YearChange[];
  /** The change from the first to the last year with a value; `null` with fewer than two. */
  readonly endToEnd: YearChange | null;
  /** The least-squares trend over all years with a value. */
  readonly trend: Outcome<Trend>;
  /** Consecutive year-over-year improvements ending at the last year, and the longest such run. */
  readonly streak: { readonly current: number; readonly longest: number };
}

/** Sorts a series and rejects duplicate or non-integer years. @internal */
export function sortSeries(points: readonly SeriesPoint[]): SeriesPoint[] {
  if (!Array.isArray(points)) throw invalidOptionError({ option: 'points', value: points, expected: { ru: 'список точек «{ year, value }»', en: 'an array of { year, value }' } });
  for (const p of points) if (typeof p !== 'object' || p === null) throw invalidOptionError({ option: 'points', value: p, expected: { ru: 'точка «{ year, value }»', en: 'a point { year, value }' } });
  const sorted = [...points].sort((p, q) => p.year - q.year);
  for (let i = 0; i < sorted.length; i++) {
    const year = (sorted[i] as SeriesPoint).year;
    // years of the library's range only (1990–2100): a series from −1e308 to 1e308 would list every missing year
    if (!Number.isInteger(year) || year < YEAR_RANGE.min || year > YEAR_RANGE.max) throw invalidYearError({ value: year });
    if (i > 0 && (sorted[i - 1] as SeriesPoint).year === year) {
      throw invalidOptionError({ option: 'points', value: year, expected: { ru: 'одно значение на каждый год', en: 'one value per year' } });
    }
  }
  return sorted;
}

const present = (p: SeriesPoint): boolean => p.value !== null && p.value !== undefined;

/**
 * The options of {@link analyzeSeries}: those of {@link change}, applied to every pair of years.
 *
 * @category Dynamics
 */
export type AnalyzeSeriesOptions = ChangeOptions;

/**
 * Analyses a series over years: year-over-year changes, the end-to-end change, the least-squares
 * trend, improvement streaks, and the missing years (never read as zero).
 *
 * @param points - The series, in any order; one point per year.
 * @param options - The scale of the levels (`scale`), the unit of changes, the tolerance, an optional significance test.
 * @returns The analysis.
 * @throws {@link ShnorError} `INVALID_YEAR` / `INVALID_OPTION` for non-integer, out-of-range (1990–2100) or duplicate years; errors of {@link change} for bad values.
 * @example
 * ```ts
 * // доля не сдавших ОГЭ по математике: 2020 — нет данных (не ноль)
 * const a = analyzeSeries(
 *   [{ year: 2019, value: 17.2 }, { year: 2020, value: null }, { year: 2021, value: 13.75 }],
 *   { scale: { scale: 'percent', better: 'lower' } },
 * );
 * a.missingYears //=> [2020]
 * a.yearOverYear[0].gapYears //=> 2
 * ```
 * @category Dynamics
 */
export function analyzeSeries(points: readonly SeriesPoint[], options: AnalyzeSeriesOptions): SeriesAnalysis {
  const scale = scaleOf(options);
  const sorted = sortSeries(points);
  const withValues = sorted.filter(present);
  const years = withValues.map((p) => p.year);
  const missingYears: number[] = [];
  if (years.length > 0) {
    const have = new Set(years);
    for (let y = years[0] as number; y <= (years[years.length - 1] as number); y++) if (!have.has(y)) missingYears.push(y);
  }
  const yearOverYear: YearChange[] = [];
  for (let i = 1; i < withValues.length; i++) {
    const p = withValues[i - 1] as SeriesPoint;
    const q = withValues[i] as SeriesPoint;
    yearOverYear.push({ fromYear: p.year, toYear: q.year, gapYears: q.year - p.year, change: change(p.value, q.value, options) });
  }
  const first = withValues[0];
  const last = withValues[withValues.length - 1];
  const endToEnd =
    first !== undefined && last !== undefined && first !== last
      ? { fromYear: first.year, toYear: last.year, gapYears: last.year - first.year, change: change(first.value, last.value, options) }
      : null;
  let current = 0;
  let longest = 0;
  for (const yc of yearOverYear) {
    const improved = yc.change.status === 'value' && yc.change.value.classification === 'improvement';
    current = improved ? current + 1 : 0;
    longest = Math.max(longest, current);
  }
  return { years, missingYears, yearOverYear, endToEnd, trend: trendOf(withValues, scale, options.tolerance), streak: { current, longest } };
}

function trendOf(points: readonly SeriesPoint[], scale: LevelScale, tolerance: Tolerance | undefined): Outcome<Trend> {
  const pts: { x: Dec; y: Dec }[] = [];
  for (const p of points) {
    const v = levelValue(p.value, scale.scale, `value[${p.year}]`);
    if (v === null || v === 'empty') continue;
    pts.push({ x: new Dec(p.year), y: v });
  }
  const fit = decimalLeastSquares(pts);
  if (fit === null) {
    return reason('TOO_FEW_POINTS');
  }
  const n = pts.length;
  const { slope, meanY: my } = fit;
  let flat: boolean;
  if (tolerance === undefined) flat = slope.isZero();
  else if ('absolute' in tolerance) flat = slope.abs().lte(toDec(tolerance.absolute, 'tolerance.absolute'));
  else flat = slope.abs().lte(my.abs().times(toDec(tolerance.relativePercent, 'tolerance.relativePercent')).div(100));
  const classification: ChangeClass = flat ? 'no_change' : slope.isPositive() === (scale.better === 'higher') ? 'improvement' : 'deterioration';
  return {
    status: 'value',
    value: {
      slopePerYear: { unit: NATURAL_UNIT[scale.scale], value: toPlainString(slope) },
      points: n,
      direction: slope.isZero() ? 'same' : slope.isPositive() ? 'up' : 'down',
      classification,
    },
  };
}

/**
 * Options for {@link positiveDynamics}.
 *
 * @category Dynamics
 */
export interface PositiveDynamicsOptions extends ChangeOptions {
  /** How many years the window spans, ends included: «на протяжении трёх лет» is 3 (default). */
  readonly years?: number;
  /**
   * `consecutive` (default): every year-over-year change in the window is an improvement;
   * `end_to_end`: the last year is better than the first, whatever happened between.
   */
  readonly mode?: 'consecutive' | 'end_to_end';
  /** The last year of the window; the last year of the series by default. */
  readonly endYear?: number;
}

/**
 * The verdict of {@link positiveDynamics} with what it was based on.
 *
 * @category Dynamics
 */
export interface PositiveDynamics {
  /** Whether the dynamics are positive under the chosen mode. */
  readonly positive: boolean;
  /** The mode used. */
  readonly mode: 'consecutive' | 'end_to_end';
  /** First year of the window. */
  readonly fromYear: number;
  /** Last year of the window. */
  readonly toYear: number;
  /** The changes the verdict rests on. */
  readonly changes: readonly YearChange[];
}

/**
 * «Положительная динамика на протяжении N лет» (seed 001, L198–L200), with the reading made
 * explicit: every year better than the one before (`consecutive`) or the last year better than the
 * first (`end_to_end`). A missing year in the window makes the answer "missing", never "no".
 *
 * @param points - The series.
 * @param options - The scale of the levels (`scale`), the window (`years`, `endYear`), the `mode`, the tolerance.
 * @returns The verdict with its changes; "missing" with the years lacking data.
 * @throws {@link ShnorError} `INVALID_OPTION` for a window shorter than 2 years; errors of {@link change}.
 * @example
 * ```ts
 * const s = [{ year: 2021, value: 60 }, { year: 2022, value: 58 }, { year: 2023, value: 65 }];
 * const m = { scale: 'percent', better: 'higher' } as const;
 * positiveDynamics(s, { scale: m, mode: 'consecutive' }) //=> { status: 'value', value: { positive: false, … } } (в 2022 году снижение)
 * positiveDynamics(s, { scale: m, mode: 'end_to_end' }) //=> { status: 'value', value: { positive: true, … } } (65 > 60)
 * ```
 * @category Dynamics
 */
export function positiveDynamics(points: readonly SeriesPoint[], options: PositiveDynamicsOptions): Outcome<PositiveDynamics> {
  scaleOf(options);
  const span = options.years ?? 3;
  if (!Number.isInteger(span) || span < 2) throw invalidOptionError({ option: 'years', value: span, expected: { ru: 'целое число не меньше 2', en: 'an integer ≥ 2' } });
  const mode = options.mode ?? 'consecutive';
  const sorted = sortSeries(points);
  const endYear = options.endYear ?? sorted[sorted.length - 1]?.year;
  if (endYear === undefined) return missing(['series']);
  const fromYear = endYear - span + 1;
  const byYear = new Map(sorted.map((p) => [p.year, p.value] as const));
  const needed = mode === 'consecutive' ? Array.from({ length: span }, (_, i) => fromYear + i) : [fromYear, endYear];
  const lacking = needed.filter((y) => byYear.get(y) === null || byYear.get(y) === undefined).map(String);
  if (lacking.length > 0) return missing(lacking);
  const changes: YearChange[] = [];
  for (let i = 1; i < needed.length; i++) {
    const a = needed[i - 1] as number;
    const b = needed[i] as number;
    changes.push({ fromYear: a, toYear: b, gapYears: b - a, change: change(byYear.get(a), byYear.get(b), options) });
  }
  const notValue = changes.find((c) => c.change.status !== 'value');
  if (notValue !== undefined && notValue.change.status !== 'value') return notValue.change;
  const positive = changes.every((c) => c.change.status === 'value' && c.change.value.classification === 'improvement');
  return { status: 'value', value: { positive, mode, fromYear, toYear: endYear, changes } };
}
