import assert from "node:assert/strict";
import { test } from "node:test";
import { type EvalReport, METRICS } from "../../src/eval/evaluate.js";
import { markdownReport } from "../../src/eval/report.js";

// A bootstrap over one item resamples that item only: its "95% interval" is the score itself,
// a zero-width interval that claims a certainty one article cannot give. The table had printed
// `48.19–48.19` with no word about it, under "(1 items; …)".

function report(items: number, f: number, low: number, high: number): EvalReport {
  const score = { precision: f, recall: f, fmeasure: f, ci: { low, high } };
  return {
    system: "lead-1",
    items,
    missing: [],
    extra: [],
    failed: [],
    scores: Object.fromEntries(METRICS.map((m) => [m, score])) as EvalReport["scores"],
  };
}

test("one item: no interval is printed, and a note says why", () => {
  const table = markdownReport(report(1, 48.19, 48.19, 48.19), "gold1.jsonl");
  assert.match(table, /\(1 item;/);
  assert.doesNotMatch(table, /48\.19–48\.19/);
  assert.match(table, /\| R-1 \| 48\.19 \| — \|/);
  assert.match(table, /No interval: a bootstrap over one item/);
});

test("two items or more: the interval, and no note", () => {
  const table = markdownReport(report(2, 50, 40, 60), "gold2.jsonl");
  assert.match(table, /\(2 items;/);
  assert.match(table, /\| R-1 \| 50\.00 \| 40\.00–60\.00 \|/);
  assert.doesNotMatch(table, /no interval/i);
});
