/**
 * Abbreviations that take a dot without ending a sentence, in normalized, lower-case
 * spelling with their inner dots (`u.s`, `ص.ب`). Any single letter before a dot is
 * already treated as an initial or an abbreviation (`د.` `أ.` `م.` `أ.د.` `ص.ب.` `J. K.`),
 * so the lists below hold the longer ones.
 */

/** Latin-script abbreviations: titles, months, common Latin shorthand. */
export const LATIN_ABBREVIATIONS: ReadonlySet<string> = new Set([
  "dr",
  "mr",
  "mrs",
  "ms",
  "mme",
  "mlle",
  "prof",
  "st",
  "jr",
  "sr",
  "sen",
  "rep",
  "gov",
  "gen",
  "lt",
  "col",
  "capt",
  "sgt",
  "maj",
  "adm",
  "cmdr",
  "hon",
  "rev",
  "fr",
  "pres",
  "no",
  "nos",
  "vol",
  "vols",
  "fig",
  "figs",
  "pp",
  "ed",
  "eds",
  "ch",
  "sec",
  "art",
  "para",
  "inc",
  "ltd",
  "co",
  "corp",
  "bros",
  "dept",
  "univ",
  "assn",
  "est",
  "approx",
  "mt",
  "ft",
  "vs",
  "cf",
  "al",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
  "e.g",
  "i.e",
  "u.s",
  "u.k",
  "u.n",
  "u.s.a",
  "a.m",
  "p.m",
  "ph.d",
  "b.a",
  "m.a",
  "d.c",
]);

/**
 * Arabic abbreviations longer than one letter (normalized: أ→ا, ة→ه, tatweel removed).
 * `إلخ` is deliberately absent: it usually closes a list at the end of a sentence. Letter
 * names that are also common words (`في` `أو` `واي`) are left out.
 */
export const ARABIC_ABBREVIATIONS: ReadonlySet<string> = new Set([
  "مج", // مجلد
  "تح", // تحقيق
  "ج.م.ع", // جمهورية مصر العربية
  "ش.م.م", // شركة مساهمة مصرية / ذات مسؤولية
  "ش.م.ع",
  "ذ.م.م",
  // Latin letter names written in Arabic, as in `بي. بي. سي.` `سي. إن. إن.` `جي. بي. مورغان`.
  "ايه",
  "اي",
  "بي",
  "سي",
  "دي",
  "اف",
  "جي",
  "اتش",
  "ايتش",
  "جيه",
  "كيه",
  "ال",
  "ام",
  "ان",
  "كيو",
  "ار",
  "اس",
  "تي",
  "يو",
  "دبليو",
  "اكس",
  "زد",
]);

/**
 * Latin letter names written in Arabic that are also common words (`أو` "or", `في` "in",
 * `زي` "like"), normalized. Left out of `ARABIC_ABBREVIATIONS`: a dot after them is taken for
 * an initial's only inside a dotted chain of letter names glued together, with a letter name
 * right after the dot (`أو.إن.جي.سي`, `بي.دي.في.إس.إيه`, `في.آي.إكس`).
 */
export const AMBIGUOUS_LETTER_NAMES: ReadonlySet<string> = new Set(["او", "في", "زي", "واي", "ئي"]);

/**
 * Prefixes that may cling to the first letter name of a glued dotted chain: the article and
 * the one-letter clitics before it (`الإف.بي.آي`, `للسي.آي.إيه`, `وبي.بي.سي`), normalized.
 */
export const LETTER_NAME_PREFIXES: readonly string[] = [
  "وال",
  "بال",
  "فال",
  "لل",
  "ال",
  "و",
  "ب",
  "ل",
  "ف",
];

/**
 * Top-level domains written in Arabic after a site's name, as in `العربية.نت` `مصراوي.كوم`: the
 * dot before them is inside the name (normalized, so `أورغ` is `اورغ`).
 */
export const ARABIC_DOMAIN_SUFFIXES: readonly string[] = ["نت", "كوم", "اورغ"];

/**
 * Nouns (normalized, with the article or a clitic `ب`/`ل` at most) that a letter follows as a
 * label (`المجموعة أ.` "group A", `الخطة ب.`): a dot after that letter ends the sentence, where
 * after a letter alone it is an initial (`أ. سامي`). A post or a body may end with one of them
 * (`رئيس القسم د. محمد`), so a title's letter after them ends a sentence only before a word that
 * opens one (`segment/dots.ts`).
 */
export const LETTER_LABEL_NOUNS: ReadonlySet<string> = new Set([
  "المجموعه",
  "بالمجموعه",
  "للمجموعه",
  "مجموعه",
  "الخطه",
  "خطه",
  "البند",
  "الفقره",
  "الفئه",
  "فئه",
  "النقطه",
  "الدرجه",
  "درجه",
  "الملحق",
  "الجدول",
  "الشكل",
  "القسم",
  "المستوي",
  "الطراز",
  "الصنف",
  "النموذج",
  "الخيار",
  "الجناح",
  "المبني",
  "البوابه",
  "الصاله",
]);

/** Nouns that only a label follows, never a title (`فيتامين د.` is always the vitamin). */
export const LABEL_ONLY_NOUNS: ReadonlySet<string> = new Set([
  "فيتامين",
  "بفيتامين",
  "لفيتامين",
  "الفيتامين",
]);

/**
 * Words (normalized) that open a sentence and never a name, after a title's letter
 * (`المجموعة أ. أما المنتخب الثاني …`, `فيتامين د. لذلك …`).
 */
export const SENTENCE_OPENING_WORDS: ReadonlySet<string> = new Set([
  "اما",
  "ثم",
  "كما",
  "لذلك",
  "لذا",
  "لكن",
  "بينما",
  "حيث",
  "اذ",
  "فيما",
  "كذلك",
  "ايضا",
  "هذا",
  "هذه",
]);

/** Given names that read as a clitic `و` and a word (`وسن`, `والي`): after a title, a name. */
export const NAMES_LIKE_WAW_CLITIC: ReadonlySet<string> = new Set(["وسن", "والي", "وجدان", "وصال"]);
