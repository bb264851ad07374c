import { Parser } from "htmlparser2";

/**
 * A character reference left in a page's text after the parser decoded its source: the page
 * escaped it twice (`&amp;quot;` in the source shows `&quot;`), as some CMSs do. Named ones end
 * in `;`, as a CMS writes them: `&copy2020` or `R&D` stay text.
 */
const REFERENCE = /&(?:[a-zA-Z][a-zA-Z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6});/g;

/** Rounds of decoding: a page escaped three times (`&amp;amp;quot;`) needs two. */
const MAX_ROUNDS = 3;

/** References decoded so far (a page uses a few): bounded, as numeric ones are many. */
const decoded = new Map<string, string>();
const MAX_CACHED = 1024;

/** One reference as the HTML parser reads it (an unknown name stays as it is). */
function decodeReference(reference: string): string {
  let text = decoded.get(reference);
  if (text !== undefined) return text;
  text = "";
  const parser = new Parser({
    ontext(piece) {
      text += piece;
    },
  });
  parser.end(reference);
  if (decoded.size < MAX_CACHED) decoded.set(reference, text);
  return text;
}

/**
 * `text` (a text node of a parsed page) with the character references left in it decoded, as a
 * reader of a page escaped twice expects (`&quot;`, `&nbsp;`, `&#1548;` are no words of the
 * article). `&lt;` and `&gt;` stay: decoded, an escaped tag would read as markup.
 */
export function decodeLeftoverReferences(text: string): string {
  let out = text;
  for (let round = 0; round < MAX_ROUNDS && out.includes("&"); round++) {
    const next = out.replace(REFERENCE, (reference) =>
      /^&(?:lt|gt);$/i.test(reference) ? reference : decodeReference(reference),
    );
    if (next === out) break;
    out = next;
  }
  return out;
}
