import assert from "node:assert/strict";
import { test } from "node:test";
import { createError } from "../../src/errors.js";
import type { GoldItem } from "../../src/eval/dataset.js";
import { evaluate, type SystemOutput } from "../../src/eval/evaluate.js";
import { rougeScores } from "../../src/eval/rouge/index.js";

const gold: GoldItem[] = [
  { id: "a", title: null, article: "أ", summaries: ["أعلنت الحكومة خطة جديدة."], where: "g:1" },
  { id: "b", title: null, article: "", summaries: ["تعادل الفريقان."], where: "g:2" },
  { id: "c", title: null, article: "ج", summaries: ["غادر المدرب الملعب."] },
];
const options = { system: "test", bootstrap: { resamples: 50 } };
const answers: Record<string, readonly string[]> = {
  a: ["أعلنت الحكومة خطة جديدة."],
  c: ["غادر المدرب."],
};

test("a KhulasaError thrown for an item is a failed item scored as empty; the rest are scored", () => {
  const failing = (item: GoldItem): SystemOutput => {
    if (item.article === "") throw createError("EMPTY_INPUT", "the article is empty");
    return answers[item.id] ?? [];
  };
  const report = evaluate(gold, failing, options);
  assert.deepEqual(report.failed, [
    { id: "b", code: "EMPTY_INPUT", message: "the article is empty", where: "g:2" },
  ]);
  assert.deepEqual(report.missing, []);
  assert.equal(report.items, 3);
  // The same numbers as an empty summary for that item.
  const empty = evaluate(gold, (item) => answers[item.id] ?? [], options);
  assert.deepEqual(report.scores, empty.scores);
  assert.ok(report.scores.rouge1.fmeasure > 0);
});

test("a returned error is a failed item; null is a missing one; both score as empty", () => {
  const report = evaluate(
    gold,
    (item) => {
      if (item.id === "b") return { error: { code: "NOT_ARABIC", message: "m", where: "p:9" } };
      if (item.id === "c") return null;
      return answers[item.id] ?? [];
    },
    options,
  );
  assert.deepEqual(report.failed, [{ id: "b", code: "NOT_ARABIC", message: "m", where: "p:9" }]);
  assert.deepEqual(report.missing, ["c"]);
  const empty = evaluate(gold, (item) => (item.id === "a" ? (answers.a ?? []) : []), options);
  assert.deepEqual(report.scores, empty.scores);
});

test("an error that is not a KhulasaError (a bug) stops the run", () => {
  assert.throws(
    () =>
      evaluate(
        gold,
        () => {
          throw new TypeError("boom");
        },
        options,
      ),
    TypeError,
  );
});

test("ROUGE-Lsum scores the highlights as separate sentences; ROUGE-L as one text", () => {
  // Six words of the reference, the last two highlighted first: as one text the longest common
  // subsequence is the first four words (ROUGE-L 4/6); sentence by sentence, the union of the two
  // highlights' common subsequences covers all six (ROUGE-Lsum 6/6).
  const reference = "أعلنت الحكومة خطة جديدة لدعم المزارعين";
  const highlights = ["لدعم المزارعين", "أعلنت الحكومة خطة جديدة"];
  const item: GoldItem = { id: "x", title: null, article: "ن", summaries: [reference] };
  const report = evaluate([item], () => highlights, options);
  const close = (got: number, want: number, what: string): void =>
    assert.ok(Math.abs(got - want) < 1e-9, `${what}: ${got} != ${want}`);
  for (const key of ["precision", "recall", "fmeasure"] as const) {
    close(report.scores.rougeL[key], (100 * 4) / 6, `rougeL ${key}`);
    close(report.scores.rougeLsum[key], 100, `rougeLsum ${key}`);
    close(report.scores.rouge1[key], 100, `rouge1 ${key}`);
  }
  // The same as the scorer gives the highlights joined one a line.
  const direct = rougeScores(reference, highlights.join("\n"));
  close(report.scores.rougeLsum.fmeasure, direct.rougeLsum.fmeasure * 100, "direct rougeLsum");
  close(report.scores.rougeL.fmeasure, direct.rougeL.fmeasure * 100, "direct rougeL");
  // One item: its interval is a single point, its score.
  assert.deepEqual(report.scores.rougeLsum.ci, { low: 100, high: 100 });
});
