import { createError } from "../errors.js";
import { arabic } from "../lang/ar/index.js";
import type { DocumentSegmentation, LanguagePack } from "../lang/types.js";
import type { Sentence, Span } from "../text/types.js";
import type { AnalysedDocument } from "./document.js";

/** Options of {@link analyze}. */
export interface AnalyzeOptions {
  /** The article's title, tokenized apart from the body (null or absent: no title). */
  title?: string | null;
  /** The language pack (default: Arabic). */
  pack?: LanguagePack;
}

/** Paragraph spans from sentences alone, for packs without `segmentDocument`. */
function paragraphsOf(pack: LanguagePack, input: string): DocumentSegmentation {
  const sentences = pack.segment(input);
  const paragraphs: Span[] = [];
  const remap = new Map<number, number>();
  for (const s of sentences) {
    let index = remap.get(s.paragraph);
    if (index === undefined) {
      index = paragraphs.length;
      remap.set(s.paragraph, index);
      paragraphs.push({ start: s.span.start, end: s.span.end });
    } else (paragraphs[index] as Span).end = s.span.end;
  }
  return {
    paragraphs,
    sentences: sentences.map((s) => ({ span: s.span, paragraph: remap.get(s.paragraph) ?? 0 })),
  };
}

/**
 * Analyse an article: paragraphs, sentences with their tokens (normalized, stemmed, stop
 * flag), the title's tokens. The input is never rewritten; every span points into it.
 * Input without any sentence gives an empty `sentences` list (the caller decides whether
 * that is an error). Throws KhulasaError NOT_TEXT / BAD_OPTION for wrongly typed arguments.
 */
export function analyze(input: string, options: AnalyzeOptions = {}): AnalysedDocument {
  if (typeof input !== "string") {
    throw createError("NOT_TEXT", `The article must be a string, not ${typeof input}.`);
  }
  const title = options.title ?? null;
  if (title !== null && typeof title !== "string") {
    throw createError("BAD_OPTION", `The title must be a string or null, not ${typeof title}.`);
  }
  const pack = options.pack ?? arabic;
  const seg = pack.segmentDocument ? pack.segmentDocument(input) : paragraphsOf(pack, input);
  const sentences: Sentence[] = seg.sentences.map((s, index) => ({
    index,
    paragraph: s.paragraph,
    span: s.span,
    tokens: pack.tokenize(input, s.span),
  }));
  return {
    input,
    language: pack.code,
    paragraphs: seg.paragraphs,
    sentences,
    title: title === null ? null : pack.tokenize(title),
  };
}
