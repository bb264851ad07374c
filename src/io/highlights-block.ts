import { classAt, NEWLINE } from "../text/chars.js";

/** A highlight line printed above an article: `- ` (or a dash and a tab) then text. */
const HIGHLIGHT_LINE = /^[ \t]*-[ \t]+\S/;

/**
 * Where the article starts in `raw`: after a BOM, and after a leading block of `- ` lines
 * (highlights printed above an article) when article text follows the block. Highlights are
 * shorter than what they summarize, so a block with fewer words after it than in it is the
 * article itself, written as a list (a column of `- ` paragraphs, then only its source line):
 * the offset is then 0 (or 1 after a BOM), as for a text made only of `- ` lines. The returned
 * offset is at the start of the first article line (blank lines skipped).
 */
export function stripLeadingHighlights(raw: string): number {
  const start = raw.startsWith("\uFEFF") ? 1 : 0;
  let pos = start;
  let lines = 0;
  while (pos < raw.length) {
    const end = lineEnd(raw, pos);
    const line = raw.slice(pos, end);
    if (line.trim() !== "" && !HIGHLIGHT_LINE.test(line)) break;
    if (line.trim() !== "") lines++;
    pos = nextLine(raw, end);
  }
  if (pos >= raw.length) return start; // nothing but highlight lines: keep them as the article
  if (!HIGHLIGHT_LINE.test(firstNonBlankLine(raw, start))) return start;
  // The block's words, without the `-` that opens each of its lines.
  const block = countWords(raw, start, pos, Number.POSITIVE_INFINITY) - lines;
  if (countWords(raw, pos, raw.length, block) < block) return start;
  return pos;
}

/** How many words (runs of non-white-space) start in `raw[from, to)`, counting to `limit` at most. */
function countWords(raw: string, from: number, to: number, limit: number): number {
  const word = /\S+/g;
  word.lastIndex = from;
  let words = 0;
  while (words < limit && word.exec(raw) !== null && word.lastIndex <= to) words++;
  return words;
}

/** Where the line from `from` ends: at a line break as the segmenter reads them (`NEWLINE`). */
function lineEnd(raw: string, from: number): number {
  let i = from;
  while (i < raw.length && (classAt(raw, i) & NEWLINE) === 0) i++;
  return i;
}

/** Where the line after the one ending at `end` starts (a CR LF pair is one break). */
function nextLine(raw: string, end: number): number {
  if (end >= raw.length) return raw.length;
  return raw.startsWith("\r\n", end) ? end + 2 : end + 1;
}

function firstNonBlankLine(raw: string, from: number): string {
  let pos = from;
  while (pos < raw.length) {
    const end = lineEnd(raw, pos);
    const line = raw.slice(pos, end);
    if (line.trim() !== "") return line;
    pos = nextLine(raw, end);
  }
  return "";
}
