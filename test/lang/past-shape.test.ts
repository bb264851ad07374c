import assert from "node:assert/strict";
import { test } from "node:test";
import { surelyPast } from "../../src/lang/ar/past-shape.js";

test("surelyPast: past shapes, but not a four-letter ت- or ن-word ending in ت", () => {
  for (const word of ["امكن", "علقوا", "تعاقبت", "تمكنت", "نشروا", "هرعت", "تم"]) {
    assert.equal(surelyPast(word), true, word);
  }
  // `تثبت`, `تموت` are present verbs of roots ending in ت ("may prove", "may die"); `نبهت` is past
  // but has the same shape; `يكون`, `الكولومبي` are no past verbs.
  for (const word of ["تثبت", "تموت", "نبهت", "يكون", "تكون", "الكولومبي", "لا"]) {
    assert.equal(surelyPast(word), false, word);
  }
});
