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
  return found
    .filter((at) => first >= 0 && at > first && !gluedAfterWord(input, kept, at))
    .sort((a, b) => a - b);
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
 * Whether the mark at `at` follows a word with no white space between (`(الحكومة)“الحكومة`):
 * dropping it would glue two words into one the article does not have. Read back through the
 * bullet's spans to the last white space.
 */
function gluedAfterWord(input: string, kept: readonly Span[], at: number): boolean {
  for (let k = kept.length - 1; k >= 0; k--) {
    const span = kept[k] as Span;
    if (span.start > at) continue;
    for (let i = Math.min(at, span.end) - 1; i >= span.start; i--) {
      const c = input[i] as string;
      if (/\s/u.test(c)) return false;
      if (/\p{L}|\p{N}/u.test(c)) return true;
    }
  }
  return false;
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
