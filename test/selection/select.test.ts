import assert from "node:assert/strict";
import { test } from "node:test";
import type { SparseVector } from "../../src/features/vectors.js";
import { selectMmr, Tier } from "../../src/selection/select.js";
import { onTerm } from "../helpers/vectors.js";

test("selectMmr: best first; near-duplicates and last-resort sentences only fill the count", () => {
  const scores = Float64Array.of(0.9, 0.8, 0.7, 0.6);
  // 0 and 1 say the same thing; 2 is a run-on.
  const vectors = [onTerm(1), onTerm(1), onTerm(2), onTerm(3)];
  const eligible = [true, true, true, true];
  const runOn = [Tier.First, Tier.First, Tier.LastResort, Tier.First];
  assert.deepEqual(selectMmr(scores, vectors, eligible, 2, {}, { tiers: runOn }), [0, 3]);
  assert.deepEqual(selectMmr(scores, vectors, eligible, 3, {}, { tiers: runOn }), [0, 3, 2]);
  assert.deepEqual(selectMmr(scores, vectors, eligible, 4, {}, { tiers: runOn }), [0, 3, 2, 1]);
  // Without the mark, the run-on is ranked by its score like any other.
  assert.deepEqual(selectMmr(scores, vectors, eligible, 2), [0, 2]);
  // Never an ineligible sentence, never more than are eligible.
  assert.deepEqual(
    selectMmr(scores, vectors, [false, true, false, false], 3, {}, { tiers: runOn }),
    [1],
  );
});

test("selectMmr: a sentence that leans on the one before comes after every first choice, before a near-duplicate or a run-on", () => {
  const scores = Float64Array.of(0.9, 0.8, 0.7, 0.6, 0.5);
  // 1 repeats 0; 2 is a run-on; 3 leans on the sentence before (`وأضاف أن …`); 4 stands alone.
  const vectors = [onTerm(1), onTerm(1), onTerm(2), onTerm(3), onTerm(4)];
  const eligible = [true, true, true, true, true];
  const tiers = [Tier.First, Tier.First, Tier.LastResort, Tier.Context, Tier.First];
  assert.deepEqual(selectMmr(scores, vectors, eligible, 2, {}, { tiers }), [0, 4]);
  assert.deepEqual(selectMmr(scores, vectors, eligible, 3, {}, { tiers }), [0, 4, 3]);
  assert.deepEqual(selectMmr(scores, vectors, eligible, 5, {}, { tiers }), [0, 4, 3, 2, 1]);
  // A leaning sentence (2) that repeats a chosen one is a near-duplicate: the last resort, ranked
  // with the run-on (1) by score; the other leaning sentence (3) comes before both.
  const repeat = [onTerm(1), onTerm(5), onTerm(1), onTerm(6)];
  const tiers2 = [Tier.First, Tier.LastResort, Tier.Context, Tier.Context];
  assert.deepEqual(
    selectMmr(
      Float64Array.of(0.9, 0.8, 0.7, 0.1),
      repeat,
      [true, true, true, true],
      3,
      {},
      { tiers: tiers2 },
    ),
    [0, 3, 1],
  );
});

/** A vector with weight 1 on each of `terms` (ascending). */
function onTerms(...terms: number[]): SparseVector {
  return {
    ids: Uint32Array.from(terms),
    weights: new Float64Array(terms.length).fill(1),
    norm: Math.sqrt(terms.length),
  };
}

test("selectMmr: two sentences that share the words of one event are near-duplicates", () => {
  // 0 and 1 share three words no other sentence has (plain cosine 0.61, under 0.7); 2 and 3
  // share one word with each other.
  const vectors = [
    onTerms(2, 3, 4, 10),
    onTerms(2, 3, 4, 11, 12, 13),
    onTerms(1, 20),
    onTerms(1, 21),
  ];
  // 1 scores high enough that the MMR penalty alone would not keep it out.
  const scores = Float64Array.of(0.9, 0.88, 0.7, 0.6);
  const eligible = [true, true, true, true];
  assert.deepEqual(selectMmr(scores, vectors, eligible, 2), [0, 2]);
  assert.deepEqual(selectMmr(scores, vectors, eligible, 2, { maxDistinctSimilarity: 2 }), [0, 1]);
  // Still used when nothing else is left.
  assert.deepEqual(selectMmr(scores, vectors, eligible, 4), [0, 2, 3, 1]);
});

test("selectMmr: a standfirst and the paragraph after it are near-duplicates at a lower bound", () => {
  // 0 (the standfirst) and 1 (the next paragraph's lede) share two of their four words: cosine
  // 0.5, and 0.27 on distinct words, under the 0.3 of any two sentences.
  const vectors = [
    onTerms(1, 2, 10, 11),
    onTerms(1, 2, 20, 21),
    onTerms(30, 31),
    onTerms(40, 41),
    onTerms(50, 51),
  ];
  const scores = Float64Array.of(0.9, 0.88, 0.7, 0.6, 0.5);
  const eligible = [true, true, true, true, true];
  const tiers = [Tier.First, Tier.First, Tier.First, Tier.First, Tier.First];
  const paragraphs = [0, 1, 2, 3, 4];
  assert.deepEqual(selectMmr(scores, vectors, eligible, 2, {}, { tiers, paragraphs }), [0, 2]);
  // A standfirst of three sentences (0, 2 and 3) too.
  const threeSentences = [0, 1, 0, 0, 2];
  assert.deepEqual(
    selectMmr(scores, vectors, eligible, 2, {}, { tiers, paragraphs: threeSentences }),
    [0, 2],
  );
  // Still used when nothing else is left.
  assert.deepEqual(
    selectMmr(scores, vectors, eligible, 5, {}, { tiers, paragraphs }),
    [0, 2, 3, 4, 1],
  );
  // Anywhere else, the usual bound: not in the paragraph after the standfirst, no standfirst
  // (an opening paragraph of four sentences), no paragraphs given, or the test off.
  for (const other of [
    [0, 2, 1, 3, 4],
    [0, 1, 0, 0, 0],
  ]) {
    assert.deepEqual(
      selectMmr(scores, vectors, eligible, 2, {}, { tiers, paragraphs: other }),
      [0, 1],
      `${other}`,
    );
  }
  assert.deepEqual(selectMmr(scores, vectors, eligible, 2, {}, { tiers }), [0, 1]);
  const off = { maxStandfirstSimilarity: 2 };
  assert.deepEqual(selectMmr(scores, vectors, eligible, 2, off, { tiers, paragraphs }), [0, 1]);
});

test("selectMmr: two sentences that state the same quantity are near-duplicates", () => {
  // 0 and 1 share one word (0.17 on distinct words, under the 0.3 of any two sentences) and
  // state the same toll; 2 and 3 state none. 4 shares the toll with 0 and no word at all.
  const vectors = [onTerms(1, 2, 3), onTerms(1, 4, 5), onTerms(6, 7), onTerms(8, 9), onTerms(10)];
  const scores = Float64Array.of(0.9, 0.88, 0.7, 0.6, 0.85);
  const eligible = [true, true, true, true, false];
  const stated: ReadonlySet<string>[] = [
    new Set(["12 شخص"]),
    new Set(["12 شخص", "31 اخر"]),
    new Set(),
    new Set(),
    new Set(["12 شخص"]),
  ];
  const facts = { stated };
  assert.deepEqual(selectMmr(scores, vectors, eligible, 2, {}, facts), [0, 2]);
  // Still used when nothing else is left.
  assert.deepEqual(selectMmr(scores, vectors, eligible, 4, {}, facts), [0, 2, 3, 1]);
  // Without the quantities, or with the test off.
  assert.deepEqual(selectMmr(scores, vectors, eligible, 2), [0, 1]);
  const off = { minQuantitySimilarity: 2 };
  assert.deepEqual(selectMmr(scores, vectors, eligible, 2, off, facts), [0, 1]);
  // A figure shared by sentences with no word in common is a coincidence (two players'
  // `19 نقطة`): 4 is taken second.
  const both = [true, false, true, true, true];
  assert.deepEqual(selectMmr(scores, vectors, both, 2, {}, facts), [0, 4]);
  // Asking nothing of the words, it is a near-duplicate too.
  const any = { minQuantitySimilarity: 0 };
  assert.deepEqual(selectMmr(scores, vectors, both, 2, any, facts), [0, 2]);
});
