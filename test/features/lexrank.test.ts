import assert from "node:assert/strict";
import { test } from "node:test";
import { lexRank } from "../../src/features/lexrank.js";
import type { SparseVector } from "../../src/features/vectors.js";

/** A sparse vector from term id → weight pairs. */
function vec(pairs: Record<number, number>): SparseVector {
  const ids = Object.keys(pairs)
    .map(Number)
    .sort((a, b) => a - b);
  const weights = Float64Array.from(ids, (id) => pairs[id] as number);
  const norm = Math.hypot(...weights);
  return { ids: Uint32Array.from(ids), weights, norm };
}

const mean = (xs: Float64Array) => xs.reduce((a, b) => a + b, 0) / xs.length;

test("no sentences give no scores", () => {
  assert.equal(lexRank([]).length, 0);
});

test("sentences that are all alike, or all unrelated, score 1 each", () => {
  const same = lexRank([vec({ 1: 1, 2: 1 }), vec({ 1: 2, 2: 2 }), vec({ 1: 1, 2: 1 })]);
  for (const s of same) assert.ok(Math.abs(s - 1) < 1e-6, `alike: ${[...same]}`);
  const apart = lexRank([vec({ 1: 1 }), vec({ 2: 1 }), vec({ 3: 1 })]);
  for (const s of apart) assert.ok(Math.abs(s - 1) < 1e-6, `unrelated: ${[...apart]}`);
});

test("the sentence that shares terms with every other one is the most central", () => {
  // Sentence 0 overlaps with 1, 2 and 3; they overlap only with it.
  const scores = lexRank([
    vec({ 1: 1, 2: 1, 3: 1 }),
    vec({ 1: 1, 10: 1 }),
    vec({ 2: 1, 11: 1 }),
    vec({ 3: 1, 12: 1 }),
    vec({ 20: 1, 21: 1 }),
  ]);
  const best = scores.indexOf(Math.max(...scores));
  assert.equal(best, 0);
  // The three leaves are symmetric; the isolated sentence gets only the teleport share.
  assert.ok(Math.abs((scores[1] as number) - (scores[3] as number)) < 1e-6);
  assert.ok((scores[4] as number) < (scores[1] as number));
  assert.ok(Math.abs(mean(scores) - 1) < 1e-6, `mean ${mean(scores)}`);
});

test("sentences past maxSentences are left out of the graph and score 0", () => {
  const vectors = [vec({ 1: 1, 2: 1 }), vec({ 1: 1 }), vec({ 2: 1 }), vec({ 1: 1, 2: 1 })];
  const bounded = lexRank(vectors, { maxSentences: 2 });
  assert.equal(bounded.length, 4);
  assert.equal(bounded[2], 0);
  assert.equal(bounded[3], 0);
  assert.ok(Math.abs((bounded[0] as number) + (bounded[1] as number) - 2) < 1e-6);
});

test("the same vectors give the same scores, bit for bit", () => {
  const vectors = Array.from({ length: 30 }, (_, i) => vec({ [i % 7]: 1 + (i % 3), [i % 5]: 1 }));
  assert.deepEqual(lexRank(vectors), lexRank(vectors));
});
