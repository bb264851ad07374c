import assert from "node:assert/strict";
import { test } from "node:test";
import { type EvalReport, METRICS } from "../../src/eval/evaluate.js";
import { markdownReport } from "../../src/eval/report.js";

// The table's P and R columns are ×100 as its F1 is (and so is --json), but its header said only
// "ROUGE F1 ×100", and its columns were not named beyond "P" and "R".

test("the table's header says F1, precision and recall are all ×100", () => {
  const score = { precision: 61.5, recall: 58.25, fmeasure: 59.8, ci: { low: 55, high: 64 } };
  const report: EvalReport = {
    system: "khulasa",
    items: 3,
    missing: [],
    extra: [],
    failed: [],
    scores: Object.fromEntries(METRICS.map((m) => [m, score])) as EvalReport["scores"],
  };
  const [header = "", , columns = ""] = markdownReport(report, "gold.jsonl").split("\n");
  assert.match(header, /F1, precision \(P\) and recall \(R\), all ×100/);
  assert.match(columns, /\| F1 \| 95% CI \| P \| R \|/);
  assert.match(
    markdownReport(report, "gold.jsonl"),
    /\| R-1 \| 59\.80 \| 55\.00–64\.00 \| 61\.50 \| 58\.25 \|/,
  );
});
