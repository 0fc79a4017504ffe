/**
 * The regression line of the indices: expected results from a context index, and the residual rule
 * of the criteria («результат ниже ожидаемого по ИСБ»). Internal to the library (not exported from
 * the root); public to the other folders so that both read the same line.
 */

/**
 * Ordinary least squares y = a + b·x over the points in a fixed order (by x, then y), so that the
 * line does not depend on the order of the schools.
 *
 * @param xs0 - The x values (a context index of each school).
 * @param ys0 - The y values (a result of each school), in the same order.
 * @returns The intercept and slope; `null` when there are fewer than two points, x does not vary, or
 *   the sums are not finite.
 * @example
 * ```ts
 * // ожидаемая доля «двоек» по ИСБ школы: три школы на прямой y = 1 + 2x
 * leastSquares([0, 1, 2], [1, 3, 5]) //=> { intercept: 1, slope: 2 }
 * leastSquares([1, 1], [2, 3]) //=> null (ИСБ у всех школ одинаков)
 * ```
 */
export function leastSquares(xs0: readonly number[], ys0: readonly number[]): { intercept: number; slope: number } | null {
  const n = xs0.length;
  if (n < 2) return null;
  // the points in a fixed order (by x, then y): the same line whatever the order of the schools
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => (xs0[a] as number) - (xs0[b] as number) || (ys0[a] as number) - (ys0[b] as number));
  const xs = order.map((i) => xs0[i] as number);
  const ys = order.map((i) => ys0[i] as number);
  const mx = xs.reduce((s, v) => s + v, 0) / n;
  const my = ys.reduce((s, v) => s + v, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    const dx = (xs[i] as number) - mx;
    sxy += dx * ((ys[i] as number) - my);
    sxx += dx * dx;
  }
  if (sxx === 0 || !Number.isFinite(sxx) || !Number.isFinite(sxy)) return null;
  const slope = sxy / sxx;
  const intercept = my - slope * mx;
  return Number.isFinite(slope) && Number.isFinite(intercept) ? { intercept, slope } : null;
}
