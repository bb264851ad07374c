/**
 * Character classes of the two tokenizers inside the multilingual ROUGE scorer, from Unicode
 * general categories (JavaScript `\p{...}`, cached per code point):
 * - the BERT-style cleaner/splitter (`rouge_score.tokenizers.BasicTokenizer`);
 * - OpenNMT's "aggressive" tokenizer (`pyonmttok`), which works on ICU categories.
 */

/** How the BERT basic tokenizer treats a character. */
export const BertClass = {
  /** Part of a word. */
  Keep: 0,
  /** Removed before splitting (NUL, U+FFFD, category C* except tab/CR/LF): joins its neighbours. */
  Drop: 1,
  /** Ends a word: whitespace (then Python's `str.split()`), or punctuation (dropped). */
  Break: 2,
} as const;
export type BertClass = (typeof BertClass)[keyof typeof BertClass];

/** How OpenNMT's tokenizer sees a character (ICU general category groups). */
export const OnmtClass = {
  Letter: 0,
  Number: 1,
  Mark: 2,
  Separator: 3,
  Other: 4,
} as const;
export type OnmtClass = (typeof OnmtClass)[keyof typeof OnmtClass];

const CONTROL = /^\p{C}$/u;
const SPACE_SEPARATOR = /^\p{Zs}$/u;
const PUNCTUATION = /^\p{P}$/u;
const LETTER = /^\p{L}$/u;
const NUMBER = /^\p{N}$/u;
const MARK = /^\p{M}$/u;
const SEPARATOR = /^\p{Z}$/u;

const bertCache = new Map<number, BertClass>();
const onmtCache = new Map<number, OnmtClass>();

function computeBert(cp: number): BertClass {
  // Tab, LF, CR and Zs become spaces in `_clean_text`.
  if (cp === 0x20 || cp === 0x09 || cp === 0x0a || cp === 0x0d) return BertClass.Break;
  if (cp === 0 || cp === 0xfffd) return BertClass.Drop;
  const ch = String.fromCodePoint(cp);
  if (CONTROL.test(ch)) return BertClass.Drop;
  if (SPACE_SEPARATOR.test(ch)) return BertClass.Break;
  // U+2028 / U+2029 survive the cleaner but Python's str.split() splits on them.
  if (cp === 0x2028 || cp === 0x2029) return BertClass.Break;
  // All non-alphanumeric ASCII counts as punctuation, plus every P* character.
  if ((cp >= 33 && cp <= 47) || (cp >= 58 && cp <= 64) || (cp >= 91 && cp <= 96)) {
    return BertClass.Break;
  }
  if ((cp >= 123 && cp <= 126) || PUNCTUATION.test(ch)) return BertClass.Break;
  return BertClass.Keep;
}

function computeOnmt(cp: number): OnmtClass {
  const ch = String.fromCodePoint(cp);
  if (LETTER.test(ch)) return OnmtClass.Letter;
  if (NUMBER.test(ch)) return OnmtClass.Number;
  if (MARK.test(ch)) return OnmtClass.Mark;
  if (SEPARATOR.test(ch)) return OnmtClass.Separator;
  return OnmtClass.Other;
}

/** The BERT basic tokenizer's view of code point `cp`. */
export function bertClass(cp: number): BertClass {
  if (cp < 0x80 && ((cp >= 0x61 && cp <= 0x7a) || (cp >= 0x30 && cp <= 0x39))) {
    return BertClass.Keep;
  }
  let c = bertCache.get(cp);
  if (c === undefined) {
    c = computeBert(cp);
    bertCache.set(cp, c);
  }
  return c;
}

/** OpenNMT's view of code point `cp`: letter (L*), number (N*), mark (M*), separator (Z*), other. */
export function onmtClass(cp: number): OnmtClass {
  let c = onmtCache.get(cp);
  if (c === undefined) {
    c = computeOnmt(cp);
    onmtCache.set(cp, c);
  }
  return c;
}

/** BERT's "Chinese character" ranges (CJK ideographs), each split off as its own token. */
export function isCjk(cp: number): boolean {
  return (
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x20000 && cp <= 0x2a6df) ||
    (cp >= 0x2a700 && cp <= 0x2b73f) ||
    (cp >= 0x2b740 && cp <= 0x2b81f) ||
    (cp >= 0x2b820 && cp <= 0x2ceaf) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0x2f800 && cp <= 0x2fa1f)
  );
}
