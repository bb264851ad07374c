import { type FeatureContext, memo } from "./context.js";
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
  const title = new Set((doc.title ?? []).filter((t) => !t.stop).map((t) => t.stem));
  if (title.size === 0) return new Float64Array(doc.sentences.length);
  return Float64Array.from(doc.sentences, (s) => {
    const seen = new Set<string>();
    for (const t of s.tokens) if (title.has(t.stem)) seen.add(t.stem);
    return seen.size / title.size;
  });
}
