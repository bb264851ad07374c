import { classAt, FORMAT, OPEN } from "./chars.js";

/**
 * White space other than a lone U+0020: what `collapseWhitespace` rewrites inside a text. `\s`
 * lacks U+0085 (NEL), a line break to the segmenter: it is listed apart.
 */
const NOT_SINGLE_SPACE = /[^\S ]|\s\s|\u0085/u;

/** A run of white space, line breaks included (U+0085 too, which `\s` leaves out). */
const SPACE_RUN = /[\s\u0085]+/gu;

/** Collapse every run of white space (any Unicode space, line breaks included) to one space and trim. */
export function collapseWhitespace(text: string): string {
  // Most texts have only single plain spaces inside: then only the ends can change.
  if (!NOT_SINGLE_SPACE.test(text)) return text.trim();
  return text.replace(SPACE_RUN, " ").trim();
}

/**
 * `at` (where a word starts) moved back over the opening quotes and brackets glued to that word
 * (`"العربية.نت"`, `«سنفوز»`, `(نحو`), and over a hashtag's `#` (`#نيللي_كريم`), never before
 * `floor`, past format characters between them: a text that starts at the word would leave its
 * quotation without its opening mark, or the hashtag without its sign.
 */
export function withOpeners(input: string, at: number, floor: number): number {
  let start = at;
  // A format character (a right-to-left mark: `"‏نشكر`) may stand between the mark and the word.
  for (let i = at - 1; i >= floor; i--) {
    if (isOpener(input, i)) start = i;
    else if ((classAt(input, i) & FORMAT) === 0) break;
  }
  return start;
}

function isOpener(input: string, at: number): boolean {
  const unit = input[at];
  return unit === '"' || unit === "#" || (classAt(input, at) & OPEN) !== 0;
}
