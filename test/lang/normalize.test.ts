import assert from "node:assert/strict";
import { test } from "node:test";
import { normalize } from "../../src/lang/ar/normalize.js";

const CASES: ReadonlyArray<readonly [string, string, string]> = [
  ["harakat removed", "الْمَدْرَسَةُ", "المدرسه"],
  ["shadda and tanwin removed", "مُحَمَّدٌ", "محمد"],
  ["dagger alef removed", "هٰذا", "هذا"],
  ["tatweel removed", "كتــــاب", "كتاب"],
  ["alef with hamza above", "أحمد", "احمد"],
  ["alef with hamza below", "إبراهيم", "ابراهيم"],
  ["alef with madda", "آمن", "امن"],
  ["alef wasla", "ٱلله", "الله"],
  ["alef maqsura", "مستشفى", "مستشفي"],
  ["teh marbuta", "جامعة", "جامعه"],
  ["Persian yeh and keheh", "یدرك الکاتب", "يدرك الكاتب"],
  ["heh as Persian and Urdu keyboards type it", "ھناك مدینہ ەذا", "هناك مدينه هذا"],
  ["heh with hamza above, composed and not", "\u06c0 \u06d5\u0654 \u06c2", "ه ه ه"],
  ["Arabic-Indic digits", "٢٠٢٤", "2024"],
  ["extended (Persian) digits", "۱۲۳", "123"],
  ["Arabic decimal separator", "٣٫٥", "3.5"],
  ["Latin lower-cased", "BBC News", "bbc news"],
  ["presentation form ligature lam-alef", "\ufefb", "لا"],
  ["presentation forms of a word", "\ufe8e\ufee0\ufed8\ufe8e\ufeeb\ufeae\ufe93", "القاهره"],
  ["bidi marks removed", "\u200fالقاهرة\u200e", "القاهره"],
  ["zero-width joiner and non-joiner removed", "سـ\u200dـلام\u200c", "سلام"],
  ["BOM removed", "\ufeffخبر", "خبر"],
  ["fullwidth Latin", "ＡＢＣ", "abc"],
  ["plain word unchanged", "وزير", "وزير"],
  ["empty string", "", ""],
  [
    "mixed text",
    "قال د. أحمد: «الاقتصاد نما ٣٫٥٪ في ٢٠٢٣»",
    "قال د. احمد: «الاقتصاد نما 3.5% في 2023»",
  ],
];

for (const [name, input, expected] of CASES) {
  test(`normalize: ${name}`, () => {
    assert.equal(normalize(input), expected);
  });
}

test("normalize is idempotent on every case", () => {
  for (const [, input] of CASES) {
    const once = normalize(input);
    assert.equal(normalize(once), once, JSON.stringify(input));
  }
});

test("normalize keeps lone surrogates and never throws on them", () => {
  assert.equal(normalize("a\ud800b"), "a\ud800b");
  assert.equal(normalize("\udc00"), "\udc00");
});

test("normalize: mark on its own and mark after a removed character", () => {
  assert.equal(normalize("\u064e"), "");
  assert.equal(normalize("ا\u0653"), "ا"); // alef + madda composes to آ, then folds to ا
});
