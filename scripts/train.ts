// npm run train: fits the sentence scorer on ../shared/data/ant-bbc-train.jsonl and writes
// model/ar-news.json (weights and feature statistics only). Deterministic. The dev files are
// only scored, never fitted: the run prints the dev ROUGE the new model reaches.
//   npx tsx scripts/train.ts [--epochs N] [--temperature T] [--l2 X] [--no-dev]
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { loadGold } from "../src/eval/dataset.js";
import { evaluate } from "../src/eval/evaluate.js";
import { FEATURE_NAMES, type FeatureName } from "../src/features/index.js";
import type { LinearModel } from "../src/scoring/linear-model.js";
import { summarizeWith } from "../src/summarize.js";
import { trainingDocs } from "../src/train/corpus.js";
import { DEFAULT_LISTNET, fitListNet, standardization } from "../src/train/listnet.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const data = (name: string): string => resolve(root, "..", "shared", "data", name);
const args = process.argv.slice(2);
const flag = (name: string, fallback: number): number => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};

const trainPath = data("ant-bbc-train.jsonl");
if (!existsSync(trainPath)) {
  console.error(`train: ${trainPath} not found (it lives in ../shared/data)`);
  process.exit(2);
}

/** Features the model uses: every feature but the boilerplate flag (selection filters those). */
const features: FeatureName[] = FEATURE_NAMES.filter((f) => f !== "boilerplate");

const started = performance.now();
const gold = loadGold(trainPath);
const docs = trainingDocs(gold, features);
const { mean, std } = standardization(docs, features.length);
for (const d of docs) {
  for (const row of d.rows)
    for (let f = 0; f < row.length; f++)
      row[f] = ((row[f] as number) - (mean[f] as number)) / (std[f] as number);
}
const options = {
  epochs: flag("--epochs", DEFAULT_LISTNET.epochs),
  temperature: flag("--temperature", DEFAULT_LISTNET.temperature),
  l2: flag("--l2", DEFAULT_LISTNET.l2),
};
const weights = fitListNet(docs, features.length, options, (epoch, loss) => {
  if (epoch % 50 === 0) console.log(`epoch ${epoch}: loss ${loss.toFixed(5)}`);
});
const model: LinearModel = {
  name: "ar-news",
  features,
  weights: weights.map((w) => Number(w.toFixed(6))),
  bias: 0,
  mean: mean.map((m) => Number(m.toFixed(6))),
  std: std.map((s) => Number(s.toFixed(6))),
};
const out = resolve(root, "model", "ar-news.json");
mkdirSync(dirname(out), { recursive: true });
const meta = { trainedOn: "ant-bbc-train.jsonl", documents: docs.length, ...options };
writeFileSync(out, `${JSON.stringify({ ...model, meta }, null, 2)}\n`);
console.log(
  `trained on ${docs.length} articles in ${((performance.now() - started) / 1000).toFixed(1)} s -> ${out}`,
);
features.forEach((f, i) => {
  console.log(`  ${f.padEnd(18)} ${(weights[i] as number).toFixed(3)}`);
});

if (!args.includes("--no-dev")) {
  const dev: [string, number | null][] = [
    ["easc-dev.jsonl", null],
    ["ant-bbc-dev.jsonl", 1],
    ["ant-bbc-nolead-dev.jsonl", 1],
  ];
  for (const [name, count] of dev) {
    if (!existsSync(data(name))) continue;
    const items = loadGold(data(name));
    const report = evaluate(
      items,
      (item) =>
        summarizeWith(model, item.article, { count, title: item.title }).highlights.map(
          (h) => h.text,
        ),
      { system: "trained" },
    );
    const s = report.scores;
    console.log(
      `dev ${name} (count ${count ?? "auto"}): R-1 ${s.rouge1.fmeasure.toFixed(2)} R-2 ${s.rouge2.fmeasure.toFixed(2)} R-L ${s.rougeL.fmeasure.toFixed(2)}`,
    );
  }
}
