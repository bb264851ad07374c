import type { DomNode } from "./html-text.js";

/** ARIA roles of site chrome: never the article. */
const CHROME_ROLES: ReadonlySet<string> = new Set(
  "navigation banner contentinfo complementary search dialog alertdialog menu menubar toolbar".split(
    " ",
  ),
);

/**
 * Words in a class or id that mark site chrome on news pages (`cookie-banner`, `share_bar`,
 * `related`, `comments`). Matched as whole words of the name, split at `-`, `_` and case
 * changes, so `commentary` or `sharedContent` are not matched.
 */
const CHROME_WORDS: ReadonlySet<string> = new Set(
  (
    "cookie cookies consent gdpr breadcrumb breadcrumbs share sharing social related tags tag " +
    "comment comments sidebar widget widgets promo advert advertisement ads ad newsletter " +
    "subscribe subscription popup modal banner menu nav navbar footer header masthead byline " +
    "author meta"
  ).split(" "),
);

/**
 * Whether an element is site chrome by its role, class or id. Used by the fallback text walker
 * only, when Readability (which judges chrome by itself) found no article: there, an element
 * such as `<div class="share">` or `<section id="comments">` would otherwise join the article.
 */
export function isChrome(node: DomNode): boolean {
  const get = node.getAttribute;
  if (!get) return false;
  const role = get.call(node, "role");
  if (role !== null && CHROME_ROLES.has(role.trim().toLowerCase())) return true;
  const names = `${get.call(node, "class") ?? ""} ${get.call(node, "id") ?? ""}`;
  for (const word of names.replace(/([a-z])([A-Z])/g, "$1 $2").split(/[\s_-]+/)) {
    if (word !== "" && CHROME_WORDS.has(word.toLowerCase())) return true;
  }
  return false;
}
