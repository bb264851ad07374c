import type { AnalysedDocument } from "../analysis/document.js";
import type { Token } from "../text/types.js";
import { TermIds } from "./terms.js";

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

/**
 * Whether a token counts as a term: a content word with a stem of two letters or more. The
 * document frequencies of df.json are counted over the same terms (scripts/lib/df-table.ts).
 */
export function isTerm(t: Token): boolean {
  return !t.stop && t.stem.length >= 2;
}

/**
 * Typed arrays that a document's vectors are views of, filled from the start: one buffer each for
 * the ids and the weights of every vector, instead of two small ones a sentence (each of them
 * past V8's on-heap bound a memory block of its own). Views are made with the constructor:
 * `subarray` looks up the species constructor and cost more than it saved.
 */
interface VectorStore {
  ids: Uint32Array;
  weights: Float64Array;
  /** Entries taken so far. */
  used: number;
}

function vectorStore(capacity: number): VectorStore {
  return { ids: new Uint32Array(capacity), weights: new Float64Array(capacity), used: 0 };
}

/** Most ids sorted by insertion: mostly in order already (a sentence's new terms ascend). */
const INSERTION_SORT_MAX = 64;

/** Sort distinct ids ascending, in place. */
function sortIds(ids: Uint32Array): void {
  if (ids.length > INSERTION_SORT_MAX) {
    ids.sort();
    return;
  }
  for (let i = 1; i < ids.length; i++) {
    const id = ids[i] as number;
    let j = i - 1;
    while (j >= 0 && (ids[j] as number) > id) {
      ids[j + 1] = ids[j] as number;
      j--;
    }
    ids[j + 1] = id;
  }
}

/**
 * The vector of `tokens`: term ids ascending, weight = count × IDF, held in `store` (room for
 * one entry per token). `tf` is zero on entry and on return (scratch counts by id); each count
 * is also added to `total` when given.
 */
function vectorOf(
  tokens: readonly Token[],
  terms: TermIds,
  tf: Int32Array,
  total: Int32Array | null,
  store: VectorStore,
): SparseVector {
  const from = store.used;
  const all = store.ids;
  let n = 0;
  for (const t of tokens) {
    if (!isTerm(t)) continue;
    const id = terms.idOf(t.stem);
    if (tf[id] === 0) all[from + n++] = id;
    tf[id] = (tf[id] as number) + 1;
  }
  store.used = from + n;
  const ids = new Uint32Array(all.buffer, from * 4, n);
  sortIds(ids);
  const weights = new Float64Array(store.weights.buffer, from * 8, n);
  let sq = 0;
  for (let k = 0; k < n; k++) {
    const id = ids[k] as number;
    const count = tf[id] as number;
    const w = count * (terms.idfs[id] as number);
    weights[k] = w;
    sq += w * w;
    if (total) total[id] = (total[id] as number) + count;
    tf[id] = 0;
  }
  return { ids, weights, norm: Math.sqrt(sq) };
}

/** The vector of ids `0..n-1` with the given counts (the centroid: every id occurs). */
function denseVector(counts: Int32Array, n: number, idfs: readonly number[]): SparseVector {
  const ids = new Uint32Array(n);
  const weights = new Float64Array(n);
  let sq = 0;
  for (let id = 0; id < n; id++) {
    const w = (counts[id] as number) * (idfs[id] as number);
    ids[id] = id;
    weights[id] = w;
    sq += w * w;
  }
  return { ids, weights, norm: Math.sqrt(sq) };
}

/**
 * Build stemmed TF-IDF vectors (content words only: stop words and one-letter stems skipped).
 * Term ids follow first occurrence in the sentences, then the title's new stems.
 */
export function buildVectors(doc: AnalysedDocument, idf: Idf): TermVectors {
  const terms = new TermIds(idf);
  let size = doc.title?.length ?? 0;
  for (const s of doc.sentences) size += s.tokens.length;
  const tf = new Int32Array(size);
  const total = new Int32Array(size);
  const store = vectorStore(size);
  const sentences = doc.sentences.map((s) => vectorOf(s.tokens, terms, tf, total, store));
  const inSentences = terms.idfs.length;
  return {
    sentences,
    title: doc.title ? vectorOf(doc.title, terms, tf, null, store) : null,
    centroid: denseVector(total, inSentences, terms.idfs),
  };
}

/**
 * The vectors reweighted by how rare each term is in the document itself: weight × ln((n + 1) /
 * sf), with n the number of vectors and sf how many of them hold the term. What a sentence shares
 * with every other (the article's topic: `الفحم الحجري` in an article on coal) weighs little; the
 * names, figures and words of one event weigh much. Two sentences that tell the same event (a
 * standfirst and the body's first sentence) stay similar; two facts on one topic do not.
 */
export function distinctVectors(vectors: readonly SparseVector[]): SparseVector[] {
  const n = vectors.length;
  // Term ids are small integers (ascending in each vector): count them in an array.
  let size = 0;
  for (const v of vectors) {
    const last = v.ids.at(-1);
    if (last !== undefined && last >= size) size = last + 1;
  }
  const sf = new Int32Array(size);
  let entries = 0;
  for (const v of vectors) {
    for (const id of v.ids) sf[id] = (sf[id] as number) + 1;
    entries += v.ids.length;
  }
  // One buffer for every vector's weights (see VectorStore).
  const all = new Float64Array(entries);
  let used = 0;
  return vectors.map((v) => {
    const weights = new Float64Array(all.buffer, used * 8, v.ids.length);
    used += v.ids.length;
    let sq = 0;
    for (let k = 0; k < weights.length; k++) {
      const w = (v.weights[k] as number) * Math.log((n + 1) / (sf[v.ids[k] as number] as number));
      weights[k] = w;
      sq += w * w;
    }
    return { ids: v.ids, weights, norm: Math.sqrt(sq) };
  });
}

/**
 * A vector this many times longer than the other is searched for the shorter one's ids rather
 * than walked beside them: a sentence against the centroid of a text of 100,000 short lines
 * costs its own few terms, not the whole vocabulary.
 */
const SEARCH_RATIO = 16;

/** Cosine similarity of two sparse vectors (0 when either is empty). */
export function cosine(a: SparseVector, b: SparseVector): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  const dot =
    a.ids.length * SEARCH_RATIO < b.ids.length
      ? searchedDot(a, b)
      : b.ids.length * SEARCH_RATIO < a.ids.length
        ? searchedDot(b, a)
        : mergedDot(a, b);
  return dot / (a.norm * b.norm);
}

/** The dot product, walking both vectors' ascending ids side by side. */
function mergedDot(a: SparseVector, b: SparseVector): number {
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
  return dot;
}

/**
 * The dot product, each id of the short vector found in the long one by binary search (from
 * where the last one was found). The products are added in the same order as `mergedDot`'s,
 * so the sum is the same to the last bit.
 */
function searchedDot(short: SparseVector, long: SparseVector): number {
  const li = long.ids;
  let from = 0;
  let dot = 0;
  for (let i = 0; i < short.ids.length; i++) {
    const id = short.ids[i] as number;
    let lo = from;
    let hi = li.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((li[mid] as number) < id) lo = mid + 1;
      else hi = mid;
    }
    if (lo === li.length) break;
    if (li[lo] === id) dot += (short.weights[i] as number) * (long.weights[lo] as number);
    from = lo;
  }
  return dot;
}
