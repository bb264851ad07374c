// KhulasaError and createError as a library user calls them, from plain JavaScript too.
import assert from "node:assert/strict";
import { test } from "node:test";
import { createError, type ErrorCode, errorCodes, KhulasaError } from "../src/errors.js";

test("a code outside the table is a RangeError that names it, not an error with no hint", () => {
  // A misspelt code, inherited keys of an object, and values that are no string at all.
  for (const code of ["BAD_OPTIONS", "bad_option", "toString", "constructor", "__proto__", ""]) {
    const unknown = code as ErrorCode;
    const named = new RegExp(`^unknown error code ${JSON.stringify(code)}: .*errorCodes`);
    assert.throws(() => createError(unknown, "m"), { name: "RangeError", message: named }, code);
    assert.throws(() => new KhulasaError(unknown, "m", "a hint"), RangeError, code);
  }
  for (const code of [undefined, null, 3, Symbol("code"), Object.create(null)]) {
    assert.throws(
      () => createError(code as ErrorCode, "m"),
      { name: "RangeError", message: /^unknown error code of type \w+: / },
      typeof code,
    );
  }
});

test("every code of the table still makes an error with its hint, exit code and status", () => {
  for (const code of Object.keys(errorCodes) as ErrorCode[]) {
    const e = createError(code, "m");
    assert.equal(e.hint, errorCodes[code].hint, code);
    assert.equal(e.exitCode, errorCodes[code].exit, code);
    assert.equal(e.httpStatus, errorCodes[code].http, code);
  }
});
