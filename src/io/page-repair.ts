/** An element of linkedom's document, as far as mending the page needs. */
interface MendableElement {
  nodeName: string;
  children: ArrayLike<MendableElement>;
  firstChild: unknown;
  replaceChildren(): void;
  insertBefore(node: MendableElement, before: unknown): unknown;
  appendChild(node: MendableElement): unknown;
  remove(): void;
}

/** A parsed page, before anything has read its `body` (linkedom's getter may add one). */
export interface MendablePage {
  documentElement: MendableElement | null;
  querySelectorAll(selector: string): ArrayLike<MendableElement>;
}

/** Elements whose content a browser never shows as the page's text (see `mendPage`). */
const UNSHOWN_ELEMENTS = "template, noembed, noframes, xmp";

/** Elements between `</head>` and `<body>` that belong in the head (a second head's, too). */
const HEAD_ELEMENTS: ReadonlySet<string> = new Set([
  "HEAD",
  "TITLE",
  "META",
  "LINK",
  "BASE",
  "STYLE",
  "SCRIPT",
  "NOSCRIPT",
]);

/**
 * Mend what linkedom parses otherwise than a browser, before anything reads the page:
 * - elements between `</head>` and `<body>` (a stylesheet `<link>`, a `<meta>` or a JSON-LD
 *   `<script>` that a plugin prints there, a second `<head>`): a browser puts them in the head or
 *   the body, linkedom leaves them between, and then its `document.body` is a new empty body, not
 *   the page's. Those of the head (a second head's children too) move to the head, where the
 *   title, og:title and JSON-LD are read; the others to the start of the body;
 * - `<template>` elements: their content is inert, never shown, while linkedom gives it as
 *   children that Readability would take for the article;
 * - `<noembed>`, `<noframes>` and `<xmp>` elements, and what an `<iframe>` holds: a browser reads
 *   their content as raw text, and shows none of it but an `<xmp>`'s, which is markup shown as
 *   its source (a code listing). linkedom gives the first three's as elements, which were read
 *   as the article, and an `<xmp>`'s as text that Readability escaped into `&lt;p&gt;` words.
 *   An `<iframe>` stays, emptied: Readability keeps one that embeds a video.
 */
export function mendPage(doc: MendablePage): void {
  for (const unshown of Array.from(doc.querySelectorAll(UNSHOWN_ELEMENTS))) unshown.remove();
  for (const frame of Array.from(doc.querySelectorAll("iframe"))) frame.replaceChildren();
  const root = doc.documentElement;
  if (root === null) return;
  const children = Array.from(root.children);
  const head = children.findIndex((e) => e.nodeName === "HEAD");
  const body = children.findIndex((e) => e.nodeName === "BODY");
  if (body <= head + 1) return;
  const target = children[body] as MendableElement;
  const headElement = head >= 0 ? (children[head] as MendableElement) : null;
  const strays = children.slice(head + 1, body);
  for (const stray of strays.slice().reverse()) {
    if (!HEAD_ELEMENTS.has(stray.nodeName)) target.insertBefore(stray, target.firstChild);
  }
  for (const stray of strays) {
    if (!HEAD_ELEMENTS.has(stray.nodeName)) continue;
    const moved = stray.nodeName === "HEAD" ? Array.from(stray.children) : [stray];
    for (const element of moved) {
      if (headElement) headElement.appendChild(element);
      else target.insertBefore(element, target.firstChild);
    }
    if (stray.nodeName === "HEAD") stray.remove();
  }
}
