import assert from "node:assert/strict";
import { test } from "node:test";
import { describeValue } from "../../src/text/describe.js";

test("describeValue: numbers, booleans and bigints by value, the rest by kind, never the text", () => {
  const cases: [unknown, string][] = [
    [0, "0"],
    [2.5, "2.5"],
    [Number.NaN, "NaN"],
    [Number.POSITIVE_INFINITY, "Infinity"],
    [true, "true"],
    [5n, "5n"],
    [null, "null"],
    [undefined, "undefined"],
    ["", "an empty string"],
    ["نص المقال كله", "a string"],
    [[1, 2], "an array"],
    [{ count: 3 }, "an object"],
    [new Date(0), "an object"],
    [() => 3, "a function"],
    [Symbol("x"), "a symbol"],
    // `${value}` and String(value) throw on these two: an error message must not.
    [Object.create(null), "an object"],
    [{ toString: () => assert.fail("converted") }, "an object"],
  ];
  for (const [value, expected] of cases) assert.equal(describeValue(value), expected, expected);
});
