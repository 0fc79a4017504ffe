/** Normalisation and least squares for indices. Internal; plain numbers (hot loops). */

export type Normalization = 'minmax' | 'zscore' | 'rank' | 'none';

/** Normalises values; returns a function from a raw value to its normalised value. */
export function normalizer(values: readonly number[], method: Normalization): (v: number) => number {
  const n = values.length;
  if (method === 'none' || n === 0) return (v) => v;
  if (method === 'minmax') {
    let lo = Infinity;
    let hi = -Infinity;
    for (const v of values) {
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
    const span = hi - lo;
    return (v) => (span === 0 || !Number.isFinite(span) ? 0.5 : (v - lo) / span);
  }
  if (method === 'zscore') {
    // summed in ascending order: the same mean and deviation whatever the order of the schools
    const sorted = Float64Array.from(values).sort();
    let s = 0;
    for (const v of sorted) s += v;
    const mean = s / n;
    let q = 0;
    for (const v of sorted) q += (v - mean) ** 2;
    const sd = Math.sqrt(q / n);
    return (v) => (sd === 0 || !Number.isFinite(sd) ? 0 : (v - mean) / sd);
  }
  // rank: mid-rank percentile in 0…1
  const sorted = [...values].sort((a, b) => a - b);
  return (v) => {
    if (n === 1) return 0.5;
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((sorted[mid] as number) < v) lo = mid + 1;
      else hi = mid;
    }
    const less = lo;
    let equal = 0;
    while (less + equal < n && sorted[less + equal] === v) equal++;
    return (less + (Math.max(equal, 1) - 1) / 2) / (n - 1);
  };
}

/** Ordinary least squares y = a + b·x. `null` when x does not vary. */
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
