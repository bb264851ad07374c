import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import {
  bestOf,
  ROUGE_METRICS,
  type RougeScores,
  rougeScores,
} from "../../src/eval/rouge/index.js";
import { sharedPath, sharedSkip } from "../helpers/shared.js";

const FIXTURE = sharedPath("eval/rouge-parity.jsonl");

interface Row {
  reference: string;
  candidate: string;
  note: string;
  scores: RougeScores;
}

function mismatches(got: RougeScores, want: RougeScores): string[] {
  const out: string[] = [];
  for (const m of ROUGE_METRICS) {
    for (const k of ["precision", "recall", "fmeasure"] as const) {
      if (!(Math.abs(got[m][k] - want[m][k]) <= 1e-9))
        out.push(`${m}.${k} ${got[m][k]} != ${want[m][k]}`);
    }
  }
  return out;
}

test(
  "every rouge-parity.jsonl row matches the XL-Sum scorer within 1e-9",
  sharedSkip(FIXTURE),
  () => {
    const rows = readFileSync(FIXTURE, "utf8")
      .split("\n")
      .filter((l) => l.trim() !== "")
      .map((l) => JSON.parse(l) as Row);
    assert.ok(rows.length > 0, "fixture has rows");
    const failures: string[] = [];
    let equal = 0;
    for (const row of rows) {
      const bad = mismatches(rougeScores(row.reference, row.candidate), row.scores);
      // One reference: bestOf must give the same numbers.
      bad.push(...mismatches(bestOf([row.reference], row.candidate), row.scores));
      if (bad.length === 0) equal++;
      else failures.push(`${row.note}: ${bad.slice(0, 3).join("; ")}`);
    }
    console.log(`rouge parity: ${equal}/${rows.length} rows equal`);
    assert.deepEqual(failures.slice(0, 10), []);
    assert.equal(equal, rows.length);
  },
);
