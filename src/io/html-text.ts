import { TERMINATORS } from "../lang/ar/data/punctuation.js";
import { markerEnd } from "../lang/ar/segment/markers.js";
import { closersStart } from "../lang/ar/segment/terminal.js";
import { isDataTable } from "./data-table.js";
import { hiddenByClass } from "./hidden-class.js";
import { decodeLeftoverReferences } from "./leftover-references.js";

/** The few DOM members the text walker needs (linkedom's nodes have them). */
export interface DomNode {
  nodeType: number;
  nodeName: string;
  nodeValue: string | null;
  childNodes: ArrayLike<DomNode>;
  getAttribute?(name: string): string | null;
}

/** Elements whose text is never article text. */
export const SKIPPED_ELEMENTS: ReadonlySet<string> = new Set(
  (
    "script style noscript template svg math iframe object embed canvas video audio nav aside " +
    "button select textarea input label header footer figcaption dialog menu head title " +
    "meta link"
  ).split(" "),
);

/** Elements that start and end a paragraph. */
export const BLOCK_ELEMENTS: ReadonlySet<string> = new Set(
  (
    "address article blockquote dd details div dl dt fieldset figure h1 h2 h3 h4 h5 h6 hr li " +
    "main ol p pre section table tbody thead tfoot tr td th caption summary ul center body html"
  ).split(" "),
);

/**
 * Elements that are a paragraph by their markup, whose text a browser flows: a line break in
 * their source is white space there (`foldSourceBreaks`), and only a `<br>` breaks a line.
 */
export const FLOWED_ELEMENTS: ReadonlySet<string> = new Set(
  "p li dd dt h1 h2 h3 h4 h5 h6 td th caption blockquote figcaption summary legend".split(" "),
);

/**
 * Elements whose text keeps its line breaks, in a browser and here; and those whose text is not
 * shown (a JSON-LD script's is read as it is).
 */
const PREFORMATTED_ELEMENTS: ReadonlySet<string> = new Set(
  "pre listing xmp plaintext textarea script style".split(" "),
);

/** A `style` that keeps the text's line breaks (`white-space: pre`, `pre-wrap`, `pre-line`…). */
const PREFORMATTED_STYLE = /white-space\s*:\s*(?:pre|break-spaces)/i;

/** Headings (a paragraph made of one can be dropped when it repeats the title). */
const HEADINGS: ReadonlySet<string> = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);

/**
 * Letters a `<form>` holds, outside its controls, from which it is read as part of the page: an
 * ASP.NET WebForms page puts its whole body in one form. A smaller form (a search box, a
 * newsletter sign-up, a comment box) is skipped.
 */
const PAGE_FORM_LETTERS = 100;

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
const SPACES = /[ \t\n\r\f\v\u00a0\u2028\u2029\u200b]+/g;
const LETTER = /\p{L}/u;

/** A node to visit, or the end of a block element. */
type Frame = { node: DomNode; inLink: boolean } | typeof END_BLOCK;
const END_BLOCK = Symbol("end of block");

/** A paragraph of page text, and whether it was a heading. */
export interface PageParagraph {
  text: string;
  heading: boolean;
}

/** The paragraphs of a DOM subtree, and how many letters are outside links. */
export interface PageText {
  paragraphs: PageParagraph[];
  /** Letters (`\p{L}`) not inside an `<a>`: a page of links only has no article. */
  lettersOutsideLinks: number;
}

/** How `pageText` walks: `skip` also leaves out elements it is true for (site chrome). */
export interface PageTextOptions {
  skip?: (node: DomNode) => boolean;
}

/**
 * Walk a DOM subtree into paragraphs: block elements separate paragraphs, `<br>` breaks a
 * line, white space runs collapse as a browser would, character references left in the text by
 * a page escaped twice are decoded (`decodeLeftoverReferences`); a paragraph whose letters are
 * all in links (a list of other stories, a headline linked to its page) is left out; scripts, styles,
 * navigation, forms (but one that holds the page, see `PAGE_FORM_LETTERS`), tables of data
 * (`isDataTable`), headers, footers, hidden elements and those `options.skip` names are skipped.
 */
export function pageText(root: DomNode, options: PageTextOptions = {}): PageText {
  const skip = options.skip;
  const paragraphs: PageParagraph[] = [];
  // The current paragraph's text: before each of its `<br>`s, and since the last one.
  const broken: string[] = [];
  let current = "";
  let heading = false;
  let lettersOutsideLinks = 0;
  // Of the current paragraph: one with letters in links and none outside them is a link.
  let linked = false;
  let outside = 0;

  const flush = (): void => {
    broken.push(current);
    const text = brokenText(broken);
    if (text !== "" && !(linked && outside === 0)) paragraphs.push({ text, heading });
    lettersOutsideLinks += outside;
    broken.length = 0;
    current = "";
    heading = false;
    linked = false;
    outside = 0;
  };

  // Iterative (an explicit stack), so that deeply nested pages cannot overflow the call stack.
  const stack: Frame[] = [{ node: root, inLink: false }];
  for (let frame = stack.pop(); frame !== undefined; frame = stack.pop()) {
    if (frame === END_BLOCK) {
      flush();
      continue;
    }
    const { node, inLink } = frame;
    if (node.nodeType === TEXT_NODE) {
      const value = node.nodeValue ?? "";
      current += value;
      if (!inLink) outside += countLetters(value);
      else if (!linked) linked = LETTER.test(value);
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const name = node.nodeName.toLowerCase();
    if (SKIPPED_ELEMENTS.has(name) || isHidden(node) || skip?.(node)) continue;
    if (name === "form" && !holdsLetters(node, PAGE_FORM_LETTERS)) continue;
    if (name === "table" && isDataTable(node)) continue;
    if (name === "br") {
      broken.push(current);
      current = "";
      continue;
    }
    if (BLOCK_ELEMENTS.has(name)) {
      flush();
      stack.push(END_BLOCK);
    }
    if (HEADINGS.has(name)) heading = true;
    const link = inLink || name === "a";
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (child) stack.push({ node: child, inLink: link });
    }
  }
  flush();
  return { paragraphs, lettersOutsideLinks };
}

/**
 * Make the line breaks of the page's source white space, as a browser shows them, in the text of
 * elements that are paragraphs by their markup (`FLOWED_ELEMENTS`: `<p>`, `<li>`, `<h2>`,
 * `<td>`…, at any depth inside one): there a hard-wrapped source line is not a line of the
 * article, and only a `<br>` breaks a line. Text that sits in a container (`<div>`, `<body>`, a
 * fragment of text with a few inline tags) keeps its line breaks, which are its lines and
 * paragraphs, as plain text's; so does text in a `<pre>` or an element styled `white-space: pre`
 * (`pre-wrap`, `pre-line`). Done on the parsed page, before Readability, which makes a `<div>` of
 * text a `<p>`.
 */
export function foldSourceBreaks(root: DomNode): void {
  // Iterative (an explicit stack), so that deeply nested pages cannot overflow the call stack.
  const stack: { node: DomNode; state: TextFlow }[] = [{ node: root, state: "lines" }];
  for (let frame = stack.pop(); frame !== undefined; frame = stack.pop()) {
    const { node } = frame;
    let state = frame.state;
    if (node.nodeType === TEXT_NODE) {
      const value = node.nodeValue ?? "";
      if (state === "flowed" && /[\n\r]/.test(value)) {
        node.nodeValue = value.replace(/[\n\r]/g, " ");
      }
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE && node !== root) continue;
    if (node.nodeType === ELEMENT_NODE && state !== "pre") {
      const name = node.nodeName.toLowerCase();
      const style = node.getAttribute?.call(node, "style") ?? "";
      if (PREFORMATTED_ELEMENTS.has(name) || PREFORMATTED_STYLE.test(style)) state = "pre";
      else if (FLOWED_ELEMENTS.has(name)) state = "flowed";
    }
    const children = node.childNodes;
    for (let i = 0; i < children.length; i++) {
      const child = children[i];
      if (child) stack.push({ node: child, state });
    }
  }
}

/** How the text under an element takes its source's line breaks (`foldSourceBreaks`). */
type TextFlow = "lines" | "flowed" | "pre";

/**
 * The visible lines of a paragraph's raw text: character references left in it decoded (its text
 * nodes, joined: the parser may split a text at `&`), white space collapsed, blank lines left out.
 */
function visibleLines(raw: string): string[] {
  return decodeLeftoverReferences(raw)
    .split("\n")
    .map((line) => line.replace(SPACES, " ").trim())
    .filter((line) => line !== "");
}

/** Whether a line ends on a sentence's terminator (closing quotes and brackets skipped). */
export function endsOnTerminator(line: string): boolean {
  const e = closersStart(line, 0, line.length);
  return e > 0 && TERMINATORS.has(line[e - 1] ?? "");
}

/**
 * A paragraph's text from its pieces between `<br>`s. A `<br>` is a line break (`\n`), which the
 * segmenter reads as plain text's: a long line that ends open goes on into the next, as a
 * sentence broken for the layout does (`… عداء كيني<br>أنهى السباق …`). It is a paragraph break
 * (a blank line) where that reading would run separate lines together: before a list item
 * (`<br>- …`, `<br>2. …`), and in a paragraph none of whose lines ends a sentence, whose `<br>`s
 * set apart lines of their own (sentences written without full stops, lines of verse).
 */
function brokenText(pieces: readonly string[]): string {
  const lines = pieces.map(visibleLines).filter((piece) => piece.length > 0);
  const ends = lines.some((piece) => piece.some(endsOnTerminator));
  let text = "";
  for (const piece of lines) {
    const first = piece[0] ?? "";
    if (text !== "") {
      const item = markerEnd(first, 0, first.length, true) > 0;
      text += item || !ends ? "\n\n" : "\n";
    }
    text += piece.join("\n");
  }
  return text;
}

/** Hidden by its `hidden` or `aria-hidden` attribute, its style or a class (`hiddenByClass`). */
function isHidden(node: DomNode): boolean {
  const get = node.getAttribute;
  if (!get) return false;
  if (get.call(node, "hidden") !== null) return true;
  if (get.call(node, "aria-hidden") === "true") return true;
  const style = get.call(node, "style") ?? "";
  return /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style) || hiddenByClass(node);
}

/** Whether `root` has at least `count` letters of text outside skipped elements (stops there). */
function holdsLetters(root: DomNode, count: number): boolean {
  let letters = 0;
  const stack: DomNode[] = [root];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (node.nodeType === TEXT_NODE) {
      letters += countLetters(node.nodeValue ?? "");
      if (letters >= count) return true;
    } else if (
      node.nodeType === ELEMENT_NODE &&
      !SKIPPED_ELEMENTS.has(node.nodeName.toLowerCase())
    ) {
      for (let i = 0; i < node.childNodes.length; i++) {
        const child = node.childNodes[i];
        if (child) stack.push(child);
      }
    }
  }
  return false;
}

/** Letters (`\p{L}`) in `text`. */
export function countLetters(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(/\p{L}/gu)) n++;
  return n;
}
