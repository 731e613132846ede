/** Order statistics for small samples (7 to 20 values): no interpolation, no outlier removal. */
export interface Summary {
  n: number;
  median: number;
  p95: number;
  min: number;
  max: number;
}

/**
 * p95 is the nearest-rank percentile: the smallest value at or above which 95 % of the runs
 * lie. With 20 runs that is the 19th, with 7 it is the slowest: a goal on p95 is honest about
 * the worst cases a user meets rather than smoothing them away.
 */
export function summarize(samples: readonly number[]): Summary {
  if (samples.length === 0) throw new Error('summarize() needs at least one sample');
  const sorted = [...samples].sort((a, b) => a - b);
  const n = sorted.length;
  const middle = Math.floor(n / 2);
  const median = n % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  const p95 = sorted[Math.max(0, Math.ceil(0.95 * n) - 1)]!;
  return { n, median, p95, min: sorted[0]!, max: sorted[n - 1]! };
}
