import type { Sentence } from "../text/types.js";
import { type FeatureContext, memo } from "./context.js";
import { connectiveOpens, questionEnds, quoteOpens } from "./cues.js";
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

/** A yes/no property of the first sentence (1 or 0), on that sentence only (0 elsewhere). */
function ofFirst(test: (sentence: Sentence, text: string) => boolean) {
  return ({ doc }: FeatureContext): Float64Array => {
    const values = new Float64Array(doc.sentences.length);
    const first = doc.sentences[0];
    if (first && test(first, doc.input.slice(first.span.start, first.span.end))) values[0] = 1;
    return values;
  };
}

export const firstTitle = onFirst(titleSimilarity);
export const firstCentroid = onFirst(centroidSimilarity);
export const firstLengthFit = onFirst(lengthFit);
export const firstConnective = ofFirst((sentence) => connectiveOpens(sentence));
export const firstQuote = ofFirst((_, text) => quoteOpens(text));
export const firstQuestion = ofFirst((_, text) => questionEnds(text));
