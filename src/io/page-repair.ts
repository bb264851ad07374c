/** An element of linkedom's document, as far as mending the page needs. */
interface MendableElement {
  nodeName: string;
  children: ArrayLike<MendableElement>;
  firstChild: unknown;
  insertBefore(node: MendableElement, before: unknown): unknown;
  remove(): void;
}

/** A parsed page, before anything has read its `body` (linkedom's getter may add one). */
export interface MendablePage {
  documentElement: MendableElement | null;
  querySelectorAll(selector: string): ArrayLike<MendableElement>;
}

/** Elements between `</head>` and `<body>` that hold no text of the page: dropped. */
const HEAD_ELEMENTS: ReadonlySet<string> = new Set([
  "HEAD",
  "TITLE",
  "META",
  "LINK",
  "BASE",
  "STYLE",
  "SCRIPT",
  "NOSCRIPT",
  "TEMPLATE",
]);

/**
 * Mend what linkedom parses otherwise than a browser, before anything reads the page:
 * - elements between `</head>` and `<body>` (a stylesheet `<link>` or a `<meta>` that a plugin
 *   prints there, a second `<head>`): a browser puts them in the head or the body, linkedom
 *   leaves them between, and then its `document.body` is a new empty body, not the page's. They
 *   are dropped (those of the head) or moved to the start of the body;
 * - `<template>` elements: their content is inert, never shown, while linkedom gives it as
 *   children that Readability would take for the article.
 */
export function mendPage(doc: MendablePage): void {
  for (const template of Array.from(doc.querySelectorAll("template"))) template.remove();
  const root = doc.documentElement;
  if (root === null) return;
  const children = Array.from(root.children);
  const head = children.findIndex((e) => e.nodeName === "HEAD");
  const body = children.findIndex((e) => e.nodeName === "BODY");
  if (body <= head + 1) return;
  const target = children[body] as MendableElement;
  for (const stray of children.slice(head + 1, body).reverse()) {
    if (HEAD_ELEMENTS.has(stray.nodeName)) stray.remove();
    else target.insertBefore(stray, target.firstChild);
  }
}
