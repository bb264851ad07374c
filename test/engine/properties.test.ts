// Property tests of summarize() on generated Arabic-like articles: the same invariants as on the dev
// files (count, order, spans, text, words only from the article in order, determinism), and no
// error but a KhulasaError on any input or option.
import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { errorCodes, KhulasaError } from "../../src/errors.js";
import type { SummarizeOptions } from "../../src/options.js";
import { summarize } from "../../src/summarize.js";
import type { Summary } from "../../src/text/types.js";
import { article, options } from "./articles.js";
import { stableJson, violations } from "./check.js";

/** Runs per property: enough to hit the rarer shapes, small enough for a quick `npm test`. */
const RUNS = 400;

/** summarize(), or the KhulasaError it threw; any other throw fails the property. */
function attempt(text: string, opts: SummarizeOptions): Summary | KhulasaError {
  try {
    return summarize(text, opts);
  } catch (error) {
    if (error instanceof KhulasaError && error.code in errorCodes) return error;
    throw error;
  }
}

test("generated articles: every invariant holds, or a KhulasaError with a code", () => {
  fc.assert(
    fc.property(article, options, (text, opts) => {
      const result = attempt(text, opts);
      if (result instanceof KhulasaError) {
        assert.ok(["EMPTY_INPUT", "NOT_ARABIC"].includes(result.code), result.code);
        return;
      }
      assert.deepEqual(violations(text, result, opts), []);
      assert.equal(stableJson(summarize(text, opts)), stableJson(result), "not deterministic");
    }),
    // A fixed seed: every run checks the same articles, so a failure is reproduced, not a one-off.
    { numRuns: RUNS, includeErrorInReport: true, seed: 3011 },
  );
});

test("generated articles are mostly summarized (the generator is not all errors)", () => {
  const samples = fc.sample(article, { numRuns: 200, seed: 7 });
  const ok = samples.filter((t) => !(attempt(t, {}) instanceof KhulasaError)).length;
  assert.ok(ok >= 150, `only ${ok} of 200 generated articles were summarized`);
});

test("any article value, any options value: a summary or a KhulasaError, never another throw", () => {
  // Plain JavaScript callers may pass anything: `summarize(undefined)`, `summarize(text, null)`.
  const anyOptions = fc.oneof(
    fc.record(
      {
        count: fc.oneof(fc.anything(), fc.integer({ min: -3, max: 14 }), fc.double()),
        compress: fc.oneof(fc.boolean(), fc.anything()),
        title: fc.oneof(fc.string(), fc.anything()),
      },
      { requiredKeys: [] },
    ),
    fc.constantFrom(null, undefined),
    fc.anything(),
  );
  const text = fc.oneof(
    article,
    fc.string({ unit: "grapheme" }),
    fc.string({ unit: "binary" }),
    fc.anything(),
  ) as fc.Arbitrary<string>;
  fc.assert(
    fc.property(text, anyOptions, (t, o) => {
      attempt(t, o as SummarizeOptions);
    }),
    { numRuns: RUNS, includeErrorInReport: true, seed: 1129 },
  );
});
