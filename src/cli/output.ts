import { open } from "node:fs/promises";
import type { Writable } from "node:stream";
import { finished } from "node:stream/promises";
import { isatty } from "node:tty";
import { createError, KhulasaError } from "../errors.js";
import { STDIN } from "../io/read-input.js";

/** Where a command writes: a stream, and its name for messages (`stdout` or the path). */
export interface Output {
  stream: Writable;
  name: string;
  /** Whether the output is a terminal (stdout on one, or `-o /dev/tty`). */
  terminal: boolean;
}

/** The error code of a failed write or open, when it has one. */
export function errnoCode(error: unknown): string | undefined {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return typeof code === "string" ? code : undefined;
}

/** True for the error of a reader that went away (e.g. `| head`): the command stops quietly. */
export function isClosedPipe(error: unknown): boolean {
  return errnoCode(error) === "EPIPE";
}

/** An output error (opening, writing or closing `name`) as a coded error. */
export function writeError(error: unknown, name: string): KhulasaError {
  if (error instanceof KhulasaError) return error;
  const code = errnoCode(error) ?? "unknown error";
  if (code === "ENOENT" || code === "ENOTDIR") {
    return createError("FILE_NOT_FOUND", `cannot write ${name}: its folder does not exist`);
  }
  if (code === "EISDIR") return createError("IS_DIRECTORY", `cannot write ${name}: a directory`);
  return createError("WRITE_FAILED", `cannot write ${name} (${code})`);
}

/** Open `path` for writing, or stdout for nothing or `-`; open errors become coded errors. */
export async function openOutput(path: string | undefined): Promise<Output> {
  if (path === undefined || path === STDIN) {
    return { stream: process.stdout, name: "stdout", terminal: isatty(1) };
  }
  if (path === "") {
    throw createError(
      "USAGE",
      "the output file is named by an empty string",
      "Give a path, or - for stdout.",
    );
  }
  try {
    const handle = await open(path, "w");
    return { stream: handle.createWriteStream(), name: path, terminal: isatty(handle.fd) };
  } catch (error) {
    throw writeError(error, path);
  }
}

/**
 * Finish an output: a file is ended and waited for, so that a write that fails after it was
 * opened (a full disk, a device that refuses data) is WRITE_FAILED rather than lost. Stdout is
 * left open. A closed pipe is not an error.
 */
export async function closeOutput(output: Output): Promise<void> {
  if (output.stream === process.stdout) return;
  output.stream.end();
  try {
    await finished(output.stream);
  } catch (error) {
    if (!isClosedPipe(error)) throw writeError(error, output.name);
  }
}

/** Streams that already have the listener of `writeText` (one is enough). */
const guarded = new WeakSet<Writable>();

/**
 * Write `text` to `stream` (default stdout) and wait until it is written: a failed write is
 * WRITE_FAILED naming `name`, never an uncaught 'error' event; a reader that went away
 * (EPIPE, e.g. `| head -1`) is ignored.
 */
export async function writeText(
  text: string,
  stream: Writable = process.stdout,
  name = "stdout",
): Promise<void> {
  if (!guarded.has(stream)) {
    // The failure also arrives as the write's callback error; this listener only keeps the
    // 'error' event from crashing the process.
    stream.on("error", () => {});
    guarded.add(stream);
  }
  await new Promise<void>((resolve, reject) => {
    stream.write(text, (error) => {
      if (error && !isClosedPipe(error)) reject(writeError(error, name));
      else resolve();
    });
  });
}
