import type { Span, Token } from "../text/types.js";

/** A sentence found by a segmenter: its span in the input and the paragraph it belongs to. */
export interface SentenceSpan {
  span: Span;
  paragraph: number;
}

/** Paragraphs and sentences of a document; `sentences[k].paragraph` indexes `paragraphs`. */
export interface DocumentSegmentation {
  paragraphs: Span[];
  sentences: SentenceSpan[];
}

/**
 * Everything language-specific that the pipeline needs. Data (word lists, tables) lives in
 * `lang/<code>/data/`; the functions here hold the algorithms.
 */
export interface LanguagePack {
  /** BCP 47 code, e.g. "ar". */
  readonly code: string;
  /** Matching form of a string (never used to rewrite the input). Idempotent. */
  normalize(text: string): string;
  /** Sentences of `input`, in order, spans disjoint and trimmed of white space. */
  segment(input: string): SentenceSpan[];
  /**
   * Optional: paragraphs and sentences in one pass (same sentences as `segment`). Without it,
   * a paragraph is taken to run from its first sentence to its last.
   */
  segmentDocument?(input: string): DocumentSegmentation;
  /** Word tokens of `input.slice(span.start, span.end)`, spans into `input`. */
  tokenize(input: string, span?: Span): Token[];
  /** Light stem of an already normalized word. */
  stem(norm: string): string;
  /** Whether a normalized word is a stop word. */
  isStopWord(norm: string): boolean;
}

/**
 * A derived table of stem document frequencies over a corpus of `docs` articles, stored
 * compactly (one string and one array parse several times faster than an object of 30,000 keys).
 */
export interface DfTable {
  docs: number;
  /** The stems, sorted, separated by single spaces (stems rarer than the cut-off are absent). */
  stems: string;
  /** The document frequency of each stem, in the order of `stems`. */
  df: number[];
}
