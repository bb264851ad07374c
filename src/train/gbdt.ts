import type { Tree } from "../scoring/trees.js";

/** Boosting settings. */
export interface GbdtOptions {
  trees: number;
  depth: number;
  learningRate: number;
  /** Fewest rows in a leaf. */
  minLeaf: number;
  /** Candidate thresholds per feature (quantiles of the training values). */
  bins: number;
}

export const DEFAULT_GBDT: Readonly<GbdtOptions> = Object.freeze({
  trees: 150,
  depth: 3,
  learningRate: 0.1,
  minLeaf: 40,
  bins: 32,
});

/** Quantile thresholds of one feature: at most `bins - 1` distinct cut points. */
function cutPoints(values: Float64Array, bins: number): Float64Array {
  const sorted = Float64Array.from(values).sort();
  const cuts: number[] = [];
  for (let b = 1; b < bins; b++) {
    const v = sorted[Math.floor((b / bins) * (sorted.length - 1))] as number;
    if (cuts.length === 0 || v > (cuts[cuts.length - 1] as number)) cuts.push(v);
  }
  return Float64Array.from(cuts);
}

/** Bin of `x` given ascending cut points: the first cut >= x, or cuts.length. */
function binOf(cuts: Float64Array, x: number): number {
  let lo = 0;
  let hi = cuts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (x <= (cuts[mid] as number)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

interface Split {
  feature: number;
  bin: number;
  gain: number;
}

/**
 * Least-squares gradient boosting of depth-limited regression trees on binned features
 * (`columns[f][i]` is feature f of row i, `target[i]` its label). Deterministic: no sampling.
 * Returns the base value and the trees, thresholds in the features' own units.
 */
export function fitGbdt(
  columns: readonly Float64Array[],
  target: Float64Array,
  options: Partial<GbdtOptions> = {},
  onTree?: (t: number, mse: number) => void,
): { base: number; trees: Tree[] } {
  const { trees: count, depth, learningRate, minLeaf, bins } = { ...DEFAULT_GBDT, ...options };
  const n = target.length;
  const dims = columns.length;
  const cuts = columns.map((c) => cutPoints(c, bins));
  const binned = columns.map((c, f) =>
    Uint8Array.from(c, (x) => binOf(cuts[f] as Float64Array, x)),
  );
  const base = target.reduce((a, b) => a + b, 0) / Math.max(n, 1);
  const pred = new Float64Array(n).fill(base);
  const residual = new Float64Array(n);
  const trees: Tree[] = [];

  const bestSplit = (rows: Uint32Array): Split | null => {
    let total = 0;
    for (const i of rows) total += residual[i] as number;
    const parent = (total * total) / rows.length;
    let best: Split | null = null;
    for (let f = 0; f < dims; f++) {
      const nb = (cuts[f] as Float64Array).length + 1;
      const sums = new Float64Array(nb);
      const counts = new Uint32Array(nb);
      const col = binned[f] as Uint8Array;
      for (const i of rows) {
        const b = col[i] as number;
        sums[b] = (sums[b] as number) + (residual[i] as number);
        counts[b] = (counts[b] as number) + 1;
      }
      let sl = 0;
      let cl = 0;
      for (let b = 0; b < nb - 1; b++) {
        sl += sums[b] as number;
        cl += counts[b] as number;
        const cr = rows.length - cl;
        if (cl < minLeaf || cr < minLeaf) continue;
        const sr = total - sl;
        const gain = (sl * sl) / cl + (sr * sr) / cr - parent;
        if (gain > 1e-12 && (best === null || gain > best.gain))
          best = { feature: f, bin: b, gain };
      }
    }
    return best;
  };

  for (let t = 0; t < count; t++) {
    let mse = 0;
    for (let i = 0; i < n; i++) {
      residual[i] = (target[i] as number) - (pred[i] as number);
      mse += (residual[i] as number) ** 2;
    }
    onTree?.(t, mse / Math.max(n, 1));
    const tree: Tree = { feature: [], threshold: [], left: [], right: [], value: [] };
    const grow = (rows: Uint32Array, level: number): number => {
      const id = tree.feature.length;
      tree.feature.push(-1);
      tree.threshold.push(0);
      tree.left.push(0);
      tree.right.push(0);
      tree.value.push(0);
      const split = level < depth ? bestSplit(rows) : null;
      if (split === null) {
        let s = 0;
        for (const i of rows) s += residual[i] as number;
        const v = (learningRate * s) / Math.max(rows.length, 1);
        tree.value[id] = v;
        for (const i of rows) pred[i] = (pred[i] as number) + v;
        return id;
      }
      const col = binned[split.feature] as Uint8Array;
      const leftRows = rows.filter((i) => (col[i] as number) <= split.bin);
      const rightRows = rows.filter((i) => (col[i] as number) > split.bin);
      tree.feature[id] = split.feature;
      tree.threshold[id] = (cuts[split.feature] as Float64Array)[split.bin] as number;
      tree.left[id] = grow(leftRows, level + 1);
      tree.right[id] = grow(rightRows, level + 1);
      return id;
    };
    grow(
      Uint32Array.from({ length: n }, (_, i) => i),
      0,
    );
    trees.push(tree);
  }
  return { base, trees };
}
