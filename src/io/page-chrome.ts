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
 * Words in a class, id or `data-component` that mark a byline, a credit or a copyright notice:
 * short lines that Readability keeps in the article (BBC's `byline-block`, `p.credit` under a
 * photo, a `div.copyright` after the story), so they are removed before it reads the page.
 */
const CREDIT_WORDS: ReadonlySet<string> = new Set(["byline", "credit", "credits", "copyright"]);

/** Longest text of an element removed as a credit: a story marked so by mistake stays. */
const MAX_CREDIT_LENGTH = 300;

/** Elements that hold the content by their own name: never chrome by a class or id word. */
const CONTENT_ELEMENTS: ReadonlySet<string> = new Set(["article", "main"]);

/**
 * A class that marks a post as a whole (the hAtom and h-entry microformats, which WordPress and
 * other CMSs put on the post's wrapper, beside `tag-…` and `category-…` classes for its topics).
 */
const ENTRY_CLASS = /(?:^|\s)h-?entry(?:\s|$)/i;

/**
 * Whether an element is site chrome by its role, class or id. Used by the fallback text walker
 * only, when Readability (which judges chrome by itself) found no article: there, an element
 * such as `<div class="share">` or `<section id="comments">` would otherwise join the article.
 * An `<article>`, a `<main>` or a post marked `hentry` is chrome by its role only: a CMS names
 * a post's topics in its classes (`tag-economy`, `has-header`).
 */
export function isChrome(node: DomNode): boolean {
  const get = node.getAttribute;
  if (!get) return false;
  const role = get.call(node, "role");
  if (role !== null && CHROME_ROLES.has(role.trim().toLowerCase())) return true;
  if (CONTENT_ELEMENTS.has(node.nodeName.toLowerCase())) return false;
  if (ENTRY_CLASS.test(get.call(node, "class") ?? "")) return false;
  return namedWith(node, CHROME_WORDS);
}

/** An element that can leave its document (linkedom's elements can). */
interface RemovableNode extends DomNode {
  textContent: string | null;
  remove(): void;
}

/** A document or element that can be searched with a CSS selector. */
export interface Searchable {
  querySelectorAll(selector: string): ArrayLike<RemovableNode>;
}

/**
 * Remove the bylines, photo credits and copyright notices of a page (`CREDIT_WORDS`, at most
 * `MAX_CREDIT_LENGTH` characters of text each) before Readability reads it.
 */
export function removeCredits(doc: Searchable): void {
  const marked = Array.from(doc.querySelectorAll("[class], [id], [data-component]"));
  for (const node of marked) {
    if (!namedWith(node, CREDIT_WORDS)) continue;
    if ((node.textContent ?? "").length <= MAX_CREDIT_LENGTH) node.remove();
  }
}

/**
 * Whether a word of an element's class, id or `data-component` is in `words`: names are split
 * at white space, `-`, `_` and case changes, so `byline-block` has `byline` but `commentary`
 * has no `comment`.
 */
function namedWith(node: DomNode, words: ReadonlySet<string>): boolean {
  const get = node.getAttribute;
  if (!get) return false;
  const names = ["class", "id", "data-component"].map((a) => get.call(node, a) ?? "").join(" ");
  for (const word of names.replace(/([a-z])([A-Z])/g, "$1 $2").split(/[\s_-]+/)) {
    if (word !== "" && words.has(word.toLowerCase())) return true;
  }
  return false;
}
