import { CLOSE, classAt } from "../../../text/chars.js";
import { AMBIGUOUS_QUOTES, TERMINATORS } from "../data/punctuation.js";
import { dotEndsSentence, titleBefore } from "./dots.js";
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

/**
 * Whether a line ends on a title's initials and their full stop (`وقال رئيس الجامعة أ.د.`
 * above `محمد عثمان إن …`, `صرح بذلك د.` above its name), which end no sentence: the line goes
 * on into the next, as a line ending on `في` does. Only a title's letters (`د`, `م`, `أ`): other
 * single letters end a line's sentence (`آيفون X.`, `الساعة 4:05 ت غ.`), and so do a letter
 * name (`… لبي بي سي.`) and a unit or era after a number (`1990م.`).
 */
export function endsOnAbbreviation(input: string, line: Line): boolean {
  const e = line.contentEnd;
  if (e <= line.contentStart || input[e - 1] !== "." || input[e - 2] === ".") return false;
  return titleBefore(input, e - 1) && !dotEndsSentence(input, e - 1, line.contentStart);
}
