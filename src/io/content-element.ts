import type { DomNode } from "./html-text.js";

/** Elements that hold the content by their own name: never chrome by a class or id word. */
const CONTENT_ELEMENTS: ReadonlySet<string> = new Set(["article", "main"]);

/**
 * A class that marks a post as a whole (the hAtom and h-entry microformats, which WordPress and
 * other CMSs put on the post's wrapper, beside `tag-…` and `category-…` classes for its topics).
 */
const ENTRY_CLASS = /(?:^|\s)h-?entry(?:\s|$)/i;

/**
 * The classes WordPress's `post_class()` gives a post's wrapper besides its topics (`post-123`,
 * `type-post`, `status-publish`): a post named so is the content even without `hentry`, which
 * themes may drop, and whatever its `tag-…` topics say (`tag-economy` is no tags box).
 */
const POST_CLASS = /(?:^|\s)(?:post-\d+|type-post|status-publish)(?:\s|$)/i;

/**
 * An `<article>`, a `<main>`, or a post marked `hentry` or by WordPress's post classes: the
 * content, by its own name.
 */
export function holdsContent(node: DomNode): boolean {
  if (CONTENT_ELEMENTS.has(node.nodeName.toLowerCase())) return true;
  const classes = node.getAttribute?.call(node, "class") ?? "";
  return ENTRY_CLASS.test(classes) || POST_CLASS.test(classes);
}
