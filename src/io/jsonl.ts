import type { Readable } from "node:stream";
import { createError, type KhulasaError } from "../errors.js";
import { syntaxErrorAt } from "../text/json-syntax.js";
import { isStringTooLong } from "./decode.js";
import { DEFAULT_MAX_BYTES } from "./limits.js";
import { asUtf8, type SourceEncoding } from "./utf16-stream.js";

/** Default longest JSONL line: room for a `DEFAULT_MAX_BYTES` article written with `\u` escapes. */
export const DEFAULT_MAX_LINE_BYTES = 4 * DEFAULT_MAX_BYTES;

/** One non-blank line of a JSONL stream (1-based line number), or why it is unusable. */
export type JsonlLine = { line: number; text: string } | { line: number; error: KhulasaError };

/** One parsed item: a record, or an error for that line (with the record's id when known). */
export type JsonlItem<T> =
  | { line: number; record: T }
  | { line: number; error: KhulasaError; id?: string | number; field?: string };

const NEWLINE = 0x0a;
const CR = 0x0d;
const BOM = [0xef, 0xbb, 0xbf] as const;

/**
 * Why line `line` could not be decoded: TOO_LARGE when it holds more than a JavaScript string
 * can (about 512 MB of ASCII; reachable with a large `--max-bytes`), else NOT_TEXT (not valid in
 * `encoding`).
 */
export function undecodedLine(error: unknown, line: number, encoding: string): KhulasaError {
  if (isStringTooLong(error)) {
    return createError(
      "TOO_LARGE",
      `line ${line} is too long to read as one text (Node holds at most 2^29 - 24 characters in a string)`,
      "Split the record, or give the article in a file of its own.",
    );
  }
  return createError("NOT_TEXT", `line ${line} is not valid ${encoding.toUpperCase()}`);
}

/**
 * Split a byte stream into lines without holding more than one line: handles CRLF, a BOM (and
 * UTF-16 with its BOM, read as UTF-8 by `asUtf8`), a last line without a newline and multi-byte
 * characters across chunks; skips blank lines. A BOM may open any line (files joined with `cat`).
 * A line over `maxLineBytes` is skipped as it streams by and reported as TOO_LARGE; a line
 * that is not UTF-8 (or not UTF-16, in a stream that opens with its BOM) is reported as NOT_TEXT.
 */
export async function* readLines(
  stream: Readable,
  maxLineBytes: number = DEFAULT_MAX_LINE_BYTES,
): AsyncGenerator<JsonlLine> {
  const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
  let parts: Buffer[] = [];
  let size = 0;
  let overflow = false;
  let line = 0;
  const source: SourceEncoding = { encoding: "utf-8" };

  const finish = (): JsonlLine | null => {
    line++;
    const bytes = overflow ? null : joined(parts, size);
    parts = [];
    size = 0;
    if (bytes === null) {
      overflow = false;
      return {
        line,
        error: createError("TOO_LARGE", `line ${line} is over ${maxLineBytes} bytes`),
      };
    }
    let start = 0;
    let end = bytes.length;
    // A byte-order mark opens the stream, or a line of it made by joining files that had one
    // (`cat a.jsonl b.jsonl`): it is no part of the record.
    if (bytes[0] === BOM[0] && bytes[1] === BOM[1] && bytes[2] === BOM[2]) start = 3;
    if (end > start && bytes[end - 1] === CR) end--;
    let text: string;
    try {
      text = decoder.decode(bytes.subarray(start, end));
    } catch (error) {
      return { line, error: undecodedLine(error, line, source.encoding) };
    }
    return text.trim() === "" ? null : { line, text };
  };

  const append = (piece: Buffer): void => {
    if (overflow || piece.length === 0) return;
    if (size + piece.length > maxLineBytes) {
      overflow = true;
      parts = [];
      size = 0;
      return;
    }
    parts.push(piece);
    size += piece.length;
  };

  for await (const buf of asUtf8(stream, source)) {
    let from = 0;
    for (let nl = buf.indexOf(NEWLINE, from); nl !== -1; nl = buf.indexOf(NEWLINE, from)) {
      append(buf.subarray(from, nl));
      from = nl + 1;
      const item = finish();
      if (item) yield item;
    }
    append(buf.subarray(from));
  }
  if (size > 0 || overflow) {
    const item = finish();
    if (item) yield item;
  }
}

/** The pieces of a line as one buffer: a line within one chunk (most are) is not copied. */
function joined(parts: readonly Buffer[], size: number): Buffer {
  return parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts, size);
}

/** Parse each non-blank line as JSON: `{ line, record }`, or `{ line, error }` with BAD_JSON. */
export async function* readJsonl(
  stream: Readable,
  maxLineBytes: number = DEFAULT_MAX_LINE_BYTES,
): AsyncGenerator<JsonlItem<unknown>> {
  for await (const item of readLines(stream, maxLineBytes)) {
    if ("error" in item) {
      yield item;
      continue;
    }
    let record: unknown;
    try {
      record = JSON.parse(item.text);
    } catch (error) {
      yield { line: item.line, error: badJson(item.line, error, item.text) };
      continue;
    }
    yield { line: item.line, record };
  }
}

/**
 * BAD_JSON for a line: `line N is not valid JSON`, with the character where parsing stopped and,
 * for the usual slips (`NaN`, `None`, single quotes), what to write instead.
 */
function badJson(line: number, error: unknown, text: string): KhulasaError {
  return createError("BAD_JSON", `line ${line} is not valid JSON${syntaxErrorAt(error, text)}`);
}
