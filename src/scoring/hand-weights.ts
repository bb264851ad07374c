import type { LinearModel } from "./linear-model.js";

/**
 * Hand-set weights (raw feature scale: mean 0, std 1 means "use the value as is"). Position carries
 * most of the signal in news; centrality and the title break ties; boilerplate is also filtered
 * out by selection, the weight only ranks it last.
 */
export const HAND_WEIGHTS: LinearModel = {
  name: "hand",
  features: [
    "leadPosition",
    "isFirstSentence",
    "firstInParagraph",
    "lexRank",
    "centroid",
    "title",
    "lengthFit",
    "isShort",
    "boilerplate",
  ],
  weights: [1.0, 0.6, 0.15, 0.15, 0.6, 0.5, 0.3, -0.5, -5],
  bias: 0,
  mean: [0, 0, 0, 0, 0, 0, 0, 0, 0],
  std: [1, 1, 1, 1, 1, 1, 1, 1, 1],
};
