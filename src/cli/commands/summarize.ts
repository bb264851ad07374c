import type { Command } from "commander";
import { createError, type KhulasaError } from "../../errors.js";
import { DEFAULT_MAX_BYTES, parseByteSize } from "../../io/limits.js";
import { displayName, readInput, STDIN } from "../../io/read-input.js";
import { COUNT_RANGE, resolveOptions } from "../../options.js";
import {
  DEFAULT_FORMAT,
  FORMAT_HELP,
  formatSummary,
  type InputInfo,
  OUTPUT_FORMATS,
  type OutputFormat,
} from "../format.js";
import { writeText } from "../output.js";
import { shellWord } from "../shell-word.js";

/** Raw options of `khulasa summarize` as commander gives them. */
interface SummarizeFlags {
  count?: string;
  title?: string;
  format: string;
  compress: boolean;
  maxBytes?: string;
  html?: boolean;
  text?: boolean;
}

/** Parse `--count`: a whole number in `COUNT_RANGE`; BAD_OPTION otherwise. */
export function parseCount(value: string | undefined): number | null {
  if (value === undefined) return null;
  const n = /^\s*\d+\s*$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isInteger(n) || n < COUNT_RANGE.min || n > COUNT_RANGE.max) {
    throw createError(
      "BAD_OPTION",
      `--count must be a whole number from ${COUNT_RANGE.min} to ${COUNT_RANGE.max}, got "${value}"`,
    );
  }
  return n;
}

/** Parse `--format`; BAD_OPTION for anything but text, markdown or json. */
export function parseFormat(value: string): OutputFormat {
  const format = OUTPUT_FORMATS.find((f) => f === value);
  if (!format) {
    throw createError(
      "BAD_OPTION",
      `--format must be one of ${OUTPUT_FORMATS.join(", ")}, got "${value}"`,
    );
  }
  return format;
}

/** `--html` / `--text` as the `html` option of `prepareArticle`. */
function htmlMode(flags: SummarizeFlags): boolean | "auto" {
  if (flags.html && flags.text) throw createError("BAD_OPTION", "give --html or --text, not both");
  if (flags.html) return true;
  if (flags.text) return false;
  return "auto";
}

/** `text` parsed as JSON when it is an object or an array (else null). */
function jsonContainer(text: string): object | null {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === "object" ? value : null;
  } catch {
    return null;
  }
}

/**
 * USAGE when `raw` is JSON rather than an article: it opens (after white space and a BOM) with
 * `{` or `[`, and its first line, or the whole text, parses as a JSON object or array. An article
 * never does (a text opening `[عاجل]` or `{…}` is no JSON), and summarized as text its bullets
 * would be JSON syntax, with the `\n` escapes of its line breaks glued to words. The hint says
 * what reads it: `khulasa batch` for JSONL records, `jq` to take an article out or to make an
 * array JSONL.
 */
function jsonInputError(raw: string, source: string): KhulasaError | null {
  const text = raw.replace(/^[\s\uFEFF]+/u, "");
  if (!text.startsWith("{") && !text.startsWith("[")) return null;
  const end = text.indexOf("\n");
  const line = jsonContainer(end === -1 ? text : text.slice(0, end));
  const value = line ?? jsonContainer(text);
  if (value === null) return null;
  const name = displayName(source);
  const file = source === STDIN ? "FILE" : shellWord(source);
  if (Array.isArray(value)) {
    return createError(
      "USAGE",
      `${name} is a JSON array, not an article`,
      `For an array of {"id", "article"} records, make it JSONL for batch: \`jq -c '.[]' ${file} | khulasa batch -\`.`,
    );
  }
  if (line !== null) {
    return createError(
      "USAGE",
      `${name} is JSON lines (JSONL), not an article`,
      `For {"id", "article"} records, one a line, run \`khulasa batch ${source === STDIN ? "-" : file}\`; ` +
        `for the first record's article alone, \`head -n 1 ${file} | jq -r .article | khulasa summarize\`.`,
    );
  }
  return createError(
    "USAGE",
    `${name} is a JSON object, not an article`,
    `Give the article as text, e.g. \`jq -r .article ${file} | khulasa summarize\`.`,
  );
}

/** Run `khulasa summarize [FILE|-]`: read, prepare, summarize, print. */
export async function runSummarize(file: string | undefined, flags: SummarizeFlags): Promise<void> {
  const count = parseCount(flags.count);
  const format = parseFormat(flags.format);
  const maxBytes = flags.maxBytes === undefined ? DEFAULT_MAX_BYTES : parseByteSize(flags.maxBytes);
  const html = htmlMode(flags);
  resolveOptions({ count, title: flags.title ?? null, compress: flags.compress });
  let source = file;
  if (source === undefined) {
    if (process.stdin.isTTY) {
      throw createError(
        "USAGE",
        "give a file to summarize, or pipe an article into stdin",
        "Example: khulasa summarize article.txt (or: cat article.txt | khulasa summarize)",
      );
    }
    source = STDIN;
  }
  const bytes = await readInput(source, { maxBytes });
  // Loaded here, not at start-up: `batch` (which shares this module's parsers) leaves the
  // engine to its worker threads.
  const { checkNotBlank } = await import("../../analysis/check.js");
  const { decodeInput } = await import("../../io/encoding.js");
  const { prepareArticle } = await import("../../io/article.js");
  const { summarize } = await import("../../summarize.js");
  // The BOM stays: prepareArticle skips it and counts it in `offset` (offsets into the input).
  const name = displayName(source);
  const raw = decodeInput(bytes, name, { keepBom: true });
  // prepareArticle checks the same, but could only call it "the article".
  checkNotBlank(raw, name);
  const json = jsonInputError(raw, source);
  if (json !== null) throw json;
  const article = await prepareArticle(raw, { title: flags.title ?? null, html });
  const summary = summarize(article.text, {
    count,
    title: article.title,
    compress: flags.compress,
  });
  const input: InputInfo = {
    source,
    bytes: bytes.length,
    format: article.format,
    title: article.title,
    offset: article.offset,
    // The sources of a page point into its extracted text: given, so that they can be used.
    ...(article.format === "html" ? { text: article.text } : {}),
  };
  await writeText(await formatSummary(summary, format, input));
}

/** Register `khulasa summarize`. */
export function registerSummarize(program: Command): void {
  program
    .command("summarize")
    .description("Print the highlights of an Arabic article (plain text or an HTML page).")
    .argument("[file]", 'the article; "-" or nothing reads stdin (when it is not a terminal)')
    .option(
      "-n, --count <n>",
      `number of highlights, ${COUNT_RANGE.min}-${COUNT_RANGE.max} (default: 3 or 4, from the article)`,
    )
    .option("-t, --title <title>", "the article's title (default: the page title for HTML)")
    .option("-f, --format <format>", `output: ${OUTPUT_FORMATS.join(", ")}`, DEFAULT_FORMAT)
    .option("--no-compress", "keep whole sentences (no clause trimming)")
    .option(
      "--max-bytes <size>",
      "largest input, e.g. 500000, 64k, 5M",
      `${DEFAULT_MAX_BYTES / (1024 * 1024)}M`,
    )
    .option("--html", "read the input as an HTML page (default: detected)")
    .option("--text", "read the input as plain text (default: detected)")
    .addHelpText(
      "after",
      `${FORMAT_HELP}
Input: text or an HTML page (detected; the article body is extracted), in UTF-8, in UTF-16
with a byte-order mark, or (a page) in the charset its <meta> declares, such as windows-1256.
Leading "- " lines (highlights printed above an article) are not part of the article.
JSON (JSONL records, an array, an object) is refused: khulasa batch reads JSONL.
`,
    )
    .action(runSummarize);
}
