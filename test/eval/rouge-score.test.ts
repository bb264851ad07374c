import assert from "node:assert/strict";
import { test } from "node:test";
import { KhulasaError } from "../../src/errors.js";
import {
  bestOf,
  bestOfPrepared,
  createRougeScorer,
  prepareText,
  rougeScores,
  scorePrepared,
} from "../../src/eval/rouge/index.js";

const close = (got: number, want: number): void =>
  assert.ok(Math.abs(got - want) < 1e-12, `${got} != ${want}`);

test("n-grams and LCS on a small pair", () => {
  const s = rougeScores("a b c", "a b d");
  close(s.rouge1.precision, 2 / 3);
  close(s.rouge1.recall, 2 / 3);
  close(s.rouge2.fmeasure, 1 / 2);
  close(s.rougeL.fmeasure, 2 / 3);
  close(s.rougeLsum.fmeasure, 2 / 3);
});

test("n-gram counts are clipped", () => {
  const s = rougeScores("a a b", "a a a a");
  close(s.rouge1.precision, 2 / 4);
  close(s.rouge1.recall, 2 / 3);
});

test("ROUGE-Lsum counts each token at most as often as on both sides", () => {
  const s = rougeScores("a a\na", "a");
  close(s.rougeLsum.precision, 1);
  close(s.rougeLsum.recall, 1 / 3);
  close(s.rougeLsum.fmeasure, 0.5);
});

test("ROUGE-Lsum takes the union LCS over candidate sentences", () => {
  const s = rougeScores("a b c d", "a b\nc d");
  close(s.rougeLsum.fmeasure, 1);
  close(s.rougeL.fmeasure, 1);
  close(s.rouge2.recall, 3 / 3);
});

test("empty sides give zeros", () => {
  for (const [ref, cand] of [
    ["", "a"],
    ["a", ""],
    ["!!!", "a"],
  ] as const) {
    const s = rougeScores(ref, cand);
    for (const m of [s.rouge1, s.rouge2, s.rougeL, s.rougeLsum]) {
      assert.deepEqual(m, { precision: 0, recall: 0, fmeasure: 0 });
    }
  }
});

test("bestOf picks the best F1 per metric, the first reference on ties", () => {
  // Same F1 (2/3) with different P/R: the first reference wins.
  assert.deepEqual(bestOf(["a", "a b c d"], "a b").rouge1, {
    precision: 0.5,
    recall: 1,
    fmeasure: 2 / 3,
  });
  assert.deepEqual(bestOf(["a b c d", "a"], "a b").rouge1, {
    precision: 1,
    recall: 0.5,
    fmeasure: 2 / 3,
  });
  // Per metric independently: ROUGE-1 from the first reference, ROUGE-2 from the second.
  const s = bestOf(["b a", "a b x y"], "a b");
  close(s.rouge1.fmeasure, 1);
  close(s.rouge2.precision, 1);
  close(s.rouge2.recall, 1 / 3);
});

test("bestOf needs at least one reference", () => {
  assert.throws(
    () => bestOf([], "a"),
    (e: unknown) => e instanceof KhulasaError && e.code === "BAD_RECORD",
  );
});

test("prepared texts score like raw texts", () => {
  const ref = "أعلنت الحكومة خطة جديدة\nوانتقدت المعارضة الخطة";
  const cand = "الحكومة تعلن خطة\nالمعارضة تنتقد";
  assert.deepEqual(scorePrepared(prepareText(ref), prepareText(cand)), rougeScores(ref, cand));
  assert.deepEqual(bestOfPrepared([prepareText(ref)], prepareText(cand)), rougeScores(ref, cand));
  const own = createRougeScorer();
  assert.deepEqual(own.score(own.prepare(ref), own.prepare(cand)), rougeScores(ref, cand));
});

test("non-string input is a KhulasaError", () => {
  assert.throws(
    () => prepareText(42 as unknown as string),
    (e: unknown) => e instanceof KhulasaError && e.code === "BAD_RECORD",
  );
});
