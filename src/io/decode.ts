import { createError } from "../errors.js";
import { cutCharacterBytes } from "./cut-character.js";

/** Largest share of control characters (other than tab, line breaks, form feed) in text. */
export const MAX_CONTROL_SHARE = 0.1;

const BOM = "\uFEFF";

/** Options of `decodeText`. */
export interface DecodeOptions {
  /**
   * Keep a leading byte-order mark (default: removed). `prepareArticle` skips it and counts it
   * in its `offset`, so that offsets refer to the input as read.
   */
  keepBom?: boolean;
  /** The hint of the NOT_TEXT error for bytes not valid in the encoding (default: the code's). */
  hint?: string;
  /** The hint of the NOT_TEXT error for binary data (default: the code's). */
  binaryHint?: string;
}

/**
 * Decode bytes as UTF-8 text, removing a leading byte-order mark unless `keepBom`. Throws
 * NOT_TEXT (naming `name`) for invalid UTF-8, a NUL character, or mostly control characters
 * (a binary file).
 */
export function decodeText(
  bytes: Uint8Array,
  name = "the input",
  options: DecodeOptions = {},
): string {
  return decodeAs(bytes, "UTF-8", name, options);
}

/**
 * Decode bytes in `encoding` (a WHATWG encoding name, e.g. `UTF-8`, `UTF-16LE`,
 * `windows-1256`) as `decodeText` does UTF-8; NOT_TEXT (with the options' hints, if given) when
 * they are not valid in it or are binary data, TOO_LARGE when they decode to more text than a
 * JavaScript string can hold (about 512 MB of ASCII).
 */
export function decodeAs(
  bytes: Uint8Array,
  encoding: string,
  name = "the input",
  options: DecodeOptions = {},
): string {
  let text: string;
  try {
    // ignoreBOM: true keeps the BOM in the output so we can strip it ourselves, exactly once.
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch (error) {
    if (isStringTooLong(error)) {
      throw createError(
        "TOO_LARGE",
        `${name} is too large to read as one text (Node holds at most 2^29 - 24 characters in a string)`,
        "Split it into smaller files.",
      );
    }
    // A NUL byte is binary data in any encoding but UTF-16 (`/bin/ls`): say so, not "convert it".
    if (!/^utf-16/i.test(encoding) && bytes.includes(0)) {
      throw createError("NOT_TEXT", `${name} contains NUL bytes (binary data)`, options.binaryHint);
    }
    const cut = /^utf-?8$/i.test(encoding) ? cutCharacterBytes(bytes) : 0;
    if (cut > 0) {
      throw createError(
        "NOT_TEXT",
        `${name} ends inside a character (its last ${cut === 1 ? "byte begins" : `${cut} bytes begin`} a UTF-8 character, cut off there): it was cut short`,
        "Give the whole text; to shorten one, keep whole lines (`head -n`), not a count of bytes (`head -c`).",
      );
    }
    // `UTF-8` and `UTF-16LE` as usually written; other names as given (`windows-1256`).
    const label = /^utf-/i.test(encoding) ? encoding.toUpperCase() : encoding;
    throw createError("NOT_TEXT", `${name} is not valid ${label} text`, options.hint);
  }
  if (text.startsWith(BOM) && !options.keepBom) text = text.slice(BOM.length);
  checkPlainCharacters(text, name, options.binaryHint);
  return text;
}

/** Whether `error` is Node's refusal to make a string longer than it can hold (2^29 - 24 units). */
export function isStringTooLong(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === "ERR_STRING_TOO_LONG";
}

/**
 * Throw NOT_TEXT (with `hint`, if given) when `text` holds a NUL or is mostly control characters,
 * and NOT_TEXT of its own when it holds half of a character (`checkWellFormed`).
 */
export function checkPlainCharacters(text: string, name = "the input", hint?: string): void {
  if (text.includes("\0"))
    throw createError("NOT_TEXT", `${name} contains NUL bytes (binary data)`, hint);
  checkWellFormed(text, name);
  const controls = countControls(text);
  if (controls > 0 && controls > text.length * MAX_CONTROL_SHARE) {
    throw createError("NOT_TEXT", `${name} is mostly control characters (binary data)`, hint);
  }
}

/**
 * How many code units of `text` are control characters other than tab, line breaks and form
 * feed (C0 and DEL). Bytes read as latin1 count the same way (`khulasa batch` judges a file's
 * first bytes so).
 */
export function countControls(text: string): number {
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) || c === 0x7f) {
      controls++;
    }
  }
  return controls;
}

/** The hint of NOT_TEXT for an unpaired surrogate. */
const HALF_CHARACTER_HINT =
  'A JSON escape such as "\\ud83d" without its other half comes from a program that cut a string inside a character: fix the writer, or replace the escape with "\\ufffd".';

/**
 * Throw NOT_TEXT when `text` holds an unpaired surrogate: half of a character, which no decoded
 * file holds (a decoder makes bad bytes U+FFFD or refuses them) but a JSON string may (`"\ud800"`
 * in a batch record, an API body, a gold file). It would reach the highlights, and JSON readers
 * that check (Rust's serde_json, Python's `.encode()`) refuse the output line; a stray byte that is
 * not UTF-8 fails its record so too.
 */
export function checkWellFormed(text: string, name = "the input"): void {
  // String.prototype.isWellFormed (ES2024, in Node 20): native, 1 ms for 5 MB.
  if ((text as string & { isWellFormed(): boolean }).isWellFormed()) return;
  const at = /\p{Cs}/u.exec(text)?.index ?? 0;
  const unit = text.charCodeAt(at).toString(16);
  throw createError(
    "NOT_TEXT",
    `${name} holds half of a character (an unpaired surrogate, \\u${unit}, at UTF-16 offset ${at})`,
    HALF_CHARACTER_HINT,
  );
}
