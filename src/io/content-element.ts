import type { DomNode } from "./html-text.js";

/** Elements that hold the content by their own name: never chrome by a class or id word. */
const CONTENT_ELEMENTS: ReadonlySet<string> = new Set(["article", "main"]);

/**
 * A class that marks a post as a whole (the hAtom and h-entry microformats, which WordPress and
 * other CMSs put on the post's wrapper, beside `tag-…` and `category-…` classes for its topics).
 */
const ENTRY_CLASS = /(?:^|\s)h-?entry(?:\s|$)/i;

/** An `<article>`, a `<main>` or a post marked `hentry`: the content, by its own name. */
export function holdsContent(node: DomNode): boolean {
  if (CONTENT_ELEMENTS.has(node.nodeName.toLowerCase())) return true;
  return ENTRY_CLASS.test(node.getAttribute?.call(node, "class") ?? "");
}
