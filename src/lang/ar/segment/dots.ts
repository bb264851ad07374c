import {
  ARABIC,
  classAt,
  DIGIT,
  FORMAT,
  isLineSpace,
  LETTER,
  MARK,
  OPEN,
  SPACE,
} from "../../../text/chars.js";
import {
  AMBIGUOUS_LETTER_NAMES,
  ARABIC_ABBREVIATIONS,
  ARABIC_DOMAIN_SUFFIXES,
  LABEL_ONLY_NOUNS,
  LATIN_ABBREVIATIONS,
  LETTER_LABEL_NOUNS,
  LETTER_NAME_PREFIXES,
  NAMES_LIKE_WAW_CLITIC,
  SENTENCE_OPENING_WORDS,
} from "../data/abbreviations.js";
import { WAW_CLITIC_WORDS } from "../data/clitics.js";
import { BULLETS, TOKEN_INNER } from "../data/punctuation.js";
import { normalize } from "../normalize.js";
import { MAX_ENUMERATOR_DIGITS } from "./markers.js";

/** Words with a clitic `و` (`وتضم`), which open a sentence. */
const WAW_CLITIC: ReadonlySet<string> = new Set(WAW_CLITIC_WORDS);

/** Letters that are a title's before a name (normalized): `د.` doctor, `م.` engineer, `أ.` professor. */
const TITLE_INITIALS: ReadonlySet<string> = new Set(["د", "م", "ا"]);

/** Longest piece of an abbreviation chain (`ph.d` has a 2-letter piece). */
const MAX_PIECE = 3;
/** Most pieces looked at in a chain (`u.s.a`, `ج.م.ع`). */
const MAX_PIECES = 4;
/** Longest word looked at before a dot. */
const MAX_WORD = 30;

/**
 * Whether the character at `i` belongs to a word: a letter, a mark, or an invisible format
 * character, which normalizing drops (a right-to-left mark in `د‏.‏ محمد`, a ZWNJ).
 */
const isLetterish = (input: string, i: number): boolean =>
  (classAt(input, i) & (LETTER | MARK | FORMAT)) !== 0;

/** The first index from `i`, going by `step` (1 or -1), that holds no format character. */
function pastFormat(input: string, i: number, step: 1 | -1): number {
  let j = i;
  while (j >= 0 && j < input.length && (classAt(input, j) & FORMAT) !== 0) j += step;
  return j;
}

/** Start of the run of letters (and marks) that ends just before `end`, at most `max` long. */
function wordStart(input: string, end: number, max: number): number {
  let s = end;
  while (s > 0 && end - s < max && isLetterish(input, s - 1)) s--;
  return s;
}

/** Start of an abbreviation chain ending at `end` (`أ.د`, `u.s.a`, `ص.ب`), and its normalized text. */
function chainBefore(
  input: string,
  end: number,
): { start: number; text: string; singles: boolean } {
  let start = wordStart(input, end, MAX_WORD);
  for (let k = 1; k < MAX_PIECES; k++) {
    if (input[start - 1] !== ".") break;
    const pieceStart = wordStart(input, start - 1, MAX_PIECE + 1);
    if (pieceStart === start - 1 || start - 1 - pieceStart > MAX_PIECE) break;
    start = pieceStart;
  }
  const text = normalize(input.slice(start, end));
  const singles = text.split(".").every((piece) => piece.length === 1);
  return { start, text, singles };
}

/** Prefixes that may cling to the first letter name of a chain (`وبي.إم.دبليو`). */
const CLITICS = new Set(["و", "ب", "ل"]);

/** Whether a piece of a chain is an initial or an abbreviation by itself. */
function isInitial(piece: string, first: boolean): boolean {
  if (piece.length === 1 || ARABIC_ABBREVIATIONS.has(piece) || LATIN_ABBREVIATIONS.has(piece)) {
    return true;
  }
  return first && CLITICS.has(piece[0] ?? "") && ARABIC_ABBREVIATIONS.has(piece.slice(1));
}

/** Whether every piece of a dotted chain is an initial or a letter name (`سي.إن.إن`, `د.ب.أ`). */
function allInitials(text: string): boolean {
  return text.split(".").every((piece, k) => isInitial(piece, k === 0));
}

/** Whether a piece is an Arabic letter name, the ambiguous ones (`او` `في`) included. */
const isLetterName = (piece: string): boolean =>
  ARABIC_ABBREVIATIONS.has(piece) || AMBIGUOUS_LETTER_NAMES.has(piece);

/**
 * Whether every piece of a dotted chain is a letter name, the ambiguous ones included, the
 * first one possibly with the article or a clitic before it (`او.ان.جي`, `الاف`).
 */
function allLetterNames(text: string): boolean {
  return text.split(".").every((piece, k) => {
    if (piece.length === 1 || isLetterName(piece)) return true;
    return (
      k === 0 &&
      LETTER_NAME_PREFIXES.some((p) => piece.startsWith(p) && isLetterName(piece.slice(p.length)))
    );
  });
}

/** Longest letter name looked at after a dot (`دبليو`). */
const MAX_LETTER_NAME = 5;

/** Whether the letters right after the dot at `p` are a letter name (`سي` in `أو.سي.بي.سي`). */
function letterNameAfter(input: string, p: number): boolean {
  let e = p + 1;
  while (e < input.length && e - p <= MAX_LETTER_NAME + 1 && isLetterish(input, e)) e++;
  if (e < input.length && isLetterish(input, e)) return false;
  return isLetterName(normalize(input.slice(p + 1, e)));
}

/**
 * Whether the full stop at `p` is glued between two letter names or single letters of dotted
 * initials (`تي.إل`, `إم.إي`, `و.ب`), the ambiguous names included: no sentence ends there.
 */
export function dotInInitials(input: string, p: number): boolean {
  if (input[p] !== "." || p === 0 || !isLetterish(input, p - 1)) return false;
  if (!isLetterish(input, p + 1)) return false;
  const chain = chainBefore(input, p);
  if (!(chain.singles || allLetterNames(chain.text))) return false;
  return !isLetterish(input, p + 2) || letterNameAfter(input, p);
}

/**
 * Index of the last character before `i` past the spaces on its line (not line breaks) and the
 * invisible format characters among them (a left-to-right mark after a number: `1770‎ م.`).
 */
function beforeSpaces(input: string, i: number): number {
  let j = i - 1;
  while (j >= 0 && (isLineSpace(input, j) || (classAt(input, j) & FORMAT) !== 0)) j--;
  return j;
}

/**
 * Whether a digit ends just before `i`, spaces and invisible marks apart (a no-break space too):
 * `1827م.`, `300 ق.م.`, `1770\u00a0م.`, `\u200e1770\u200e م.`.
 */
function afterNumber(input: string, i: number): boolean {
  const j = beforeSpaces(input, i);
  return j >= 0 && (classAt(input, j) & DIGIT) !== 0;
}

/**
 * Whether the letter at `i` (its dot at `p`) labels the noun before it (`المجموعة أ.`,
 * `فيتامين د.`). A title's letter (`د.` doctor, `م.` engineer, `أ.` professor) after a noun that
 * may end a post (`رئيس القسم د. محمد`) is that title, unless what follows the dot opens a
 * sentence: a word with a clitic `و` that is no name (`في المجموعة د. وتضم …`, not `وسن`), a word
 * that never names (`أما`, `ثم`, `لذلك`), a quotation mark or a bracket.
 */
function labelLetter(input: string, i: number, p: number): boolean {
  const end = beforeSpaces(input, i) + 1;
  if (end === i) return false;
  const noun = normalize(input.slice(wordStart(input, end, MAX_WORD), end));
  if (LABEL_ONLY_NOUNS.has(noun)) return true;
  if (!LETTER_LABEL_NOUNS.has(noun)) return false;
  if (!TITLE_INITIALS.has(normalize(input.slice(i, p)))) return true;
  return sentenceOpensAfter(input, p);
}

/**
 * Whether what follows the dot at `p` opens a sentence: a word with a clitic `و` that is no
 * name (`وتضم`, not `وسن`), a word that never names (`أما`, `ثم`, `لذلك`), a quotation mark or a
 * bracket.
 */
function sentenceOpensAfter(input: string, p: number): boolean {
  let s = p + 1;
  while (s < input.length && isLineSpace(input, s)) s++;
  if ((classAt(input, s) & OPEN) !== 0 || input[s] === '"') return true;
  let e = s;
  while (e < input.length && e - s < MAX_WORD && isLetterish(input, e)) e++;
  const raw = input.slice(s, e);
  const next = normalize(raw);
  if (SENTENCE_OPENING_WORDS.has(next)) return true;
  if (NAMES_LIKE_WAW_CLITIC.has(next)) return false;
  return /^و[أإآ]/u.test(raw) || WAW_CLITIC.has(next);
}

/** Whether a normalized chain is a title's initials (`د`, `م`, `ا.د`), which a name follows. */
const isTitle = (text: string): boolean =>
  text.split(".").every((piece) => TITLE_INITIALS.has(piece));

/** Whether the letters before the dot at `p` are a title's initials (`د.`, `أ.د.`). */
export function titleBefore(input: string, p: number): boolean {
  return isTitle(chainBefore(input, p).text);
}

/** Whether the digits ending before `p` are a list enumerator at the start of its line (`2. `). */
function isEnumerator(input: string, p: number, lineStart: number): boolean {
  let j = p;
  while (j > lineStart && (classAt(input, j - 1) & DIGIT) !== 0) j--;
  if (p - j > MAX_ENUMERATOR_DIGITS) return false;
  if ((classAt(input, p + 1) & SPACE) === 0) return false;
  // Back from the digits, so that the scan stops at the first other character: from the line's
  // start, a line of many `- 1. …` items was read again for each (quadratic).
  for (let k = j - 1; k >= lineStart; k--) {
    if ((classAt(input, k) & SPACE) === 0 && !BULLETS.has(input[k] ?? "")) return false;
  }
  return true;
}

/** Longest Arabic domain suffix. */
const MAX_SUFFIX = Math.max(...ARABIC_DOMAIN_SUFFIXES.map((s) => s.length));

/** Whether the word right after the dot at `p` is an Arabic domain suffix (`العربية.نت`). */
function domainSuffixAfter(input: string, p: number): boolean {
  let e = p + 1;
  while (e < input.length && e - p <= MAX_SUFFIX + 2 && isLetterish(input, e)) e++;
  if (e < input.length && isLetterish(input, e)) return false;
  return ARABIC_DOMAIN_SUFFIXES.includes(normalize(input.slice(p + 1, e)));
}

/**
 * Whether the single full stop at `p` ends a sentence. It does not in decimals and dates
 * (`3.5`, `12.03.2019`), URLs, e-mails and file names (a letter, digit or `@/_` right
 * after it), a site's name with an Arabic domain (`العربية.نت`), after an initial or a listed abbreviation (`د.` `أ.د.` `ص.ب.` `Dr.` `U.S.`),
 * inside a glued chain of letter names (`أو.إن.جي.سي`, `الإف.بي.آي`),
 * or after a list number at the start of a line (`1. `). A single-letter abbreviation right
 * after a number is a unit or era (`1827م.` `300 ق.م.`), and a letter after a noun it labels
 * (`المجموعة أ.`, `فيتامين د.`) is that label: both end the sentence. So does an abbreviation, a
 * letter name or initials other than a title's before a word that opens a sentence (`بي بي سي.
 * وقال`, `ج.م.ع. وبدأ`). Invisible format characters beside the dot, and between a number and
 * its unit or era, are looked past (`د‏.‏ محمد`, `3‎.‎5`, `1770‎ م.`).
 */
export function dotEndsSentence(input: string, p: number, lineStart: number): boolean {
  // The characters on either side, past invisible marks (`3‎.‎5`, `د‏.‏ محمد`).
  const next = pastFormat(input, p + 1, 1);
  const previous = pastFormat(input, p - 1, -1);
  const nextFlags = next < input.length ? classAt(input, next) : 0;
  if ((nextFlags & DIGIT) !== 0) return false;
  if ((nextFlags & LETTER) !== 0 && (nextFlags & ARABIC) === 0) return false;
  if (TOKEN_INNER.has(input[next] ?? "")) return false;
  if (previous >= 0 && (classAt(input, previous) & DIGIT) !== 0) {
    return !isEnumerator(input, p, lineStart);
  }
  if (p === 0 || !isLetterish(input, p - 1)) return true;
  if ((nextFlags & ARABIC) !== 0 && domainSuffixAfter(input, p)) return false;
  const chain = chainBefore(input, p);
  const listed = LATIN_ABBREVIATIONS.has(chain.text) || ARABIC_ABBREVIATIONS.has(chain.text);
  if ((nextFlags & LETTER) !== 0) {
    if (chain.singles || listed || allInitials(chain.text)) return false;
    // A glued chain of letter names with a common word among them: `أو.إن.جي.سي` `بي.دي.في.إس`.
    return !(allLetterNames(chain.text) && letterNameAfter(input, p));
  }
  if (chain.singles) {
    return (
      afterNumber(input, chain.start) ||
      (chain.text.length === 1 && labelLetter(input, chain.start, p)) ||
      (!isTitle(chain.text) && sentenceOpensAfter(input, p))
    );
  }
  // An abbreviation or a letter name that ends its sentence: `… بي بي سي. وقال …`.
  return !listed || sentenceOpensAfter(input, p);
}
