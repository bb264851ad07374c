/**
 * Words that writers other than a JSON encoder leave where a JSON value goes, and what a line
 * of JSON holds instead: Python's `json.dumps` writes `NaN` and `Infinity` for such floats (a
 * missing title read by pandas is NaN), `str()` of a dict writes `None`, `True`, `False`, and
 * JavaScript's own `undefined` is no JSON value.
 */
const FOREIGN_LITERALS: Readonly<Record<string, string>> = {
  NaN: "NaN is not JSON, write null",
  Infinity: "Infinity is not JSON, write null",
  undefined: "undefined is not JSON, write null",
  None: "None is Python, not JSON: write null (json.dumps, not str(), writes JSON)",
  True: "True is Python, not JSON: write true (json.dumps, not str(), writes JSON)",
  False: "False is Python, not JSON: write false (json.dumps, not str(), writes JSON)",
};

/** What a single quote where a string or a key goes is (Python's `str()` of a dict writes them). */
const SINGLE_QUOTE = "a single quote: JSON strings and keys take double quotes";

/** What a word outside quotes that is none of the above is (a key or a string left unquoted). */
const BARE_WORD = "a word outside quotes: JSON strings and keys take double quotes";

/**
 * A short note on what stands at `position` of a line that JSON.parse refused, when it is one of
 * the usual slips (a foreign literal, after a minus sign too, a single quote, a word left
 * unquoted), or null. It names no text of the line but those fixed words.
 */
export function foreignLiteralNote(text: string, position: number): string | null {
  const at = text.slice(position, position + 64);
  const word = /^-?([A-Za-z_$][\w$]*)/.exec(at)?.[1];
  if (word !== undefined) {
    if (Object.hasOwn(FOREIGN_LITERALS, word)) return FOREIGN_LITERALS[word] ?? null;
    return BARE_WORD;
  }
  if (at.startsWith("'")) return SINGLE_QUOTE;
  return null;
}
