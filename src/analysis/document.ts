import type { Sentence, Span, Token } from "../text/types.js";

/** An analysed article: the input (never rewritten), its paragraphs, sentences and tokens. */
export interface AnalysedDocument {
  /** The article text exactly as given. */
  input: string;
  /** Language code of the pack that analysed it. */
  language: string;
  /** Paragraph spans (separated by blank lines, or by single line breaks when the text is not hard-wrapped). */
  paragraphs: Span[];
  /** Sentences in order; `sentence.paragraph` indexes `paragraphs`. */
  sentences: Sentence[];
  /** Tokens of the title, when a title was given. */
  title: Token[] | null;
}
