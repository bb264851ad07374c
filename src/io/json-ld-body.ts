import { looksLikeHtml } from "./detect-html.js";

/** A tag escaped once (`&lt;p&gt;`, `&lt;/p&gt;`, `&lt;br /&gt;`). */
const ESCAPED_TAG = /&lt;\/?[a-zA-Z][a-zA-Z0-9]*(?:\s|\/?&gt;)/;
const ESCAPES: Readonly<Record<string, string>> = {
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&#39;": "'",
  "&#039;": "'",
  "&amp;": "&",
};
const ESCAPE = /&(?:lt|gt|quot|amp|#0?39);/g;

/**
 * A JSON-LD `articleBody` as markup to parse, or null when it is text. It is markup as an input
 * is (`looksLikeHtml`), or is such markup escaped once (`&lt;p&gt;أعلنت …&lt;/p&gt;`), which
 * some sites write there: read as text, its tags would be its words.
 */
export function articleBodyMarkup(body: string): string | null {
  if (looksLikeHtml(body)) return body;
  if (!ESCAPED_TAG.test(body)) return null;
  const unescaped = body.replace(ESCAPE, (entity) => ESCAPES[entity] ?? entity);
  return looksLikeHtml(unescaped) ? unescaped : null;
}
