import assert from "node:assert/strict";
import { test } from "node:test";
import { chooseCount, DEFAULT_COUNT } from "../../src/selection/count.js";

/** Pools where every eligible sentence stands alone and has a highlight's length. */
const all = (n: number) => ({ eligible: n, fill: n, points: n });

test("chooseCount: 3 by default, 4 from the long-article threshold, never more than eligible", () => {
  const { longArticle } = DEFAULT_COUNT;
  assert.equal(chooseCount(null, all(longArticle - 1)), 3);
  assert.equal(chooseCount(null, all(longArticle)), 4);
  assert.equal(chooseCount(null, all(2)), 2);
  assert.equal(chooseCount(null, all(0)), 0);
  assert.equal(chooseCount(7, all(5)), 5);
  assert.equal(chooseCount(1, all(5)), 1);
});

test("chooseCount: the default stops at the sentences that are not run-ons; a count asked for is filled", () => {
  // Two sentences of a highlight's length and one run-on list.
  assert.equal(chooseCount(null, { eligible: 3, fill: 2, points: 3 }), 2);
  // Only run-ons: they fill the default as before (never empty).
  assert.equal(chooseCount(null, { eligible: 3, fill: 0, points: 3 }), 3);
  assert.equal(chooseCount(3, { eligible: 3, fill: 2, points: 3 }), 3);
  // The threshold counts the run-ons too.
  assert.equal(chooseCount(null, { eligible: 11, fill: 10, points: 11 }), 4);
});

test("chooseCount: sentences that lean on the one before fill the count, but make no article long", () => {
  // Two sentences that stand alone and two `وأضاف أن …`: the default count is still 3.
  assert.equal(chooseCount(null, { eligible: 4, fill: 4, points: 2 }), 3);
  assert.equal(chooseCount(4, { eligible: 4, fill: 4, points: 2 }), 4);
  // 10 that stand alone and 5 that lean: not a long article.
  assert.equal(chooseCount(null, { eligible: 15, fill: 15, points: 10 }), 3);
});
