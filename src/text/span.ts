import { classAt, FORMAT, OPEN, SPACE } from "./chars.js";

/**
 * White space other than a lone U+0020, and control characters: what `collapseWhitespace`
 * rewrites inside a text. `\s` lacks U+0085 (NEL), a line break to the segmenter, and the other
 * C0 and C1 controls (an escape sequence that would clear a terminal, a stray U+0002), which are
 * never text: they are listed apart.
 */
const NOT_SINGLE_SPACE = /[^\S ]|\s\s|\p{Cc}/u;

/** A run of white space and control characters, line breaks included. */
const SPACE_RUN = /[\s\p{Cc}]+/gu;

/**
 * Collapse every run of white space (any Unicode space, line breaks included) and control
 * characters to one space, and trim.
 */
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

/**
 * `withOpeners`, also past white space, and over quotes and brackets only: where a text that
 * keeps its first word opens. A quotation whose mark stands apart from its first word (`" نحن
 * مستعدون …"`, `« نحن … »`) keeps its mark, as its closing one stays.
 */
export function withSpacedOpeners(input: string, at: number, floor: number): number {
  let start = at;
  for (let i = at - 1; i >= floor; i--) {
    if (input[i] === '"' || (classAt(input, i) & OPEN) !== 0) start = i;
    else if ((classAt(input, i) & (FORMAT | SPACE)) === 0) break;
  }
  return start;
}

/**
 * `at` (where a word starts) moved back over a tag's opening glued to it, `<` or `</` (the word is
 * then the tag's name: `<b>قال`, `</p>وقال`), never before `floor`: a text that starts at the word
 * would open in the middle of the tag (`b>قال</b>`). Plain text keeps its tags as written. A
 * run of `<` is taken whole (`<<قال`, a quotation mark typed as two).
 */
export function withTagOpening(input: string, at: number, floor: number): number {
  let start = at;
  if (start - 1 >= floor && input[start - 1] === "/") start--;
  if (start - 1 < floor || input[start - 1] !== "<") return at;
  while (start - 1 >= floor && input[start - 1] === "<") start--;
  return start;
}

function isOpener(input: string, at: number): boolean {
  const unit = input[at];
  return unit === '"' || unit === "#" || (classAt(input, at) & OPEN) !== 0;
}
