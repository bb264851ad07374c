import { cosine, type SparseVector } from "../features/vectors.js";

/** Selection settings. */
export interface SelectionOptions {
  /** MMR trade-off: 1 = scores only, 0 = novelty only. */
  lambda: number;
  /**
   * Two sentences at least this similar (TF-IDF cosine) are near-duplicates: both become
   * highlights only when nothing else is left. 0.7 was chosen on easc-dev (docs/quality.md).
   */
  maxSimilarity: number;
}

export const DEFAULT_SELECTION: Readonly<SelectionOptions> = Object.freeze({
  lambda: 0.8,
  maxSimilarity: 0.7,
});

/**
 * Maximal marginal relevance: repeatedly take the eligible sentence with the best
 * `λ·score − (1−λ)·max similarity to what is taken`, skipping near-duplicates and the sentences
 * marked `lastResort` (run-on sentences) while any other sentence is left (the count is a
 * contract: they fill it only as a last resort).
 * Returns sentence indices in the order they were taken (best first); fewer than `k` only when
 * fewer than `k` are eligible.
 */
export function selectMmr(
  scores: Float64Array,
  vectors: readonly SparseVector[],
  eligible: readonly boolean[],
  k: number,
  options: Partial<SelectionOptions> = {},
  lastResort: readonly boolean[] = [],
): number[] {
  const { lambda, maxSimilarity } = { ...DEFAULT_SELECTION, ...options };
  const taken: number[] = [];
  const maxSim = new Float64Array(scores.length);
  const blocked = eligible.map((e) => !e);
  const nearDuplicate = Uint8Array.from(scores, (_, i) => (lastResort[i] ? 1 : 0));
  while (taken.length < k) {
    let best = -1;
    let bestValue = Number.NEGATIVE_INFINITY;
    for (const lastResort of [0, 1]) {
      for (let i = 0; i < scores.length; i++) {
        if (blocked[i] || nearDuplicate[i] !== lastResort) continue;
        const value = lambda * (scores[i] as number) - (1 - lambda) * (maxSim[i] as number);
        if (value > bestValue) {
          bestValue = value;
          best = i;
        }
      }
      if (best >= 0) break;
    }
    if (best < 0) break;
    taken.push(best);
    blocked[best] = true;
    const v = vectors[best] as SparseVector;
    for (let i = 0; i < scores.length; i++) {
      if (blocked[i]) continue;
      const s = cosine(v, vectors[i] as SparseVector);
      if (s >= maxSimilarity) nearDuplicate[i] = 1;
      if (s > (maxSim[i] as number)) maxSim[i] = s;
    }
  }
  return taken;
}
