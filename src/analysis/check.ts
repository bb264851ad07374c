import { createError } from "../errors.js";

/** Below this share of Arabic among the letters, a text is not taken as Arabic. */
export const MIN_ARABIC_SHARE = 0.1;

const LETTER = /\p{L}/u;
const ARABIC = /\p{Script=Arabic}/u;

/** Share of the letters of `text` that are Arabic (0 when there are no letters). */
export function arabicLetterShare(text: string): number {
  let letters = 0;
  let arabic = 0;
  for (const ch of text) {
    if (!LETTER.test(ch)) continue;
    letters++;
    if (ARABIC.test(ch)) arabic++;
  }
  return letters === 0 ? 0 : arabic / letters;
}

/** Throw EMPTY_INPUT for blank text and NOT_ARABIC for text with no (or almost no) Arabic letters. */
export function checkArticleText(text: string): void {
  if (text.trim() === "") throw createError("EMPTY_INPUT", "the article is empty");
  const share = arabicLetterShare(text);
  if (share < MIN_ARABIC_SHARE) {
    throw createError(
      "NOT_ARABIC",
      share === 0
        ? "found no Arabic letters in the article"
        : `only ${(share * 100).toFixed(1)}% of the letters are Arabic`,
    );
  }
}
