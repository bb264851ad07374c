import { ARABIC, LETTER, unitClass } from "../../text/chars.js";
import {
  ADJECTIVE_SUFFIXES,
  type Affix,
  ARTICLE_PREFIXES,
  CONJUNCTION_PREFIXES,
  CONJUNCTION_PROTECTED,
  FEMININE_T,
  FEMININE_T_MIN,
  PLURAL_SUFFIXES,
  PRONOUN_SUFFIXES,
  STEM_EXCEPTIONS,
} from "./data/affixes.js";
import { normalize } from "./normalize.js";

/**
 * Bounded memo: stems repeat heavily across articles (Zipf), so most calls are one lookup. The
 * tokenizer keeps the stem of each word it has seen, and does not use this one.
 */
export const STEM_CACHE_SIZE = 20_000;
const cache = new Map<string, string>();

/** The first affix of `table` that `word` starts with, leaving at least `minRest` letters. */
function matchPrefix(word: string, table: readonly Affix[]): Affix | null {
  for (const affix of table) {
    if (word.length - affix.text.length >= affix.minRest && word.startsWith(affix.text)) {
      return affix;
    }
  }
  return null;
}

/** The first affix of `table` that `word` ends with, leaving at least `minRest` letters. */
function matchSuffix(word: string, table: readonly Affix[]): Affix | null {
  for (const affix of table) {
    if (word.length - affix.text.length >= affix.minRest && word.endsWith(affix.text)) {
      return affix;
    }
  }
  return null;
}

/**
 * Suffix stage: one attached pronoun (then a bared ت is the teh marbuta), one plural or
 * dual ending, one nisba ي or tanwin alef (the alef only when no pronoun came off), and
 * once more a plural ending if the nisba uncovered one (فلسطينيين → فلسطيني → فلسطين → فلسط).
 */
function stripSuffixes(word: string): string {
  let w = word;
  const pronoun = matchSuffix(w, PRONOUN_SUFFIXES);
  if (pronoun) {
    w = w.slice(0, -pronoun.text.length);
    if (w.length >= FEMININE_T_MIN && w.endsWith(FEMININE_T) && !w.endsWith(`ا${FEMININE_T}`)) {
      w = w.slice(0, -1);
    }
  }
  const plural = matchSuffix(w, PLURAL_SUFFIXES);
  if (plural) w = w.slice(0, -plural.text.length);
  const adjective = matchSuffix(w, ADJECTIVE_SUFFIXES);
  if (adjective && !(pronoun && adjective.text === "ا")) {
    w = w.slice(0, -adjective.text.length);
    const again = matchSuffix(w, PLURAL_SUFFIXES);
    if (again) w = w.slice(0, -again.text.length);
  }
  return w;
}

let protectedStems: ReadonlySet<string> | null = null;

/** Stems of the words a leading و/ف belongs to (built on first use: normalizing needs tables). */
function protectedStemSet(): ReadonlySet<string> {
  protectedStems ??= new Set(CONJUNCTION_PROTECTED.map((word) => stripSuffixes(normalize(word))));
  return protectedStems;
}

/** Whether every character of `word` is an Arabic-script letter. */
function isArabicWord(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const flags = unitClass(word.charCodeAt(i));
    if ((flags & (ARABIC | LETTER)) !== (ARABIC | LETTER)) return false;
  }
  return word.length > 0;
}

/**
 * {@link stem} without its memo, for callers that keep the stems they have seen themselves (the
 * tokenizer's surface cache: a word it has not seen rarely has a stem already worked out).
 */
export function computeStem(word: string): string {
  if (word.length < 3 || !isArabicWord(word)) return word;
  const exception = STEM_EXCEPTIONS.get(word);
  if (exception !== undefined) return exception;
  const first = word[0];
  if (first === "و" || first === "ف") {
    const whole = stripSuffixes(word);
    if (protectedStemSet().has(whole)) return whole;
  }
  let rest = word;
  const article = matchPrefix(word, ARTICLE_PREFIXES);
  if (article) rest = word.slice(article.text.length);
  else {
    const conjunction = matchPrefix(word, CONJUNCTION_PREFIXES);
    if (conjunction) rest = word.slice(conjunction.text.length);
  }
  const restException = STEM_EXCEPTIONS.get(rest);
  if (restException !== undefined) return restException;
  return stripSuffixes(rest);
}

/**
 * Light stem of a NORMALIZED Arabic word: removes the article with its attached
 * conjunction/preposition (وال بال كال فال لل...), or a conjunction و/ف, then attached
 * pronouns, plural/dual endings, nisba ي and tanwin alef. Never leaves fewer than 2 letters
 * after the article, 3 otherwise. Words that are not all Arabic letters come back unchanged.
 * Deterministic, no regular expressions, memoized in a bounded map.
 *
 * @example stem("والمعلمون") === "معلم"; stem("سياراتهم") === "سيار"
 */
export function stem(norm: string): string {
  const hit = cache.get(norm);
  if (hit !== undefined) return hit;
  const result = computeStem(norm);
  if (cache.size >= STEM_CACHE_SIZE) cache.clear();
  cache.set(norm, result);
  return result;
}
