import { type FeatureContext, featureValues, memo } from "./context.js";
import { centroidSimilarity, titleSimilarity } from "./similarity.js";

/**
 * Each value divided by the document's largest (0 when all are 0): how a sentence stands among
 * its peers. A new array (`values` is shared).
 */
function shareOfMax(values: Float64Array): Float64Array {
  let max = 0;
  for (const v of values) if (v > max) max = v;
  return max > 0 ? values.map((v) => v / max) : new Float64Array(values.length);
}

/** Title similarity relative to the most title-like sentence of the article. */
export function titleShare(ctx: FeatureContext): Float64Array {
  return shareOfMax(memo(ctx, titleSimilarity));
}

/** Centroid similarity relative to the most central sentence of the article. */
export function centroidShare(ctx: FeatureContext): Float64Array {
  return shareOfMax(memo(ctx, centroidSimilarity));
}

/** Title similarity weighted by position (1/(1+i)): the title echoed early is the lede. */
export function titleLead(ctx: FeatureContext): Float64Array {
  return memo(ctx, titleSimilarity).map((similarity, i) => similarity / (1 + i));
}

/** Share of the title's content words that the sentence contains (title recall). */
export function titleCoverage({ doc }: FeatureContext): Float64Array {
  // Each distinct title stem gets a number; `seenIn[k]` is the last sentence that had stem k.
  const title = new Map<string, number>();
  for (const t of doc.title ?? []) if (!t.stop && !title.has(t.stem)) title.set(t.stem, title.size);
  if (title.size === 0) return new Float64Array(doc.sentences.length);
  const seenIn = new Int32Array(title.size).fill(-1);
  return featureValues(doc.sentences, (s, i) => {
    let seen = 0;
    for (const t of s.tokens) {
      const k = title.get(t.stem);
      if (k !== undefined && seenIn[k] !== i) {
        seenIn[k] = i;
        seen++;
      }
    }
    return seen / title.size;
  });
}
