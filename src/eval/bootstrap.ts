import { mulberry32 } from "./prng.js";

/** Bootstrap settings: number of resamples, confidence level and PRNG seed. */
export interface BootstrapOptions {
  resamples: number;
  confidence: number;
  seed: number;
}

/** 1,000 resamples, 95% interval, a fixed seed: the same data always gives the same interval. */
export const DEFAULT_BOOTSTRAP: Readonly<BootstrapOptions> = Object.freeze({
  resamples: 1000,
  confidence: 0.95,
  seed: 20261129,
});

/** A confidence interval of a mean. */
export interface Interval {
  low: number;
  high: number;
}

/**
 * Percentile bootstrap intervals of the means of several aligned series (one value per item
 * each). Every resample draws one set of item indices, shared by all series.
 */
export function bootstrapMeans(
  series: readonly Float64Array[],
  options: Partial<BootstrapOptions> = {},
): Interval[] {
  const { resamples, confidence, seed } = { ...DEFAULT_BOOTSTRAP, ...options };
  const n = series[0]?.length ?? 0;
  if (n === 0) return series.map(() => ({ low: 0, high: 0 }));
  const random = mulberry32(seed);
  const means = series.map(() => new Float64Array(resamples));
  const picks = new Uint32Array(n);
  for (let r = 0; r < resamples; r++) {
    for (let i = 0; i < n; i++) picks[i] = Math.floor(random() * n);
    series.forEach((values, s) => {
      let sum = 0;
      for (let i = 0; i < n; i++) sum += values[picks[i] as number] as number;
      (means[s] as Float64Array)[r] = sum / n;
    });
  }
  const alpha = (1 - confidence) / 2;
  return means.map((m) => {
    m.sort();
    return { low: quantile(m, alpha), high: quantile(m, 1 - alpha) };
  });
}

/** Linear-interpolated quantile of sorted values (as numpy's default). */
function quantile(sorted: Float64Array, q: number): number {
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  const a = sorted[lo] as number;
  const b = sorted[hi] as number;
  return a + (b - a) * (pos - lo);
}
