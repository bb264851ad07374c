import { CLOSE, charWidth, classAt, FORMAT, SPACE } from "../../../text/chars.js";
import { BOILERPLATE_LINE, TEASER_LINE } from "../data/boilerplate.js";
import { CONTINUING_WORDS, NAMES_LIKE_CONTINUING } from "../data/continuations.js";
import { AMBIGUOUS_QUOTES, TERMINATORS } from "../data/punctuation.js";
import { normalize } from "../normalize.js";
import { isBlank, type Line, lineLength } from "./lines.js";
import { markerEnd } from "./markers.js";
import { endsOnAbbreviation } from "./terminal.js";

/** How hard-wrapped text (lines broken at a fixed width inside sentences) is recognised. */
export interface WrapOptions {
  /** Fewer non-blank lines than this: hard-wrapped only by the strict test of short texts... */
  minLines: number;
  /** ...which needs at least this many lines. */
  minShortLines: number;
  /** The wrap width is the length at this quantile of the line lengths. */
  widthQuantile: number;
  /** Wrap widths outside [minWidth, maxWidth] are not hard-wrapping (lists; one paragraph a line). */
  minWidth: number;
  maxWidth: number;
  /** A line at least this share of the width is "full". */
  fullShare: number;
  /** Hard-wrapped when at least this share of lines are full and end without a terminator... */
  minOpenFull: number;
  /** ...and at most this share of those could have taken the next line's first word. */
  maxFit: number;
  /** In wrapped text, a line break ends a paragraph when the line plus the next word is below this share of the width. */
  shortShare: number;
  /** In text whose paragraphs are set apart by blank lines, an open line at least this long continues on the next line. */
  minOpenLine: number;
}

/** Defaults measured on EASC (wrapped at ~78 columns) and ANT (one paragraph a line). */
export const DEFAULT_WRAP_OPTIONS: WrapOptions = {
  minLines: 5,
  minShortLines: 3,
  widthQuantile: 0.9,
  minWidth: 30,
  maxWidth: 160,
  fullShare: 0.75,
  minOpenFull: 0.5,
  maxFit: 0.6,
  shortShare: 0.6,
  minOpenLine: 40,
};

/** What the segmenter learned about a document's line breaks. */
export interface WrapInfo {
  wrapped: boolean;
  /** Estimated wrap width (UTF-16 units); 0 when there are too few lines. */
  width: number;
  /** Paragraphs are set apart by blank lines, so a single line break may be a wrap. */
  blankSeparated: boolean;
}

/** Whether a line's last visible character (closing quotes and brackets skipped) ends a sentence or a list intro. */
export function endsClosed(input: string, line: Line): boolean {
  let e = line.contentEnd;
  while (e > line.contentStart) {
    const ch = input[e - 1] ?? "";
    if ((classAt(input, e - 1) & CLOSE) !== 0 || AMBIGUOUS_QUOTES.has(ch)) e--;
    else break;
  }
  const last = input[e - 1] ?? "";
  return TERMINATORS.has(last) || last === ":";
}

/** Longest word looked at for `endsOnContinuingWord`. */
const MAX_CONTINUING = 12;

/**
 * Whether a line ends with a word that needs the next one (`في`, `التي`): it cannot end a
 * paragraph. With `paragraphLines` (one paragraph a line), a name spelt as such a word does end
 * it.
 */
function endsOnContinuingWord(input: string, line: Line, paragraphLines = false): boolean {
  let s = line.contentEnd;
  while (s > line.contentStart && line.contentEnd - s < MAX_CONTINUING) {
    if ((classAt(input, s - 1) & (SPACE | FORMAT)) !== 0) break;
    s--;
  }
  if (s > line.contentStart && (classAt(input, s - 1) & (SPACE | FORMAT)) === 0) return false;
  const word = input.slice(s, line.contentEnd);
  if (paragraphLines && NAMES_LIKE_CONTINUING.has(word)) return false;
  return CONTINUING_WORDS.has(normalize(word));
}

/**
 * Length of the first word of a line, in the units of `lineLength`: invisible format characters
 * in it or before it (a ZWJ or a soft hyphen inside a word, a right-to-left mark) count as the
 * line's do, rather than end the word: a word cut short there would look as if it had fitted on
 * the line before, and a hard-wrapped text would be read as short lines, each a paragraph.
 */
export function firstWordLength(input: string, line: Line): number {
  let i = line.contentStart;
  while (i < line.contentEnd && (classAt(input, i) & SPACE) === 0) {
    i += charWidth(input, i);
  }
  return i - line.contentStart;
}

/**
 * Decide per document whether single line breaks are wrapping (inside sentences) or
 * paragraph ends: wrapped text has many lines of nearly the wrap width that end without a
 * terminator, and whose next line's first word would not have fitted. A text of fewer than
 * `minLines` lines must pass a stricter test (`shortTextWrapped`).
 */
export function detectWrap(
  input: string,
  lines: readonly Line[],
  options: WrapOptions = DEFAULT_WRAP_OPTIONS,
): WrapInfo {
  const visible = lines.filter((line) => !isBlank(line));
  const n = visible.length;
  const first = lines.findIndex((line) => !isBlank(line));
  const last = lines.findLastIndex((line) => !isBlank(line));
  const blankSeparated = lines.slice(first, last + 1).some(isBlank);
  if (n < options.minLines) {
    const wrapped = n >= options.minShortLines && shortTextWrapped(input, visible, options);
    return { wrapped, width: wrapped ? maxLength(visible) : 0, blankSeparated };
  }
  const lengths = visible.map(lineLength).sort((a, b) => a - b);
  const width = lengths[Math.floor(options.widthQuantile * (n - 1))] ?? 0;
  if (width < options.minWidth || width > options.maxWidth)
    return { wrapped: false, width, blankSeparated };
  let openFull = 0;
  let fits = 0;
  for (let k = 0; k + 1 < n; k++) {
    const line = visible[k] as Line;
    const next = visible[k + 1] as Line;
    const length = lineLength(line);
    if (length < options.fullShare * width || endsClosed(input, line)) continue;
    openFull++;
    if (length + 1 + firstWordLength(input, next) <= width) fits++;
  }
  const wrapped = openFull >= options.minOpenFull * (n - 1) && fits <= options.maxFit * openFull;
  return { wrapped, width, blankSeparated };
}

function maxLength(lines: readonly Line[]): number {
  let max = 0;
  for (const line of lines) max = Math.max(max, lineLength(line));
  return max;
}

/**
 * The test of a text of a few lines (too few for the shares of `detectWrap`): every line but the
 * last is full (at least `fullShare` of the longest) and could not have taken the next line's
 * first word, and more than half of them end without a terminator, as a wrap at that width
 * leaves them; and a sentence ends inside a line. A headline above a paragraph or two, lines
 * of one paragraph each, or headlines of about one length, fail it.
 */
function shortTextWrapped(input: string, lines: readonly Line[], options: WrapOptions): boolean {
  const width = maxLength(lines);
  if (width < options.minWidth || width > options.maxWidth) return false;
  let open = 0;
  for (let k = 0; k + 1 < lines.length; k++) {
    const line = lines[k] as Line;
    const length = lineLength(line);
    if (length < options.fullShare * width) return false;
    if (length + 1 + firstWordLength(input, lines[k + 1] as Line) <= width) return false;
    if (!endsClosed(input, line)) open++;
  }
  return 2 * open > lines.length - 1 && lines.some((line) => endsSentenceInside(input, line));
}

/**
 * Whether a sentence ends inside a line, words after it (`… منذ أيام. وقالت …`): prose set in
 * lines, not lines of their own (headlines of about one length look wrapped otherwise).
 */
function endsSentenceInside(input: string, line: Line): boolean {
  for (let i = line.contentStart; i + 1 < line.contentEnd; i++) {
    if (TERMINATORS.has(input[i] ?? "") && (classAt(input, i + 1) & SPACE) !== 0) return true;
  }
  return false;
}

/**
 * Whether a line is one of its own whatever follows it: a teaser for another article (`اقرأ
 * أيضا: …`) or a credit or caption line that the boilerplate rules know (`تصوير: …`).
 */
function lineOfItsOwn(input: string, line: Line): boolean {
  const norm = normalize(input.slice(line.contentStart, line.contentEnd));
  return TEASER_LINE.some((re) => re.test(norm)) || BOILERPLATE_LINE.some((re) => re.test(norm));
}

/** What a single line break between two non-blank lines means. */
export type LineBreak = "paragraph" | "none";

/**
 * A single line break in wrapped text ends a paragraph when the line was clearly short
 * (it plus the next line's first word stays below `shortShare` of the width) or when the
 * next line opens with a list bullet or an interview dash. In text that is not wrapped,
 * every line break ends a paragraph, except in text whose paragraphs are set apart by blank
 * lines: there a long line that ends without a terminator goes on in the next line (the
 * caller has already checked the terminator), unless it is the text's first line (`firstLine`:
 * a headline above its lede). A teaser or credit line (`lineOfItsOwn`) ends its paragraph in any
 * text. In any text, a line that ends with a word that needs the next one (`في`, `التي`, `و`)
 * goes on in the next line.
 */
export function classifyLineBreak(
  input: string,
  line: Line,
  next: Line,
  wrap: WrapInfo,
  options: WrapOptions = DEFAULT_WRAP_OPTIONS,
  firstLine = false,
): LineBreak {
  if (endsOnContinuingWord(input, line, !wrap.wrapped) || endsOnAbbreviation(input, line)) {
    return "none";
  }
  if (!wrap.wrapped) {
    if (!wrap.blankSeparated || lineLength(line) < options.minOpenLine) return "paragraph";
    return firstLine || lineOfItsOwn(input, line) ? "paragraph" : "none";
  }
  if (lineOfItsOwn(input, line)) return "paragraph";
  if (markerEnd(input, next.contentStart, next.contentEnd, true) > next.contentStart) {
    return "paragraph";
  }
  const fitted = lineLength(line) + 1 + firstWordLength(input, next);
  return fitted < options.shortShare * wrap.width ? "paragraph" : "none";
}
