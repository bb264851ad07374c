import { type FeatureContext, memo } from "./context.js";

function texts({ doc }: FeatureContext): string[] {
  return doc.sentences.map((s) => doc.input.slice(s.span.start, s.span.end));
}

function normalized(ctx: FeatureContext): string[] {
  return sentenceTexts(ctx).map((text) => ctx.normalize(text));
}

/** The text of every sentence, as in the input (computed once per document). */
export function sentenceTexts(ctx: FeatureContext): readonly string[] {
  return memo(ctx, texts);
}

/** The matching form of every sentence (computed once per document). */
export function normalizedSentences(ctx: FeatureContext): readonly string[] {
  return memo(ctx, normalized);
}
