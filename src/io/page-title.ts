import { collapseWhitespace } from "../text/span.js";

/** The DOM members the title finder needs (linkedom's elements have them). */
export interface TitleElement {
  textContent: string | null;
  getAttribute(name: string): string | null;
  closest(selector: string): TitleElement | null;
  querySelectorAll(selector: string): ArrayLike<TitleElement>;
  childNodes: ArrayLike<TitleNode>;
}

/** A child of an element: text, or an element (nodeType 1). */
export interface TitleNode {
  nodeType: number;
  textContent: string | null;
  matches?(selector: string): boolean;
  querySelector?(selector: string): TitleNode | null;
}

/** A document as the title finder reads it. */
export interface TitleDocument {
  title: string;
  querySelector(selector: string): TitleElement | null;
  querySelectorAll(selector: string): ArrayLike<TitleElement>;
}

/** Site chrome: an h1 inside one of these is the site's name, not the article's headline. */
export const CHROME = "nav, aside, footer";
/** A page header; a header inside the article or the main content is the article's. */
const HEADER = "header";
export const CONTENT = "article, main";
/**
 * What a reader does not see, or sees only on demand: an h1 there (a sign-in dialog's) is no
 * headline.
 */
export const UNSEEN =
  '[hidden], [aria-hidden="true"], dialog, [role="dialog"], [role="alertdialog"]';
/**
 * A link to the site's home page (a logo): `/`, `/index.html`, `https://site/`, `#top`, or the
 * home of one of its languages or editions (`/ar/`, `/arabic`, `https://site/ar-ae/`): one
 * segment of at most 12 Latin letters, and a region. Not a query (`/?p=4521` is WordPress's link
 * to a post): an article's address has one, or is longer, or has digits.
 */
const HOME_LINK =
  /^(?:(?:https?:)?\/\/[^/?#]+)?(?:\/?|\/[a-z]{2,12}(?:-[a-z]{2,4})?\/?)(?:index\.\w+)?(?:#.*)?$/i;

/**
 * What sets a site's name apart from the headline in a page's title: a bar, a dash, a bullet or
 * `::` with white space on both sides (`خبر - الموقع`, `خبر | الموقع`). Not a guillemet, which
 * quotes in an Arabic headline (`الوزير: « لن نتراجع »`). The spaces are looked at, not taken,
 * so that two separators may share one.
 */
export const SEPARATOR = /(?<=\s)(?:[|\-\u2013\u2014\u2022\u00b7]|::)(?=\s)/gu;

/**
 * The article's headline as the page marks it: og:title, then twitter:title, then the first h1
 * that is not the site's name (in navigation, an aside or a footer, in the site's header
 * (`isSiteHeader`), or only a link to the home page). Null when there is none: `<title>` (often
 * with the site's name added) is the caller's fallback. A site's name added to og:title or
 * twitter:title is taken off (see {@link withoutSiteName}).
 */
export function findHeadline(doc: TitleDocument): string | null {
  const meta = (selector: string): string | null =>
    clean(doc.querySelector(selector)?.getAttribute("content"));
  const marked = meta('meta[property="og:title"]') ?? meta('meta[name="twitter:title"]');
  const site = meta('meta[property="og:site_name"]') ?? meta('meta[name="application-name"]');
  const h1 = headline(doc, siteNames(site, clean(doc.title)));
  if (marked === null) return h1;
  return withoutSiteName(marked, site, h1);
}

/**
 * What may be the site's name, lower-cased: og:site_name, and the end of a `<title>` after its
 * last separator (`خبر - الموقع`), when the rest of the title is longer.
 */
function siteNames(site: string | null, title: string | null): Set<string> {
  const names = new Set<string>();
  if (site !== null) names.add(site.toLowerCase());
  if (title === null) return names;
  const last = [...title.matchAll(SEPARATOR)].at(-1);
  if (last === undefined) return names;
  const tail = title.slice(last.index + last[0].length).trim();
  if (tail.length < title.length - tail.length) names.add(tail.toLowerCase());
  return names;
}

/**
 * `title` without the site's name that some sites add to og:title (`خبر - بي بي سي نيوز عربي`):
 * the part before the last separator when the part after it is `site` (og:site_name), or the part
 * after the first one when the part before it is; else the page's h1 when it is the title's part
 * before the last separator or after the first, and the longer part (a site's name is shorter than
 * a headline; an h1 that names the section, `اقتصاد - الحكومة تعلن …`, is not the headline).
 * Otherwise `title` as it is: a headline may hold a dash of its own (`غزة - مراسلنا`).
 */
export function withoutSiteName(title: string, site: string | null, h1: string | null): string {
  const separators = [...title.matchAll(SEPARATOR)];
  const first = separators[0];
  const last = separators.at(-1);
  if (first === undefined || last === undefined) return title;
  const beforeFirst = title.slice(0, first.index).trim();
  const afterFirst = title.slice(first.index + first[0].length).trim();
  const beforeLast = title.slice(0, last.index).trim();
  const afterLast = title.slice(last.index + last[0].length).trim();
  const same = (a: string, b: string | null) => b !== null && a.toLowerCase() === b.toLowerCase();
  if (same(afterLast, site)) return beforeLast;
  if (same(beforeFirst, site)) return afterFirst;
  if (same(beforeLast, h1) && beforeLast.length > afterLast.length) return beforeLast;
  if (same(afterFirst, h1) && afterFirst.length > beforeFirst.length) return afterFirst;
  return title;
}

/**
 * The `<h1>`s looked at for the headline. A page's own comes among its first few; each one looked
 * at costs a walk up the tree (`isSiteName`), which thousands of deeply nested ones made take a
 * minute.
 */
export const MAX_HEADINGS = 20;

function headline(doc: TitleDocument, sites: ReadonlySet<string>): string | null {
  const headings = doc.querySelectorAll("h1");
  for (let i = 0; i < Math.min(headings.length, MAX_HEADINGS); i++) {
    const h1 = headings[i];
    if (!h1) continue;
    const text = headingText(h1);
    if (text === null || h1.closest(UNSEEN)) continue;
    // The site's name as the page gives it elsewhere; never an h1 of the article itself.
    const named = sites.has(text.toLowerCase()) && !h1.closest(CONTENT);
    if (!named && !isSiteName(h1)) return text;
  }
  return null;
}

/**
 * Elements that start a block of text. An h1 that holds one was left open (`<h1>headline<p>…`
 * with no `</h1>`): the parser, as a browser's does, nests the article in it.
 */
const BLOCK =
  "p, div, section, article, ul, ol, dl, table, blockquote, figure, pre, h2, h3, h4, h5, h6";

/** Most words of a headline: an h1 with more holds a story, not its headline. */
const MAX_HEADLINE_WORDS = 30;

/**
 * The headline an h1 gives: its text before the first block in it (an h1 left open runs on into
 * the article), or null when that is empty or longer than a headline (`MAX_HEADLINE_WORDS`).
 */
function headingText(h1: TitleElement): string | null {
  let text = "";
  for (const node of Array.from(h1.childNodes)) {
    if (node.nodeType === 1 && (node.matches?.(BLOCK) || node.querySelector?.(BLOCK))) break;
    text += node.textContent ?? "";
  }
  const headline = clean(text);
  if (headline === null || headline.split(" ").length > MAX_HEADLINE_WORDS) return null;
  return headline;
}

function isSiteName(h1: TitleElement): boolean {
  if (h1.closest(CHROME)) return true;
  const header = h1.closest(HEADER);
  if (header && !h1.closest(CONTENT) && isSiteHeader(header, h1)) return true;
  const links = h1.querySelectorAll("a");
  const only = links.length === 1 ? links[0] : undefined;
  return (
    only !== undefined &&
    clean(only.textContent) === clean(h1.textContent) &&
    HOME_LINK.test(only.getAttribute("href") ?? "")
  );
}

/**
 * Fewest words of an h1 in a page header that may be a headline: a site's name has fewer
 * (`صحيفة الوادي`, `الجزيرة نت`), a headline seldom does.
 */
const HEADLINE_MIN_WORDS = 4;

/**
 * Whether a `<header>` outside the article is the site's (its h1 the site's name): it holds the
 * site's navigation or a link to its home page (a logo), is the page's banner, or its h1 is too
 * short for a headline. Else it is the story's own header (a section label and the headline),
 * which a page may put outside its article's container.
 */
export function isSiteHeader(header: TitleElement, h1: TitleElement): boolean {
  if (header.getAttribute("role")?.trim().toLowerCase() === "banner") return true;
  if (header.querySelectorAll('nav, [role="navigation"]').length > 0) return true;
  const links = Array.from(header.querySelectorAll("a"));
  if (links.some((a) => HOME_LINK.test(a.getAttribute("href") ?? ""))) return true;
  const words = clean(h1.textContent)?.split(" ").length ?? 0;
  return words < HEADLINE_MIN_WORDS;
}

/** Collapsed text, or null when empty. */
export function clean(value: string | null | undefined): string | null {
  const text = collapseWhitespace(value ?? "");
  return text === "" ? null : text;
}
