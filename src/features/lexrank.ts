import { cosine, type SparseVector } from "./vectors.js";

/** LexRank settings: damping, convergence tolerance, iteration cap, largest graph. */
export interface LexRankOptions {
  damping: number;
  tolerance: number;
  maxIterations: number;
  /** Sentences past this index are not in the graph (they score 0): keeps very long inputs linear. */
  maxSentences: number;
}

/** Continuous LexRank as published (damping 0.85), bounded for long inputs. */
export const DEFAULT_LEXRANK: Readonly<LexRankOptions> = Object.freeze({
  damping: 0.85,
  tolerance: 1e-6,
  maxIterations: 100,
  maxSentences: 200,
});

/**
 * Continuous LexRank: stationary distribution of a random walk over the cosine-similarity graph
 * of the sentences, scaled so the mean score is 1. Deterministic.
 */
export function lexRank(
  vectors: readonly SparseVector[],
  options: Partial<LexRankOptions> = {},
): Float64Array {
  const { damping, tolerance, maxIterations, maxSentences } = { ...DEFAULT_LEXRANK, ...options };
  const all = vectors.length;
  const n = Math.min(all, maxSentences);
  const out = new Float64Array(all);
  if (n === 0) return out;
  const sim = new Float64Array(n * n);
  const rowSum = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const s = cosine(vectors[i] as SparseVector, vectors[j] as SparseVector);
      sim[i * n + j] = s;
      sim[j * n + i] = s;
      rowSum[i] = (rowSum[i] as number) + s;
      rowSum[j] = (rowSum[j] as number) + s;
    }
  }
  let p = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  const base = (1 - damping) / n;
  for (let iter = 0; iter < maxIterations; iter++) {
    let dangling = 0;
    for (let i = 0; i < n; i++) if (rowSum[i] === 0) dangling += p[i] as number;
    next.fill(base + (damping * dangling) / n);
    for (let i = 0; i < n; i++) {
      const rs = rowSum[i] as number;
      if (rs === 0) continue;
      const share = (damping * (p[i] as number)) / rs;
      const row = i * n;
      for (let j = 0; j < n; j++) next[j] = (next[j] as number) + share * (sim[row + j] as number);
    }
    let delta = 0;
    for (let i = 0; i < n; i++) delta += Math.abs((next[i] as number) - (p[i] as number));
    [p, next] = [next, p];
    if (delta < tolerance) break;
  }
  for (let i = 0; i < n; i++) out[i] = (p[i] as number) * n;
  return out;
}
