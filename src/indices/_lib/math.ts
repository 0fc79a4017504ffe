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
