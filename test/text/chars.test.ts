import assert from "node:assert/strict";
import { test } from "node:test";
import {
  ARABIC,
  CLOSE,
  charWidth,
  classAt,
  codePointClass,
  DIGIT,
  FORMAT,
  LATIN,
  LETTER,
  MARK,
  NEWLINE,
  OPEN,
  SPACE,
  unitClass,
} from "../../src/text/chars.js";

/** The classes as the Unicode property escapes give them, written out apart from the module. */
const EXPECTED: ReadonlyArray<readonly [RegExp, number]> = [
  [/^\p{L}$/u, LETTER],
  [/^\p{M}$/u, MARK],
  [/^\p{Nd}$/u, DIGIT],
  [/^[\s\u0085]$/u, SPACE],
  [/^\p{Cf}$/u, FORMAT],
  [/^\p{Script=Arabic}$/u, ARABIC],
  [/^[\n\r\u2028\u2029\u0085\v\f]$/u, NEWLINE],
  [/^(?:\p{Ps}|\p{Pi})$/u, OPEN],
  [/^(?:\p{Pe}|\p{Pf})$/u, CLOSE],
  [/^\p{Script=Latin}$/u, LATIN],
];

function expected(ch: string): number {
  let flags = 0;
  for (const [re, flag] of EXPECTED) if (re.test(ch)) flags |= flag;
  return flags;
}

test("every BMP code unit gets the classes of the property escapes (lone surrogates none)", () => {
  const wrong: string[] = [];
  // Twice over: the first look classifies a unit, the second reads what was remembered.
  for (let pass = 0; pass < 2; pass++) {
    for (let unit = 0; unit < 0x10000; unit++) {
      const surrogate = unit >= 0xd800 && unit <= 0xdfff;
      const want = surrogate ? 0 : expected(String.fromCharCode(unit));
      if (unitClass(unit) !== want || codePointClass(unit) !== want) {
        wrong.push(`U+${unit.toString(16).padStart(4, "0")}`);
      }
    }
  }
  assert.deepEqual(wrong.slice(0, 10), []);
});

test("astral code points are classified as their pair; a lone surrogate has no class", () => {
  for (const ch of ["𝟘", "𐒠", "😀", "𞸀", "𝐀", "\u{10ffff}"]) {
    const cp = ch.codePointAt(0) as number;
    assert.equal(codePointClass(cp), expected(ch), ch);
    assert.equal(classAt(`a${ch}`, 1), expected(ch), ch);
    assert.equal(charWidth(`a${ch}`, 1), 2);
  }
  assert.equal(classAt("\ud835", 0), 0);
  assert.equal(classAt("\ud835x", 0), 0);
  assert.equal(charWidth("\ud835x", 0), 1);
});

test("past the end of a string, or off the code unit range, there is no class", () => {
  assert.equal(classAt("ا", 1), 0);
  assert.equal(unitClass(Number.NaN), 0);
  assert.equal(unitClass(-1), 0);
  assert.equal(codePointClass(-1), 0);
  assert.equal(unitClass(0x0627), LETTER | ARABIC);
  assert.equal(unitClass(0x0663), DIGIT | ARABIC);
});
