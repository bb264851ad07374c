// Loaded lazily (dynamic import) by article.ts: plain-text runs never load linkedom or Readability.
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { createError } from "../errors.js";
import { collapseWhitespace } from "../text/span.js";
import { looksLikeHtml } from "./detect-html.js";
import { type DomNode, type PageParagraph, pageText } from "./html-text.js";
import { jsonLdArticleBody } from "./json-ld.js";
import { measureMarkup } from "./markup-depth.js";
import { isChrome, removeExtras, type Searchable } from "./page-chrome.js";
import { notArticleTitle } from "./page-kind.js";
import { clean, findHeadline, type TitleDocument } from "./page-title.js";

/** Fewest letters outside links for a page to have an article body. */
export const MIN_ARTICLE_LETTERS = 20;

/**
 * Deepest element nesting given to Readability: its time grows faster than linearly with depth
 * (2,000 paragraphs 140 levels deep took 6 s, and 20,000 levels a stack overflow); real pages
 * nest a few dozen levels. Deeper pages use the fallback extraction.
 */
export const MAX_READABILITY_DEPTH = 100;

/**
 * Most work (`MarkupShape.work`: the depths of all elements added up) given to Readability. Its
 * time grows with it, up to 15 to 20 µs a unit on pages of paragraphs (15,000 paragraphs 60
 * levels deep took 12 s, and 240,000 small elements 68 s and 1.4 GB), so a page at the bound
 * may take it some 4 s; a large real page, 8,000 elements 30 levels deep (250,000), takes it well
 * under 1 s. A page past it uses the fallback extraction, which is linear.
 */
export const MAX_READABILITY_WORK = 300_000;

/**
 * Deepest nesting of a page that is parsed at all. The HTML parser's time grows with the square
 * of the depth (200,000 nested `<div>`s, 1.2 MB, took 16 s), and real pages nest a few dozen
 * levels, so a deeper page is refused before parsing.
 */
export const MAX_MARKUP_DEPTH = 1000;

/**
 * Characters of text from which Readability takes its first, strictest reading of a page (its
 * default is 500). Below them it reads again with its filters off and keeps the longest text it
 * found, which on a short news brief is the brief with the readers' comments and the page's meta
 * line. A brief of one or two sentences has more than this.
 */
export const READABILITY_CHAR_THRESHOLD = 100;

/** The article of an HTML page: its text (paragraphs separated by blank lines) and title. */
export interface HtmlArticle {
  text: string;
  title: string | null;
}

interface PageDocument extends DomNode, TitleDocument {
  body: DomNode | null;
}

/**
 * Extract the article body of an HTML page with Readability over linkedom's DOM, falling back
 * to the page body without navigation, scripts and styles when Readability finds nothing (or
 * the page is nested too deeply or is too large for it), and then to the `articleBody` of the
 * page's JSON-LD. Returns null when the page has no
 * article body; throws NO_ARTICLE when its title says it is no article (`notArticleTitle`).
 */
export function extractHtmlArticle(html: string): HtmlArticle | null {
  const shape = measureMarkup(html, MAX_MARKUP_DEPTH);
  if (shape.depth > MAX_MARKUP_DEPTH) {
    throw createError(
      "NO_ARTICLE",
      `the HTML page nests its elements more than ${MAX_MARKUP_DEPTH} levels deep, which no article page does; it is not parsed`,
    );
  }
  const doc = parsePage(html);
  // Read before Readability, which rewrites the document.
  const headline = findHeadline(doc);
  const pageTitle = clean(doc.title);
  const says = notArticleTitle([pageTitle, headline]);
  if (says !== null) {
    throw createError(
      "NO_ARTICLE",
      `the HTML page is no article: its title says "${says}" (an error, sign-in or home page)`,
    );
  }
  // Read before Readability, which removes the scripts.
  const jsonLd = jsonLdArticleBody(doc);
  const tooHeavy = shape.depth > MAX_READABILITY_DEPTH || shape.work > MAX_READABILITY_WORK;
  // linkedom's document is searchable as `Searchable` says.
  if (!tooHeavy) removeExtras(doc as unknown as Searchable);
  const found = tooHeavy ? null : readabilityArticle(doc);
  // Readability's title is `<title>` without the site's name.
  const title = headline ?? found?.title ?? pageTitle;
  let paragraphs = found?.paragraphs ?? null;
  if (paragraphs === null) {
    // Readability rewrites the document it reads: the fallback reads a fresh parse.
    const body = (tooHeavy ? doc : parsePage(html)).body;
    const extracted = body ? pageText(body, { skip: isChrome }) : null;
    if (extracted && extracted.lettersOutsideLinks >= MIN_ARTICLE_LETTERS) {
      paragraphs = extracted.paragraphs;
    } else if (jsonLd !== null) {
      // A page drawn by a script: its story as JSON-LD gives it (`articleBody`).
      paragraphs = bodyParagraphs(jsonLd);
    } else {
      return null;
    }
  }
  const kept = dropTitleHeadings(paragraphs, title);
  if (kept.length === 0) return null;
  return { text: kept.map((p) => p.text).join("\n\n"), title };
}

/** Readability's article (paragraphs with enough text outside links) and title, or null. */
function readabilityArticle(
  doc: PageDocument,
): { paragraphs: PageParagraph[] | null; title: string | null } | null {
  try {
    const result = new Readability<DomNode>(doc as never, {
      serializer: (node) => node as DomNode,
      charThreshold: READABILITY_CHAR_THRESHOLD,
    }).parse();
    if (!result?.content) return null;
    const extracted = pageText(result.content);
    const enough = extracted.lettersOutsideLinks >= MIN_ARTICLE_LETTERS;
    return { paragraphs: enough ? extracted.paragraphs : null, title: clean(result.title) };
  } catch {
    // Readability can trip on constructs linkedom does not model; the caller falls back.
    return null;
  }
}

/**
 * The paragraphs of a JSON-LD `articleBody`: plain text, a paragraph a line (blank lines or
 * not), or HTML, which some sites put there and is read as a fragment.
 */
function bodyParagraphs(body: string): PageParagraph[] {
  if (looksLikeHtml(body)) {
    const root = parsePage(body).body;
    return root ? pageText(root).paragraphs : [];
  }
  return body
    .split(/\r\n?|\n|\u2028|\u2029/u)
    .map((line) => collapseWhitespace(line))
    .filter((line) => line !== "")
    .map((text) => ({ text, heading: false }));
}

/** Parse a page or a fragment (a page without `<body>` or a fragment gets one). */
function parsePage(html: string): PageDocument {
  let page = html;
  if (!/<body[\s>]/i.test(html)) {
    page = /<\/head\s*>/i.test(html)
      ? html.replace(/<\/head\s*>/i, "$&<body>")
      : `<!DOCTYPE html><html><head></head><body>${html.replace(/<!doctype[^<>]*>|<\/?html[^<>]*>/gi, "")}</body></html>`;
  }
  return parseHTML(page).document as unknown as PageDocument;
}

/** Drop heading paragraphs that repeat the title (Readability keeps the headline in the body). */
function dropTitleHeadings(paragraphs: PageParagraph[], title: string | null): PageParagraph[] {
  if (title === null) return paragraphs;
  const key = collapseWhitespace(title);
  return paragraphs.filter((p) => !(p.heading && collapseWhitespace(p.text) === key));
}
