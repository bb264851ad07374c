import { createError } from "../errors.js";
import { ARABIC, charWidth, classAt, LETTER, unitClass } from "../text/chars.js";
import { describeValue } from "../text/describe.js";

/** Below this share of Arabic among the letters, a text is not taken as Arabic. */
export const MIN_ARABIC_SHARE = 0.1;

/** Tatweel (U+0640). */
const TATWEEL = 0x0640;

/**
 * Letters and Arabic letters of `text` (code points, from the Unicode class table). With
 * `stopAt`, the scan stops as soon as the Arabic share is sure to stay at or above it whatever
 * follows (each remaining code unit could at most be one more non-Arabic letter); `settled` then.
 */
function countLetters(text: string, stopAt = Number.POSITIVE_INFINITY) {
  let letters = 0;
  let arabic = 0;
  const n = text.length;
  for (let i = 0; i < n; ) {
    const unit = text.charCodeAt(i);
    const surrogate = unit >= 0xd800 && unit <= 0xdfff;
    const flags = surrogate ? classAt(text, i) : unitClass(unit);
    i += surrogate ? charWidth(text, i) : 1;
    // Tatweel is a letter of Script=Common, but it only stretches Arabic words: a word drawn
    // out with thousands of them made the text "not Arabic".
    if ((flags & LETTER) === 0 || unit === TATWEEL) continue;
    letters++;
    if ((flags & ARABIC) === 0) continue;
    arabic++;
    if (arabic >= stopAt * (letters + n - i)) return { letters, arabic, settled: true };
  }
  return { letters, arabic, settled: false };
}

/** Share of the letters of `text` that are Arabic (0 when there are no letters). */
export function arabicLetterShare(text: string): number {
  const { letters, arabic } = countLetters(text);
  return letters === 0 ? 0 : arabic / letters;
}

/**
 * Throw NOT_TEXT when `value` is not a string: a JavaScript caller of the library can pass
 * anything, and gets a KhulasaError for it, not a TypeError from deep inside.
 */
export function checkIsText(value: unknown, what: string, hint?: string): asserts value is string {
  if (typeof value !== "string") {
    throw createError("NOT_TEXT", `${what} must be a string, got ${describeValue(value)}`, hint);
  }
}

/**
 * The hint of NOT_TEXT from `summarize`, which only a caller of the library meets (the CLI and
 * the server hand it strings): the table's hint speaks of files and pages.
 */
export const SUMMARIZE_TEXT_HINT =
  'summarize takes the article\'s text as a string; prepareArticle (from "khulasa") reads bytes, HTML pages and text with highlights above it.';

/** Nothing but white space and invisible format marks (zero-width space, direction marks, BOM). */
const BLANK = /^[\s\p{Cf}]*$/u;

/**
 * Throw EMPTY_INPUT ("`what` is empty") for text that is blank (nothing but white space and
 * invisible marks): the one rule for the library's input, its article, and the CLI's file or
 * stdin.
 */
export function checkNotBlank(text: string, what: string): void {
  if (BLANK.test(text)) throw createError("EMPTY_INPUT", `${what} is empty`);
}

/**
 * Throw NOT_TEXT (with `hint`, if given) for a value that is not a string, EMPTY_INPUT for blank
 * text and NOT_ARABIC for text with no (or almost no) Arabic letters.
 */
export function checkArticleText(text: string, hint?: string): void {
  checkIsText(text, "the article", hint);
  checkNotBlank(text, "the article");
  // Settled at twice the threshold: far from it, rounding cannot matter.
  const count = countLetters(text, 2 * MIN_ARABIC_SHARE);
  if (count.settled) return;
  const share = count.letters === 0 ? 0 : count.arabic / count.letters;
  if (share < MIN_ARABIC_SHARE) {
    throw createError(
      "NOT_ARABIC",
      share === 0
        ? "found no Arabic letters in the article"
        : `only ${(share * 100).toFixed(1)}% of the letters are Arabic`,
    );
  }
}
