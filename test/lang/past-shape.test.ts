import assert from "node:assert/strict";
import { test } from "node:test";
import { surelyPast } from "../../src/lang/ar/past-shape.js";

test("surelyPast: past shapes, but not an ا- or لا-word, nor a ت- or ن-word ending in ت", () => {
  for (const word of ["علقوا", "نشروا", "هرعت", "تم", "رافق", "تعرضوا"]) {
    assert.equal(surelyPast(word), true, word);
  }
  // `تثبت`, `تموت`, `تلتفت` are present verbs of roots ending in ت ("may prove", "may die", "may
  // turn"); `نبهت`, `تعاقبت` are past but have the same shape; `اكون` is the first person's present
  // ("I may be"), `امكن` a past of the same shape; `لايحظى` is "may not get"; `يكون`,
  // `الكولومبي` are no past verbs.
  const refused = ["تثبت", "تموت", "تلتفت", "نبهت", "تعاقبت", "اكون", "امكن", "لايحظي", "يكون"];
  for (const word of [...refused, "تكون", "الكولومبي", "لا"]) {
    assert.equal(surelyPast(word), false, word);
  }
});
