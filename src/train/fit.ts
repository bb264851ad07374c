import type { FeatureName } from "../features/index.js";
import type { LinearModel } from "../scoring/linear-model.js";
import type { TreeModel } from "../scoring/trees.js";
import { fitGbdt, type GbdtOptions } from "./gbdt.js";
import { fitListNet, type ListNetOptions, standardization, type TrainingDoc } from "./listnet.js";

const round = (x: number): number => Number(x.toFixed(6));

/** Standardize the rows, fit ListNet, and return the linear model (weights and feature statistics). */
export function fitLinearModel(
  docs: readonly TrainingDoc[],
  features: FeatureName[],
  options: Partial<ListNetOptions> = {},
  onEpoch?: (epoch: number, loss: number) => void,
): LinearModel {
  const { mean, std } = standardization(docs, features.length);
  const scaled = docs.map((d) => ({
    ...d,
    rows: d.rows.map((row) => row.map((x, f) => (x - (mean[f] as number)) / (std[f] as number))),
  }));
  const weights = fitListNet(scaled, features.length, options, onEpoch);
  return {
    name: "ar-news",
    features,
    weights: weights.map(round),
    bias: 0,
    mean: mean.map(round),
    std: std.map(round),
  };
}

/**
 * Fit boosted trees on the eligible sentences, each label minus its article's mean label (the
 * ranking inside an article is what matters, not how easy the article is).
 */
export function fitTreeModel(
  docs: readonly TrainingDoc[],
  features: FeatureName[],
  options: Partial<GbdtOptions> = {},
): TreeModel {
  const columns = features.map(() => [] as number[]);
  const target: number[] = [];
  for (const d of docs) {
    const idx = d.eligible.flatMap((e, i) => (e ? [i] : []));
    if (idx.length === 0) continue;
    const mean = idx.reduce((s, i) => s + (d.labels[i] as number), 0) / idx.length;
    for (const i of idx) {
      const row = d.rows[i] as Float64Array;
      for (let f = 0; f < features.length; f++) (columns[f] as number[]).push(row[f] as number);
      target.push((d.labels[i] as number) - mean);
    }
  }
  const fit = fitGbdt(
    columns.map((c) => Float64Array.from(c)),
    Float64Array.from(target),
    options,
  );
  return { name: "ar-news-trees", kind: "trees", features, ...fit };
}
