import { YEAR_RANGE } from '../model/primitives.js';
import { checkArray, checkObject } from '../errors/guards.js';
import { invalidOptionError, invalidYearError } from '../errors/raise.js';
import { type Dec, toPlainString } from '../numbers/decimal.js';
import type { DecimalString } from '../numbers/types.js';
import { levelValue, scaleOf } from './_lib/levels.js';
import { change } from './change.js';
import { type SeriesPoint, sortSeries } from './series.js';
import type { LevelScale, Tolerance } from './types.js';

/**
 * Options for {@link rankByImprovement}.
 *
 * @category Dynamics
 */
export interface RankByImprovementOptions {
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
  /** First year of the window. */
  readonly fromYear: number;
  /** Last year of the window. */
  readonly toYear: number;
  /**
   * The order of the two parts, most important first: `['improvement', 'stability']` ranks by the
   * size of the improvement and breaks ties by stability; `['stability', 'improvement']` (the
   * default) puts schools with no year of deterioration first, then the largest improvement.
   */
  readonly order?: readonly ['improvement', 'stability'] | readonly ['stability', 'improvement'];
  /** Year-over-year changes within this tolerance are not deteriorations. */
  readonly tolerance?: Tolerance;
}

/**
 * The old name of an options type, kept for one release.
 *
 * @deprecated Renamed {@link RankByImprovementOptions} (one options type per function, named after it); the old name goes in the next minor release.
 * @category Dynamics
 */
export type ImprovementRankingOptions = RankByImprovementOptions;

/**
 * One school's row in the ranking.
 *
 * @category Dynamics
 */
export interface ImprovementRow {
  /** The school's id. */
  readonly id: string;
  /** Improvement from `fromYear` to `toYear` in the scale's natural unit, positive when better (sign already turned by the direction). */
  readonly improvement: DecimalString | null;
  /** How many year-over-year changes in the window were deteriorations (the stability part). */
  readonly deteriorations: number | null;
  /** `true` when no year-over-year change in the window was a deterioration. */
  readonly stable: boolean | null;
  /** Rank, 1 = best, equal rows share a rank (1, 2, 2, 4); `null` when unranked. */
  readonly rank: number | null;
  /** The missing years when unranked. */
  readonly missingYears: readonly number[];
}

/**
 * Ranks schools by «максимальное и стабильное улучшение учебных результатов» (seed 004, L2700;
 * seed 000, Appendix 2) with both parts explicit: the improvement over the window (end minus
 * start, turned so that better is positive) and the stability (the number of years of
 * deterioration inside the window). Schools lacking a year of the window are listed unranked
 * with the missing years, never ranked last as if they had zero.
 *
 * @param schools - Each school's id and series.
 * @param options - The scale of the levels (`scale`), the window, the order of the two parts, the tolerance.
 * @returns One row per school, ranked rows first (by rank), then unranked ones.
 * @throws {@link ShnorError} `INVALID_OPTION` when `toYear ≤ fromYear`; errors of {@link change}.
 * @example
 * ```ts
 * // школа B улучшалась каждый год, школа A — с падением в 2023 году
 * rankByImprovement(
 *   [
 *     { id: 'A', points: [{ year: 2021, value: 50 }, { year: 2022, value: 70 }, { year: 2023, value: 60 }] },
 *     { id: 'B', points: [{ year: 2021, value: 50 }, { year: 2022, value: 55 }, { year: 2023, value: 58 }] },
 *   ],
 *   { scale: { scale: 'percent', better: 'higher' }, fromYear: 2021, toYear: 2023 },
 * ).map((r) => [r.id, r.rank]) //=> [['B', 1], ['A', 2]]
 * ```
 * @category Dynamics
 */
export function rankByImprovement(
  schools: readonly { readonly id: string; readonly points: readonly SeriesPoint[] }[],
  options: RankByImprovementOptions,
): ImprovementRow[] {
  checkArray(schools, 'schools', { ru: 'список школ «{ id, points }»', en: 'a list of { id, points }' }, true);
  checkObject(options, 'options', { ru: 'объект параметров «{ scale, fromYear, toYear }»', en: '{ scale, fromYear, toYear }' });
  const scale = scaleOf(options);
  const inRange = (y: number): boolean => Number.isInteger(y) && y >= YEAR_RANGE.min && y <= YEAR_RANGE.max;
  if (!inRange(options.fromYear)) throw invalidYearError({ value: options.fromYear });
  if (!inRange(options.toYear) || options.toYear <= options.fromYear) {
    throw invalidOptionError({ option: 'toYear', value: options.toYear, expected: { ru: `год (целое число) после «fromYear» (${options.fromYear})`, en: `an integer year after fromYear (${options.fromYear})` } });
  }
  const order = options.order ?? ['stability', 'improvement'];
  const sign = scale.better === 'higher' ? 1 : -1;
  type Scored = { id: string; imp: Dec; det: number };
  const scored: Scored[] = [];
  const unranked: ImprovementRow[] = [];
  for (const school of schools) {
    const byYear = new Map(sortSeries(school.points).map((p) => [p.year, p.value] as const));
    const lacking: number[] = [];
    const values: Dec[] = [];
    for (let y = options.fromYear; y <= options.toYear; y++) {
      const v = levelValue(byYear.get(y), scale.scale, `${school.id}[${y}]`);
      if (v === null || v === 'empty') lacking.push(y);
      else values.push(v);
    }
    if (lacking.length > 0) {
      unranked.push({ id: school.id, improvement: null, deteriorations: null, stable: null, rank: null, missingYears: lacking });
      continue;
    }
    let det = 0;
    for (let i = 1; i < values.length; i++) {
      const c = change(toPlainString(values[i - 1] as Dec), toPlainString(values[i] as Dec), {
        scale,
        ...(options.tolerance === undefined ? {} : { tolerance: options.tolerance }),
      });
      if (c.status === 'value' && c.value.classification === 'deterioration') det++;
    }
    const imp = (values[values.length - 1] as Dec).minus(values[0] as Dec).times(sign);
    scored.push({ id: school.id, imp, det });
  }
  const cmp = (a: Scored, b: Scored): number => {
    for (const key of order) {
      const d = key === 'stability' ? a.det - b.det : b.imp.comparedTo(a.imp);
      if (d !== 0) return d;
    }
    return 0;
  };
  scored.sort((a, b) => cmp(a, b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const ranked: ImprovementRow[] = [];
  scored.forEach((s, i) => {
    const prev = scored[i - 1];
    const rank = prev !== undefined && cmp(prev, s) === 0 ? (ranked[i - 1] as ImprovementRow).rank : i + 1;
    ranked.push({ id: s.id, improvement: toPlainString(s.imp), deteriorations: s.det, stable: s.det === 0, rank, missingYears: [] });
  });
  return [...ranked, ...unranked];
}
