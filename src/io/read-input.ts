import { fstatSync } from "node:fs";
import { open } from "node:fs/promises";
import type { Readable } from "node:stream";
import { createError, KhulasaError } from "../errors.js";
import { decodeText } from "./decode.js";
import { checkMaxBytes, DEFAULT_MAX_BYTES } from "./limits.js";
import { readPath, textAsPathError } from "./text-as-path.js";

/** The name of standard input on the command line. */
export const STDIN = "-";

/** How messages name an input: `stdin` for `-`, else its path. */
export function displayName(path: string): string {
  return path === STDIN ? "stdin" : path;
}

/** An opened input: a byte stream, a name for messages, and its size when known. */
export interface InputSource {
  stream: Readable;
  /** `stdin` or the path, for messages. */
  name: string;
  /**
   * Size in bytes of a regular file, also one stdin is redirected from (at most what is left to
   * read there); null for pipes, terminals and devices.
   */
  size: number | null;
}

/** Options of `readInput`. */
export interface ReadInputOptions {
  /** Largest input in bytes (default `DEFAULT_MAX_BYTES`); more gives TOO_LARGE. */
  maxBytes?: number;
  /** The stream read for `-` (default `process.stdin`). */
  stdin?: Readable;
}

/** A file-system error as a KhulasaError naming `path`. */
export function fileError(error: unknown, path: string): KhulasaError {
  if (error instanceof KhulasaError) return error;
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === "ENOENT" || code === "ENOTDIR" || code === "ENAMETOOLONG") {
    const reading = readPath(path, code);
    if (reading !== "path") return textAsPathError(path, reading);
  }
  switch (code) {
    case "ENOENT":
    case "ENOTDIR":
      return createError("FILE_NOT_FOUND", `no such file: ${path}`);
    case "EISDIR":
      return createError("IS_DIRECTORY", `${path} is a directory`);
    case "EACCES":
    case "EPERM":
      return createError("FILE_UNREADABLE", `cannot read ${path} (permission denied)`);
    case "ERR_FS_FILE_TOO_LARGE":
      return tooLargeToRead(path);
    default:
      return createError("FILE_UNREADABLE", `cannot read ${path} (${code ?? "unknown error"})`);
  }
}

/** Most bytes a file read at once may hold: Node's `readFileSync` reads no more (2 GiB - 1). */
export const MAX_READ_BYTES = 2 ** 31 - 1;

/** TOO_LARGE for an input over `MAX_READ_BYTES`, which is read at once (a JSONL data file). */
export function tooLargeToRead(name: string): KhulasaError {
  return createError(
    "TOO_LARGE",
    `${name} is over 2 GiB, more than can be read at once`,
    "Split it into smaller files.",
  );
}

/** Open a file path, or `-` for stdin, as a byte stream; file errors become coded errors. */
export async function openInput(
  source: string,
  options: { stdin?: Readable } = {},
): Promise<InputSource> {
  if (source === "") throw emptyPath();
  if (source === STDIN) {
    // Node reads a directory on stdin (`< /tmp`) as an empty stream: it would be EMPTY_INPUT.
    const stats = options.stdin === undefined ? stdinStats() : null;
    if (stats?.isDirectory()) throw createError("IS_DIRECTORY", "stdin is a directory");
    // Redirected from a regular file (`- < in.jsonl`): its size is known, as a named file's (for
    // a progress bar: a shell may have read part of it already, so it is at most what is left).
    const size = stats?.isFile() ? Number(stats.size) : null;
    return { stream: options.stdin ?? process.stdin, name: displayName(source), size };
  }
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(source, "r");
  } catch (error) {
    throw fileError(error, source);
  }
  try {
    const stats = await handle.stat();
    if (stats.isDirectory()) throw createError("IS_DIRECTORY", `${source} is a directory`);
    const stream = handle.createReadStream();
    return { stream, name: source, size: stats.isFile() ? stats.size : null };
  } catch (error) {
    await handle.close();
    throw fileError(error, source);
  }
}

/** The error for a file name given as "" (an unset shell variable): no file could be meant. */
export function emptyPath(what = "the input file"): KhulasaError {
  return createError(
    "USAGE",
    `${what} is named by an empty string`,
    "Give a path, or - for stdin.",
  );
}

/** What the process's standard input is (a file, a directory, a pipe), or null when unknown. */
function stdinStats(): ReturnType<typeof fstatSync> | null {
  try {
    return fstatSync(0);
  } catch {
    return null;
  }
}

/**
 * Read a whole stream into a Buffer, stopping (and destroying the stream) as soon as it is
 * over `maxBytes`: TOO_LARGE. Read errors become FILE_UNREADABLE.
 */
export async function readLimited(
  stream: Readable,
  maxBytes: number,
  name: string,
): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream) {
      const buf = typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer);
      total += buf.length;
      if (total > maxBytes) throw tooLarge(name, maxBytes);
      chunks.push(buf);
    }
  } catch (error) {
    stream.destroy();
    throw fileError(error, name);
  }
  return Buffer.concat(chunks, total);
}

/** Read a file path or `-` (stdin) into a Buffer, at most `maxBytes` bytes. */
export async function readInput(source: string, options: ReadInputOptions = {}): Promise<Buffer> {
  const maxBytes = checkMaxBytes(options.maxBytes ?? DEFAULT_MAX_BYTES);
  const input = await openInput(source, options);
  // Stdin's size may count bytes read before (see `openInput`): it is read up to the limit.
  if (source !== STDIN && input.size !== null && input.size > maxBytes) {
    input.stream.destroy();
    throw tooLarge(input.name, maxBytes);
  }
  return readLimited(input.stream, maxBytes, input.name);
}

/** Read a file path or `-` as UTF-8 text (BOM removed); NOT_TEXT for binary data. */
export async function readTextInput(
  source: string,
  options: ReadInputOptions = {},
): Promise<string> {
  const bytes = await readInput(source, options);
  return decodeText(bytes, displayName(source));
}

function tooLarge(name: string, maxBytes: number): KhulasaError {
  return createError("TOO_LARGE", `${name} is over the limit of ${maxBytes} bytes`);
}
