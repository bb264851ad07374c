import assert from "node:assert/strict";
import { test } from "node:test";
import { chooseCount, DEFAULT_COUNT } from "../../src/selection/count.js";

test("chooseCount: 3 by default, 4 from the long-article threshold, never more than eligible", () => {
  const { longArticle } = DEFAULT_COUNT;
  assert.equal(chooseCount(null, longArticle - 1), 3);
  assert.equal(chooseCount(null, longArticle), 4);
  assert.equal(chooseCount(null, 2), 2);
  assert.equal(chooseCount(null, 0), 0);
  assert.equal(chooseCount(7, 5), 5);
  assert.equal(chooseCount(1, 5), 1);
});

test("chooseCount: the default stops at the sentences that are not run-ons; a count asked for is filled", () => {
  // Two sentences of a highlight's length and one run-on list.
  assert.equal(chooseCount(null, 3, {}, 2), 2);
  // Only run-ons: they fill the default as before (never empty).
  assert.equal(chooseCount(null, 3, {}, 0), 3);
  assert.equal(chooseCount(3, 3, {}, 2), 3);
  // The threshold still counts every eligible sentence.
  assert.equal(chooseCount(null, DEFAULT_COUNT.longArticle, {}, 10), 4);
});
