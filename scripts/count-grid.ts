// The grid that chose the default count threshold, the MMR λ and the near-duplicate cosine on
// easc-dev.jsonl (docs/quality.md): every combination of 8-12 eligible sentences for a fourth
// highlight, λ 0.6-1 and cosine 0.4-0.8, scored with the shipped model and compression. Prints
// the rows at the shipped λ and cosine, then the best rows overall (ROUGE F1 ×100, R-1 / R-2).
// Then the ceiling of any count rule: every article at a fixed count of 2-6, and each article at
// whichever of 3 or 4 scores higher against its references (an oracle, which reads them).
// The BBC files fix the count at 1, so none of these settings touches them. About 20 seconds.
//   npx tsx scripts/count-grid.ts
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { evaluate } from "../src/eval/evaluate.js";
import { bestOf } from "../src/eval/rouge/index.js";
import { loadGold } from "../src/io/eval-files.js";
import { defaultModel } from "../src/scoring/default-model.js";
import { DEFAULT_COUNT } from "../src/selection/count.js";
import { DEFAULT_SELECTION } from "../src/selection/select.js";
import { summarizeWith } from "../src/summarize.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const gold = loadGold(resolve(root, "..", "shared", "data", "easc-dev.jsonl"));
const model = defaultModel();

const THRESHOLDS = [8, 9, 10, 11, 12];
const LAMBDAS = [0.6, 0.7, 0.8, 0.9, 1];
const COSINES = [0.4, 0.5, 0.6, 0.7, 0.8];
/** Best rows printed after the shipped λ and cosine. */
const TOP = 8;

interface Row {
  longArticle: number;
  lambda: number;
  maxSimilarity: number;
  r1: number;
  r2: number;
}

const rows: Row[] = [];
for (const longArticle of THRESHOLDS) {
  for (const lambda of LAMBDAS) {
    for (const maxSimilarity of COSINES) {
      const report = evaluate(
        gold,
        (item) =>
          summarizeWith(
            model,
            item.article,
            { title: item.title },
            { count: { longArticle }, selection: { lambda, maxSimilarity } },
          ).highlights.map((h) => h.text),
        { system: "grid" },
      );
      const { rouge1, rouge2 } = report.scores;
      rows.push({ longArticle, lambda, maxSimilarity, r1: rouge1.fmeasure, r2: rouge2.fmeasure });
    }
  }
}

const line = (r: Row) =>
  `threshold ${r.longArticle}, λ ${r.lambda}, cosine ${r.maxSimilarity}: ` +
  `${r.r1.toFixed(2)} / ${r.r2.toFixed(2)}`;
const shipped = (r: Row) =>
  r.lambda === DEFAULT_SELECTION.lambda && r.maxSimilarity === DEFAULT_SELECTION.maxSimilarity;

console.log(
  `easc-dev.jsonl, ${gold.length} articles; shipped threshold ${DEFAULT_COUNT.longArticle}`,
);
console.log(
  `At the shipped λ ${DEFAULT_SELECTION.lambda} and cosine ${DEFAULT_SELECTION.maxSimilarity}:`,
);
for (const r of rows.filter(shipped)) console.log(`  ${line(r)}`);
console.log(`Best ${TOP} of ${rows.length}:`);
for (const r of [...rows].sort((a, b) => b.r1 - a.r1).slice(0, TOP)) console.log(`  ${line(r)}`);

// Selection is greedy, so the first k highlights of a larger count are the k of count k.
const FIXED = [2, 3, 4, 5, 6];
const perCount = FIXED.map((count) =>
  gold.map((item) => {
    const text = summarizeWith(model, item.article, { title: item.title, count }).highlights;
    return bestOf(item.summaries, text.map((h) => h.text).join("\n")).rouge1.fmeasure * 100;
  }),
);
const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / values.length;
console.log("Every article at one count (R-1):");
FIXED.forEach((count, c) => {
  console.log(`  ${count} highlights: ${mean(perCount[c] as number[]).toFixed(2)}`);
});
const three = perCount[FIXED.indexOf(3)] as number[];
const four = perCount[FIXED.indexOf(4)] as number[];
const oracle = three.map((r, i) => Math.max(r, four[i] as number));
console.log(`  3 or 4, whichever scores higher (oracle): ${mean(oracle).toFixed(2)}`);
