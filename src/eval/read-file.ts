import { readFileSync, statSync } from "node:fs";
import { createError, KhulasaError } from "../errors.js";

/** The name of standard input for `khulasa eval`'s files. */
export const STDIN_PATH = "-";

/** How messages and reports name a file: `stdin` for `-`, else its path. */
export function displayName(path: string): string {
  return path === STDIN_PATH ? "stdin" : path;
}

/** The hint for a gold or predictions file that is not UTF-8 (or UTF-16 with its mark). */
export const ENCODING_HINT =
  "Give JSONL in UTF-8 (e.g. `iconv -f windows-1256 -t utf-8 FILE`), as `khulasa batch` writes it.";

/**
 * The text of a JSONL file of `khulasa eval` (`-` is standard input): UTF-8, or UTF-16 with its
 * byte-order mark, as `khulasa batch` reads; the mark is dropped. Bytes that are not valid in
 * that encoding, or a NUL (binary data, or UTF-16 without its mark), are NOT_TEXT: a file read
 * leniently would score its mangled words as a wrong number. File errors are coded errors.
 */
export function readTextFile(path: string): string {
  const bytes = readBytes(path);
  const name = displayName(path);
  const encoding =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? "utf-16le"
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? "utf-16be"
        : "utf-8";
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw createError(
      "NOT_TEXT",
      `${name} is not valid ${encoding.toUpperCase()} text`,
      ENCODING_HINT,
    );
  }
  if (text.includes("\0")) {
    throw createError(
      "NOT_TEXT",
      `${name} contains NUL bytes (binary data, or UTF-16 without its byte-order mark)`,
      ENCODING_HINT,
    );
  }
  return text;
}

function readBytes(path: string): Uint8Array {
  try {
    if (path === STDIN_PATH) return readFileSync(0);
    if (statSync(path).isDirectory()) throw createError("IS_DIRECTORY", `${path} is a directory`);
    return readFileSync(path);
  } catch (error) {
    if (error instanceof KhulasaError) throw error;
    const code = (error as NodeJS.ErrnoException | null)?.code;
    if (code === "ENOENT" || code === "ENOTDIR") {
      throw createError("FILE_NOT_FOUND", `${path}: no such file`);
    }
    throw createError("FILE_UNREADABLE", `${path}: cannot be read (${code ?? "unknown error"})`);
  }
}
