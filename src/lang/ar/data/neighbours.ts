/**
 * Persian, Urdu, Kurdish and Pashto are written in Arabic letters, so the letter check takes
 * them for Arabic. These are common words of Persian and Urdu that are not Arabic words (below,
 * the letters of the four that Arabic does not use). Words that are also Arabic once normalized
 * are left out: `این` is `أين`, `آن` is `أن`, `شده` is `شدة`, `کرد` is "Kurds", `هم`, `ما`, `کی`,
 * `هو`. Of the 28,418 articles of the shared corpora, none has 2% of its words here or with
 * such a letter.
 */
export const NEIGHBOUR_WORDS: readonly string[] = [
  // Persian
  "است",
  "را",
  "برای",
  "می‌شود",
  "نیز",
  "از",
  "با",
  "یک",
  "شود",
  "کند",
  "دارد",
  "بود",
  "خود",
  "که",
  "کردند",
  "کرده",
  "هستند",
  "باید",
  // Urdu
  "اور",
  "میں",
  "ہے",
  "ہیں",
  "نے",
  "کے",
  "سے",
  "تھا",
  "تھے",
];

/**
 * Letters that Arabic does not use, looked for in the text as written (normalizing folds some
 * of them): Persian پ چ ژ گ, Urdu ٹ ڈ ڑ ں ے, Kurdish ە ۆ ێ ڕ ڵ, Pashto ټ ډ ړ ښ ګ ڼ ې ۍ ځ څ.
 * None occurs in the shared corpora except پ (3 times) and چ (twice), in foreign names.
 */
export const NEIGHBOUR_LETTERS: readonly string[] = [
  ..."\u067e\u0686\u0698\u06af",
  ..."\u0679\u0688\u0691\u06ba\u06d2",
  ..."\u06d5\u06c6\u06ce\u0695\u06b5",
  ..."\u067c\u0689\u0693\u069a\u06ab\u06bc\u06d0\u06cd\u0681\u0685",
];

/** Letter forms of Persian and Urdu that Arabic typed on their keyboards also has: ی ک ھ ہ. */
export const PERSIAN_LETTER_FORMS: readonly string[] = [..."\u06cc\u06a9\u06be\u06c1"];
