// npm run train: fits the sentence scorer on ../shared/data/ant-bbc-train.jsonl and writes
// model/ar-news.json (weights and feature statistics only). Deterministic. The dev files are
// only scored, never fitted: the run prints the dev ROUGE the new model reaches.
//   npx tsx scripts/train.ts [--trees] [--epochs N] [--temperature T] [--l2 X] [--augment SHARE]
//                            [--out FILE] [--no-dev]
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { loadGold } from "../src/eval/dataset.js";
import { evaluate } from "../src/eval/evaluate.js";
import type { FeatureName } from "../src/features/index.js";
import type { SentenceModel } from "../src/scoring/model.js";
import { summarizeWith } from "../src/summarize.js";
import { trainingDocs, withoutLead } from "../src/train/corpus.js";
import { fitLinearModel, fitTreeModel } from "../src/train/fit.js";
import { DEFAULT_LISTNET } from "../src/train/listnet.js";
import { MODEL_FEATURES } from "../src/train/model-features.js";

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

const features: FeatureName[] = [...MODEL_FEATURES];

const started = performance.now();
const gold = loadGold(trainPath);
// Augmentation: every other training article also appears without its first paragraph (as
// XL-Sum builds its Arabic data), so the scorer also learns articles whose lede is gone.
const augment = flag("--augment", 0.5);
const every = augment > 0 ? Math.max(1, Math.round(1 / augment)) : 0;
const extra = every
  ? gold.filter((_, i) => i % every === 0).flatMap((item) => withoutLead(item) ?? [])
  : [];
const docs = trainingDocs([...gold, ...extra], features);
const kind = args.includes("--trees") ? "trees" : "linear";
const options = {
  epochs: flag("--epochs", DEFAULT_LISTNET.epochs),
  temperature: flag("--temperature", DEFAULT_LISTNET.temperature),
  l2: flag("--l2", DEFAULT_LISTNET.l2),
};
const model: SentenceModel =
  kind === "trees"
    ? fitTreeModel(docs, features)
    : fitLinearModel(docs, features, options, (epoch, loss) => {
        if (epoch % 100 === 0) console.log(`epoch ${epoch}: loss ${loss.toFixed(5)}`);
      });
const outAt = args.indexOf("--out");
const out =
  outAt >= 0 ? resolve(args[outAt + 1] as string) : resolve(root, "model", "ar-news.json");
mkdirSync(dirname(out), { recursive: true });
const meta = {
  trainedOn: "ant-bbc-train.jsonl",
  documents: docs.length,
  augment,
  kind,
  ...options,
};
writeFileSync(out, `${JSON.stringify({ ...model, meta }, null, 2)}\n`);
console.log(
  `trained on ${docs.length} articles in ${((performance.now() - started) / 1000).toFixed(1)} s -> ${out}`,
);
if ("weights" in model) {
  features.forEach((f, i) => {
    console.log(`  ${f.padEnd(20)} ${(model.weights[i] as number).toFixed(3)}`);
  });
}

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
