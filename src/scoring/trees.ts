import { createError } from "../errors.js";
import { FEATURE_NAMES, type FeatureName } from "../features/index.js";

/**
 * A regression tree as flat arrays: node `n` splits on `feature[n]` at `threshold[n]` (go `left[n]`
 * when the value is <= threshold, else `right[n]`); a leaf has `feature[n] = -1` and a `value[n]`.
 */
export interface Tree {
  feature: number[];
  threshold: number[];
  left: number[];
  right: number[];
  value: number[];
}

/** Gradient-boosted regression trees over named features: `score = base + Σ tree(x)`. */
export interface TreeModel {
  name: string;
  kind: "trees";
  features: FeatureName[];
  base: number;
  trees: Tree[];
}

/** Output of one tree for row `i` of the feature columns. */
function evalTree(tree: Tree, columns: readonly Float64Array[], i: number): number {
  let n = 0;
  for (;;) {
    const f = tree.feature[n] as number;
    if (f < 0) return tree.value[n] as number;
    const x = (columns[f] as Float64Array)[i] as number;
    n = x <= (tree.threshold[n] as number) ? (tree.left[n] as number) : (tree.right[n] as number);
  }
}

/** Scores of every sentence from feature columns aligned with `model.features`. */
export function applyTrees(model: TreeModel, columns: readonly Float64Array[]): Float64Array {
  const n = columns[0]?.length ?? 0;
  const scores = new Float64Array(n).fill(model.base);
  for (const tree of model.trees) {
    for (let i = 0; i < n; i++) scores[i] = (scores[i] as number) + evalTree(tree, columns, i);
  }
  return scores;
}

/** Check a tree model read from JSON: known features, well-formed trees with in-range links. */
export function validateTrees(value: unknown, source: string): TreeModel {
  const m = value as Partial<TreeModel>;
  const bad = (): never => {
    throw createError("BAD_OPTION", `${source} is not a valid khulasa tree model`);
  };
  if (m === null || typeof m !== "object" || m.kind !== "trees") bad();
  if (
    !Array.isArray(m.features) ||
    !m.features.every((f) => (FEATURE_NAMES as string[]).includes(f))
  )
    bad();
  if (typeof m.base !== "number" || !Array.isArray(m.trees)) bad();
  const dims = m.features?.length ?? 0;
  for (const t of m.trees ?? []) {
    const size = t.feature?.length ?? 0;
    const arrays = [t.threshold, t.left, t.right, t.value];
    if (size === 0 || !arrays.every((a) => Array.isArray(a) && a.length === size)) bad();
    for (let n = 0; n < size; n++) {
      const f = t.feature[n] as number;
      if (f >= dims || !Number.isFinite(t.value[n])) bad();
      if (
        f >= 0 &&
        !((t.left[n] as number) > n && (t.right[n] as number) > n && (t.right[n] as number) < size)
      )
        bad();
    }
  }
  return m as TreeModel;
}
