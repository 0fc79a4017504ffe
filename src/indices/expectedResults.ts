import { invalidOptionError } from '../errors/raise.js';
import { leastSquares } from './leastSquares.js';

/**
 * A school's result against the one expected from its context.
 *
 * @category Indices
 */
export interface ExpectedResultRow {
  /** The school. */
  readonly id: string;
  /** The context index (x). */
  readonly context: number;
  /** The actual result (y). */
  readonly actual: number;
  /** The result expected from the context: a + b·x. */
  readonly expected: number;
  /** actual − expected. */
  readonly residual: number;
  /** `above` / `below` expectation beyond the margin, or `as_expected`. */
  readonly side: 'above' | 'below' | 'as_expected';
}

/**
 * Context-adjusted results, as seed 001's ИОУ describes them (L165): the line of expected results
 * (least squares of the result on a context index over the pool), each school's residual, and
 * whether it is above expectation (резильентные) or below.
 *
 * @param points - Each school's context index and result.
 * @param margin - How far from the line counts as above or below; 0 by default.
 * @returns The line and one row per school.
 * @throws {@link ShnorError} `INVALID_OPTION` with fewer than 3 points or when the index does not vary.
 * @example
 * ```ts
 * // ожидаемый результат школы по её ИСБ (x) и фактический (y): школа d — выше ожидаемого
 * const r = expectedResults([{ id: 'a', x: 0, y: 1 }, { id: 'b', x: 1, y: 3 }, { id: 'c', x: 2, y: 5 }, { id: 'd', x: 1, y: 4 }]);
 * r.rows.find((row) => row.id === 'd')?.side //=> 'above'
 * ```
 * @category Indices
 */
export function expectedResults(
  points: readonly { readonly id: string; readonly x: number; readonly y: number }[],
  margin = 0,
): { readonly intercept: number; readonly slope: number; readonly rows: readonly ExpectedResultRow[] } {
  const finite = points.every((p) => Number.isFinite(p.x) && Number.isFinite(p.y));
  if (!finite) throw invalidOptionError({ option: 'points', value: points.flatMap((p) => [p.x, p.y]).find((v) => !Number.isFinite(v)), expected: { ru: 'конечное число в каждой точке', en: 'finite numbers' } });
  const fit = points.length >= 3 ? leastSquares(points.map((p) => p.x), points.map((p) => p.y)) : null;
  if (fit === null) throw invalidOptionError({ option: 'points', value: points.length, expected: { ru: 'не меньше 3 школ с неодинаковым значением индекса', en: 'at least 3 schools whose context index varies' } });
  const rows = points.map((p) => {
    const expected = fit.intercept + fit.slope * p.x;
    const residual = p.y - expected;
    return { id: p.id, context: p.x, actual: p.y, expected, residual, side: residual > margin ? 'above' : residual < -margin ? 'below' : 'as_expected' } as const;
  });
  return { intercept: fit.intercept, slope: fit.slope, rows };
}
