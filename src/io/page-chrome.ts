import { consentByName, removeConsentNotices } from "./consent.js";
import { holdsContent } from "./content-element.js";
import { HIDDEN_CLASS_SELECTOR, hiddenByClass } from "./hidden-class.js";
import { BLOCK_ELEMENTS, type DomNode, SKIPPED_ELEMENTS } from "./html-text.js";
import { hasWord, nameWords } from "./name-words.js";

/** ARIA roles of site chrome: never the article. */
const CHROME_ROLES: ReadonlySet<string> = new Set(
  "navigation banner contentinfo complementary search dialog alertdialog menu menubar toolbar".split(
    " ",
  ),
);

/**
 * Words in a class or id that mark site chrome on news pages (`share_bar`, `related`,
 * `comments`; a consent notice's are `consentByName`'s). Matched as whole words of the name,
 * split at `-`, `_` and case changes, so `commentary` or `sharedContent` are not matched.
 */
const CHROME_WORDS: ReadonlySet<string> = new Set(
  (
    "breadcrumb breadcrumbs share sharing social related tags tag " +
    "comment comments sidebar widget widgets promo advert advertisement ads ad newsletter " +
    "subscribe subscription popup modal banner menu nav navbar footer header masthead byline " +
    "author meta"
  ).split(" "),
);

/**
 * Words in a class, id or `data-component` that mark a byline, a credit, a photo's caption, a
 * copyright notice or a post's meta line: short lines that Readability keeps in the article
 * (BBC's `byline-block`, `p.credit` under a photo, WordPress's `p.wp-caption-text` and a
 * gallery's `span.image-caption` beside one, a `div.copyright` after the story, `div.post-meta`
 * with the date and the reading time), so they are removed before it reads the page. A caption in
 * a `<figcaption>` is skipped by the text walker.
 */
const CREDIT_WORDS: ReadonlySet<string> = new Set([
  "byline",
  "credit",
  "credits",
  "caption",
  "captions",
  "copyright",
  "meta",
]);

/** Words of a newsletter sign-up box; one is removed when it holds a form control. */
const SIGN_UP_WORDS: ReadonlySet<string> = new Set(["newsletter", "subscribe", "subscription"]);

/**
 * Words of a readers' comments section. On a short article (under 500 characters), Readability
 * reads the page again without its filters and keeps the longest text it finds: the article
 * with the comments under it.
 */
const COMMENT_WORDS: ReadonlySet<string> = new Set(["comment", "comments", "disqus"]);

/**
 * Words and pairs of words (`read-also`, `readMore`, `most_read`) of a box of teasers for other
 * stories: related stories, "اقرأ أيضا", most read, top stories, a promotion. Inside the story's
 * container Readability keeps one, and on a short article it keeps everything.
 */
const TEASER_WORDS: ReadonlySet<string> = new Set([
  "related",
  "promo",
  "promos",
  "readalso",
  "read also",
  "also read",
  "readmore",
  "read more",
  "mostread",
  "most read",
  "top stories",
  "topstories",
]);

/**
 * Largest share of the page's text in a comments section or a teaser box that is removed: a
 * wrapper of the whole story named so (`article-with-comments`, `related-topics-story`) holds
 * more.
 */
const MAX_COMMENTS_SHARE = 0.5;

/** Longest text of an element removed as a credit: a story marked so by mistake stays. */
const MAX_CREDIT_LENGTH = 300;

/**
 * Elements that are never the article's words, by the class names their makers give them:
 * posts embedded from social networks (their words are the poster's, not the reporter's, and
 * Readability keeps a `<blockquote>`), and text for screen readers only (`(يفتح في علامة تبويب
 * جديدة)` after a link), which a reader of the page never sees.
 */
const NOT_ARTICLE_CLASSES: readonly string[] = [
  "twitter-tweet",
  "twitter-video",
  "instagram-media",
  "tiktok-embed",
  "reddit-embed-bq",
  "fb-post",
  "fb-video",
  "screen-reader-text",
  "sr-only",
  "visually-hidden",
  "visuallyhidden",
  "element-invisible",
];
const NOT_ARTICLE_CLASS: ReadonlySet<string> = new Set(NOT_ARTICLE_CLASSES);
const NOT_ARTICLE_SELECTOR = NOT_ARTICLE_CLASSES.map((name) => `.${name}`).join(", ");

/**
 * Whether an element is site chrome by its role, class or id (a consent notice's too:
 * `consentByName`), or is an embedded post or screen-reader text (`NOT_ARTICLE_CLASSES`). Used by the fallback text walker only, when
 * Readability (which judges chrome by itself) found no article: there, an element such as
 * `<div class="share">` or `<section id="comments">` would otherwise join the article.
 * An `<article>`, a `<main>` or a post marked `hentry` is chrome by its role only: a CMS names
 * a post's topics in its classes (`tag-economy`, `has-header`).
 */
export function isChrome(node: DomNode): boolean {
  const get = node.getAttribute;
  if (!get) return false;
  const role = get.call(node, "role");
  if (role !== null && CHROME_ROLES.has(role.trim().toLowerCase())) return true;
  const classes = (get.call(node, "class") ?? "").split(/\s+/);
  if (classes.some((name) => NOT_ARTICLE_CLASS.has(name.toLowerCase()))) return true;
  if (holdsContent(node)) return false;
  return hasWord(nameWords(node), CHROME_WORDS) || consentByName(node);
}

/** An element that can leave its document (linkedom's elements can). */
interface RemovableNode extends DomNode {
  textContent: string | null;
  remove(): void;
  querySelector(selector: string): RemovableNode | null;
  closest(selector: string): RemovableNode | null;
}

/** A document or element that can be searched with a CSS selector. */
export interface Searchable {
  querySelectorAll(selector: string): ArrayLike<RemovableNode>;
  querySelector(selector: string): RemovableNode | null;
  getElementById(id: string): RemovableNode | null;
}

/**
 * Remove from a page, before Readability reads it, what it would keep but is not the article:
 * bylines, photo credits and captions, copyright notices and meta lines (`CREDIT_WORDS`, at most
 * `MAX_CREDIT_LENGTH` characters of text each), newsletter sign-ups of that size that hold a
 * form control, readers' comments and teasers for other stories (`COMMENT_WORDS`,
 * `TEASER_WORDS`, under `MAX_COMMENTS_SHARE` of the page's text, no h1 in them), embedded posts
 * and screen-reader text (`NOT_ARTICLE_CLASSES`), and elements a CSS utility class hides
 * (`hiddenByClass`), the page's own footer (`removePageFooters`), date stamps that begin a
 * paragraph (`removeDateStamps`), and cookie and privacy consent notices
 * (`removeConsentNotices`). An `<article>`, a `<main>`
 * and a post marked `hentry` stay, whatever their classes say (a post's topics are classes:
 * `tag-newsletter`).
 */
export function removeExtras(doc: Searchable): void {
  for (const node of Array.from(doc.querySelectorAll(NOT_ARTICLE_SELECTOR))) node.remove();
  removePageFooters(doc);
  removeDateStamps(doc);
  removeConsentNotices(doc);
  // Readability drops the `hidden` attribute's and `display: none`'s elements, not a class's.
  for (const node of Array.from(doc.querySelectorAll(HIDDEN_CLASS_SELECTOR))) {
    if (hiddenByClass(node)) node.remove();
  }
  const pageLength = doc.querySelector("body")?.textContent?.length ?? 0;
  const marked = Array.from(doc.querySelectorAll("[class], [id], [data-component]"));
  for (const node of marked) {
    // Names first: an element's text is read only when its name makes it a candidate. Its
    // names are split once for the four sets of words.
    const names = nameWords(node);
    const credit = hasWord(names, CREDIT_WORDS);
    const signUp = hasWord(names, SIGN_UP_WORDS);
    const comments = hasWord(names, COMMENT_WORDS);
    const teasers = hasWord(names, TEASER_WORDS, true);
    if (!(credit || signUp || comments || teasers) || holdsContent(node)) continue;
    const length = (node.textContent ?? "").length;
    const short = length <= MAX_CREDIT_LENGTH;
    if (
      (short && credit) ||
      (short && signUp && node.querySelector(FORM_CONTROLS) !== null) ||
      ((comments || teasers) &&
        length < MAX_COMMENTS_SHARE * pageLength &&
        node.querySelector("h1") === null)
    ) {
      node.remove();
    }
  }
}

/** A page's footer, by its element or its ARIA role. */
const FOOTER = 'footer, [role="contentinfo"]';
/** What holds a page's content (`holdsContent`): a footer inside one is the story's. */
const CONTENT = "article, main, .hentry, .h-entry";

/**
 * Remove the page's own footer (a `<footer>` or `role="contentinfo"` outside any `<article>`,
 * `<main>` or post, with no h1 and under half of the page's text), as the fallback reader skips
 * it (`isChrome`). On a page with no article (a home page of links), Readability took its
 * copyright line for the article, which then held no sentence (EMPTY_INPUT), where the page has
 * no article (NO_ARTICLE).
 */
function removePageFooters(doc: Searchable): void {
  const footers = Array.from(doc.querySelectorAll(FOOTER));
  if (footers.length === 0) return;
  const pageLength = doc.querySelector("body")?.textContent?.length ?? 0;
  for (const node of footers) {
    if (node.closest(CONTENT) !== null || node.querySelector("h1") !== null) continue;
    // A page that put its story in a footer by mistake keeps it.
    if ((node.textContent ?? "").length < MAX_COMMENTS_SHARE * pageLength) node.remove();
  }
}

/**
 * Words in a class or id that name a date or time stamp (`span.date`, `div.publish_date`,
 * `span.last-update`, `p.timestamp`).
 */
const DATE_WORDS: ReadonlySet<string> = new Set(
  "date time timestamp datetime pubdate publish published update updated".split(" "),
);

/** Longest text of a date stamp (`الأحد 5 ذو القعدة 1445 هـ - 12 مايو 2024 م` has 44 characters). */
const MAX_DATE_LENGTH = 100;

/** An element whose place among its siblings can be read (linkedom's elements can). */
interface PlacedNode extends RemovableNode {
  parentNode: PlacedNode | null;
  previousSibling: PlacedNode | null;
}

/**
 * Remove the date stamps that begin a paragraph: a `<time>`, or an element named as a date
 * (`isDateElement`: `span.date`, `div.publish-date`, `span.last_update`), whose text holds a
 * digit (`12 مايو 2024`, `قبل 2 ساعة`, `نشر في: 12 مايو 2024 - 10:45 ص`) and is short
 * (`MAX_DATE_LENGTH`), with no text before it in its paragraph: a line of its own above the lede,
 * or the opening of the lede (`<p><span class="date">…</span> تكشّفت …`). Read, it became
 * sentence 0 (which pushed the lede out of the bullets), the opening of bullet 1, or the only
 * "sentence" of a page that is a headline and a photo. A date inside a sentence stays.
 */
export function removeDateStamps(doc: Searchable): void {
  for (const node of Array.from(doc.querySelectorAll("time, [class], [id]"))) {
    if (!isDateElement(node) || holdsContent(node)) continue;
    const text = (node.textContent ?? "").trim();
    if (text.length > MAX_DATE_LENGTH || !/\p{Nd}/u.test(text)) continue;
    if (beginsParagraph(node as PlacedNode)) node.remove();
  }
}

/**
 * Whether nothing is shown before an element in its paragraph: no text (nor a `<br>`) before it
 * up to the block element that holds it or a block before it, or it is a block element itself.
 */
function beginsParagraph(node: PlacedNode): boolean {
  for (let at: PlacedNode | null = node; at !== null; at = at.parentNode) {
    const name = at.nodeName.toLowerCase();
    if (BLOCK_ELEMENTS.has(name)) return true;
    for (let before = at.previousSibling; before !== null; before = before.previousSibling) {
      const kind = before.nodeName.toLowerCase();
      if (kind === "br") return false;
      // A block before it ends the paragraph before.
      if (before.nodeType === 1 && BLOCK_ELEMENTS.has(kind)) return true;
      if (before.nodeType === 1 && SKIPPED_ELEMENTS.has(kind)) continue;
      if ((before.textContent ?? "").trim() !== "") return false;
    }
  }
  return true;
}

/**
 * Whether an element holds a date or time by its name: a `<time>`, or one whose class or id has
 * a date word (`DATE_WORDS`).
 */
export function isDateElement(node: DomNode): boolean {
  if (node.nodeName.toLowerCase() === "time") return true;
  const get = node.getAttribute;
  if (!get) return false;
  // One test of the names before splitting them: most elements have none of these words.
  const names = `${get.call(node, "class") ?? ""} ${get.call(node, "id") ?? ""}`;
  return /date|time|publish|update/i.test(names) && hasWord(nameWords(node), DATE_WORDS);
}

/** What a sign-up box asks with. */
const FORM_CONTROLS = "form, input, button, select, textarea";
