import assert from "node:assert/strict";
import { test } from "node:test";
import { isStopWord, tokenize } from "../../src/lang/ar/tokenize.js";

/** Surface texts of the tokens of `input`. */
const words = (input: string): string[] =>
  tokenize(input).map((t) => input.slice(t.span.start, t.span.end));

const CASES: ReadonlyArray<readonly [string, string, readonly string[]]> = [
  [
    "Arabic words and punctuation",
    "قال الوزير: «سنفوز»، ثم غادر.",
    ["قال", "الوزير", "سنفوز", "ثم", "غادر"],
  ],
  ["harakat stay inside the word", "وَصَلَ الوَفْدُ", ["وَصَلَ", "الوَفْدُ"]],
  ["tatweel stays inside the word", "كتــاب جديد", ["كتــاب", "جديد"]],
  ["decimal number", "نما 3.5 في المئة", ["نما", "3.5", "في", "المئة"]],
  ["Arabic decimal and thousands separators", "٣٫٥ و٢٬٠٠٠", ["٣٫٥", "و", "٢٬٠٠٠"]],
  ["number then a full stop", "عام 2024.", ["عام", "2024"]],
  ["dates split at slashes", "في 12/3/2024", ["في", "12", "3", "2024"]],
  ["clitic glued to a number with tatweel", "بـ500 دولار", ["بـ", "500", "دولار"]],
  ["clitic glued to a Latin word", "لـBBC", ["لـ", "BBC"]],
  ["Latin words", "شركة Apple Inc.", ["شركة", "Apple", "Inc"]],
  ["Arabic next to Latin without space", "منصةX", ["منصة", "X"]],
  ["hashtag with underscore", "#كفوا_عن_العنف", ["كفوا", "عن", "العنف"]],
  ["e-mail", "info@example.com", ["info", "example", "com"]],
  ["zero-width non-joiner inside a word", "می\u200cخواهم", ["می\u200cخواهم"]],
  [
    "a zero-width space between words separates them, as a space does",
    "أعلنت\u200bالحكومة\u200bخطة",
    ["أعلنت", "الحكومة", "خطة"],
  ],
  ["bidi mark after a word is not part of it", "نص\u200f جديد", ["نص", "جديد"]],
  ["lone mark is not a token", "\u064e نص", ["نص"]],
  ["presentation forms", "\ufefb \ufe8e", ["\ufefb", "\ufe8e"]],
  ["emoji and symbols are not tokens", "😀 رائع ★", ["رائع"]],
  ["percent", "20% و٪30", ["20", "و", "30"]],
];

for (const [name, input, expected] of CASES) {
  test(`tokenize: ${name}`, () => {
    assert.deepEqual(words(input), expected);
  });
}

test("tokenize: norm, stem and stop of each token", () => {
  const tokens = tokenize("وأكّدَ الوزيرُ أنّ الحكومةَ ستدعم المزارعين في ٢٠٢٥");
  assert.deepEqual(
    tokens.map((t) => [t.norm, t.stem, t.stop]),
    [
      ["واكد", "اكد", false],
      ["الوزير", "وزير", false],
      ["ان", "ان", true],
      ["الحكومه", "حكوم", false],
      ["ستدعم", "ستدعم", false],
      ["المزارعين", "مزارع", false],
      ["في", "في", true],
      ["2025", "2025", false],
    ],
  );
});

test("tokenize: a span limits the tokens and spans point into the whole input", () => {
  const input = "الجملة الأولى. الجملة الثانية.";
  const start = input.indexOf("الجملة الثانية");
  const tokens = tokenize(input, { start, end: input.length });
  assert.deepEqual(
    tokens.map((t) => input.slice(t.span.start, t.span.end)),
    ["الجملة", "الثانية"],
  );
  assert.equal(tokens[0]?.span.start, start);
});

test("tokenize: an out-of-range span is clamped", () => {
  assert.deepEqual(
    tokenize("نص قصير", { start: -5, end: 99 }).map((t) => t.norm),
    ["نص", "قصير"],
  );
  assert.deepEqual(tokenize("نص", { start: 2, end: 1 }), []);
});

test("isStopWord works on normalized forms", () => {
  assert.equal(isStopWord("الي"), true);
  assert.equal(isStopWord("قال"), false);
});
