// Loaded lazily (dynamic import) by article.ts: plain-text runs never load linkedom or Readability.
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { collapseWhitespace } from "../text/span.js";
import { type DomNode, type PageParagraph, pageText } from "./html-text.js";

/** Fewest letters outside links for a page to have an article body. */
export const MIN_ARTICLE_LETTERS = 20;

/** The article of an HTML page: its text (paragraphs separated by blank lines) and title. */
export interface HtmlArticle {
  text: string;
  title: string | null;
}

interface PageDocument extends DomNode {
  body: DomNode | null;
  title: string;
  querySelector(selector: string): (DomNode & { textContent: string | null }) | null;
}

/**
 * Extract the article body of an HTML page with Readability over linkedom's DOM, falling back
 * to the page body without navigation, scripts and styles when Readability finds nothing.
 * Returns null when the page has no article body.
 */
export function extractHtmlArticle(html: string): HtmlArticle | null {
  const doc = parsePage(html);
  const pageTitle = findTitle(doc);
  let paragraphs: PageParagraph[] | null = null;
  let title = pageTitle;
  try {
    const result = new Readability<DomNode>(doc as never, {
      serializer: (node) => node as DomNode,
    }).parse();
    if (result?.content) {
      const extracted = pageText(result.content);
      if (extracted.lettersOutsideLinks >= MIN_ARTICLE_LETTERS) paragraphs = extracted.paragraphs;
      title = pageTitle ?? clean(result.title);
    }
  } catch {
    // Readability can trip on constructs linkedom does not model; use the fallback below.
  }
  if (paragraphs === null) {
    const body = parsePage(html).body;
    const extracted = body ? pageText(body) : null;
    if (!extracted || extracted.lettersOutsideLinks < MIN_ARTICLE_LETTERS) return null;
    paragraphs = extracted.paragraphs;
  }
  const kept = dropTitleHeadings(paragraphs, title);
  if (kept.length === 0) return null;
  return { text: kept.map((p) => p.text).join("\n\n"), title };
}

/** Parse a page or a fragment (a page without `<body>` or a fragment gets one). */
function parsePage(html: string): PageDocument {
  let page = html;
  if (!/<body[\s>]/i.test(html)) {
    page = /<\/head\s*>/i.test(html)
      ? html.replace(/<\/head\s*>/i, "$&<body>")
      : `<!DOCTYPE html><html><head></head><body>${html.replace(/<!doctype[^>]*>|<\/?html[^>]*>/gi, "")}</body></html>`;
  }
  return parseHTML(page).document as unknown as PageDocument;
}

/** The page title: og:title, then twitter:title, then the first h1, then `<title>`. */
function findTitle(doc: PageDocument): string | null {
  const meta = (selector: string): string | null =>
    clean(doc.querySelector(selector)?.getAttribute?.("content"));
  return (
    meta('meta[property="og:title"]') ??
    meta('meta[name="twitter:title"]') ??
    clean(doc.querySelector("h1")?.textContent) ??
    clean(doc.title)
  );
}

/** Drop heading paragraphs that repeat the title (Readability keeps the headline in the body). */
function dropTitleHeadings(paragraphs: PageParagraph[], title: string | null): PageParagraph[] {
  if (title === null) return paragraphs;
  const key = collapseWhitespace(title);
  return paragraphs.filter((p) => !(p.heading && collapseWhitespace(p.text) === key));
}

function clean(value: string | null | undefined): string | null {
  const text = collapseWhitespace(value ?? "");
  return text === "" ? null : text;
}
