// Types of model.js (the page's pure functions), for the TypeScript tests.
interface SpanLike {
  start: number;
  end: number;
}

/** One run of a paragraph: plain text, or the source of bullet `bullet`. */
export interface Run {
  start: number;
  text: string;
  bullet: number | null;
}

/** A paragraph of the article with its runs. */
export interface Paragraph {
  start: number;
  end: number;
  /** Offsets of the line breaks shown as such (the others are a hard wrap, shown as spaces). */
  breaks: number[];
  runs: Run[];
}

export function articleParagraphs(
  text: string,
  highlights: ReadonlyArray<{ sources: ReadonlyArray<SpanLike> }>,
): Paragraph[];
export function sourceMarks(
  length: number,
  highlights: ReadonlyArray<{ sources: ReadonlyArray<SpanLike> }>,
): { start: number; end: number; bullet: number }[];
export function bulletsMarkdown(highlights: ReadonlyArray<{ text: string }>): string;
export function errorDetail(body: unknown): string;
export function anySignal(signals: AbortSignal[]): AbortSignal;
export function timeoutSignal(ms: number): AbortSignal;
export function isSummary(body: unknown): boolean;
