import { createError, type KhulasaError } from "../errors.js";

/** What a path that names no file reads as: an article's text, a JSON record, or a path. */
export type PathReading = "text" | "json" | "path";

/** Whitespace runs from which a name with no `/` reads as a sentence, not a file's name. */
const MIN_SENTENCE_GAPS = 5;

/** A file name's extension at the end (`.txt`, `.html`): a long name with one is a file's. */
const EXTENSION = /\.[A-Za-z][A-Za-z0-9]{0,4}$/;

/** Characters of the name that a message quotes back. */
const PREVIEW_CHARS = 40;

/**
 * What a path that could not be opened (`code`: ENOENT, ENOTDIR, ENAMETOOLONG) reads as. The
 * article, or a JSONL line, given where the file's path goes (`khulasa summarize "$(cat a.txt)"`,
 * `summarize --text "…"` taking --text for an option with a value, `batch '{"id": …}'`) is no
 * file: it reads as text when it holds a line break, is too long for a name, or has no `/` and
 * words enough for a sentence and no extension; as JSON when it opens with `{` or `[` as well.
 */
export function readPath(path: string, code: string | undefined): PathReading {
  const json = /^\s*[{[]/.test(path);
  const text =
    /[\n\r]/.test(path) ||
    code === "ENAMETOOLONG" ||
    (!path.includes("/") &&
      (json || ((path.match(/\s+/g)?.length ?? 0) >= MIN_SENTENCE_GAPS && !EXTENSION.test(path))));
  if (!text) return "path";
  return json ? "json" : "text";
}

/** The start of `path` on one line, for a message: its first characters, `…` if cut. */
function preview(path: string): string {
  const chars = [...path.trim().replace(/\s+/g, " ")];
  const head = chars.slice(0, PREVIEW_CHARS).join("");
  return chars.length > PREVIEW_CHARS ? `${head}…` : head;
}

/**
 * FILE_NOT_FOUND for a path that reads as text or JSON (`readPath`): it quotes only its start,
 * not a whole article on one line, and the hint gives the command that reads it from stdin.
 */
export function textAsPathError(path: string, reading: "text" | "json"): KhulasaError {
  const what = reading === "json" ? "JSON" : "an article's text";
  const hint =
    reading === "json"
      ? "Give JSONL records on stdin: `printf '%s\\n' \"$RECORD\" | khulasa batch -` (or `khulasa eval -`), or give the path of their file."
      : "Give the article on stdin: `printf '%s\\n' \"$ARTICLE\" | khulasa summarize`, or give the path of its file (--text takes no value: it reads the input as plain text).";
  return createError(
    "FILE_NOT_FOUND",
    `no such file: "${preview(path)}" (${[...path].length} characters), which reads as ${what}, not a path`,
    hint,
  );
}
