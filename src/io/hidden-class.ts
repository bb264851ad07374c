import { holdsContent } from "./content-element.js";
import type { DomNode } from "./html-text.js";

/**
 * Utility classes of CSS frameworks that hide an element (`display: none`): Bootstrap's `d-none`
 * and `hidden`, Tailwind's `hidden`, Bulma's `is-hidden`.
 */
export const HIDDEN_CLASSES: readonly string[] = ["hidden", "d-none", "is-hidden"];
const HIDDEN: ReadonlySet<string> = new Set(HIDDEN_CLASSES);
const HIDDEN_NAME = new RegExp(`(?:^|\\s)(?:${HIDDEN_CLASSES.join("|")})(?:\\s|$)`, "i");

/** A CSS selector of the elements that may be hidden by a class (`hiddenByClass` decides). */
export const HIDDEN_CLASS_SELECTOR = HIDDEN_CLASSES.map((name) => `.${name}`).join(", ");

/**
 * A class that shows the element again on wider screens (`d-none d-md-block`, Tailwind's
 * `hidden md:block`): it is then hidden on a phone only, and read.
 */
const SHOWN_WIDER =
  /^(?:d-(?:sm|md|lg|xl|xxl)-(?!none$)[a-z-]+|[a-z0-9]+:(?:block|flex|grid|table|contents|inline(?:-block|-flex|-grid)?))$/;

/** The page itself: never taken as hidden by a class. */
const PAGE_ELEMENTS: ReadonlySet<string> = new Set(["body", "html"]);

/**
 * Whether an element's classes hide it on every screen. Never the page, nor the content's own
 * element (`holdsContent`): a page that hides its `<article>`, `<main>` or a post marked `hentry`
 * until a script shows it still has its article read, as such an element is never removed as
 * chrome.
 */
export function hiddenByClass(node: DomNode): boolean {
  const value = node.getAttribute?.call(node, "class");
  // Most elements have no such class: one test of the name before splitting it.
  if (!value || !HIDDEN_NAME.test(value)) return false;
  if (PAGE_ELEMENTS.has(node.nodeName.toLowerCase()) || holdsContent(node)) return false;
  const classes = value.split(/\s+/).map((name) => name.toLowerCase());
  return (
    classes.some((name) => HIDDEN.has(name)) && !classes.some((name) => SHOWN_WIDER.test(name))
  );
}
