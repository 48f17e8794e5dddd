/** Runs `fn` `runs` times after a warm-up and returns the median and p95 in milliseconds. */
export async function measure(
  fn: () => unknown | Promise<unknown>,
  runs = 300,
): Promise<{ median: number; p95: number }> {
  for (let i = 0; i < 20; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  const { median, p95 } = quantiles(times);
  return { median, p95 };
}

/** The median, the 95th percentile and the largest of a sample. */
export function quantiles(times: readonly number[]): { median: number; p95: number; max: number } {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { median: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1]! };
}

export const ms = (n: number) => `${n.toFixed(2).padStart(8)} ms`;
