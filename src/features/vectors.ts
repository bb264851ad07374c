import type { AnalysedDocument } from "../analysis/document.js";
import type { Token } from "../text/types.js";

/** Inverse document frequency of a stem. */
export type Idf = (stem: string) => number;

/** A sparse vector: term ids ascending, with weights; `norm` is its Euclidean length. */
export interface SparseVector {
  ids: Uint32Array;
  weights: Float64Array;
  norm: number;
}

/** TF-IDF vectors of every sentence of a document, over one term-id space. */
export interface TermVectors {
  sentences: SparseVector[];
  title: SparseVector | null;
  /** Document-level TF-IDF centroid (all sentences together). */
  centroid: SparseVector;
}

/** Build stemmed TF-IDF vectors (content words only: stop words and one-letter stems skipped). */
export function buildVectors(doc: AnalysedDocument, idf: Idf): TermVectors {
  const ids = new Map<string, number>();
  const idfs: number[] = [];
  const idOf = (stem: string): number => {
    let id = ids.get(stem);
    if (id === undefined) {
      id = ids.size;
      ids.set(stem, id);
      idfs.push(idf(stem));
    }
    return id;
  };
  const counts = (tokens: readonly Token[]): Map<number, number> => {
    const tf = new Map<number, number>();
    for (const t of tokens) {
      if (t.stop || t.stem.length < 2) continue;
      const id = idOf(t.stem);
      tf.set(id, (tf.get(id) ?? 0) + 1);
    }
    return tf;
  };
  const toVector = (tf: Map<number, number>): SparseVector => {
    const sorted = [...tf.keys()].sort((a, b) => a - b);
    const weights = new Float64Array(sorted.length);
    let sq = 0;
    sorted.forEach((id, i) => {
      const w = (tf.get(id) as number) * (idfs[id] as number);
      weights[i] = w;
      sq += w * w;
    });
    return { ids: Uint32Array.from(sorted), weights, norm: Math.sqrt(sq) };
  };
  const tfs = doc.sentences.map((s) => counts(s.tokens));
  const total = new Map<number, number>();
  for (const tf of tfs) for (const [id, c] of tf) total.set(id, (total.get(id) ?? 0) + c);
  return {
    sentences: tfs.map(toVector),
    title: doc.title ? toVector(counts(doc.title)) : null,
    centroid: toVector(total),
  };
}

/** Cosine similarity of two sparse vectors (0 when either is empty). */
export function cosine(a: SparseVector, b: SparseVector): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  let i = 0;
  let j = 0;
  let dot = 0;
  const ai = a.ids;
  const bi = b.ids;
  while (i < ai.length && j < bi.length) {
    const x = ai[i] as number;
    const y = bi[j] as number;
    if (x === y) {
      dot += (a.weights[i] as number) * (b.weights[j] as number);
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return dot / (a.norm * b.norm);
}
