import { classAt, NEWLINE } from "../../../text/chars.js";
import { trimBlank } from "./blank.js";

/** One line of the input (without its line break), with its trimmed content. */
export interface Line {
  /** First index of the line. */
  start: number;
  /** Index of its line break (or the input length). */
  end: number;
  /** First index of visible content (== contentEnd for a blank line). */
  contentStart: number;
  /** One past the last visible character. */
  contentEnd: number;
  /** The line break after it is a hard paragraph break (U+2029, form feed). */
  hardBreak: boolean;
}

/** Whether a line holds only white space or invisible format characters. */
export function isBlank(line: Line): boolean {
  return line.contentStart >= line.contentEnd;
}

/** Visible length of a line in UTF-16 code units. */
export function lineLength(line: Line): number {
  return line.contentEnd - line.contentStart;
}

/**
 * The lines of `input`. Line breaks: `\n`, `\r\n`, `\r`, U+0085, U+2028, U+000B; U+2029 and
 * form feed also break lines and mark a paragraph break.
 */
export function splitLines(input: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  const n = input.length;
  for (let i = 0; i < n; i++) {
    const unit = input.charCodeAt(i);
    if (unit > 0x20 && unit < 0x2028) {
      if (unit !== 0x85) continue;
    }
    if ((classAt(input, i) & NEWLINE) === 0) continue;
    const { start: contentStart, end: contentEnd } = trimBlank(input, start, i);
    const hardBreak = unit === 0x2029 || unit === 0x0c;
    lines.push({ start, end: i, contentStart, contentEnd, hardBreak });
    if (unit === 0x0d && input.charCodeAt(i + 1) === 0x0a) i++;
    start = i + 1;
  }
  const { start: contentStart, end: contentEnd } = trimBlank(input, start, n);
  lines.push({ start, end: n, contentStart, contentEnd, hardBreak: false });
  return lines;
}
