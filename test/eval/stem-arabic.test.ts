import assert from "node:assert/strict";
import { test } from "node:test";
import { ArabicStemmer, stemArabic } from "../../src/eval/rouge/index.js";

// Hand-traced through NLTK's ArabicStemmer steps (latched verb flag, as in a scoring run).
const CASES: readonly [string, string, string][] = [
  ["قالت", "قال", "verb ending ت"],
  ["الذي", "الذي", "stop word"],
  ["الذيْ", "الذي", "stop word after removing the sukun"],
  ["أنباء", "انباء", "initial hamza on alef normalized"],
  ["كتابة", "كتاب", "taa marbuta"],
  ["والحكومة", "حكوم", "و + ال prefix, taa marbuta"],
  ["بالمدينة", "مدين", "بال article"],
  ["ككتاب", "كتاب", "preposition ك before a 5-letter word"],
  ["ككتب", "كتب", "doubled كك on a 4-letter word keeps one ك"],
  ["سيقول", "سيقول", "future prefix only tried for verbs after an article"],
  ["كانوا", "كانو", "latched flag: ending ا cut, not وا"],
  ["مايو", "ما", "latched flag: و then ي cut"],
  ["قالـــت", "قال", "tatweel removed before stemming"],
  ["اب", "اب", "two letters: returned as is"],
];

for (const [word, stem, why] of CASES) {
  test(`stemArabic(${word}) = ${stem} (${why})`, () => {
    assert.equal(stemArabic(word), stem);
  });
}

test("a fresh stemmer differs until its verb flag latches, then stays latched", () => {
  const stemmer = new ArabicStemmer();
  assert.equal(stemmer.latched, false);
  assert.equal(stemmer.stem("كانوا"), "كان"); // fresh: verb step 2b cuts وا
  assert.equal(stemmer.stem("كتابه"), "كتاب"); // loses the pronoun ه: the flag latches
  assert.equal(stemmer.latched, true);
  assert.equal(stemmer.stem("كانوا"), "كانو");
});

test("custom stop words are returned pre-normalized", () => {
  const stemmer = new ArabicStemmer({ stopwords: new Set(["والحكومة"]), latched: true });
  assert.equal(stemmer.stem("والحكومةُ"), "والحكومة");
});
