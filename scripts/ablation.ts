// Ablation table for docs/quality.md: the default engine against variants (each feature group
// left out and the scorer re-fitted, hand weights, boosted trees, compression off) and the lead
// baselines, on the three dev files, ROUGE F1 ×100 with 95% bootstrap intervals.
//   npx tsx scripts/ablation.ts > /tmp/ablation.md
import { existsSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { baselineSystem } from "../src/eval/baselines.js";
import { evaluate } from "../src/eval/evaluate.js";
import { FEATURE_NAMES, FEATURES, type FeatureName } from "../src/features/index.js";
import { type GoldItem, loadGold } from "../src/io/eval-files.js";
import { defaultModel } from "../src/scoring/default-model.js";
import { HAND_WEIGHTS } from "../src/scoring/hand-weights.js";
import type { SentenceModel } from "../src/scoring/model.js";
import { summarizeWith } from "../src/summarize.js";
import { trainingDocs, withoutLead } from "../src/train/corpus.js";
import { fitLinearModel, fitTreeModel } from "../src/train/fit.js";
import type { TrainingDoc } from "../src/train/listnet.js";
import { MODEL_FEATURES } from "../src/train/model-features.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const data = (name: string): string => resolve(root, "..", "shared", "data", name);
const DEV: [string, number | null][] = [
  ["easc-dev.jsonl", null],
  ["ant-bbc-dev.jsonl", 1],
  ["ant-bbc-nolead-dev.jsonl", 1],
];
for (const [name] of [...DEV, ["ant-bbc-train.jsonl", null]]) {
  if (!existsSync(data(name as string))) {
    console.error(`ablation: ${data(name as string)} not found`);
    process.exit(2);
  }
}

const dev = DEV.map(([name, count]) => ({ name, count, gold: loadGold(data(name)) }));
const cell = (gold: GoldItem[], fn: (item: GoldItem) => string[]): string => {
  const r = evaluate(gold, fn, { system: "x" }).scores;
  const f = (m: "rouge1" | "rouge2") =>
    `${r[m].fmeasure.toFixed(2)} (${r[m].ci.low.toFixed(1)}–${r[m].ci.high.toFixed(1)})`;
  return `${f("rouge1")} / ${f("rouge2")}`;
};
const row = (label: string, fn: (item: GoldItem, count: number | null) => string[]): void => {
  const cells = dev.map((d) => cell(d.gold, (item) => fn(item, d.count)));
  console.log(`| ${label} | ${cells.join(" | ")} |`);
};
const engine =
  (model: SentenceModel, compress = true) =>
  (item: GoldItem, count: number | null): string[] =>
    summarizeWith(model, item.article, { count, title: item.title, compress }).highlights.map(
      (h) => h.text,
    );

console.log(`| system | ${dev.map((d) => `${d.name} R-1 / R-2`).join(" | ")} |`);
console.log(`| --- | ${dev.map(() => "---").join(" | ")} |`);
row("Lead-k (k = 3 on EASC, 1 on BBC; khulasa's splitter)", (item, count) =>
  baselineSystem(count === 1 ? "lead-1" : "lead-3")(item),
);
row("**khulasa default** (learned ListNet, compression on)", engine(defaultModel()));
row("learned, compression off", engine(defaultModel(), false));
row("hand weights, compression on", engine(HAND_WEIGHTS));
row(
  "hand weights, compression off (the engine before the quality work)",
  engine(HAND_WEIGHTS, false),
);

const train = loadGold(data("ant-bbc-train.jsonl"));
const extra = train.filter((_, i) => i % 2 === 0).flatMap((item) => withoutLead(item) ?? []);
const all: FeatureName[] = FEATURE_NAMES.filter((f) => f !== "boilerplate");
const shipped: FeatureName[] = [...MODEL_FEATURES];
const docs = trainingDocs([...train, ...extra], all);
const pick = (names: FeatureName[]): TrainingDoc[] => {
  const idx = names.map((n) => all.indexOf(n));
  return docs.map((d) => ({
    ...d,
    rows: d.rows.map((r) => Float64Array.from(idx, (i) => r[i] as number)),
  }));
};
const shippedDocs = pick(shipped);
const trainedOnBbcOnly = fitLinearModel(trainingDocs(train, shipped), shipped);
row("learned without the no-lead augmentation", engine(trainedOnBbcOnly));
row("boosted trees (150 × depth 3) instead of ListNet", engine(fitTreeModel(shippedDocs, shipped)));
const groups = [...new Set(all.map((f) => FEATURES[f].group))];
for (const group of groups) {
  const inModel = shipped.some((f) => FEATURES[f].group === group);
  const kept = inModel
    ? shipped.filter((f) => FEATURES[f].group !== group)
    : [...shipped, ...all.filter((f) => FEATURES[f].group === group)];
  const label = inModel
    ? `learned without the ${group} features`
    : `learned with the ${group} features added`;
  row(label, engine(fitLinearModel(pick(kept), kept)));
}
