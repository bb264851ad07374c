import { fstatSync, readFileSync, statSync } from "node:fs";
import { createError, KhulasaError } from "../errors.js";
import { compressedError } from "./compressed.js";
import { decodeAs } from "./decode.js";
import {
  displayName,
  emptyPath,
  fileError,
  MAX_READ_BYTES,
  readInput,
  STDIN,
  tooLargeToRead,
} from "./read-input.js";
import { utf16WithoutBomError } from "./utf16-guess.js";
import { utf16Bom } from "./utf16-stream.js";

/**
 * The whole text of a file, or of standard input for `-`, read at once: UTF-8, or UTF-16 with
 * its byte-order mark (the mark is dropped), as `khulasa batch` reads its input. Bytes that are
 * not valid in that encoding, UTF-16 without its mark, or binary data are NOT_TEXT with `hint`
 * (compressed data with the command that expands it):
 * a data file read leniently would score its mangled words as a wrong number. File errors are
 * coded errors (FILE_NOT_FOUND, IS_DIRECTORY, FILE_UNREADABLE, and TOO_LARGE over 2 GiB).
 */
export function readTextFileSync(path: string, hint?: string): string {
  return decodeDataFile(readBytes(path), displayName(path), hint);
}

/**
 * `readTextFileSync`, with standard input (`-`) read as a stream, as `khulasa summarize -` reads
 * it: a pipe that an earlier process left non-blocking is waited on, where a read at once fails
 * with EAGAIN when its data has not come yet.
 */
export async function readTextFile(path: string, hint?: string): Promise<string> {
  // Stdin redirected from a file (`- < gold.jsonl`) is read at once: a file never waits, and a
  // file too large is refused by its size before a byte is read.
  const bytes = path === STDIN && !stdinIsFile() ? await readStdinStream() : readBytes(path);
  return decodeDataFile(bytes, displayName(path), hint);
}

/** Whether standard input is a regular file. */
function stdinIsFile(): boolean {
  try {
    return fstatSync(0).isFile();
  } catch {
    return false;
  }
}

/** Standard input (a pipe, a terminal) read as a stream, up to what a file may hold. */
async function readStdinStream(): Promise<Uint8Array> {
  try {
    return await readInput(STDIN, { maxBytes: MAX_READ_BYTES });
  } catch (error) {
    if (error instanceof KhulasaError && error.code === "TOO_LARGE") throw tooLargeToRead("stdin");
    throw error;
  }
}

/** The text of a data file's bytes (see `readTextFileSync`), named `name` in messages. */
function decodeDataFile(bytes: Uint8Array, name: string, hint?: string): string {
  const compressed = compressedError(bytes, name);
  if (compressed !== null) throw compressed;
  const bom = utf16Bom(bytes);
  if (bom === null) {
    const utf16 = utf16WithoutBomError(bytes, name);
    if (utf16 !== null) throw utf16;
  }
  return decodeAs(bytes, bom ?? "UTF-8", name, { hint, binaryHint: hint });
}

function readBytes(path: string): Uint8Array {
  try {
    if (path === "") throw emptyPath();
    if (path === STDIN) return readFileSync(0);
    if (statSync(path).isDirectory()) throw createError("IS_DIRECTORY", `${path} is a directory`);
    return readFileSync(path);
  } catch (error) {
    throw fileError(error, displayName(path));
  }
}
