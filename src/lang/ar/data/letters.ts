/**
 * Letter unification for matching: variant letter → its matching form. Applied after NFKC
 * (which already folds presentation forms and ligatures) and after marks are removed.
 */
export const LETTER_FOLDS: ReadonlyMap<string, string> = new Map([
  // Alef with hamza above / below, with madda, wasla, wavy hamza forms.
  ["\u0623", "\u0627"], // أ
  ["\u0625", "\u0627"], // إ
  ["\u0622", "\u0627"], // آ
  ["\u0671", "\u0627"], // ٱ
  ["\u0672", "\u0627"], // ٲ
  ["\u0673", "\u0627"], // ٳ
  // Alef maqsura and the Persian yeh → yeh.
  ["\u0649", "\u064a"], // ى
  ["\u06cc", "\u064a"], // ی
  // Teh marbuta → heh (also the goal form).
  ["\u0629", "\u0647"], // ة
  ["\u06c3", "\u0647"], // ۃ
  // Heh as Persian and Urdu keyboards type it (`ھناك` for `هناك`): doachashmee, goal, ae.
  ["\u06be", "\u0647"], // ھ
  ["\u06c1", "\u0647"], // ہ
  ["\u06d5", "\u0647"], // ە
  ["\u06c0", "\u0647"], // ۀ (heh with yeh above, = ە + hamza above: NFKC keeps it composed)
  ["\u06c2", "\u0647"], // ۂ (goal with hamza above)
  // Keheh (Persian kaf) → kaf.
  ["\u06a9", "\u0643"], // ک
  // Arabic decimal and thousands separators → ASCII, so `٣٫٥` matches `3.5`.
  ["\u066b", "."], // ٫
  ["\u066c", ","], // ٬
  ["\u066a", "%"], // ٪ Arabic percent sign
]);

/** Tatweel (kashida): a letter by Unicode category (Lm), but only stretches the line. */
export const TATWEEL = "\u0640";
