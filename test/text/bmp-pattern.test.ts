import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { DATELINE_PREFIX } from "../../src/lang/ar/data/boilerplate.js";
import { BmpPattern, bmpTwin } from "../../src/text/bmp-pattern.js";

/** What the match tells: where it is and what it holds (groups included). */
const found = (m: RegExpExecArray | null) => (m === null ? null : { index: m.index, all: [...m] });

/** Pieces of datelines and of what follows them, so that random texts often match. */
const PIECES = [
  "القاهره",
  "دبي",
  "الامارات",
  "الولايات",
  "المتحده",
  "5",
  "مايو",
  "رويترز",
  "ا ف ب",
  "cnn",
  "خاص",
  "قال",
  "في",
  "(",
  ")",
  "-",
  "–",
  "—",
  ":",
  "/",
  "،",
  ",",
  " ",
  " ",
  ".",
  "\u00a0",
  "١٢",
];

/** Texts of PIECES and `extra`, spaced or not, half of them shaped as a dateline opens. */
function texts(extra: readonly string[] = []): fc.Arbitrary<string> {
  const piece = fc.constantFrom(...PIECES, ...extra);
  const run = fc
    .array(fc.tuple(piece, fc.constantFrom("", " ")), { maxLength: 8 })
    .map((parts) => parts.flat().join(""));
  const shaped = fc
    .tuple(run, fc.constantFrom("", " -", "، "), run, fc.constantFrom("-", ":", " - ", ""), run)
    .map(([place, dash, tag, after, rest]) => `${place}${dash} (${tag}) ${after}${rest}`);
  return fc.oneof(run, shaped);
}

/** Letters and digits past the BMP (`𠀀` CJK, `𝟙` a digit), a lone surrogate, a letter in a pair. */
const ASTRAL = ["\u{20000}", "\u{1D7D9}", "\ud800", "\udc00", "\u{10400}"];

test("DATELINE_PREFIX's twin finds what it finds, on any text without a surrogate", () => {
  const twin = bmpTwin(DATELINE_PREFIX);
  assert.equal(twin.flags, "v");
  fc.assert(
    fc.property(texts(), (text) => {
      assert.deepEqual(found(twin.exec(text)), found(DATELINE_PREFIX.exec(text)));
    }),
    { numRuns: 3000 },
  );
  // A sentence's dateline, in each form.
  for (const text of [
    "القاهره (رويترز) - قال مسؤول",
    "دبي، 5 مايو/ايار (رويترز) - ارتفع",
    "بيروت - ا ف ب: قال",
    "اتلانتا، الولايات المتحده (cnn) نفي",
    "ابوظبي في 5 مايو / وام / اعلن",
    "عمان- الراي- قال",
  ]) {
    assert.notEqual(DATELINE_PREFIX.exec(text), null, text);
    assert.deepEqual(found(twin.exec(text)), found(DATELINE_PREFIX.exec(text)), text);
  }
});

test("BmpPattern.exec is the pattern's exec, on text with and without surrogates", () => {
  const pattern = new BmpPattern(DATELINE_PREFIX);
  fc.assert(
    fc.property(texts(ASTRAL), (text) => {
      assert.deepEqual(found(pattern.exec(text)), found(DATELINE_PREFIX.exec(text)));
    }),
    { numRuns: 3000 },
  );
  // Letters past the BMP are letters of the place (the pattern itself is asked).
  const text = "\u{20000}\u{20001} (رويترز) - قال";
  assert.deepEqual(found(pattern.exec(text)), found(DATELINE_PREFIX.exec(text)));
  assert.equal(pattern.exec(text)?.[0], "\u{20000}\u{20001} (رويترز) - ");
});

test("bmpTwin and BmpPattern refuse patterns they would read otherwise", () => {
  assert.throws(() => bmpTwin(/[a-z]/), RangeError);
  assert.throws(() => bmpTwin(/\p{L}/iu), RangeError);
  assert.throws(() => new BmpPattern(/\p{L}/gu), RangeError);
  assert.throws(() => new BmpPattern(/\p{L}/uy), RangeError);
  assert.equal(
    bmpTwin(/[\p{L}\p{N}]+/u).source,
    String.raw`[[\p{L}--[\u{10000}-\u{10FFFF}]][\p{N}--[\u{10000}-\u{10FFFF}]]]+`,
  );
});
