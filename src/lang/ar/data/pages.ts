// Titles of pages that are no article, in NORMALIZED form (see normalize.ts: no harakat,
// أإآ→ا, ى→ي, ة→ه, Latin lower-cased), punctuation dropped and white space collapsed.

/**
 * What the title or headline of an error page or a sign-in page says, in full or as one part of
 * a `<title>` that a separator splits (`الصفحة غير موجودة - 404 | الموقع`). A whole part is
 * matched, never a word in it (`404 مهاجرين يصلون …`), and only on a page with little text (see
 * `THIN_PAGE_LETTERS` in html.ts): an article may carry such a title by a site's mistake. A
 * single word that a headline may be (`خطأ`, `دخول`) or a home page's title (`الرئيسية`, which
 * also opens breadcrumb titles) is not listed.
 */
export const NOT_ARTICLE_TITLES: readonly string[] = [
  // an error page ("page not found", "error 404")
  "404",
  "خطا 404",
  "404 خطا",
  "الخطا 404",
  "error 404",
  "404 error",
  "404 not found",
  "not found",
  "page not found",
  "الصفحه غير موجوده",
  "صفحه غير موجوده",
  "عذرا الصفحه غير موجوده",
  "الصفحه المطلوبه غير موجوده",
  "الصفحه غير متوفره",
  "لم يتم العثور علي الصفحه",
  // a sign-in page
  "تسجيل الدخول",
  "تسجيل دخول",
  "login",
  "log in",
  "sign in",
];
