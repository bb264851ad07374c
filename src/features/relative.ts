import type { FeatureContext } from "./context.js";
import { centroidSimilarity, titleSimilarity } from "./similarity.js";
import { cosine } from "./vectors.js";

/** Each value divided by the document's largest (0 when all are 0): how a sentence stands among its peers. */
function shareOfMax(values: Float64Array): Float64Array {
  let max = 0;
  for (const v of values) if (v > max) max = v;
  return max > 0 ? values.map((v) => v / max) : values.fill(0);
}

/** Title similarity relative to the most title-like sentence of the article. */
export function titleShare(ctx: FeatureContext): Float64Array {
  return shareOfMax(titleSimilarity(ctx));
}

/** Centroid similarity relative to the most central sentence of the article. */
export function centroidShare(ctx: FeatureContext): Float64Array {
  return shareOfMax(centroidSimilarity(ctx));
}

/** Title similarity weighted by position (1/(1+i)): the title echoed early is the lede. */
export function titleLead(ctx: FeatureContext): Float64Array {
  const title = ctx.vectors.title;
  return Float64Array.from(ctx.vectors.sentences, (v, i) =>
    title ? cosine(v, title) / (1 + i) : 0,
  );
}

/** Share of the title's content words that the sentence contains (title recall). */
export function titleCoverage({ doc }: FeatureContext): Float64Array {
  const title = new Set((doc.title ?? []).filter((t) => !t.stop).map((t) => t.stem));
  return Float64Array.from(doc.sentences, (s) => {
    if (title.size === 0) return 0;
    const seen = new Set<string>();
    for (const t of s.tokens) if (title.has(t.stem)) seen.add(t.stem);
    return seen.size / title.size;
  });
}
