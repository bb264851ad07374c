// Lists the dev articles where khulasa's ROUGE-1 F1 falls furthest below Lead-k, for the error
// analysis in docs/quality.md. Prints ids, scores, sentence indices and rule names, not text.
//   npx tsx scripts/losses.ts [N]
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { baselineSystem } from "../src/eval/baselines.js";
import { bestOf } from "../src/eval/rouge/index.js";
import { loadGold } from "../src/io/eval-files.js";
import { summarize } from "../src/summarize.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const limit = Number(process.argv[2] ?? 20);
const rows: { file: string; id: string; lead: number; ours: number; picked: number[] }[] = [];
for (const [file, count] of [
  ["easc-dev.jsonl", null],
  ["ant-bbc-dev.jsonl", 1],
  ["ant-bbc-nolead-dev.jsonl", 1],
] as const) {
  const lead = baselineSystem(count === 1 ? "lead-1" : "lead-3");
  for (const item of loadGold(resolve(root, "..", "shared", "data", file))) {
    const summary = summarize(item.article, { count, title: item.title });
    const ours = bestOf(item.summaries, summary.highlights.map((h) => h.text).join("\n"));
    const base = bestOf(item.summaries, lead(item).join("\n"));
    rows.push({
      file,
      id: item.id,
      lead: base.rouge1.fmeasure * 100,
      ours: ours.rouge1.fmeasure * 100,
      picked: summary.highlights.map((h) => h.sentence),
    });
  }
}
rows.sort((a, b) => b.lead - b.ours - (a.lead - a.ours));
for (const r of rows.slice(0, limit)) {
  console.log(
    `${r.file}\t${r.id}\tlead ${r.lead.toFixed(1)}\tkhulasa ${r.ours.toFixed(1)}\tsentences ${r.picked.join(",")}`,
  );
}
const losses = rows.filter((r) => r.ours < r.lead).length;
const wins = rows.filter((r) => r.ours > r.lead).length;
console.log(`articles: ${rows.length}; khulasa below Lead-k on ${losses}, above on ${wins}`);
