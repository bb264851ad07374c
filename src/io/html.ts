// Loaded lazily (dynamic import) by article.ts: plain-text runs never load linkedom or Readability.
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { createError } from "../errors.js";
import { collapseWhitespace } from "../text/span.js";
import {
  countLetters,
  type DomNode,
  foldSourceBreaks,
  type PageParagraph,
  pageText,
} from "./html-text.js";
import { jsonLdArticle } from "./json-ld.js";
import { articleBodyMarkup } from "./json-ld-body.js";
import { type MarkupShape, measureMarkup } from "./markup-depth.js";
import { isChrome, removeDateStamps, removeExtras, type Searchable } from "./page-chrome.js";
import { notArticleTitle } from "./page-kind.js";
import { type MendablePage, mendPage } from "./page-repair.js";
import { keepHeadlineStory, type StoryDocument } from "./page-story.js";
import { clean, findHeadline, type TitleDocument } from "./page-title.js";
import { liftStandfirst, type StandfirstDocument } from "./standfirst.js";
import { withoutTrailingNames } from "./title-sections.js";

/**
 * Letters of a page's own text under which its JSON-LD `articleBody`, when it has more than
 * twice as many, is read instead: a page drawn by a script shows a line or two without it.
 */
export const JSON_LD_BELOW_LETTERS = 200;

/**
 * Letters under which a page whose title says it is an error or sign-in page (`notArticleTitle`)
 * is taken at its word: such a page holds a message of a few lines, an article far more.
 */
export const THIN_PAGE_LETTERS = 300;

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
 * levels, so a deeper page is refused before parsing; so is a page whose JSON-LD `articleBody`,
 * read in its place, is markup nested deeper (read as text, its tags would be its words).
 */
export const MAX_MARKUP_DEPTH = 1000;

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
 * the page is nested too deeply or is too large for it); the `articleBody` of the page's JSON-LD
 * when the page itself shows a line or two. Returns null when the page has no article body;
 * throws NO_ARTICLE when its title says it is an error or sign-in page (`notArticleTitle`) and
 * it holds little text.
 */
export function extractHtmlArticle(html: string): HtmlArticle | null {
  const shape = measureShallow(html, "the HTML page");
  const doc = parsePage(html);
  // Read before Readability, which rewrites the document.
  const headline = findHeadline(doc);
  const pageTitle = clean(doc.title);
  // Read before Readability, which removes the scripts.
  const jsonLd = jsonLdArticle(doc, [headline, pageTitle]);
  const tooHeavy = shape.depth > MAX_READABILITY_DEPTH || shape.work > MAX_READABILITY_WORK;
  const names = [headline, pageTitle, pageTitle === null ? null : withoutTrailingNames(pageTitle)];
  shapeStory(doc, names);
  // linkedom's document is searchable as `Searchable` says.
  if (!tooHeavy) removeExtras(doc as unknown as Searchable);
  const found = tooHeavy ? null : readabilityArticle(doc);
  // Readability's title is `<title>` without the site's name, but one after a section's
  // (`خبر | اقتصاد | الموقع`) or after `::` stays, and so does `<title>` without Readability.
  const fromTitle = found?.title ?? pageTitle;
  let title = headline ?? (fromTitle === null ? null : withoutTrailingNames(fromTitle));
  let paragraphs = found?.paragraphs ?? null;
  if (paragraphs === null) {
    // Readability rewrites the document it reads: the fallback reads a fresh parse.
    let page = doc;
    if (!tooHeavy) {
      page = parsePage(html);
      shapeStory(page, names);
    }
    removeDateStamps(page as unknown as Searchable);
    const body = page.body;
    const extracted = body ? pageText(body, { skip: isChrome }) : null;
    if (extracted && extracted.lettersOutsideLinks >= MIN_ARTICLE_LETTERS) {
      paragraphs = extracted.paragraphs;
    }
  }
  // A page drawn by a script: its text is a line or two (`جاري تحميل المحتوى…`, a notice in
  // <noscript>), and its JSON-LD gives the story whole (`articleBody`).
  let fromJsonLd = false;
  const own = jsonLd === null || paragraphs === null ? 0 : paragraphLetters(paragraphs);
  if (jsonLd !== null && own < JSON_LD_BELOW_LETTERS) {
    const given = bodyParagraphs(jsonLd.body);
    if (paragraphLetters(given) > 2 * own) {
      paragraphs = given;
      fromJsonLd = true;
    }
  }
  if (paragraphs === null) return null;
  if (fromJsonLd && headline === null && jsonLd?.headline) title = clean(jsonLd.headline);
  const kept = dropTitleHeadings(paragraphs, title);
  if (kept.length === 0) return null;
  // An error or sign-in page says so in its title; its text is a message of a few lines.
  const says = notArticleTitle([pageTitle, headline]);
  if (says !== null && paragraphLetters(kept) < THIN_PAGE_LETTERS) {
    throw createError(
      "NO_ARTICLE",
      `the HTML page is no article: its title says "${says}" (an error or sign-in page) and it holds a few lines`,
    );
  }
  return { text: kept.map((p) => p.text).join("\n\n"), title };
}

/**
 * What both readers read of a page (`names`: its headline and title): its own story alone, when
 * other stories' `<article>`s stand beside it (`keepHeadlineStory`), with the standfirst in its
 * `<header>` made its first paragraph (`liftStandfirst`).
 */
function shapeStory(page: PageDocument, names: readonly (string | null)[]): void {
  // linkedom's document has what `StoryDocument` and `StandfirstDocument` name.
  keepHeadlineStory(page as unknown as StoryDocument, names);
  liftStandfirst(page as unknown as StandfirstDocument, names);
}

/** Readability's article (paragraphs with enough text outside links) and title, or null. */
function readabilityArticle(
  doc: PageDocument,
): { paragraphs: PageParagraph[] | null; title: string | null } | null {
  try {
    const result = new Readability<DomNode>(doc as never, {
      serializer: (node) => node as DomNode,
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
 * The paragraphs of a JSON-LD `articleBody`: HTML, which some sites put there (escaped once or
 * not, `articleBodyMarkup`), is read as a fragment; plain text is a paragraph a line (blank lines
 * or not), its character references (`&quot;`, `&nbsp;`, `&#1575;`, which some sites leave in
 * it) decoded as in a page.
 */
function bodyParagraphs(body: string): PageParagraph[] {
  const markup = articleBodyMarkup(body);
  // Parsed as the page is: its parser's time grows with the square of the depth.
  if (markup !== null) measureShallow(markup, "the JSON-LD articleBody of the HTML page");
  const html =
    markup ??
    body
      .split(/\r\n?|\n|\u2028|\u2029/u)
      .map((line) => `<p>${line.replace(/</g, "&lt;")}</p>`)
      .join("");
  const root = parsePage(html).body;
  return root ? pageText(root).paragraphs : [];
}

/**
 * The shape of markup that is to be parsed (`what` names it in the error): NO_ARTICLE, unparsed,
 * when it nests deeper than `MAX_MARKUP_DEPTH`.
 */
function measureShallow(html: string, what: string): MarkupShape {
  const shape = measureMarkup(html, MAX_MARKUP_DEPTH);
  if (shape.depth > MAX_MARKUP_DEPTH) {
    throw createError(
      "NO_ARTICLE",
      `${what} nests its elements more than ${MAX_MARKUP_DEPTH} levels deep, which no article page does; it is not parsed`,
    );
  }
  return shape;
}

/** Letters (`\p{L}`) in paragraphs. */
function paragraphLetters(paragraphs: readonly PageParagraph[]): number {
  let letters = 0;
  for (const p of paragraphs) letters += countLetters(p.text);
  return letters;
}

/**
 * Parse a page or a fragment (a page without `<body>` or a fragment gets one), its source's line
 * breaks in paragraphs made white space (`foldSourceBreaks`).
 */
function parsePage(html: string): PageDocument {
  let page = html;
  if (!/<body[\s>]/i.test(html)) {
    page = /<\/head\s*>/i.test(html)
      ? html.replace(/<\/head\s*>/i, "$&<body>")
      : `<!DOCTYPE html><html><head></head><body>${html.replace(/<!doctype[^<>]*>|<\/?html[^<>]*>/gi, "")}</body></html>`;
  }
  const doc = parseHTML(page).document;
  // linkedom's document has what `MendablePage` names.
  mendPage(doc as unknown as MendablePage);
  foldSourceBreaks(doc as unknown as DomNode);
  return doc as unknown as PageDocument;
}

/** Drop heading paragraphs that repeat the title (Readability keeps the headline in the body). */
function dropTitleHeadings(paragraphs: PageParagraph[], title: string | null): PageParagraph[] {
  if (title === null) return paragraphs;
  const key = collapseWhitespace(title);
  return paragraphs.filter((p) => !(p.heading && collapseWhitespace(p.text) === key));
}
