import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { normalize, referenceNormalize } from "../../src/lang/ar/normalize.js";
import { learnUnit, mayCompose, UnitAction } from "../../src/lang/ar/normalize-table.js";

/** Neighbours that interact with NFKC: composing marks, decomposing letters, jamo, surrogates. */
const NEIGHBOURS = [
  "ا",
  "أ",
  "و",
  "\u064e", // fatha
  "\u0651", // shadda
  "\u0654", // hamza above: composes و + ٔ → ؤ
  "\u0653", // madda above: composes ا + ٓ → آ
  "e",
  "\u0301", // combining acute: composes e + ́ → é
  "\u0640", // tatweel
  "\u200c", // ZWNJ
  "가",
  "\u1161", // Hangul vowel jamo: composes with a leading consonant
  "\ud83d\ude00",
];

test("the table path equals the full NFKC path on every BMP unit, alone and beside composing neighbours", () => {
  const mismatches: string[] = [];
  for (let code = 0; code < 0x10000; code++) {
    const ch = String.fromCharCode(code);
    for (const s of [ch, ...NEIGHBOURS.flatMap((n) => [n + ch, ch + n])]) {
      if (normalize(s) !== referenceNormalize(s)) mismatches.push(JSON.stringify(s));
    }
  }
  assert.deepEqual(mismatches.slice(0, 10), []);
});

test("the table path equals the full NFKC path on random mixed-script strings", () => {
  const alphabet = [
    ..."اأإآؤئءويىةهکك٣3٫٪ aAZ.،«»()\u064b\u064f\u0650\u0652\u0655\u0670\u200d\u200f\u0308é가ﻻİßΣ\u00a0\ufeff",
    ...NEIGHBOURS,
  ];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 16 }), (chars) => {
      const s = chars.join("");
      assert.equal(normalize(s), referenceNormalize(s));
    }),
    { numRuns: 20_000 },
  );
});

test("the table sends composing marks and compatibility characters to the full pass", () => {
  for (const ch of ["\u0654", "\u0653", "\u0301", "\ufefb", "\u00a0", "\u1161", "\ud83d"]) {
    assert.equal(learnUnit(ch.charCodeAt(0)), UnitAction.Slow, JSON.stringify(ch));
  }
  assert.equal(learnUnit("\u064e".charCodeAt(0)), UnitAction.Remove);
  assert.equal(learnUnit("أ".charCodeAt(0)), UnitAction.Replace + "ا".charCodeAt(0));
  assert.equal(learnUnit("٣".charCodeAt(0)), UnitAction.Replace + "3".charCodeAt(0));
  assert.equal(learnUnit("ب".charCodeAt(0)), UnitAction.Keep);
  assert.equal(learnUnit("Q".charCodeAt(0)), UnitAction.Replace + "q".charCodeAt(0));
  assert.equal(learnUnit("\u00c9".charCodeAt(0)), UnitAction.Cased);
  assert.equal(learnUnit("\u00e9".charCodeAt(0)), UnitAction.Keep);
});

test("every unit that follows a base in a canonical decomposition is one that may compose", () => {
  const missed: string[] = [];
  for (let code = 0; code < 0x10000; code++) {
    if (code >= 0xd800 && code <= 0xdfff) continue;
    const nfd = String.fromCharCode(code).normalize("NFD");
    for (let k = 1; k < nfd.length; k++) {
      const second = nfd.charCodeAt(k);
      const surrogate = second >= 0xd800 && second <= 0xdfff;
      if (!surrogate && !mayCompose(second)) missed.push(second.toString(16));
    }
  }
  assert.deepEqual(missed, []);
});
