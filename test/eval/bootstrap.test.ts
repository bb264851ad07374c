import assert from "node:assert/strict";
import { test } from "node:test";
import { bootstrapMeans, DEFAULT_BOOTSTRAP } from "../../src/eval/bootstrap.js";
import { mulberry32 } from "../../src/eval/prng.js";

/**
 * The documented method, written out again: `resamples` resamples of n item indices drawn with
 * `floor(random() * n)` from the seeded PRNG, the mean of each, sorted ascending (numerically),
 * and the linear-interpolated quantiles (numpy's default) at (1 - confidence) / 2 and
 * 1 - (1 - confidence) / 2.
 */
function percentileInterval(
  values: readonly number[],
  resamples: number,
  confidence: number,
  seed: number,
): { low: number; high: number } {
  const n = values.length;
  const random = mulberry32(seed);
  const means: number[] = [];
  for (let r = 0; r < resamples; r++) {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += values[Math.floor(random() * n)] as number;
    means.push(sum / n);
  }
  means.sort((a, b) => a - b);
  const at = (q: number): number => {
    const pos = (means.length - 1) * q;
    const lo = Math.floor(pos);
    const a = means[lo] as number;
    const b = means[Math.ceil(pos)] as number;
    return a + (b - a) * (pos - lo);
  };
  const tail = (1 - confidence) / 2;
  return { low: at(tail), high: at(1 - tail) };
}

const close = (got: number, want: number, what: string): void =>
  assert.ok(Math.abs(got - want) < 1e-9, `${what}: ${got} != ${want}`);

// Scores of ten items, as F1 × 100: spread out, so that the resample means differ.
const SCORES = [12.5, 80, 45, 3, 67.25, 91, 30, 55.5, 0, 72];

test("the 95% interval is the 2.5th and 97.5th percentiles of the sorted resample means", () => {
  const [ci] = bootstrapMeans([Float64Array.from(SCORES)]);
  assert.ok(ci);
  const want = percentileInterval(
    SCORES,
    DEFAULT_BOOTSTRAP.resamples,
    DEFAULT_BOOTSTRAP.confidence,
    DEFAULT_BOOTSTRAP.seed,
  );
  close(ci.low, want.low, "low");
  close(ci.high, want.high, "high");
  const mean = SCORES.reduce((a, b) => a + b, 0) / SCORES.length;
  assert.ok(ci.low < mean && mean < ci.high, `${ci.low} < ${mean} < ${ci.high}`);
});

test("41 resamples put the 95% bounds exactly on the 2nd lowest and 2nd highest resample mean", () => {
  // (41 - 1) × 0.025 = 1 and (41 - 1) × 0.975 = 39: no interpolation, the bounds are resample
  // means themselves, the second from each end once sorted.
  const options = { resamples: 41, confidence: 0.95, seed: 7 };
  const random = mulberry32(options.seed);
  const means: number[] = [];
  for (let r = 0; r < options.resamples; r++) {
    let sum = 0;
    for (let i = 0; i < SCORES.length; i++) {
      sum += SCORES[Math.floor(random() * SCORES.length)] as number;
    }
    means.push(sum / SCORES.length);
  }
  const sorted = [...means].sort((a, b) => a - b);
  // The draw order is not the sorted order (else sorting would not matter here).
  assert.notDeepEqual(means, sorted);
  const [ci] = bootstrapMeans([Float64Array.from(SCORES)], options);
  assert.ok(ci);
  close(ci.low, sorted[1] as number, "low");
  close(ci.high, sorted[39] as number, "high");
  assert.ok(ci.low < ci.high);
});

test("several series share the draws: each gets its own percentile interval", () => {
  const other = SCORES.map((x, i) => (i % 2 === 0 ? 100 - x : x / 2));
  const options = { resamples: 200, confidence: 0.9, seed: 99 };
  const got = bootstrapMeans([Float64Array.from(SCORES), Float64Array.from(other)], options);
  const want = [SCORES, other].map((s) =>
    percentileInterval(s, options.resamples, options.confidence, options.seed),
  );
  assert.equal(got.length, 2);
  got.forEach((ci, s) => {
    close(ci.low, (want[s] as { low: number }).low, `series ${s} low`);
    close(ci.high, (want[s] as { high: number }).high, `series ${s} high`);
  });
});

test("the interval narrows as the number of items grows", () => {
  // The same two-valued pattern (mean 50, standard deviation 50) over 10, 40, 160 and 640 items.
  const widths = [10, 40, 160, 640].map((n) => {
    const series = Float64Array.from({ length: n }, (_, i) => (i % 2 === 0 ? 0 : 100));
    const [ci] = bootstrapMeans([series]);
    assert.ok(ci);
    assert.ok(ci.low < 50 && 50 < ci.high, `n=${n}: [${ci.low}, ${ci.high}]`);
    return ci.high - ci.low;
  });
  for (let i = 1; i < widths.length; i++) {
    assert.ok(
      (widths[i] as number) < (widths[i - 1] as number),
      `widths ${widths.join(", ")} do not narrow`,
    );
  }
  // About 2 × 1.96 × 50 / √n: 640 items give about 7.7 points, 10 items about 62.
  assert.ok((widths[3] as number) > 5 && (widths[3] as number) < 10, `${widths[3]}`);
});

test("no items: a zero interval for each series", () => {
  assert.deepEqual(bootstrapMeans([new Float64Array(0), new Float64Array(0)]), [
    { low: 0, high: 0 },
    { low: 0, high: 0 },
  ]);
});
