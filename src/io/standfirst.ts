import { whitespaceWords } from "../text/words.js";
import { hiddenByClass } from "./hidden-class.js";
import { countLetters, endsOnTerminator } from "./html-text.js";
import { hasWord, nameWords } from "./name-words.js";
import { isDateElement } from "./page-chrome.js";
import {
  CHROME,
  CONTENT,
  clean,
  isSiteHeader,
  MAX_HEADINGS,
  type TitleElement,
  UNSEEN,
} from "./page-title.js";

/**
 * Words and pairs of words in a class, id or `data-component` that mark a story's standfirst
 * (the sentence under the headline that tells the story): `p.standfirst`, `div.article-summary`,
 * `p.lead`, `h2.sub-title`, `div.dek`, `p.intro`, `div.excerpt`, `p.description`.
 */
const STANDFIRST_WORDS: ReadonlySet<string> = new Set([
  "standfirst",
  "lede",
  "lead",
  "summary",
  "excerpt",
  "subtitle",
  "subheadline",
  "sub title",
  "sub headline",
  "dek",
  "intro",
  "description",
  "abstract",
  "strapline",
]);

/**
 * Words in a class or id of what a story's header holds besides its headline and standfirst: the
 * byline, the date, the breadcrumbs, the section's label, the sharing buttons. Neither an element
 * named so nor one inside it is a standfirst, whatever it says.
 */
const NOT_STANDFIRST_WORDS: ReadonlySet<string> = new Set([
  "byline",
  "author",
  "authors",
  "writer",
  "credit",
  "credits",
  "caption",
  "meta",
  "breadcrumb",
  "breadcrumbs",
  "kicker",
  "label",
  "category",
  "tags",
  "share",
  "sharing",
  "social",
]);

/** Fewest words of a standfirst named so (`STANDFIRST_WORDS`): a label (`ملخص`) has fewer. */
const MIN_NAMED_WORDS = 4;

/**
 * Fewest words of a `<p>` in the header that is not named a standfirst but is one: a sentence,
 * ending on a terminator, of at least this many words (a byline, a date, a label are shorter or
 * end open).
 */
const MIN_SENTENCE_WORDS = 6;

/**
 * Most elements of a story's header looked at for its standfirst, which comes under the headline:
 * a header holds a few dozen, and each one looked at may cost walks up the tree.
 */
const MAX_HEADER_ELEMENTS = 200;

/** Most standfirst elements taken from a header: a standfirst is a sentence or two. */
const MAX_STANDFIRSTS = 2;

/** What a story's header holds that is never its standfirst: pictures, forms, navigation. */
const NOT_TEXT = "img, picture, video, audio, iframe, svg, figure, figcaption, form, button, nav";

/** Headings that may be the headline, when they repeat it. */
const HEADINGS = "h1, h2, h3";

/** An element of a page, as far as lifting a standfirst needs (linkedom's elements). */
interface PageElement extends TitleElement {
  nodeType: number;
  nodeName: string;
  nodeValue: string | null;
  parentElement: PageElement | null;
  childNodes: ArrayLike<PageElement>;
  closest(selector: string): PageElement | null;
  matches(selector: string): boolean;
  querySelector(selector: string): PageElement | null;
  querySelectorAll(selector: string): ArrayLike<PageElement>;
  contains(other: PageElement): boolean;
  append(...nodes: PageElement[]): void;
  after(...nodes: PageElement[]): void;
}

/** A page whose story's header can be read (linkedom's document can). */
export interface StandfirstDocument {
  querySelectorAll(selector: string): ArrayLike<PageElement>;
  createElement(name: string): PageElement;
}

/**
 * Make the standfirst in a story's `<header>` the first paragraph after it: readers skip a
 * `<header>` (the text walker, and Readability's article with it), which lost the story's lede,
 * its most important sentence. The story's header holds its headline: an h1–h3 whose text is
 * one of `names` (the headline, the page's title), else an h1 (inside an `<article>` or a
 * `<main>`, or outside them in a header that is not the site's: `isSiteHeader`). Its
 * standfirst is an element named so (`STANDFIRST_WORDS`, of `MIN_NAMED_WORDS` words or more),
 * or a `<p>` that is a sentence (`MIN_SENTENCE_WORDS` words or more, ending on a terminator); not
 * the headline, nor what is named a byline, a date, breadcrumbs or a label
 * (`NOT_STANDFIRST_WORDS`, `isDateElement`), nor links, pictures or hidden text, nor a
 * paragraph the page also gives outside the header; at most `MAX_STANDFIRSTS` of them, among the
 * header's first `MAX_HEADER_ELEMENTS` elements. Their words move into a new `<p>` (with no class
 * for Readability to weigh), one for each `<p>` of a standfirst that has several.
 */
export function liftStandfirst(doc: StandfirstDocument, names: readonly (string | null)[]): void {
  const headlines = new Set(names.filter((name) => name !== null));
  const header = storyHeader(doc, headlines);
  if (header === null) return;
  const lifted: PageElement[] = [];
  const elements = header.querySelectorAll("*");
  for (let i = 0; i < Math.min(elements.length, MAX_HEADER_ELEMENTS); i++) {
    const node = elements[i] as PageElement;
    if (lifted.some((taken) => taken.contains(node))) continue;
    if (isStandfirst(node, header, headlines)) lifted.push(node);
    if (lifted.length === MAX_STANDFIRSTS) break;
  }
  if (lifted.length === 0) return;
  const elsewhere = paragraphsOutside(doc, header);
  const paragraphs: PageElement[] = [];
  for (const node of lifted) {
    const parts = node.matches("p") ? [node] : Array.from(node.querySelectorAll("p"));
    for (const part of parts.length > 0 ? parts : [node]) {
      if (elsewhere.has(clean(part.textContent) ?? "")) continue;
      const paragraph = doc.createElement("p");
      paragraph.append(...Array.from(part.childNodes));
      paragraphs.push(paragraph);
    }
  }
  if (paragraphs.length > 0) header.after(...paragraphs);
}

/** The `<header>` of the page's story (see `liftStandfirst`), or null. */
function storyHeader(doc: StandfirstDocument, headlines: ReadonlySet<string>): PageElement | null {
  // The first few, as the h1s for the headline: each costs walks up the tree.
  const headers = Array.from(doc.querySelectorAll("header")).slice(0, MAX_HEADINGS);
  let withH1: PageElement | null = null;
  for (const header of headers) {
    if (header.closest(CHROME) !== null || header.closest(UNSEEN) !== null) continue;
    const inContent = header.closest(CONTENT) !== null;
    const headings = Array.from(header.querySelectorAll(HEADINGS));
    const headline = headings.find((h) => headlines.has(clean(h.textContent) ?? ""));
    if (headline !== undefined && (inContent || !isSiteHeader(header, headline))) return header;
    const h1 = headings.find((h) => h.matches("h1"));
    if (withH1 === null && h1 !== undefined && (inContent || !isSiteHeader(header, h1))) {
      withH1 = header;
    }
  }
  return withH1;
}

/** Whether an element of the story's header is its standfirst (see `liftStandfirst`). */
function isStandfirst(
  node: PageElement,
  header: PageElement,
  headlines: ReadonlySet<string>,
): boolean {
  const named = hasWord(nameWords(node), STANDFIRST_WORDS, true);
  if (!named && node.nodeName.toLowerCase() !== "p") return false;
  const text = clean(node.textContent);
  if (text === null || headlines.has(text)) return false;
  const words = whitespaceWords(text).length;
  if (named ? words < MIN_NAMED_WORDS : words < MIN_SENTENCE_WORDS || !endsOnTerminator(text)) {
    return false;
  }
  if (node.querySelector(`h1, ${NOT_TEXT}`) !== null || node.closest(NOT_TEXT) !== null) {
    return false;
  }
  if (node.closest(UNSEEN) !== null || linkedMostly(node)) return false;
  for (let at: PageElement | null = node; at !== null && at !== header; at = at.parentElement) {
    if (hasWord(nameWords(at), NOT_STANDFIRST_WORDS) || isDateElement(at) || hiddenByClass(at)) {
      return false;
    }
  }
  return true;
}

/** Whether half of an element's letters or more are in links. */
function linkedMostly(node: PageElement): boolean {
  let linked = 0;
  for (const link of Array.from(node.querySelectorAll("a"))) {
    linked += countLetters(link.textContent ?? "");
  }
  return linked > 0 && 2 * linked >= countLetters(node.textContent ?? "");
}

/** The texts of the page's paragraphs outside `header` (a standfirst it repeats stays there). */
function paragraphsOutside(doc: StandfirstDocument, header: PageElement): Set<string> {
  const texts = new Set<string>();
  for (const p of Array.from(doc.querySelectorAll("p"))) {
    if (header.contains(p)) continue;
    const text = clean(p.textContent);
    if (text !== null) texts.add(text);
  }
  return texts;
}
