import { boilerplate } from "./boilerplate.js";
import type { Feature, FeatureContext } from "./context.js";
import { isShort, lengthFit, logLength } from "./length.js";
import {
  firstInParagraph,
  isFirstSentence,
  leadPosition,
  paragraphPosition,
  relativePosition,
} from "./position.js";
import {
  centroidSimilarity,
  ledeSimilarity,
  lexRankCentrality,
  titleSimilarity,
} from "./similarity.js";

/** Every feature by name, with the group it belongs to (groups are ablated together). */
export const FEATURES = {
  leadPosition: { group: "position", fn: leadPosition },
  isFirstSentence: { group: "position", fn: isFirstSentence },
  relativePosition: { group: "position", fn: relativePosition },
  firstInParagraph: { group: "position", fn: firstInParagraph },
  paragraphPosition: { group: "position", fn: paragraphPosition },
  lexRank: { group: "centrality", fn: lexRankCentrality },
  centroid: { group: "centrality", fn: centroidSimilarity },
  lede: { group: "centrality", fn: ledeSimilarity },
  title: { group: "title", fn: titleSimilarity },
  logLength: { group: "length", fn: logLength },
  lengthFit: { group: "length", fn: lengthFit },
  isShort: { group: "length", fn: isShort },
  boilerplate: { group: "boilerplate", fn: boilerplate },
} as const satisfies Record<string, { group: string; fn: Feature }>;

export type FeatureName = keyof typeof FEATURES;
export const FEATURE_NAMES = Object.keys(FEATURES) as FeatureName[];

/** Values of the named features: `matrix[f][i]` is feature `names[f]` of sentence `i`. */
export function computeFeatures(
  ctx: FeatureContext,
  names: readonly FeatureName[] = FEATURE_NAMES,
): Float64Array[] {
  return names.map((name) => FEATURES[name].fn(ctx));
}

export type { Feature, FeatureContext } from "./context.js";
