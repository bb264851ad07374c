/**
 * Affix tables of NLTK's Snowball Arabic light stemmer (`nltk.stem.snowball.ArabicStemmer`),
 * in the order NLTK tries them: the order matters, the first match wins.
 * Written from the algorithm's description; used by `../snowball-ar.ts`.
 */

/** Definite articles (with a preposition) that mark a word as a defined noun. */
export const ARTICLES_LONG: readonly string[] = ["كال", "بال"];
export const ARTICLES_SHORT: readonly string[] = ["ال", "لل"];
/** Prefixes looked at by the noun/verb guess, in NLTK's order. */
export const GUESS_PREFIXES: readonly string[] = ["كال", "بال", "ال", "لل"];
/** Suffixes that mark a noun: taa marbuta and the feminine plural. */
export const GUESS_SUFFIXES: readonly string[] = ["ة", "ات"];

/** Verb step 1: attached object pronouns, in trial order, by length class. */
export const VERB_PRONOUNS: readonly string[] = [
  "ه",
  "ك",
  "ني",
  "نا",
  "ها",
  "هم",
  "هن",
  "كم",
  "كن",
  "هما",
  "كما",
  "كمو",
];
export const VERB_PRONOUNS_1: ReadonlySet<string> = new Set(["ه", "ك"]);
export const VERB_PRONOUNS_2: ReadonlySet<string> = new Set([
  "ني",
  "نا",
  "ها",
  "هم",
  "هن",
  "كم",
  "كن",
]);
export const VERB_PRONOUNS_3: ReadonlySet<string> = new Set(["هما", "كما", "كمو"]);

/** Verb step 2a: subject endings, in trial order. */
export const VERB_ENDINGS: readonly string[] = [
  "ت",
  "ا",
  "ن",
  "ي",
  "نا",
  "تا",
  "تن",
  "ان",
  "ون",
  "ين",
  "تما",
];
export const VERB_ENDINGS_1: ReadonlySet<string> = new Set(["ا", "ن", "ي"]);
export const VERB_ENDINGS_PAST: ReadonlySet<string> = new Set(["نا", "تا", "تن"]);
export const VERB_ENDINGS_PRESENT: ReadonlySet<string> = new Set(["ان", "ون", "ين"]);
/** Verb step 2b. */
export const VERB_PLURAL_ENDINGS: readonly string[] = ["وا", "تم"];
/** Verb step 2c. */
export const VERB_WAW_ENDINGS: readonly string[] = ["و", "تمو"];

/** Noun step 1a: possessive pronouns, in trial order, by length class. */
export const NOUN_PRONOUNS: readonly string[] = [
  "ي",
  "ك",
  "ه",
  "نا",
  "كم",
  "ها",
  "هن",
  "هم",
  "كما",
  "هما",
];
export const NOUN_PRONOUNS_1: ReadonlySet<string> = new Set(["ي", "ك", "ه"]);
export const NOUN_PRONOUNS_2: ReadonlySet<string> = new Set(["نا", "كم", "ها", "هن", "هم"]);
export const NOUN_PRONOUNS_3: ReadonlySet<string> = new Set(["كما", "هما"]);
/** Noun step 2a: long-vowel endings. */
export const NOUN_VOWEL_ENDINGS: readonly string[] = ["ا", "ي", "و"];
/**
 * Noun step 2b. NLTK keeps this suffix as the string "ات" and loops over it, so it tries the
 * single letters "ا" and "ت" and then cuts TWO characters: kept as is for parity.
 */
export const NOUN_PLURAL_LETTERS: readonly string[] = ["ا", "ت"];

/** Prefix step 1: hamza-initial pairs and what they become ("أ" alone does nothing). */
export const HAMZA_PREFIXES: readonly (readonly [string, string | null])[] = [
  ["أ", null],
  ["أأ", "أ"],
  ["أآ", "آ"],
  ["أؤ", "ؤ"],
  ["أا", "ا"],
  ["أإ", "إ"],
];
/** Prefix step 2a: conjunction + article. */
export const CONJ_ARTICLES: readonly string[] = ["فال", "وال"];
/** Prefix step 2b: conjunctions, and the word starts that block them. */
export const CONJUNCTIONS: readonly string[] = ["ف", "و"];
export const CONJ_BLOCKERS: ReadonlySet<string> = new Set(["وا", "فا"]);
/** Prefix step 3a: articles, in trial order. */
export const NOUN_ARTICLES: readonly string[] = ["ال", "لل", "كال", "بال"];
/** Prefix step 3b: prepositions, in trial order. */
export const PREPOSITIONS: readonly string[] = ["ب", "ك", "ل", "بب", "كك"];
export const PREPOSITIONS_SINGLE: ReadonlySet<string> = new Set(["ك", "ل"]);
export const PREPOSITIONS_DOUBLE: ReadonlySet<string> = new Set(["بب", "كك"]);
/** Prefix step 3 (verbs): future particle + person prefix; the "س" is cut. */
export const FUTURE_PREFIXES: readonly string[] = ["سي", "ست", "سن", "سأ"];
/** Prefix step 4 (verbs): form-X person prefixes, rewritten to "است". */
export const ISTAF_PREFIXES: readonly string[] = ["يست", "نست", "تست"];

/** Hamza carriers that become a bare hamza "ء" at the end of a word. */
export const FINAL_HAMZAS: readonly string[] = ["أ", "إ", "آ", "ؤ", "ئ"];
