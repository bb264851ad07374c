import { type FeatureContext, featureValues } from "./context.js";

/** 1 for the first sentence, decaying as 1/(1+i) after it. */
export function leadPosition({ doc }: FeatureContext): Float64Array {
  return featureValues(doc.sentences, (_, i) => 1 / (1 + i));
}

/** 1 for the article's first sentence, 0 elsewhere. */
export function isFirstSentence({ doc }: FeatureContext): Float64Array {
  return featureValues(doc.sentences, (_, i) => (i === 0 ? 1 : 0));
}

/** Relative position in the article: 0 at the start, 1 at the end. */
export function relativePosition({ doc }: FeatureContext): Float64Array {
  const n = doc.sentences.length;
  return featureValues(doc.sentences, (_, i) => (n <= 1 ? 0 : i / (n - 1)));
}

/** 1 for the first sentence of its paragraph, 0 elsewhere. */
export function firstInParagraph({ doc }: FeatureContext): Float64Array {
  return featureValues(doc.sentences, (s, i) =>
    i === 0 || doc.sentences[i - 1]?.paragraph !== s.paragraph ? 1 : 0,
  );
}

/** The paragraph's position, decaying as 1/(1+p). */
export function paragraphPosition({ doc }: FeatureContext): Float64Array {
  return featureValues(doc.sentences, (s) => 1 / (1 + s.paragraph));
}
