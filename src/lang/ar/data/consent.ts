// What the label of a consent dialog says, in NORMALIZED form (see normalize.ts: no harakat,
// أإآ→ا, ى→ي, ة→ه).

/**
 * Words of a cookie or privacy consent dialog's label (`aria-label`, or the text its
 * `aria-labelledby` names): `إعدادات ملفات تعريف الارتباط`, `نحن نحترم خصوصيتك`. Found anywhere
 * in the label (`لملفات تعريف الارتباط`, `الكوكيز`), and only there: never in the page's text, where
 * an article about a privacy law says them too.
 */
export const CONSENT_LABEL_PHRASES: readonly string[] = [
  "ملفات تعريف الارتباط",
  "ملفات الارتباط",
  "كوكيز",
  "الخصوصيه",
  "خصوصيتك",
];
