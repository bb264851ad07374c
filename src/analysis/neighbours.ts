import { createError } from "../errors.js";
import {
  NEIGHBOUR_LETTERS,
  NEIGHBOUR_WORDS,
  PERSIAN_LETTER_FORMS,
} from "../lang/ar/data/neighbours.js";
import { normalize } from "../lang/ar/normalize.js";
import type { Token } from "../text/types.js";
import type { AnalysedDocument } from "./document.js";

/** At or above this share of its Arabic-script words, a text is taken as another language. */
export const MAX_NEIGHBOUR_SHARE = 0.1;
/** ... and with at least this many such words (a name or two in a short text are not enough). */
export const MIN_NEIGHBOUR_WORDS = 3;

/**
 * The check reads words only when the text's first this many code units hold a letter of
 * these languages or a Persian letter form (`ی`, `ک`, `ھ`, `ہ`), which their texts have from
 * their first words on. Arabic news seldom has one there (49 of the 25,109 unlabeled articles,
 * none of the labelled ones), so almost every article costs a scan of its opening alone.
 */
export const GATE_UNITS = 500;

/** In the table of the Arabic block: a letter Arabic does not use; a Persian letter form. */
const NEIGHBOUR = 1;
const PERSIAN_FORM = 2;

let words: ReadonlySet<string> | null = null;
let table: Uint8Array | null = null;

function letterTable(): Uint8Array {
  if (table) return table;
  table = new Uint8Array(0x100);
  for (const ch of NEIGHBOUR_LETTERS) table[ch.charCodeAt(0) - 0x600] = NEIGHBOUR;
  for (const ch of PERSIAN_LETTER_FORMS) table[ch.charCodeAt(0) - 0x600] = PERSIAN_FORM;
  return table;
}

/** Whether `input[start, end)` holds a letter of the Arabic block marked `kinds` in the table. */
function holds(input: string, start: number, end: number, kinds: number): boolean {
  const letters = letterTable();
  for (let i = start; i < end; i++) {
    const offset = input.charCodeAt(i) - 0x600;
    if (offset >= 0 && offset < 0x100 && ((letters[offset] as number) & kinds) !== 0) return true;
  }
  return false;
}

/** Whether a token is written in the Arabic block (its normalized form opens there). */
function inArabicBlock(token: Token): boolean {
  const first = token.norm.charCodeAt(0);
  return first >= 0x600 && first <= 0x6ff;
}

/** Whether a token of the Arabic block is a word of Persian, Urdu, Kurdish or Pashto. */
function isNeighbourWord(input: string, token: Token): boolean {
  words ??= new Set(NEIGHBOUR_WORDS.map(normalize));
  return words.has(token.norm) || holds(input, token.span.start, token.span.end, NEIGHBOUR);
}

/** The words of `doc` in the Arabic block, and how many are Persian, Urdu, Kurdish or Pashto. */
export function neighbourWords(doc: AnalysedDocument): { arabicScript: number; foreign: number } {
  let arabicScript = 0;
  let foreign = 0;
  for (const sentence of doc.sentences) {
    for (const token of sentence.tokens) {
      if (!inArabicBlock(token)) continue;
      arabicScript++;
      if (isNeighbourWord(doc.input, token)) foreign++;
    }
  }
  return { arabicScript, foreign };
}

/**
 * A sentence with fewer words than this in Arabic letters, and more in another script, is in
 * another language; one with an Arabic frame (`وكتب الرئيس في تغريدة: "I have decided …"`)
 * is Arabic news, however long the quotation.
 */
export const MIN_ARABIC_FRAME = 3;

/** A sentence with at least this many words of a neighbour language … */
export const MIN_FOREIGN_SENTENCE_WORDS = 2;
/** … making at least this share of its Arabic-script words is in that language. */
export const MIN_FOREIGN_SENTENCE_SHARE = 0.2;

/**
 * Per sentence, whether it is in another language than Arabic: more of its words are written in
 * another script (an English paragraph of an Arabic article) than in Arabic letters, which are
 * fewer than MIN_ARABIC_FRAME (hashtags not counted); or it reads as Persian, Urdu, Kurdish or
 * Pashto (a quotation): at least MIN_FOREIGN_SENTENCE_WORDS and MIN_FOREIGN_SENTENCE_SHARE of its
 * Arabic-script words are theirs, as `checkNotNeighbour` counts them for a whole text.
 */
export function foreignSentences(doc: AnalysedDocument): boolean[] {
  // Words are looked up only in a text that has a letter of these languages or a Persian form.
  const mayHold = holds(doc.input, 0, doc.input.length, NEIGHBOUR | PERSIAN_FORM);
  return doc.sentences.map((sentence) => {
    let arabicScript = 0;
    let otherScript = 0;
    let foreign = 0;
    for (const token of sentence.tokens) {
      if (inArabicBlock(token)) {
        // A hashtag (`#زلزال`) tags the words around it: it is no Arabic frame of them.
        if (doc.input[token.span.start - 1] === "#") continue;
        arabicScript++;
        if (mayHold && isNeighbourWord(doc.input, token)) foreign++;
      } else if (LETTER.test(token.norm)) {
        otherScript++;
      }
    }
    if (arabicScript < MIN_ARABIC_FRAME && otherScript > arabicScript) return true;
    return (
      foreign >= MIN_FOREIGN_SENTENCE_WORDS && foreign >= MIN_FOREIGN_SENTENCE_SHARE * arabicScript
    );
  });
}

/** A word that opens on a letter (not a number). */
const LETTER = /^\p{L}/u;

/**
 * Throw NOT_ARABIC for a text in Arabic letters that is Persian, Urdu, Kurdish or Pashto: when
 * at least {@link MIN_NEIGHBOUR_WORDS} and {@link MAX_NEIGHBOUR_SHARE} of its words in the
 * Arabic block are common words of Persian or Urdu that Arabic does not have, or hold a letter
 * that Arabic does not use. The letter check cannot tell these languages from Arabic.
 */
export function checkNotNeighbour(doc: AnalysedDocument): void {
  const opening = Math.min(doc.input.length, GATE_UNITS);
  if (!holds(doc.input, 0, opening, NEIGHBOUR | PERSIAN_FORM)) return;
  const { arabicScript, foreign } = neighbourWords(doc);
  if (foreign < MIN_NEIGHBOUR_WORDS || foreign < MAX_NEIGHBOUR_SHARE * arabicScript) return;
  const percent = Math.round((100 * foreign) / arabicScript);
  const languages = "Persian, Urdu, Kurdish or Pashto";
  throw createError(
    "NOT_ARABIC",
    `the text is in Arabic letters but reads as ${languages} (${percent}% of its words are not Arabic)`,
  );
}
