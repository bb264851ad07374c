import assert from "node:assert/strict";
import { test } from "node:test";
import { STOPWORD_ENTRIES, stopWordSet } from "../../src/lang/ar/data/stopwords.js";

const STOPWORDS = stopWordSet();

import { normalize } from "../../src/lang/ar/normalize.js";

test("stop words: a real list of a few hundred entries, more with clitic variants", () => {
  assert.ok(STOPWORD_ENTRIES.length >= 300, `${STOPWORD_ENTRIES.length} entries`);
  assert.ok(STOPWORDS.size >= 2 * STOPWORD_ENTRIES.length, `${STOPWORDS.size} forms`);
});

test("stop words are stored normalized", () => {
  for (const word of STOPWORDS) assert.equal(normalize(word), word, word);
});

test("function words are stop words, in any spelling", () => {
  for (const word of [
    "في",
    "إلى",
    "الى",
    "على",
    "التي",
    "الّتي",
    "هذه",
    "وهذا",
    "بذلك",
    "أنّ",
    "فيما",
    "وكانت",
    "لم",
    "قد",
    "مع",
    "عن",
  ]) {
    assert.ok(STOPWORDS.has(normalize(word)), word);
  }
});

test("verbs of saying and content words are not stop words", () => {
  for (const word of [
    "قال",
    "وقال",
    "أضاف",
    "وأضاف",
    "أوضح",
    "أكد",
    "صرح",
    "الحكومة",
    "وزير",
    "مصر",
    "رويترز",
    "الرئيس",
  ]) {
    assert.ok(!STOPWORDS.has(normalize(word)), word);
  }
});
