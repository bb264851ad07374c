import { applyModel, type LinearModel, validateModel } from "./linear-model.js";
import { applyTrees, type TreeModel, validateTrees } from "./trees.js";

/** A sentence scorer: linear weights or boosted trees, over named features. */
export type SentenceModel = LinearModel | TreeModel;

/** Scores of every sentence from feature columns aligned with `model.features`. */
export function scoreSentences(
  model: SentenceModel,
  columns: readonly Float64Array[],
): Float64Array {
  return "kind" in model && model.kind === "trees"
    ? applyTrees(model, columns)
    : applyModel(model as LinearModel, columns);
}

/** Check a model read from JSON (either kind). */
export function validateSentenceModel(value: unknown, source: string): SentenceModel {
  const kind = (value as { kind?: unknown } | null)?.kind;
  return kind === "trees" ? validateTrees(value, source) : validateModel(value, source);
}
