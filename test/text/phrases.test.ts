import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { matchAt, phraseWords } from "../../src/text/phrases.js";
import type { Token } from "../../src/text/types.js";

/** The definition: the length of the first phrase in list order whose words start at token `i`. */
function walked(tokens: readonly Token[], i: number, phrases: readonly string[][]): number {
  for (const words of phrases) {
    const ok = words.every((word, j) => {
      const norm = tokens[i + j]?.norm;
      return norm === word || (j === 0 && norm === `و${word}`);
    });
    if (ok) return words.length;
  }
  return 0;
}

const tokensOf = (norms: readonly string[]): Token[] =>
  norms.map((norm, k) => ({ span: { start: k, end: k + 1 }, norm, stem: norm, stop: false }));

const WORDS = ["من", "ومن", "جهته", "جهتها", "و", "وو", "كما", "وكما", "ان", "وان", "قد", "ذلك"];

test("matchAt finds the first phrase of a list that starts at a token, a clitic و allowed", () => {
  const phrases = phraseWords(["من جهته", "من جهتها", "كما", "و", "ان", "من", "قد ان"]);
  const tokens = tokensOf(["ومن", "جهته", "قال", "وكما", "ان", "و", "وو", "قد", "ان"]);
  assert.equal(matchAt(tokens, 0, phrases), 2);
  assert.equal(matchAt(tokens, 3, phrases), 1);
  assert.equal(matchAt(tokens, 2, phrases), 0);
  assert.equal(matchAt(tokens, 6, phrases), 1);
  assert.equal(matchAt(tokens, 7, phrases), 2);
  assert.equal(matchAt(tokens, 9, phrases), 0);
});

test("matchAt equals walking the list in order, for sorted and unsorted lists", () => {
  const phrase = fc
    .array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 3 })
    .map((words) => words.join(" "));
  fc.assert(
    fc.property(
      fc.array(phrase, { maxLength: 12 }),
      fc.array(fc.constantFrom(...WORDS), { maxLength: 8 }),
      fc.boolean(),
      (texts, norms, sorted) => {
        const phrases = sorted ? phraseWords(texts) : texts.map((t) => t.split(" "));
        const tokens = tokensOf(norms);
        for (let i = 0; i <= tokens.length; i++) {
          assert.equal(matchAt(tokens, i, phrases), walked(tokens, i, phrases));
        }
      },
    ),
    { numRuns: 500 },
  );
});
