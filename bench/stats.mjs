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

/** Runs `fn` `warmup` times unmeasured (so the JIT has settled), then `runs` times; returns the median ms. */
export function timeMedian(fn, { warmup = 2, runs = 5 } = {}) {
  for (let i = 0; i < warmup; i++) fn();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return { medianMs: median(times), runsMs: times };
}

export const MB = 1024 * 1024;
export const mbPerSecond = (bytes, ms) => bytes / MB / (ms / 1000);
