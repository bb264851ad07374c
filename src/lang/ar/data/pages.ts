// Titles of pages that are no article, in NORMALIZED form (see normalize.ts: no harakat,
// أإآ→ا, ى→ي, ة→ه, Latin lower-cased), punctuation dropped and white space collapsed.

/**
 * What a page's title or headline says, in full or as one part of a `<title>` that a separator
 * splits (`الصفحة غير موجودة - 404 | الموقع`), when the page is an error page, a sign-in page or a
 * site's home page: its text is a message or a list of other articles' headlines, not a story.
 * A headline says more than this, so a whole part is matched, never a word in it (`404 مهاجرين`).
 */
export const NOT_ARTICLE_TITLES: readonly string[] = [
  // an error page ("page not found", "error 404")
  "404",
  "خطا 404",
  "404 خطا",
  "الخطا 404",
  "خطا",
  "error",
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
  "دخول",
  "login",
  "log in",
  "sign in",
  // a home page
  "الرئيسيه",
  "الصفحه الرئيسيه",
  "home",
  "home page",
  "homepage",
];
