import assert from "node:assert/strict";
import { test } from "node:test";
import { normalize } from "../../src/lang/ar/normalize.js";
import { stem } from "../../src/lang/ar/stem.js";

/** Word (ordinary spelling) → expected light stem (normalized spelling). */
const TABLE: ReadonlyArray<readonly [string, string]> = [
  ["الكتاب", "كتاب"],
  ["والكتاب", "كتاب"],
  ["بالمدرسة", "مدرس"],
  ["كالبحر", "بحر"],
  ["فالحكومة", "حكوم"],
  ["للطلاب", "طلاب"],
  ["وللطلاب", "طلاب"],
  ["والمعلمون", "معلم"],
  ["المهندسين", "مهندس"],
  ["سياراتهم", "سيار"],
  ["سيارتها", "سيار"],
  ["مدرستنا", "مدرس"],
  ["كتبها", "كتب"],
  ["بيته", "بيت"],
  ["المصرية", "مصر"],
  ["المصريون", "مصر"],
  ["مصريين", "مصر"],
  ["الاقتصادي", "اقتصاد"],
  ["الاقتصادية", "اقتصاد"],
  ["وقال", "قال"],
  ["فقال", "قال"],
  ["الطالبان", "طالب"],
  ["حكومتهما", "حكوم"],
  ["أصدقاؤكم", "اصدقاؤ"],
  // Guards: the first و/ف of these words is part of the word.
  ["وزير", "وزير"],
  ["وزيرة", "وزير"],
  ["وزيره", "وزير"],
  ["واشنطن", "واشنطن"],
  ["فريق", "فريق"],
  ["فلسطين", "فلسط"],
  ["فلسطينيين", "فلسط"],
  // Length guards: short words are left alone.
  ["لبنان", "لبنان"],
  ["هم", "هم"],
  ["من", "من"],
  ["ولد", "ولد"],
  ["الله", "الله"],
  ["بالله", "الله"],
  ["ألمانيا", "المان"],
  // Not Arabic letters: unchanged.
  ["2024", "2024"],
  ["reuters", "reuters"],
  ["3.5", "3.5"],
];

for (const [word, expected] of TABLE) {
  test(`stem(${word}) = ${expected}`, () => {
    assert.equal(stem(normalize(word)), expected);
  });
}

test("stem is deterministic and never empty for a non-empty word", () => {
  for (const [word] of TABLE) {
    const n = normalize(word);
    const a = stem(n);
    assert.equal(stem(n), a);
    assert.ok(a.length > 0);
  }
});

test("stem leaves at least two letters after the article, three otherwise", () => {
  assert.equal(stem(normalize("الام")), "ام");
  assert.equal(stem(normalize("وجد")), "وجد");
  assert.equal(stem(normalize("بها")), "بها");
});
