import { boilerplate } from "./boilerplate.js";
import { type Feature, type FeatureContext, memo } from "./context.js";
import { hasNumber, isQuestion, opensWithConnective, opensWithQuote } from "./cues.js";
import { leadCentroidZ, leadLexRankZ, leadTitleZ } from "./interaction.js";
import {
  firstCentroid,
  firstConnective,
  firstLengthFit,
  firstQuestion,
  firstQuote,
  firstTitle,
} from "./lede.js";
import { isShort, lengthFit, logLength } from "./length.js";
import {
  firstInParagraph,
  isFirstSentence,
  leadPosition,
  paragraphPosition,
  relativePosition,
} from "./position.js";
import { centroidShare, titleCoverage, titleLead, titleShare } from "./relative.js";
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
  centroidShare: { group: "centrality", fn: centroidShare },
  title: { group: "title", fn: titleSimilarity },
  titleShare: { group: "title", fn: titleShare },
  titleLead: { group: "title", fn: titleLead },
  titleCoverage: { group: "title", fn: titleCoverage },
  opensWithQuote: { group: "cues", fn: opensWithQuote },
  isQuestion: { group: "cues", fn: isQuestion },
  hasNumber: { group: "cues", fn: hasNumber },
  opensWithConnective: { group: "cues", fn: opensWithConnective },
  firstTitle: { group: "lede", fn: firstTitle },
  firstCentroid: { group: "lede", fn: firstCentroid },
  firstLengthFit: { group: "lede", fn: firstLengthFit },
  firstConnective: { group: "lede", fn: firstConnective },
  firstQuote: { group: "lede", fn: firstQuote },
  firstQuestion: { group: "lede", fn: firstQuestion },
  logLength: { group: "length", fn: logLength },
  lengthFit: { group: "length", fn: lengthFit },
  isShort: { group: "length", fn: isShort },
  leadTitleZ: { group: "interaction", fn: leadTitleZ },
  leadLexRankZ: { group: "interaction", fn: leadLexRankZ },
  leadCentroidZ: { group: "interaction", fn: leadCentroidZ },
  boilerplate: { group: "boilerplate", fn: boilerplate },
} as const satisfies Record<string, { group: string; fn: Feature }>;

export type FeatureName = keyof typeof FEATURES;
export const FEATURE_NAMES = Object.keys(FEATURES) as FeatureName[];

/**
 * Values of the named features: `matrix[f][i]` is feature `names[f]` of sentence `i`. Each
 * feature is computed once per context (features that build on others share them); the columns
 * are read-only.
 */
export function computeFeatures(
  ctx: FeatureContext,
  names: readonly FeatureName[] = FEATURE_NAMES,
): Float64Array[] {
  return names.map((name) => memo(ctx, FEATURES[name].fn));
}

export { type Feature, type FeatureContext, memo } from "./context.js";
