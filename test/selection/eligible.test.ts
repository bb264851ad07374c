import assert from "node:assert/strict";
import { test } from "node:test";
import { KhulasaError } from "../../src/errors.js";
import { Boilerplate } from "../../src/features/boilerplate.js";
import { countPools, eligibleSentences } from "../../src/selection/eligible.js";

const { None, Line, Dependent, RunOn, Context } = Boilerplate;

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

test("eligibleSentences: news that leans on the sentence before is eligible (taken after the rest)", () => {
  const kinds = Uint8Array.from([None, Context, Dependent, Context]);
  assert.deepEqual(eligibleSentences(kinds, ["a", "b", "c", "b"]), [true, true, false, false]);
  // No sentence stands alone (an interview of questions and answers): all of them alike.
  const noneAlone = Uint8Array.from([Line, Context, Dependent]);
  assert.deepEqual(eligibleSentences(noneAlone, ["a", "b", "c"]), [false, true, true]);
});

test("countPools: leaning news fills the count but makes no article long, unless none stands alone", () => {
  const kinds = Uint8Array.from([None, Context, RunOn, Context, Line]);
  const eligible = eligibleSentences(kinds, ["a", "b", "c", "d", "e"]);
  assert.deepEqual(countPools(kinds, eligible), { eligible: 4, fill: 3, points: 2 });
  const noneAlone = Uint8Array.from([Context, Dependent, Context]);
  assert.deepEqual(countPools(noneAlone, eligibleSentences(noneAlone, ["a", "b", "c"])), {
    eligible: 3,
    fill: 3,
    points: 3,
  });
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
