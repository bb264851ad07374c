import type { DomNode } from "./html-text.js";

/**
 * The words of an element's class, id and `data-component`, lower-cased: names are split at white
 * space, `-`, `_` and case changes, so `byline-block` has `byline` but `commentary` has no
 * `comment`.
 */
export function nameWords(node: DomNode): string[] {
  const get = node.getAttribute;
  if (!get) return [];
  const names = ["class", "id", "data-component"].map((a) => get.call(node, a) ?? "").join(" ");
  return names
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .split(/[\s_-]+/)
    .filter((part) => part !== "")
    .map((part) => part.toLowerCase());
}

/**
 * Whether one of an element's name words (`nameWords`) is in `words`, or, with `pairs`, two in a
 * row joined by a space (`read-also` is `read also`).
 */
export function hasWord(
  names: readonly string[],
  words: ReadonlySet<string>,
  pairs = false,
): boolean {
  for (let k = 0; k < names.length; k++) {
    const word = names[k] as string;
    if (words.has(word)) return true;
    if (pairs && k > 0 && words.has(`${names[k - 1]} ${word}`)) return true;
  }
  return false;
}
