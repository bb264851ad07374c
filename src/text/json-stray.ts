/**
 * Characters that stand where a JSON line breaks and that no JSON writer puts there: a carriage
 * return alone, which ends the lines of a file written with old Mac line endings (a JSONL reader
 * splits at LF only, so such a file is one line of records), and a byte-order mark inside the
 * line (one that opened a file joined after text on the same line, or after white space).
 */

const CR = "\r";
/** A byte-order mark (U+FEFF). */
export const BOM = "\ufeff";

/** What a carriage return alone before the failing character is. */
export const LONE_CR_NOTE =
  "a carriage return (CR) alone ends the record before it: the file's lines end in CR (old Mac line endings), and JSONL's in LF; convert them, e.g. with `tr '\\r' '\\n'`";

/** What a byte-order mark at the failing character is. */
export const BOM_NOTE =
  "a byte-order mark (U+FEFF) inside the line, left where files were joined; remove it";

/**
 * A note on what stands at `position` of a line that JSON.parse refused, when it is one of the
 * stray characters above (the carriage return may come before it, with spaces or tabs between),
 * or null.
 */
export function strayCharacterNote(text: string, position: number): string | null {
  if (text[position] === BOM) return BOM_NOTE;
  let i = position - 1;
  while (text[i] === " " || text[i] === "\t") i--;
  return text[i] === CR ? LONE_CR_NOTE : null;
}
