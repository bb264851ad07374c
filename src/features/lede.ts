import { type FeatureContext, memo } from "./context.js";
import { isQuestion, opensWithConnective, opensWithQuote } from "./cues.js";
import { lengthFit } from "./length.js";
import { centroidSimilarity, titleSimilarity } from "./similarity.js";

/**
 * Features of the article's first sentence, on that sentence only (0 elsewhere): let a linear
 * scorer learn when the opening sentence is a real lede and when the article starts mid-story.
 * The full feature is shared with the document's other users of it (computed once).
 */
function onFirst(feature: (ctx: FeatureContext) => Float64Array) {
  return (ctx: FeatureContext): Float64Array => {
    const values = new Float64Array(ctx.doc.sentences.length);
    if (values.length > 0) values[0] = memo(ctx, feature)[0] as number;
    return values;
  };
}

export const firstTitle = onFirst(titleSimilarity);
export const firstCentroid = onFirst(centroidSimilarity);
export const firstLengthFit = onFirst(lengthFit);
export const firstConnective = onFirst(opensWithConnective);
export const firstQuote = onFirst(opensWithQuote);
export const firstQuestion = onFirst(isQuestion);
