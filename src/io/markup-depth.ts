/**
 * Elements that never nest: void elements, and those whose end tag a parser implies when the
 * next one starts (`<p>`, `<li>`, `<td>` …), so that a page of unclosed `<p>`s is not deep.
 */
const FLAT: ReadonlySet<string> = new Set(
  (
    "area base br col embed hr img input link meta param source track wbr " +
    "p li dt dd tr td th option optgroup thead tbody tfoot colgroup rb rt rtc rp"
  ).split(" "),
);

/** Elements whose content is raw text: what looks like a tag inside them is not one. */
const RAW_TEXT: ReadonlySet<string> = new Set(
  "script style textarea title xmp noscript plaintext".split(" "),
);

/**
 * A start or end tag at the scan position: `/`, its name, and `/` when self-closed. No `<`
 * inside, so that no stretch of the page is read twice.
 */
const TAG = /<(\/?)([a-zA-Z][^\s/<>]*)[^<>]*?(\/?)>/y;

/** The end tag of each raw-text element, in any case. */
const RAW_END = new Map([...RAW_TEXT].map((name) => [name, new RegExp(`</${name}`, "gi")]));

/**
 * How deep the elements of an HTML page nest, read off its tags in one linear pass without
 * parsing, and capped: the scan stops once it passes `limit`. Unclosed elements count as open,
 * as a parser keeps them; comments and the content of scripts and styles are skipped.
 */
export function markupDepth(html: string, limit: number): number {
  let depth = 0;
  let deepest = 0;
  let next = 0;
  for (let at = html.indexOf("<"); at >= 0 && deepest <= limit; at = html.indexOf("<", next)) {
    next = at + 1;
    if (html.startsWith("<!--", at)) {
      const end = html.indexOf("-->", at + 4);
      next = end < 0 ? html.length : end + 3;
      continue;
    }
    TAG.lastIndex = at;
    const tag = TAG.exec(html);
    if (tag === null) continue;
    next = TAG.lastIndex;
    const name = (tag[2] as string).toLowerCase();
    if (tag[1] === "/") {
      if (!FLAT.has(name)) depth = Math.max(0, depth - 1);
      continue;
    }
    if (RAW_TEXT.has(name)) {
      // Up to its end tag, or to the end of the page when it has none (as a browser reads it).
      const end = RAW_END.get(name) as RegExp;
      end.lastIndex = next;
      next = end.exec(html)?.index ?? html.length;
      continue;
    }
    if (FLAT.has(name) || tag[3] === "/") continue;
    depth++;
    deepest = Math.max(deepest, depth);
  }
  return deepest;
}
