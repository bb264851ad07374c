// npm run train: fits the sentence scorer on ../shared/data/ant-bbc-train.jsonl and writes
// model/ar-news.json (weights and feature statistics only). Deterministic. The dev files are
// only scored, never fitted: the run prints the dev ROUGE the new model reaches.
//   npx tsx scripts/train.ts [--trees] [--epochs N] [--temperature T] [--l2 X] [--augment SHARE]
//                            [--out FILE] [--no-dev]
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { evaluate } from "../src/eval/evaluate.js";
import type { FeatureName } from "../src/features/index.js";
import { loadGold } from "../src/io/eval-files.js";
import type { SentenceModel } from "../src/scoring/model.js";
import { summarizeWith } from "../src/summarize.js";
import { trainingDocs, withoutLead } from "../src/train/corpus.js";
import { fitLinearModel, fitTreeModel } from "../src/train/fit.js";
import { DEFAULT_LISTNET } from "../src/train/listnet.js";
import { MODEL_FEATURES } from "../src/train/model-features.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const data = (name: string): string => resolve(root, "..", "shared", "data", name);

/** Stop before any work: a misspelt flag or a bad number must not write a wrong model. */
function usage(message: string): never {
  console.error(`train: ${message}`);
  console.error(
    "usage: npx tsx scripts/train.ts [--trees] [--epochs N] [--temperature T] [--l2 X] " +
      "[--augment SHARE] [--out FILE] [--no-dev]",
  );
  process.exit(2);
}

const args = (() => {
  try {
    return parseArgs({
      strict: true,
      allowPositionals: false,
      options: {
        trees: { type: "boolean" },
        epochs: { type: "string" },
        temperature: { type: "string" },
        l2: { type: "string" },
        augment: { type: "string" },
        out: { type: "string" },
        "no-dev": { type: "boolean" },
      },
    }).values;
  } catch (error) {
    return usage(error instanceof Error ? error.message : String(error));
  }
})();

/** A number flag within [min, max] (an integer when `integer`), or `fallback` when absent. */
function numberFlag(
  name: "epochs" | "temperature" | "l2" | "augment",
  fallback: number,
  check: { min: number; max?: number; above?: boolean; integer?: boolean },
): number {
  const given = args[name];
  if (given === undefined) return fallback;
  const value = Number(given);
  const max = check.max ?? Number.POSITIVE_INFINITY;
  const low = check.above ? value <= check.min : value < check.min;
  if (
    given.trim() === "" ||
    !Number.isFinite(value) ||
    low ||
    value > max ||
    (check.integer && !Number.isInteger(value))
  ) {
    const range = `${check.above ? "above" : "at least"} ${check.min}${check.max === undefined ? "" : ` and at most ${check.max}`}`;
    usage(
      `--${name} must be ${check.integer ? "a whole number" : "a number"} ${range}, got ${JSON.stringify(given)}`,
    );
  }
  return value;
}
if (args.out !== undefined && args.out.trim() === "") usage("--out needs a file name");
// The shipped model is ListNet's; trees are for comparing, and must not replace it unasked.
if (args.trees && args.out === undefined) {
  usage("--trees needs --out FILE: model/ar-news.json is the shipped (ListNet) model");
}

const trainPath = data("ant-bbc-train.jsonl");
if (!existsSync(trainPath)) {
  console.error(`train: ${trainPath} not found (it lives in ../shared/data)`);
  process.exit(2);
}

const features: FeatureName[] = [...MODEL_FEATURES];

const started = performance.now();
const gold = loadGold(trainPath);
// Augmentation: every other training article also appears without its first paragraph (as
// XL-Sum builds its Arabic data), so the scorer also learns articles whose lede is gone. A share
// is taken as every N-th article, N = round(1 / SHARE); the model's meta records the share used
// (1 / N), not the one given.
const given = numberFlag("augment", 0.5, { min: 0, max: 1 });
const every = given > 0 ? Math.max(1, Math.round(1 / given)) : 0;
const augment = every ? 1 / every : 0;
if (augment !== given)
  console.log(`--augment ${given}: every ${every}. article, a share of ${augment}`);
const extra = every
  ? gold.filter((_, i) => i % every === 0).flatMap((item) => withoutLead(item) ?? [])
  : [];
const docs = trainingDocs([...gold, ...extra], features);
const kind = args.trees ? "trees" : "linear";
const options = {
  epochs: numberFlag("epochs", DEFAULT_LISTNET.epochs, { min: 1, integer: true }),
  temperature: numberFlag("temperature", DEFAULT_LISTNET.temperature, { min: 0, above: true }),
  l2: numberFlag("l2", DEFAULT_LISTNET.l2, { min: 0 }),
};
const model: SentenceModel =
  kind === "trees"
    ? fitTreeModel(docs, features)
    : fitLinearModel(docs, features, options, (epoch, loss) => {
        if (epoch % 100 === 0) console.log(`epoch ${epoch}: loss ${loss.toFixed(5)}`);
      });
const out = resolve(args.out ?? resolve(root, "model", "ar-news.json"));
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

if (!args["no-dev"]) {
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
