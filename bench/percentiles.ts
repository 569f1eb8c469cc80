/** Nearest-rank percentile of samples (p in 0..100). */
export function percentile(samples: ReadonlyArray<number>, p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;
}

/** Milliseconds rounded to 0.01. */
export const roundMs = (ms: number): number => Math.round(ms * 100) / 100;
