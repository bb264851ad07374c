import { collapseWhitespace } from "../text/span.js";

/** The DOM members the title finder needs (linkedom's elements have them). */
export interface TitleElement {
  textContent: string | null;
  getAttribute(name: string): string | null;
  closest(selector: string): TitleElement | null;
  querySelectorAll(selector: string): ArrayLike<TitleElement>;
}

/** A document as the title finder reads it. */
export interface TitleDocument {
  title: string;
  querySelector(selector: string): TitleElement | null;
  querySelectorAll(selector: string): ArrayLike<TitleElement>;
}

/** Site chrome: an h1 inside one of these is the site's name, not the article's headline. */
const CHROME = "nav, aside, footer";
/** A page header; a header inside the article or the main content is the article's. */
const HEADER = "header";
const CONTENT = "article, main";
/** A link to the site's home page (a logo): `/`, `/index.html`, `https://site/`. */
const HOME_LINK = /^(?:(?:https?:)?\/\/[^/]+)?\/?(?:index\.\w+)?(?:[?#].*)?$/i;

/**
 * The article's headline as the page marks it: og:title, then twitter:title, then the first h1
 * that is not the site's name (in navigation, an aside or a footer, in the page header, or
 * only a link to the home page). Null when there is none: `<title>` (often with the site's
 * name added) is the caller's fallback.
 */
export function findHeadline(doc: TitleDocument): string | null {
  const meta = (selector: string): string | null =>
    clean(doc.querySelector(selector)?.getAttribute("content"));
  return meta('meta[property="og:title"]') ?? meta('meta[name="twitter:title"]') ?? headline(doc);
}

function headline(doc: TitleDocument): string | null {
  const headings = doc.querySelectorAll("h1");
  for (let i = 0; i < headings.length; i++) {
    const h1 = headings[i];
    if (!h1 || isSiteName(h1)) continue;
    const text = clean(h1.textContent);
    if (text !== null) return text;
  }
  return null;
}

function isSiteName(h1: TitleElement): boolean {
  if (h1.closest(CHROME)) return true;
  if (h1.closest(HEADER) && !h1.closest(CONTENT)) return true;
  const links = h1.querySelectorAll("a");
  const only = links.length === 1 ? links[0] : undefined;
  return (
    only !== undefined &&
    clean(only.textContent) === clean(h1.textContent) &&
    HOME_LINK.test(only.getAttribute("href") ?? "")
  );
}

/** Collapsed text, or null when empty. */
export function clean(value: string | null | undefined): string | null {
  const text = collapseWhitespace(value ?? "");
  return text === "" ? null : text;
}
