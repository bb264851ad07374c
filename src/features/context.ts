import type { AnalysedDocument } from "../analysis/document.js";
import type { TermVectors } from "./vectors.js";

/** What every feature may read: the analysed document and values shared between features. */
export interface FeatureContext {
  doc: AnalysedDocument;
  /** TF-IDF vectors of the sentences (and the title), built once per document. */
  vectors: TermVectors;
  /** The language pack's normalizer (matching form of a string). */
  normalize: (text: string) => string;
  /** Per-document values computed once, by who computes them (see {@link memo}). */
  memo: Map<unknown, unknown>;
}

/** A feature: one value per sentence. */
export type Feature = (ctx: FeatureContext) => Float64Array;

/**
 * `compute(ctx)`, computed once per document: later calls with the same `compute` return the
 * same value. Shared values are read-only to their callers.
 */
export function memo<T>(ctx: FeatureContext, compute: (ctx: FeatureContext) => T): T {
  if (ctx.memo.has(compute)) return ctx.memo.get(compute) as T;
  const value = compute(ctx);
  ctx.memo.set(compute, value);
  return value;
}

/**
 * `fn(item, index)` of every item, as a feature column. A plain loop: `Float64Array.from(items,
 * fn)` walks the items through the iterator protocol, one result object per item.
 */
export function featureValues<T>(
  items: readonly T[],
  fn: (item: T, index: number) => number,
): Float64Array {
  const values = new Float64Array(items.length);
  for (let i = 0; i < items.length; i++) values[i] = fn(items[i] as T, i);
  return values;
}
