import assert from "node:assert/strict";
import { test } from "node:test";
import { scoreSentences } from "../../src/scoring/model.js";
import { validateTrees } from "../../src/scoring/trees.js";
import { fitLinearModel, fitTreeModel } from "../../src/train/fit.js";
import { fitGbdt } from "../../src/train/gbdt.js";
import type { TrainingDoc } from "../../src/train/listnet.js";

/**
 * Synthetic documents: feature 0 (first in the list) decides the label, feature 1 is noise
 * from a fixed sequence. Every document has one clearly best sentence.
 */
function docs(count: number): TrainingDoc[] {
  let seed = 7;
  const noise = (): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  return Array.from({ length: count }, (_, d) => {
    const n = 4 + (d % 5);
    const best = d % n;
    const rows = Array.from({ length: n }, (_, i) =>
      Float64Array.from([i === best ? 1 + noise() : noise() * 0.5, noise()]),
    );
    const labels = Float64Array.from(rows, (_, i) => (i === best ? 0.8 : 0.1 * noise()));
    return { rows, labels, eligible: rows.map(() => true) };
  });
}

const features = ["centroid", "lexRank"] as const;

/** Share of documents whose top-scored sentence is the labelled best one. */
function hitRate(model: Parameters<typeof scoreSentences>[0], data: TrainingDoc[]): number {
  let hits = 0;
  for (const d of data) {
    const columns = [0, 1].map((f) => Float64Array.from(d.rows, (r) => r[f] as number));
    const scores = scoreSentences(model, columns);
    const top = scores.indexOf(Math.max(...scores));
    const best = d.labels.indexOf(Math.max(...d.labels));
    if (top === best) hits++;
  }
  return hits / data.length;
}

test("ListNet learns the informative feature, ignores the noise, ranks the best sentence first", () => {
  const train = docs(200);
  const model = fitLinearModel(train, [...features], { epochs: 300 });
  const [informative, noise] = model.weights as [number, number];
  assert.ok(informative > 0.5, `weight ${informative}`);
  assert.ok(Math.abs(noise) < informative / 5, `noise weight ${noise}`);
  assert.ok(hitRate(model, docs(50)) > 0.95);
});

test("ListNet and the trees are deterministic: the same data gives the same model", () => {
  const a = fitLinearModel(docs(60), [...features], { epochs: 50 });
  const b = fitLinearModel(docs(60), [...features], { epochs: 50 });
  assert.deepEqual(a, b);
  assert.deepEqual(
    fitTreeModel(docs(60), [...features], { trees: 5 }),
    fitTreeModel(docs(60), [...features], { trees: 5 }),
  );
});

test("boosted trees: the error falls tree by tree, and the model ranks like the labels", () => {
  const errors: number[] = [];
  const x = Float64Array.from({ length: 400 }, (_, i) => i / 400);
  const y = x.map((v) => (v > 0.5 ? 1 : 0));
  const fit = fitGbdt([x, x.map(() => 0.3)], y, { trees: 20, minLeaf: 10 }, (_, mse) => {
    errors.push(mse);
  });
  assert.ok((errors.at(-1) as number) < (errors[0] as number) / 5, errors.join(" "));
  // Every split is on the informative feature (0), at the step.
  for (const tree of fit.trees) {
    for (const [n, f] of tree.feature.entries()) {
      if (f < 0) continue;
      assert.equal(f, 0);
      assert.ok(Math.abs((tree.threshold[n] as number) - 0.5) < 0.05);
    }
  }
  const model = fitTreeModel(docs(200), [...features], { trees: 40, minLeaf: 20 });
  assert.ok(hitRate(model, docs(50)) > 0.9);
});

test("a tree model read from JSON is checked: bad links and unknown features are refused", () => {
  const good = {
    name: "t",
    kind: "trees",
    features: ["centroid"],
    base: 0,
    trees: [
      {
        feature: [0, -1, -1],
        threshold: [0.5, 0, 0],
        left: [1, 0, 0],
        right: [2, 0, 0],
        value: [0, -1, 1],
      },
    ],
  };
  assert.equal(validateTrees(good, "good.json").trees.length, 1);
  const loop = structuredClone(good);
  loop.trees[0] = { ...good.trees[0], left: [0, 0, 0] } as (typeof good.trees)[0];
  assert.throws(() => validateTrees(loop, "loop.json"), /not a valid khulasa tree model/);
  assert.throws(() => validateTrees({ ...good, features: ["nope"] }, "f.json"), /not a valid/);
});
