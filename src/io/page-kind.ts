import { NOT_ARTICLE_TITLES } from "../lang/ar/data/pages.js";
import { normalize } from "../lang/ar/normalize.js";
import { SEPARATOR } from "./page-title.js";

const NOT_ARTICLE: ReadonlySet<string> = new Set(NOT_ARTICLE_TITLES);

/**
 * The part of a page's title or headline that says the page is no article (an error page or a
 * sign-in page: `NOT_ARTICLE_TITLES`), or null. Each title is read whole and in the parts its
 * separators make (`الصفحة غير موجودة - 404 | موقع النهار` has `404`).
 */
export function notArticleTitle(titles: readonly (string | null)[]): string | null {
  for (const title of titles) {
    if (title === null) continue;
    for (const part of [title, ...title.split(SEPARATOR)]) {
      if (NOT_ARTICLE.has(matchingForm(part))) return part.trim();
    }
  }
  return null;
}

/** Normalized, without punctuation and symbols, white space collapsed. */
function matchingForm(text: string): string {
  return normalize(text)
    .replace(/[\p{P}\p{S}]+/gu, " ")
    .replace(/\s+/gu, " ")
    .trim();
}
