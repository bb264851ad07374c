import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { arabicLetterShare, checkArticleText, MIN_ARABIC_SHARE } from "../../src/analysis/check.js";
import { KhulasaError } from "../../src/errors.js";
import { summarize } from "../../src/summarize.js";
import { verdictOf } from "../helpers/verdict.js";

const verdict = (text: string): string => verdictOf(() => checkArticleText(text));

test("the Arabic share decides at the threshold, wherever the Arabic letters are", () => {
  const latin = "abcdefghi"; // 9 letters
  assert.equal(verdict(`ب ${latin}`), "ok"); // 1 of 10: exactly the threshold
  assert.equal(verdict(`${latin} ب`), "ok");
  assert.equal(verdict(`ب ${latin}j`), "NOT_ARABIC: only 9.1% of the letters are Arabic");
  assert.equal(verdict(`${"x".repeat(5000)} ب`), "NOT_ARABIC: only 0.0% of the letters are Arabic");
  assert.equal(verdict("123 456 !!"), "NOT_ARABIC: found no Arabic letters in the article");
  assert.equal(verdict("  \n "), "EMPTY_INPUT: the article is empty");
  // Astral letters count once (a surrogate pair is one letter).
  assert.equal(verdict(`ب ${"𝐀".repeat(9)}`), "ok");
  assert.equal(verdict(`ب ${"𝐀".repeat(10)}`), "NOT_ARABIC: only 9.1% of the letters are Arabic");
  // Tatweel (Script=Common) stretches Arabic words; it is no letter of another script.
  assert.equal(verdict(`كلمة${"ـ".repeat(40_000)} abc`), "ok");
  assert.equal(arabicLetterShare(`ب${"ـ".repeat(100)}`), 1);
  assert.equal(verdict("ـــ abc"), "NOT_ARABIC: found no Arabic letters in the article");
});

test("the NOT_ARABIC hint holds for text with some Arabic letters, not only for none", () => {
  for (const text of ["123 456 !!", "ب abcdefghij"]) {
    const error = (() => {
      try {
        checkArticleText(text);
      } catch (e) {
        return e;
      }
      return null;
    })();
    assert.ok(error instanceof KhulasaError && error.code === "NOT_ARABIC", text);
    // It says what to give; it never claims that a text with 9% Arabic letters has none.
    assert.match(error.hint, /^Give an article written in Arabic/);
    assert.doesNotMatch(error.hint, /no Arabic/);
  }
});

test("the early exit never changes the verdict: it equals the full share test", () => {
  const pieces = ["ب", "سلام", "a", "word", "𝐀", " ", "\n", "1", "،", "\ud800", "é"];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), (parts) => {
      const text = parts.join("");
      const share = arabicLetterShare(text);
      const expected =
        text.trim() === "" ? "EMPTY_INPUT" : share < MIN_ARABIC_SHARE ? "NOT_ARABIC" : "ok";
      assert.equal(verdict(text).split(":")[0], expected);
    }),
    { numRuns: 5000 },
  );
});

test("summarize of an article that is not a string is NOT_TEXT, not a TypeError", () => {
  for (const value of [undefined, null, 5, {}, ["نص"], new String("نص")]) {
    assert.throws(
      () => summarize(value as unknown as string),
      (e) => e instanceof KhulasaError && e.code === "NOT_TEXT",
      String(value),
    );
  }
});
