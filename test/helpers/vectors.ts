import type { SparseVector } from "../../src/features/vectors.js";

/** A unit vector on one term: sentences on different terms have cosine 0, on the same term 1. */
export function onTerm(term: number): SparseVector {
  return { ids: Uint32Array.of(term), weights: Float64Array.of(1), norm: 1 };
}
