import { CLOSE, classAt } from "../../../text/chars.js";
import { AMBIGUOUS_QUOTES, TERMINATORS } from "../data/punctuation.js";
import { dotEndsSentence } from "./dots.js";
import type { Line } from "./lines.js";

/** Start of the run of closing quotes and brackets that ends just before `end` (not before `start`). */
export function closersStart(input: string, start: number, end: number): number {
  let e = end;
  while (e > start) {
    const ch = input[e - 1] ?? "";
    if ((classAt(input, e - 1) & CLOSE) !== 0 || AMBIGUOUS_QUOTES.has(ch)) e--;
    else break;
  }
  return e;
}

/**
 * Whether a line ends a sentence: its last visible character, closing quotes and brackets
 * skipped, is a terminator, and a lone full stop is not an abbreviation's or an initial's.
 */
export function endsSentence(input: string, line: Line): boolean {
  const e = closersStart(input, line.contentStart, line.contentEnd);
  if (e <= line.contentStart) return false;
  const last = input[e - 1] ?? "";
  if (!TERMINATORS.has(last)) return false;
  if (last !== "." || input[e - 2] === ".") return true;
  return dotEndsSentence(input, e - 1, line.contentStart);
}
