// summarize as a pure function for a library user: the options object is only read, the result
// shares nothing with the engine (changing it changes no later result), and calls on other
// articles in between change nothing. The README promises all three.
import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { KhulasaError } from "../../src/errors.js";
import { summarize } from "../../src/summarize.js";
import type { Summary } from "../../src/text/types.js";
import { article, options } from "./articles.js";
import { stableJson } from "./check.js";

/** Runs per property: each run summarizes three times. */
const RUNS = 150;

/** summarize(), or null when the generated article is refused (EMPTY_INPUT, NOT_ARABIC). */
function attempt(text: string, opts: object): Summary | null {
  try {
    return summarize(text, opts);
  } catch (error) {
    if (error instanceof KhulasaError) return null;
    throw error;
  }
}

/** Change every field of a summary, its arrays and their objects in place. */
function vandalize(summary: Summary): void {
  for (const h of summary.highlights) {
    for (const s of h.sources) Object.assign(s, { start: -1, end: 1e9 });
    h.sources.push({ start: 0, end: 1 });
    h.sources.reverse();
    Object.assign(h, { text: "تغيير", sentence: -1, score: Number.NaN });
  }
  summary.highlights.reverse();
  summary.highlights.push({ text: "زيادة", sources: [], sentence: 99, score: 1 });
  Object.assign(summary, { language: "xx", sentences: -1 });
}

test("a changed result, frozen options and another article in between change no later result", () => {
  fc.assert(
    fc.property(article, article, options, (text, other, opts) => {
      const given = { ...opts };
      const first = attempt(text, opts);
      if (first === null) return;
      assert.deepEqual({ ...opts }, given, "the options were changed");
      const expected = stableJson(first);
      vandalize(first);
      attempt(other, {});
      // A frozen object: an assignment to it inside summarize would throw (modules are strict).
      const again = attempt(text, Object.freeze(given));
      assert.ok(again);
      assert.equal(stableJson(again), expected);
    }),
    { numRuns: RUNS, includeErrorInReport: true, seed: 4242 },
  );
});
