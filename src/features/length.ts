import { type FeatureContext, featureValues } from "./context.js";

/** Words in a sentence that make a good highlight: a peak around this many, fading either side. */
export const IDEAL_WORDS = 22;

/** Number of word tokens, log-scaled: log(1 + words). */
export function logLength({ doc }: FeatureContext): Float64Array {
  return featureValues(doc.sentences, (s) => Math.log1p(s.tokens.length));
}

/** How close the length is to a highlight's: exp(-((words - ideal) / ideal)^2). */
export function lengthFit({ doc }: FeatureContext): Float64Array {
  return featureValues(doc.sentences, (s) => {
    const d = (s.tokens.length - IDEAL_WORDS) / IDEAL_WORDS;
    return Math.exp(-d * d);
  });
}

/** 1 for a sentence of fewer than 6 words (headings, captions, fragments). */
export function isShort({ doc }: FeatureContext): Float64Array {
  return featureValues(doc.sentences, (s) => (s.tokens.length < 6 ? 1 : 0));
}
