// Small statistics helpers shared by the benchmark parts.
export function median(values) {
  return percentile(values, 50);
}

/** Nearest-rank percentile: an observed value, never an interpolation between two. */
export function percentile(values, p) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1];
}

/**
 * Times `fn`: first warm-up runs, unmeasured, until at least `warmup` runs and `warmupMs`
 * milliseconds are spent (so the JIT has compiled the hot code: a few runs of a small input are
 * not enough), then `runs` measured runs. Returns the median and every run, plus the first
 * warm-up run (the cold figure).
 */
export function timeMedian(fn, { warmup = 2, warmupMs = 1000, runs = 5 } = {}) {
  const warmupStart = performance.now();
  let firstMs;
  for (let i = 0; i < warmup || performance.now() - warmupStart < warmupMs; i++) {
    const start = performance.now();
    fn();
    firstMs ??= performance.now() - start;
  }
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return { medianMs: median(times), runsMs: times, firstMs };
}

export const MB = 1024 * 1024;
export const mbPerSecond = (bytes, ms) => bytes / MB / (ms / 1000);
