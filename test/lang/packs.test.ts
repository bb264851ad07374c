import assert from "node:assert/strict";
import { test } from "node:test";
import { KhulasaError } from "../../src/errors.js";
import { arabic } from "../../src/lang/ar/index.js";
import { getLanguagePack } from "../../src/lang/index.js";

test("getLanguagePack: Arabic by code, case-insensitive, with a region", () => {
  assert.equal(getLanguagePack("ar"), arabic);
  assert.equal(getLanguagePack("AR"), arabic);
  assert.equal(getLanguagePack("ar-EG"), arabic);
});

test("getLanguagePack: an unknown code is a BAD_OPTION error naming the supported ones", () => {
  for (const code of ["fr", "", "arabic", 7 as unknown as string]) {
    assert.throws(
      () => getLanguagePack(code),
      (e) => e instanceof KhulasaError && e.code === "BAD_OPTION" && /ar/.test(e.hint),
    );
  }
});

test("arabic pack: segment and segmentDocument agree; functions wired", () => {
  const input = "عنوان\nجملة أولى. جملة ثانية؟";
  assert.deepEqual(arabic.segment(input), arabic.segmentDocument?.(input).sentences);
  assert.equal(arabic.code, "ar");
  assert.equal(arabic.normalize("أحمد"), "احمد");
  assert.equal(arabic.stem("الكتاب"), "كتاب");
  assert.equal(arabic.isStopWord("في"), true);
  assert.equal(arabic.tokenize(input).length, 5);
});
