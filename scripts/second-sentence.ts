// Can khulasa's features tell when the second sentence of a BBC article makes a better one-line
// summary than the first? Fits boosted trees on ant-bbc-train.jsonl to predict the soft-label gain
// of the second eligible sentence over the first (features of both and their difference), then, on
// ant-bbc-dev.jsonl, takes the second sentence wherever the predicted gain passes a threshold.
// Prints ROUGE F1 ×100 for each threshold, next to Lead-1 and to the perfect choice of the two.
// Compression is off, so the rows compare sentence choice only. About 10 seconds.
//   npx tsx scripts/second-sentence.ts
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { analyze } from "../src/analysis/analyze.js";
import { bestOf } from "../src/eval/rouge/index.js";
import { FEATURE_NAMES } from "../src/features/index.js";
import { type GoldItem, loadGold } from "../src/io/eval-files.js";
import { applyTrees } from "../src/scoring/trees.js";
import { collapseWhitespace } from "../src/text/span.js";
import { trainingDocs } from "../src/train/corpus.js";
import { fitGbdt } from "../src/train/gbdt.js";
import type { TrainingDoc } from "../src/train/listnet.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const data = (file: string) => loadGold(resolve(root, "..", "shared", "data", file));
const features = FEATURE_NAMES.filter((f) => f !== "boilerplate");

interface Pairs {
  /** Feature columns: first sentence, second sentence, second minus first. */
  columns: Float64Array[];
  /** Soft-label gain of the second sentence over the first. */
  gain: Float64Array;
  /** Per document: the two sentence indices, or null with fewer than two eligible sentences. */
  pick: ([number, number] | null)[];
}

function pairs(docs: readonly TrainingDoc[]): Pairs {
  const rows: number[][] = [];
  const gain: number[] = [];
  const pick = docs.map((d): [number, number] | null => {
    const eligible = d.eligible.flatMap((e, i) => (e ? [i] : []));
    const [a, b] = eligible;
    if (a === undefined || b === undefined) return null;
    const ra = d.rows[a] as Float64Array;
    const rb = d.rows[b] as Float64Array;
    rows.push([...ra, ...rb, ...rb.map((v, f) => v - (ra[f] as number))]);
    gain.push((d.labels[b] as number) - (d.labels[a] as number));
    return [a, b];
  });
  const dims = rows[0]?.length ?? 0;
  const columns = Array.from({ length: dims }, (_, f) =>
    Float64Array.from(rows, (r) => r[f] as number),
  );
  return { columns, gain: Float64Array.from(gain), pick };
}

const train = pairs(trainingDocs(data("ant-bbc-train.jsonl"), features));
const { base, trees } = fitGbdt(train.columns, train.gain, { trees: 200, depth: 3, minLeaf: 30 });
const model = { name: "second-sentence", kind: "trees" as const, features: [], base, trees };

const gold = data("ant-bbc-dev.jsonl");
const dev = pairs(trainingDocs(gold, features));
const predicted = applyTrees(model, dev.columns);

/** F1 of each dev article's first and second eligible sentence alone. */
const scored = gold.map((item: GoldItem, d) => {
  const pair = dev.pick[d];
  const doc = analyze(item.article, { title: item.title });
  const text = (i: number) => {
    const s = doc.sentences[i];
    return s ? collapseWhitespace(item.article.slice(s.span.start, s.span.end)) : "";
  };
  const rouge = (i: number) => {
    const s = bestOf(item.summaries, text(i));
    return [s.rouge1.fmeasure, s.rouge2.fmeasure] as const;
  };
  return pair
    ? { first: rouge(pair[0]), second: rouge(pair[1]) }
    : { first: rouge(0), second: null };
});

const mean = (choose: (d: number) => "first" | "second") => {
  let r1 = 0;
  let r2 = 0;
  scored.forEach((s, d) => {
    const [a, b] = choose(d) === "second" && s.second ? s.second : s.first;
    r1 += a;
    r2 += b;
  });
  return `${((100 * r1) / gold.length).toFixed(2)} / ${((100 * r2) / gold.length).toFixed(2)}`;
};

/** Index of each dev document among the pairs (documents with two eligible sentences). */
const row = new Map<number, number>();
dev.pick.forEach((p, d) => {
  if (p) row.set(d, row.size);
});
const predictedGain = (d: number) => {
  const r = row.get(d);
  return r === undefined ? Number.NEGATIVE_INFINITY : (predicted[r] as number);
};

console.log(`ant-bbc-dev.jsonl, ${gold.length} articles, one sentence, no compression: R-1 / R-2`);
console.log(`Lead-1 (first eligible sentence)\t${mean(() => "first")}`);
for (const threshold of [0.1, 0.05, 0.02, 0, -0.02, -0.05, -0.1]) {
  const swaps = scored.filter((_, d) => predictedGain(d) > threshold).length;
  const score = mean((d) => (predictedGain(d) > threshold ? "second" : "first"));
  console.log(`second when predicted gain > ${threshold} (${swaps} articles)\t${score}`);
}
const better = (d: number) => {
  const s = scored[d];
  if (!s?.second) return "first";
  return s.second[0] + s.second[1] > s.first[0] + s.first[1] ? "second" : "first";
};
console.log(`perfect choice of the two (a ceiling)\t${mean(better)}`);
