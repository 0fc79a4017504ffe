import { type Outcome, missing } from '../core/outcome.js';
import { toDec, toPlainString } from '../numbers/decimal.js';
import { emptyDenominator } from '../numbers/reasons.js';
import type { DecimalString, Quantity } from '../numbers/types.js';
import { NATURAL_UNIT, levelValue, withinTolerance, scaleOf } from './_lib/levels.js';
import { type SeriesPoint, sortSeries } from './series.js';
import type { ChangeUnit, LevelInput, LevelScale, Tolerance } from './types.js';

/**
 * Options for {@link gapToReference} and {@link gapTrend}.
 *
 * @category Dynamics
 */
export interface GapOptions {
  /**
   * The scale of the levels and which way is better. Required: `scale`, or for one release its deprecated name `measure`.
   */
  readonly scale?: LevelScale;
  /**
   * The old name of `scale`, read for one release; giving both, different, is an error.
   *
   * @deprecated Renamed `scale` (a {@link LevelScale} is a level's scale and which way is better; a measure is what a rule reads); the old key goes in the next minor release.
   */
  readonly measure?: LevelScale;
  /** Within this tolerance the school is «на уровне» the reference. */
  readonly tolerance?: Tolerance;
}

/**
 * A school's gap to a reference (municipality, region, Russia).
 *
 * @category Dynamics
 */
export interface Gap {
  /** `value − reference` in the scale's natural unit. */
  readonly gap: Quantity<ChangeUnit>;
  /** `below` / `at` / `above` the reference («ниже / на уровне / выше»), by value. */
  readonly position: 'below' | 'at' | 'above';
  /** `worse` / `level` / `better` than the reference, by the scale's direction. */
  readonly standing: 'worse' | 'level' | 'better';
}

/**
 * The gap between a value and a reference, with «ниже / на уровне / выше» under a tolerance.
 * Seed 004, L1792–L1800: ОГЭ Russian mean 3,99 against the oblast's 3,4 is +0,59 grade points, above.
 *
 * @param value - The school's (or municipality's) level.
 * @param reference - The reference level.
 * @param options - The scale of the levels (`scale`) and the tolerance.
 * @returns The gap; "missing" when a level is unknown; "not applicable" for an empty share.
 * @throws {@link ShnorError} errors of the level reader for bad values.
 * @example
 * ```ts
 * // средняя отметка ОГЭ по русскому языку 3,99 против 3,4 по области: выше на 0,59 балла
 * gapToReference(3.99, 3.4, { scale: { scale: 'grade', better: 'higher' } })
 * //=> { status: 'value', value: { gap: { unit: 'grade_points', value: '0.59' }, position: 'above', standing: 'better' } }
 * ```
 * @category Dynamics
 */
export function gapToReference(value: LevelInput, reference: LevelInput, options: GapOptions): Outcome<Gap> {
  const scale = scaleOf(options);
  const v = levelValue(value, scale.scale, 'value');
  const r = levelValue(reference, scale.scale, 'reference');
  const absent = [...(v === null ? ['value'] : []), ...(r === null ? ['reference'] : [])];
  if (absent.length > 0) return missing(absent);
  if (v === null || r === null || v === 'empty' || r === 'empty') return emptyDenominator();
  const at = withinTolerance(r, v, options.tolerance);
  const position = at ? 'at' : v.gt(r) ? 'above' : 'below';
  const standing = at ? 'level' : (position === 'above') === (scale.better === 'higher') ? 'better' : 'worse';
  return { status: 'value', value: { gap: { unit: NATURAL_UNIT[scale.scale], value: toPlainString(v.minus(r)) }, position, standing } };
}

/**
 * How a gap moved between two years.
 *
 * @category Dynamics
 */
export interface GapChange {
  /** First year with both levels. */
  readonly fromYear: number;
  /** Last year with both levels. */
  readonly toYear: number;
  /** The gap the first year. */
  readonly from: DecimalString;
  /** The gap the last year. */
  readonly to: DecimalString;
  /** `narrowed` («сокращение разрыва»: |gap| fell), `widened`, or `unchanged`. */
  readonly movement: 'narrowed' | 'widened' | 'unchanged';
  /** Standing against the reference the first and the last year. */
  readonly standing: readonly [Gap['standing'], Gap['standing']];
}

/**
 * The gap to a reference each year and how it moved («сокращение разрыва»).
 *
 * @param school - The school's series.
 * @param reference - The reference series (municipality, region, Russia).
 * @param options - The scale of the levels (`scale`) and the tolerance.
 * @returns The gaps by year and the movement between the first and last year with both levels ("missing" when fewer than two such years).
 * @throws {@link ShnorError} errors of the series and level readers.
 * @example
 * ```ts
 * // средний балл школы против средней по региону: отставание сократилось с 10 до 4 баллов
 * const t = gapTrend(
 *   [{ year: 2021, value: 40 }, { year: 2023, value: 47 }],
 *   [{ year: 2021, value: 50 }, { year: 2023, value: 51 }],
 *   { scale: { scale: 'score', better: 'higher' } },
 * );
 * t.movement //=> { status: 'value', value: { fromYear: 2021, toYear: 2023, from: '-10', to: '-4', movement: 'narrowed', standing: ['worse', 'worse'] } }
 * ```
 * @category Dynamics
 */
export function gapTrend(
  school: readonly SeriesPoint[],
  reference: readonly SeriesPoint[],
  options: GapOptions,
): { readonly gaps: readonly { readonly year: number; readonly gap: Outcome<Gap> }[]; readonly movement: Outcome<GapChange> } {
  const ref = new Map(sortSeries(reference).map((p) => [p.year, p.value] as const));
  const gaps = sortSeries(school).map((p) => ({ year: p.year, gap: gapToReference(p.value, ref.get(p.year), options) }));
  const known = gaps.filter((g) => g.gap.status === 'value');
  const first = known[0];
  const last = known[known.length - 1];
  if (first === undefined || last === undefined || first === last || first.gap.status !== 'value' || last.gap.status !== 'value') {
    return { gaps, movement: missing(gaps.filter((g) => g.gap.status !== 'value').map((g) => String(g.year))) };
  }
  const da = toDec(first.gap.value.gap.value).abs();
  const db = toDec(last.gap.value.gap.value).abs();
  const movement = db.lt(da) ? 'narrowed' : db.gt(da) ? 'widened' : 'unchanged';
  return {
    gaps,
    movement: {
      status: 'value',
      value: {
        fromYear: first.year,
        toYear: last.year,
        from: first.gap.value.gap.value,
        to: last.gap.value.gap.value,
        movement,
        standing: [first.gap.value.standing, last.gap.value.standing],
      },
    },
  };
}
