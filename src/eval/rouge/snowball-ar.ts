/**
 * NLTK's Snowball Arabic light stemmer (`SnowballStemmer("arabic", ignore_stopwords=True)`),
 * reproduced step for step, quirks included, because published XL-Sum ROUGE numbers depend on
 * it. (The Snowball stemmers on npm follow a newer version of the algorithm and differ.)
 *
 * Quirks kept on purpose:
 * - the noun/verb guess looks at the word BEFORE diacritics and tatweel are removed;
 * - the pre-normalization also removes "-" and every character U+060C..U+061B (this range
 *   includes the Arabic marks U+0610..U+061A), not just the three punctuation marks;
 * - a stop word (or a word of two characters or less) comes back pre-normalized, not stemmed;
 * - NLTK never resets its "verb step 1 succeeded" flag: once any word of a stemmer's life has
 *   lost a verb object pronoun, every later word takes the step-2a/2c branch. `ArabicStemmer`
 *   keeps that flag per instance, like NLTK does;
 * - noun step 2b tries the letters "ا" and "ت" and then cuts two characters.
 */
import { NLTK_ARABIC_STOPWORDS } from "./data/nltk-arabic-stopwords.js";
import * as T from "./data/snowball-ar-affixes.js";
import { pyDropLast, pyLen } from "./pytext.js";

/** Characters the pre-normalization deletes: harakat, tatweel, "-", U+060C..U+061B, "؟". */
const PRE_NORMALIZE = /[\u064B-\u0652\u0640\u060C-\u061B\u061F-]/g;

/** The word-class guess made before stemming. */
interface Guess {
  verb: boolean;
  noun: boolean;
  defined: boolean;
}

/** NLTK's stop words as a set (the lines of the corpus file, exactly). */
export const NLTK_ARABIC_STOPWORD_SET: ReadonlySet<string> = new Set(NLTK_ARABIC_STOPWORDS);

/** Options of `ArabicStemmer`. */
export interface ArabicStemmerOptions {
  /** Stop words returned unstemmed (after pre-normalization). Default: NLTK's Arabic list. */
  stopwords?: ReadonlySet<string>;
  /** Start with NLTK's never-reset verb step-1 flag set. Default: false (a fresh instance). */
  latched?: boolean;
}

/** A stateful stemmer with the semantics of one NLTK `ArabicStemmer` instance. */
export class ArabicStemmer {
  /** NLTK's `suffixes_verb_step1_success`: set once, never reset. */
  private verbStep1Latched: boolean;
  private readonly stopwords: ReadonlySet<string>;

  /**
   * `latched: true` starts with the never-reset flag already set, i.e. in the state an NLTK
   * stemmer reaches after its first verb-like word with an object pronoun (within the first
   * sentence or so of any real run). `stopwords` defaults to NLTK's Arabic list.
   */
  constructor(options: ArabicStemmerOptions = {}) {
    this.stopwords = options.stopwords ?? NLTK_ARABIC_STOPWORD_SET;
    this.verbStep1Latched = options.latched ?? false;
  }

  /** Whether the never-reset verb step-1 flag is set (it changes later results). */
  get latched(): boolean {
    return this.verbStep1Latched;
  }

  /** Stems one (lower-cased) token. */
  stem(word: string): string {
    const guess = guessClass(word);
    let w = word.replace(PRE_NORMALIZE, "");
    if (this.stopwords.has(w) || pyLen(w) <= 2) return w;

    if (guess.verb) {
      const step1 = verbPronoun(w);
      w = step1.word;
      if (step1.ok) this.verbStep1Latched = true;
      if (this.verbStep1Latched) {
        const a = verbEnding(w);
        w = a.ok ? a.word : verbWaw(a.word);
      } else {
        const b = verbPlural(w);
        w = b.ok ? b.word : verbEnding(b.word).word;
      }
    }
    if (guess.noun) {
      w = nounSuffixes(w, guess.defined);
      if (w.endsWith("ي") && pyLen(w) >= 3) w = pyDropLast(w, 1);
    }
    if (!guess.noun && guess.verb && w.endsWith("ى")) w = `${pyDropLast(w, 1)}ي`;

    w = hamzaPrefix(w);
    const conjArticle = startsWithAny(w, T.CONJ_ARTICLES);
    if (conjArticle !== null && pyLen(w) > 5) w = w.slice(conjArticle.length);
    else w = conjunction(w);
    const article = nounArticle(w);
    w = article.word;
    if (!article.ok && guess.noun) w = preposition(w);
    else if (guess.verb) w = istafPrefix(futurePrefix(w));
    return normalizePost(w);
  }
}

/** Latched, hence stateless from here on: the stemmer as it behaves through a scoring run. */
const SCORER_STEMMER = new ArabicStemmer({ latched: true });

/** Stems `word` as the XL-Sum scorer's stemmer does once its verb flag is set (order-free). */
export function stemArabic(word: string): string {
  return SCORER_STEMMER.stem(word);
}

interface Step {
  word: string;
  ok: boolean;
}

function startsWithAny(w: string, prefixes: readonly string[]): string | null {
  for (const p of prefixes) if (w.startsWith(p)) return p;
  return null;
}

function guessClass(word: string): Guess {
  const g: Guess = { verb: true, noun: true, defined: false };
  const n = pyLen(word);
  for (const p of T.GUESS_PREFIXES) {
    if (!word.startsWith(p)) continue;
    const long = T.ARTICLES_LONG.includes(p);
    if ((long && n > 4) || (!long && T.ARTICLES_SHORT.includes(p) && n > 3)) {
      g.verb = false;
      g.defined = true;
      break;
    }
  }
  for (const s of T.GUESS_SUFFIXES) {
    // "ة" needs more than 2 characters, "ات" more than 3.
    if (word.endsWith(s) && n > s.length + 1) {
      g.verb = false;
      break;
    }
  }
  return g;
}

/** Verb step 1: object pronouns. */
function verbPronoun(w: string): Step {
  const n = pyLen(w);
  for (const s of T.VERB_PRONOUNS) {
    if (!w.endsWith(s)) continue;
    if (T.VERB_PRONOUNS_1.has(s) && n >= 4) return { word: pyDropLast(w, 1), ok: true };
    if (T.VERB_PRONOUNS_2.has(s) && n >= 5) return { word: pyDropLast(w, 2), ok: true };
    if (T.VERB_PRONOUNS_3.has(s) && n >= 6) return { word: pyDropLast(w, 3), ok: true };
  }
  return { word: w, ok: false };
}

/** Verb step 2a: subject endings. */
function verbEnding(w: string): Step {
  const n = pyLen(w);
  if (n <= 3) return { word: w, ok: false };
  for (const s of T.VERB_ENDINGS) {
    if (!w.endsWith(s)) continue;
    if ((s === "ت" || T.VERB_ENDINGS_1.has(s)) && n >= 4)
      return { word: pyDropLast(w, 1), ok: true };
    if (T.VERB_ENDINGS_PAST.has(s) && n >= 5) return { word: pyDropLast(w, 2), ok: true };
    if (T.VERB_ENDINGS_PRESENT.has(s) && n > 5) return { word: pyDropLast(w, 2), ok: true };
    if (s === "تما" && n >= 6) return { word: pyDropLast(w, 3), ok: true };
  }
  return { word: w, ok: false };
}

/** Verb step 2b: "وا" / "تم". */
function verbPlural(w: string): Step {
  if (pyLen(w) >= 5) {
    for (const s of T.VERB_PLURAL_ENDINGS)
      if (w.endsWith(s)) return { word: pyDropLast(w, 2), ok: true };
  }
  return { word: w, ok: false };
}

/** Verb step 2c: "و" / "تمو". */
function verbWaw(w: string): string {
  const n = pyLen(w);
  for (const s of T.VERB_WAW_ENDINGS) {
    if (!w.endsWith(s)) continue;
    if (s === "تمو" && n >= 6) return pyDropLast(w, 3);
    if (s === "و" && n >= 4) return pyDropLast(w, 1);
  }
  return w;
}

/** Noun steps 2c2, 1a, 1b, 2a, 2b, 2c1 in NLTK's order (step 3 is done by the caller). */
function nounSuffixes(word: string, defined: boolean): string {
  let w = word;
  if (w.endsWith("ة") && pyLen(w) >= 3) return pyDropLast(w, 1);
  if (!defined) {
    w = nounPronoun(w);
    return nounTail(w);
  }
  if (w.endsWith("ن") && pyLen(w) > 5) return nounTail(pyDropLast(w, 1));
  return nounPlural(w).word;
}

/** Noun steps 2a, then 2b if 2a failed, then 2c1 if both failed. */
function nounTail(word: string): string {
  const a = nounVowel(word);
  if (a.ok) return a.word;
  const b = nounPlural(a.word);
  if (b.ok) return b.word;
  return b.word.endsWith("ت") && pyLen(b.word) >= 4 ? pyDropLast(b.word, 1) : b.word;
}

/** Noun step 1a: possessive pronouns. */
function nounPronoun(w: string): string {
  const n = pyLen(w);
  for (const s of T.NOUN_PRONOUNS) {
    if (!w.endsWith(s)) continue;
    if (T.NOUN_PRONOUNS_1.has(s) && n >= 4) return pyDropLast(w, 1);
    if (T.NOUN_PRONOUNS_2.has(s) && n >= 5) return pyDropLast(w, 2);
    if (T.NOUN_PRONOUNS_3.has(s) && n >= 6) return pyDropLast(w, 3);
  }
  return w;
}

/** Noun step 2a: a final long vowel. */
function nounVowel(w: string): Step {
  if (pyLen(w) > 4) {
    for (const s of T.NOUN_VOWEL_ENDINGS)
      if (w.endsWith(s)) return { word: pyDropLast(w, 1), ok: true };
  }
  return { word: w, ok: false };
}

/** Noun step 2b: a final "ا" or "ت" cuts two characters (NLTK's loop over the string "ات"). */
function nounPlural(w: string): Step {
  if (pyLen(w) >= 5) {
    for (const s of T.NOUN_PLURAL_LETTERS)
      if (w.endsWith(s)) return { word: pyDropLast(w, 2), ok: true };
  }
  return { word: w, ok: false };
}

/** Prefix step 1: a doubled hamza-initial pair loses its first "أ". */
function hamzaPrefix(w: string): string {
  if (pyLen(w) <= 3) return w;
  for (const [prefix, replacement] of T.HAMZA_PREFIXES) {
    if (replacement !== null && w.startsWith(prefix)) return replacement + w.slice(prefix.length);
  }
  return w;
}

/** Prefix step 2b: "ف" / "و", unless the word starts with "فا" / "وا". */
function conjunction(w: string): string {
  if (pyLen(w) <= 3 || T.CONJ_BLOCKERS.has(w.slice(0, 2))) return w;
  const p = startsWithAny(w, T.CONJUNCTIONS);
  return p === null ? w : w.slice(p.length);
}

/** Prefix step 3a: articles. Only the two-letter ones count as a success. */
function nounArticle(w: string): Step {
  const n = pyLen(w);
  for (const p of T.NOUN_ARTICLES) {
    if (!w.startsWith(p)) continue;
    if (T.ARTICLES_SHORT.includes(p) && n > 4) return { word: w.slice(p.length), ok: true };
    if (T.ARTICLES_LONG.includes(p) && n > 5) return { word: w.slice(p.length), ok: false };
  }
  return { word: w, ok: false };
}

/** Prefix step 3b: prepositions. */
function preposition(w: string): string {
  const n = pyLen(w);
  for (const p of T.PREPOSITIONS) {
    if (!w.startsWith(p)) continue;
    if (n > 3) {
      if (p === "ب") return w.slice(1);
      if (T.PREPOSITIONS_DOUBLE.has(p)) return w.slice(1);
    }
    if (T.PREPOSITIONS_SINGLE.has(p) && n > 4) return w.slice(p.length);
  }
  return w;
}

/** Prefix step 3 (verbs): "سي ست سن سأ" lose the "س". */
function futurePrefix(w: string): string {
  if (pyLen(w) <= 4) return w;
  const p = startsWithAny(w, T.FUTURE_PREFIXES);
  return p === null ? w : w.slice(1);
}

/** Prefix step 4 (verbs): "يست نست تست" become "است". */
function istafPrefix(w: string): string {
  if (pyLen(w) <= 4) return w;
  const p = startsWithAny(w, T.ISTAF_PREFIXES);
  return p === null ? w : `است${w.slice(p.length)}`;
}

/** Post-normalization: final hamza carrier → "ء", then "أ إ آ" → "ا", "ؤ" → "و", "ئ" → "ي". */
function normalizePost(word: string): string {
  let w = word;
  for (const h of T.FINAL_HAMZAS) {
    if (w.endsWith(h)) {
      w = `${pyDropLast(w, 1)}ء`;
      break;
    }
  }
  return w.replace(/[أإآ]/g, "ا").replace(/ؤ/g, "و").replace(/ئ/g, "ي");
}
