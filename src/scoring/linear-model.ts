import { createError } from "../errors.js";
import { FEATURE_NAMES, type FeatureName } from "../features/index.js";

/**
 * A linear sentence scorer over standardized features: `score = bias + Σ w_f · (x_f - mean_f) / std_f`.
 * Learned models (`model/*.json`) and hand weights share this shape.
 */
export interface LinearModel {
  name: string;
  features: FeatureName[];
  weights: number[];
  bias: number;
  mean: number[];
  std: number[];
}

/** Check a model read from JSON: known features, aligned arrays, finite numbers. */
export function validateModel(value: unknown, source: string): LinearModel {
  const m = value as Partial<LinearModel>;
  const ok =
    m !== null &&
    typeof m === "object" &&
    Array.isArray(m.features) &&
    m.features.every((f) => (FEATURE_NAMES as string[]).includes(f)) &&
    [m.weights, m.mean, m.std].every(
      (a) =>
        Array.isArray(a) &&
        a.length === m.features?.length &&
        a.every((x) => typeof x === "number" && Number.isFinite(x)),
    ) &&
    typeof m.bias === "number";
  if (!ok) throw createError("BAD_OPTION", `${source} is not a valid khulasa model`);
  return m as LinearModel;
}

/** Scores of every sentence from feature columns aligned with `model.features`. */
export function applyModel(model: LinearModel, columns: readonly Float64Array[]): Float64Array {
  const n = columns[0]?.length ?? 0;
  const scores = new Float64Array(n).fill(model.bias);
  model.features.forEach((_, f) => {
    const col = columns[f] as Float64Array;
    const w = (model.weights[f] as number) / ((model.std[f] as number) || 1);
    const mu = model.mean[f] as number;
    for (let i = 0; i < n; i++) scores[i] = (scores[i] as number) + w * ((col[i] as number) - mu);
  });
  return scores;
}
