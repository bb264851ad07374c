import { whitespaceWords } from "../text/words.js";

/**
 * Tags that wrap or break whole sentences: the sign of a CMS's text field exported as markup,
 * whatever the density of its tags (one long line, paragraphs of 50 words). Prose that quotes a
 * tag (`الوسم <p> يبدأ الفقرة و</p> ينهيها`) does not put one around or between sentences.
 */

/** Fewest paragraphs or line breaks around sentences that make a text markup. */
export const MIN_SENTENCE_TAGS = 2;

/** Fewest words of a sentence a `<p>…</p>` holds. */
const MIN_PARAGRAPH_WORDS = 3;

/** A `<p>`, `</p>` or `<br>` tag (with attributes, or self-closed). */
const P_OR_BR = /<(\/?)(p|br)(?:\s[^<>]*)?\/?>/gi;
const ANY_TAG = /<[^<>]*>/g;
/** The end of a sentence: a terminal mark, then closing quotes or brackets, then white space. */
const SENTENCE_END = /[.!?؟…]["'»”)\]]*\s*$/u;
/** A word after a line break (more breaks and white space between). */
const WORD_AFTER = /^(?:\s|<br(?:\s[^<>]*)?\/?>)*\p{L}/iu;
/** How far around a `<br>` to look for the end of a sentence and the next word. */
const NEAR = 40;

/**
 * True when at least `MIN_SENTENCE_TAGS` tags wrap or break sentences: a `<p>…</p>` whose text
 * is a sentence (`MIN_PARAGRAPH_WORDS` words or more, ending in `.`, `!`, `؟`, `…`), or a `<br>`
 * after a sentence's end and before a word. One linear pass over the `<p>` and `<br>` tags.
 */
export function tagsAroundSentences(raw: string): boolean {
  let found = 0;
  let open = -1;
  for (const m of raw.matchAll(P_OR_BR)) {
    const at = m.index ?? 0;
    const name = (m[2] ?? "").toLowerCase();
    if (name === "br") {
      const end = at + m[0].length;
      if (
        SENTENCE_END.test(raw.slice(Math.max(0, at - NEAR), at)) &&
        WORD_AFTER.test(raw.slice(end, end + NEAR))
      ) {
        found++;
      }
    } else if (m[1] !== "/") {
      open = at + m[0].length;
    } else if (open >= 0) {
      if (isSentence(raw.slice(open, at).replace(ANY_TAG, " "))) found++;
      open = -1;
    }
    if (found >= MIN_SENTENCE_TAGS) return true;
  }
  return false;
}

/** A sentence: enough words, ending in a terminal mark. */
function isSentence(text: string): boolean {
  const words = whitespaceWords(text).length;
  return words >= MIN_PARAGRAPH_WORDS && SENTENCE_END.test(text);
}
