import assert from "node:assert/strict";
import { test } from "node:test";
import { KhulasaError } from "../../src/errors.js";
import { Boilerplate } from "../../src/features/boilerplate.js";
import { eligibleSentences } from "../../src/selection/eligible.js";

const { None, Line, Dependent, RunOn } = Boilerplate;

test("eligibleSentences: boilerplate is out, a repeated sentence counts at its first place", () => {
  const kinds = Uint8Array.from([Line, None, Dependent, None, None]);
  assert.deepEqual(eligibleSentences(kinds, ["a", "b", "c", "b", "d"]), [
    false,
    true,
    false,
    false,
    true,
  ]);
});

test("eligibleSentences: run-on sentences are eligible with the others (taken last)", () => {
  const kinds = Uint8Array.from([RunOn, Dependent, None, RunOn]);
  assert.deepEqual(eligibleSentences(kinds, ["a", "b", "c", "a"]), [true, false, true, false]);
  const onlyRunOn = Uint8Array.from([Dependent, RunOn]);
  assert.deepEqual(eligibleSentences(onlyRunOn, ["a", "b"]), [false, true]);
});

test("eligibleSentences: headings and questions only when nothing else is eligible", () => {
  const kinds = Uint8Array.from([Line, Dependent, Line, Dependent]);
  assert.deepEqual(eligibleSentences(kinds, ["a", "b", "c", "b"]), [false, true, false, false]);
});

test("eligibleSentences: only datelines, credits and teasers is EMPTY_INPUT", () => {
  assert.throws(
    () => eligibleSentences(Uint8Array.from([Line, Line]), ["a", "b"]),
    (e) => e instanceof KhulasaError && e.code === "EMPTY_INPUT",
  );
});
