import type { Span } from "../../text/types.js";
import type { SentenceSpan } from "../types.js";
import { splitLines } from "./segment/lines.js";
import { groupParagraphs } from "./segment/paragraphs.js";
import { DEFAULT_QUOTE_OPTIONS, type QuoteOptions } from "./segment/quotes.js";
import { splitParagraph } from "./segment/sentences.js";
import { DEFAULT_WRAP_OPTIONS, detectWrap, type WrapOptions } from "./segment/wrap.js";

/** Tuning of the Arabic segmenter. */
export interface SegmentOptions {
  wrap: WrapOptions;
  quotes: QuoteOptions;
}

/** Defaults measured on EASC (hard-wrapped) and ANT (one paragraph a line). */
export const DEFAULT_SEGMENT_OPTIONS: SegmentOptions = {
  wrap: DEFAULT_WRAP_OPTIONS,
  quotes: DEFAULT_QUOTE_OPTIONS,
};

/** Paragraphs and sentences of a document; `sentences[k].paragraph` indexes `paragraphs`. */
export interface Segmentation {
  paragraphs: Span[];
  sentences: SentenceSpan[];
  /** Whether the document was recognised as hard-wrapped. */
  wrapped: boolean;
}

/**
 * Segment `input` into paragraphs and sentences, as spans into the input (trimmed, ordered,
 * disjoint, never empty). Steps: lines → hard-wrap detection → paragraphs → sentences
 * inside each paragraph. Paragraphs without letters or digits are left out.
 */
export function segmentDocument(
  input: string,
  options: SegmentOptions = DEFAULT_SEGMENT_OPTIONS,
): Segmentation {
  const lines = splitLines(input);
  const wrap = detectWrap(input, lines, options.wrap);
  const paragraphs: Span[] = [];
  const sentences: SentenceSpan[] = [];
  for (const block of groupParagraphs(input, lines, wrap, options.wrap)) {
    const spans = splitParagraph(input, block.start, block.end, options.quotes);
    const first = spans[0];
    const last = spans[spans.length - 1];
    if (first === undefined || last === undefined) continue;
    const paragraph = paragraphs.length;
    paragraphs.push({ start: first.start, end: last.end });
    for (const span of spans) sentences.push({ span, paragraph });
  }
  return { paragraphs, sentences, wrapped: wrap.wrapped };
}

/** Sentence spans of `input` (see {@link segmentDocument}). */
export function segment(input: string, options?: SegmentOptions): SentenceSpan[] {
  return segmentDocument(input, options).sentences;
}
