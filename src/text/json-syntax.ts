import { foreignLiteralNote } from "./json-literals.js";
import { BOM, strayCharacterNote } from "./json-stray.js";

/**
 * Where JSON.parse stopped on a line, as ` (at character C)` (1-based), or "" when it cannot be
 * told. JSON.parse's own message is never passed on: it quotes the line, which is article text,
 * into error records, messages and logs.
 *
 * V8 gives no position for an unexpected letter (`{"title": NaN}`, `None`, `True`, `undefined`,
 * a key without quotes): that is what other languages' writers leave in a line (Python's
 * `json.dumps` writes `NaN` for a missing float, `str(dict)` writes `None` and single quotes), so
 * `text`, when given, is scanned for the first word outside strings that JSON lacks; the word is
 * named with what to write instead (`(at character 40: NaN is not JSON, write null)`), and so
 * is a carriage return alone before the failing character (a file of old Mac line endings is one
 * line of records) or a byte-order mark at it (`strayCharacterNote`).
 */
export function syntaxErrorAt(error: unknown, text?: string): string {
  const message = error instanceof Error ? error.message : "";
  const found = /\bat position (\d+)/.exec(message)?.[1];
  let position = found === undefined ? null : Number(found);
  // Only in a line that opens as JSON does: text given to a JSON reader holds Latin words too.
  const json = text !== undefined && /^\s*[{[]/.test(text);
  if (position === null && json && /^Unexpected token\b/.test(message)) {
    position = earliest(firstBareWord(text), firstBom(text));
  }
  if (position === null) return "";
  const note =
    text === undefined || insideString(text, position)
      ? null
      : (strayCharacterNote(text, position) ?? foreignLiteralNote(text, position));
  return ` (at character ${position + 1}${note === null ? "" : `: ${note}`})`;
}

/** The smaller of two indices, either of which may be null (none). */
function earliest(a: number | null, b: number | null): number | null {
  return a === null ? b : b === null ? a : Math.min(a, b);
}

/** Index of the first byte-order mark outside JSON strings, or null: V8 gives no position for one. */
function firstBom(text: string): number | null {
  return scanOutsideStrings(text, (i) => (text[i] === BOM ? null : i));
}

/** JSON's own words: the only letters allowed outside strings. */
const JSON_WORDS = new Set(["true", "false", "null"]);

/**
 * Call `visit` with each index of `text` outside JSON strings (their quotes included), in order,
 * until it returns a number to skip ahead to, or null to stop; returns the index it stopped at.
 */
function scanOutsideStrings(text: string, visit: (i: number) => number | null): number | null {
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    const next = visit(i);
    if (next === null) return i;
    i = next;
  }
  return null;
}

/** Whether index `position` of `text` is inside a JSON string (a bad escape, a raw tab). */
function insideString(text: string, position: number): boolean {
  return scanOutsideStrings(text, (i) => (i >= position ? null : i)) !== position;
}

/**
 * Index of the first word in Latin letters outside JSON strings that is not `true`, `false` or
 * `null` (a letter that opens no number), or null when there is none. Other letters are not
 * looked for: a line of them is text given to a JSON reader, not a slip of a JSON writer.
 */
export function firstBareWord(text: string): number | null {
  return scanOutsideStrings(text, (i) => {
    const c = text[i] as string;
    if (!/[A-Za-z_$]/.test(c)) return i;
    // A number's exponent (`1e5`, `2E-3`) is no word.
    if ((c === "e" || c === "E") && /[\d.]/.test(text[i - 1] ?? "")) return i;
    const word = /^[A-Za-z_$][\w$]*/.exec(text.slice(i, i + 64))?.[0] ?? c;
    return JSON_WORDS.has(word) ? i + word.length - 1 : null;
  });
}
