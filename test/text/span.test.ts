import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { collapseWhitespace } from "../../src/text/span.js";

/** The definition, without the fast path for texts that hold only single spaces (NEL is white space). */
const plain = (text: string): string => text.replace(/[\s\u0085]+/gu, " ").trim();

test("collapseWhitespace equals its definition on texts of words, spaces and line breaks", () => {
  const pieces = [
    "و",
    "قال",
    "a",
    ".",
    "،",
    " ",
    "  ",
    "\n",
    "\r\n",
    "\t",
    "\u00a0",
    "\u2029",
    "\u0085",
    "\u200f",
  ];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
      const text = parts.join("");
      assert.equal(collapseWhitespace(text), plain(text));
    }),
    { numRuns: 2000 },
  );
  for (const text of [
    "",
    " ",
    "  a  ",
    "a b",
    "a  b",
    "a\nb",
    " a b ",
    "\u00a0a",
    "a\u2028",
    "a\u0085b",
  ]) {
    assert.equal(collapseWhitespace(text), plain(text), JSON.stringify(text));
  }
});
