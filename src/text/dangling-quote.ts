import { CURLY_CLOSE, CURLY_OPEN, GUILLEMET_CLOSE, GUILLEMET_OPEN, STRAIGHT } from "./quotes.js";
import type { Span } from "./types.js";

/**
 * Where the bullet made of `kept` (spans of `input`, in order) opens a quotation that it never
 * closes: `قال الوزير: «سنبدأ العمل.` where the quotation runs on into the next sentence. Only a
 * mark that follows some of the bullet's text counts (the speaker is named before it), so a
 * bullet made of quoted words alone keeps its mark; and not one glued to the word before it,
 * which dropping it would join to the next. A straight quote counts when the bullet has an odd
 * number of them and the last one opens (white space or a colon before it, a letter after it).
 * Offsets of the marks, in order. One pass over the bullet's code units (most have no mark).
 */
export function danglingQuotes(input: string, kept: readonly Span[]): number[] {
  const guillemets: number[] = [];
  const curly: number[] = [];
  const straight: number[] = [];
  for (const span of kept) {
    for (let i = span.start; i < span.end; i++) {
      switch (input.charCodeAt(i)) {
        case STRAIGHT:
          straight.push(i);
          break;
        case GUILLEMET_OPEN:
          guillemets.push(i);
          break;
        case GUILLEMET_CLOSE:
          guillemets.pop();
          break;
        case CURLY_OPEN:
          curly.push(i);
          break;
        case CURLY_CLOSE:
          curly.pop();
          break;
      }
    }
  }
  const found = [...guillemets, ...curly];
  const last = straight.at(-1);
  if (straight.length % 2 === 1 && last !== undefined && opensQuote(input, last)) found.push(last);
  if (found.length === 0) return found;
  const first = firstWordChar(input, kept);
  if (first < 0) return [];
  found.sort((a, b) => a - b);
  const glued = gluedAfterWord(input, kept, found);
  return found.filter((at, k) => at > first && !glued[k]);
}

/** Offset of the bullet's first letter or digit, or -1. */
function firstWordChar(input: string, kept: readonly Span[]): number {
  for (const span of kept) {
    for (let i = span.start; i < span.end; i++) {
      if (/\p{L}|\p{N}/u.test(input[i] as string)) return i;
    }
  }
  return -1;
}

/**
 * For each mark of `marks` (sorted offsets inside `kept`), whether it follows a word with no white
 * space between (`(الحكومة)“الحكومة`): dropping it would glue two words into one the article
 * does not have. What counts is the last white space or letter before the mark in the bullet's
 * spans; one forward pass remembers it, so a run of marks is linear, not a walk back per mark.
 */
function gluedAfterWord(input: string, kept: readonly Span[], marks: readonly number[]): boolean[] {
  const glued: boolean[] = [];
  let afterWord = false;
  let m = 0;
  for (const span of kept) {
    for (let i = span.start; i < span.end && m < marks.length; i++) {
      while (m < marks.length && marks[m] === i) {
        glued.push(afterWord);
        m++;
      }
      const c = input[i] as string;
      if (/\s/u.test(c)) afterWord = false;
      else if (/\p{L}|\p{N}/u.test(c)) afterWord = true;
    }
  }
  return glued;
}

/** Whether the straight quote at `at` is shaped as an opener: `: "كلمة` or ` "كلمة`. */
function opensQuote(input: string, at: number): boolean {
  const before = input[at - 1] ?? " ";
  const after = input[at + 1] ?? " ";
  return /[\s:]/u.test(before) && /\p{L}|\p{N}/u.test(after);
}

/** `kept` without the characters at `marks` (sorted offsets inside its spans); empty spans go. */
export function withoutMarks(kept: readonly Span[], marks: readonly number[]): Span[] {
  const out: Span[] = [];
  let m = 0;
  for (const span of kept) {
    let start = span.start;
    while (m < marks.length && (marks[m] as number) < span.end) {
      const at = marks[m] as number;
      if (at >= start) {
        if (at > start) out.push({ start, end: at });
        start = at + 1;
      }
      m++;
    }
    if (span.end > start) out.push({ start, end: span.end });
  }
  return out;
}
