import { type FeatureContext, memo } from "./context.js";
import { centroidSimilarity, lexRankCentrality, titleSimilarity } from "./similarity.js";

/** z-score of each value inside its document (all 0 when the document's values are equal). */
export function zScore(values: Float64Array): Float64Array {
  const n = values.length;
  if (n === 0) return new Float64Array(0);
  let mean = 0;
  for (const v of values) mean += v;
  mean /= n;
  let sq = 0;
  for (const v of values) sq += (v - mean) * (v - mean);
  const std = Math.sqrt(sq / n);
  return std > 1e-9 ? values.map((v) => (v - mean) / std) : new Float64Array(n);
}

/**
 * Lead position (1/(1+i)) times the feature's z-score inside the article: a linear scorer can
 * then weigh how a sentence stands among its own article's sentences differently near the top
 * (an early sentence that is also central is the lede) and further down.
 */
function leadTimesZ(feature: (ctx: FeatureContext) => Float64Array) {
  return (ctx: FeatureContext): Float64Array =>
    zScore(memo(ctx, feature)).map((z, i) => z / (1 + i));
}

export const leadTitleZ = leadTimesZ(titleSimilarity);
export const leadLexRankZ = leadTimesZ(lexRankCentrality);
export const leadCentroidZ = leadTimesZ(centroidSimilarity);
