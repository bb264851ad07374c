import {
  ARABIC,
  charWidth,
  classAt,
  DIGIT,
  isLineSpace,
  LETTER,
  SPACE,
} from "../../../text/chars.js";
import { BULLETS } from "../data/punctuation.js";

/** Longest number accepted as a list enumerator (`12.` yes, `2018.` no). */
export const MAX_ENUMERATOR_DIGITS = 2;

function skipSpaces(input: string, i: number, end: number): number {
  let j = i;
  while (j < end && (classAt(input, j) & SPACE) !== 0) j++;
  return j;
}

/** End of a bullet run (`-`, `*`, `•`, `ـ`...) at `i` followed by white space, or `i`. */
function bulletEnd(input: string, i: number, end: number): number {
  let j = i;
  while (j < end && BULLETS.has(input[j] ?? "")) j++;
  if (j === i || j >= end || (classAt(input, j) & SPACE) === 0) return i;
  return skipSpaces(input, j, end);
}

/**
 * End of an enumerator (`1.` `2)` `3-` `(4)` `أ)` `b)`) at `i` followed by white space, or
 * `i`. A number and a full stop glued to an Arabic word (`2.بيبسي`) is one too.
 */
function enumeratorEnd(input: string, i: number, end: number): number {
  let j = i;
  const paren = input[j] === "(";
  if (paren) j++;
  const digitsStart = j;
  while (j < end && (classAt(input, j) & DIGIT) !== 0) j += charWidth(input, j);
  const digits = j - digitsStart;
  if (digits === 0) {
    // A single letter followed by `)`: أ) ب) a) b)
    if (!paren && j < end && (classAt(input, j) & LETTER) !== 0 && input[j + 1] === ")") {
      j += 2;
    } else return i;
  } else {
    if (digits > MAX_ENUMERATOR_DIGITS) return i;
    if (paren) {
      if (input[j] !== ")") return i;
      j++;
    } else {
      // `1 - …`, `1  - …` (spaces of any kind, a no-break one too, before the dash).
      let k = j;
      while (k < end && isLineSpace(input, k)) k++;
      if (k > j && input[k] === "-") j = k;
      const mark = input[j];
      if (mark !== "." && mark !== ")" && mark !== "-") return i;
      j++;
      // `1.كوكا كولا`: a full stop glued to an Arabic word closes the number all the same.
      if (mark === "." && (classAt(input, j) & (ARABIC | LETTER)) === (ARABIC | LETTER)) return j;
    }
  }
  if (j >= end || (classAt(input, j) & SPACE) === 0) return i;
  return skipSpaces(input, j, end);
}

/**
 * Where the text of a list item starts: after a leading bullet (`- `, `• `, `* `, the
 * interview dash `ـ `) and, at the start of a line, after an enumerator (`1. `, `2) `,
 * `3- `, `(4) `, `أ) `). Returns `start` when there is none.
 */
export function markerEnd(input: string, start: number, end: number, atLineStart: boolean): number {
  let i = bulletEnd(input, start, end);
  if (atLineStart) i = enumeratorEnd(input, i, end);
  return i;
}
