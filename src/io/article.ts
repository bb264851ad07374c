import { checkArticleText, checkIsText, checkNotBlank } from "../analysis/check.js";
import { createError } from "../errors.js";
import { optionsObject } from "../options.js";
import { describeValue } from "../text/describe.js";
import { looksLikeHtml } from "./detect-html.js";
import { stripLeadingHighlights } from "./highlights-block.js";

/** How to read an input: HTML, plain text, or detected (`"auto"`, the default). */
export type HtmlMode = boolean | "auto";

/**
 * Options of `prepareArticle`. An option given as `null` or `undefined` takes its default (typed
 * so for callers compiled with `exactOptionalPropertyTypes`, as `SummarizeOptions` is).
 */
export interface PrepareOptions {
  /** The article's title; when absent, an HTML page's title is used. */
  title?: string | null | undefined;
  /** true: HTML; false: plain text; "auto" (default, also for null): detected with `looksLikeHtml`. */
  html?: HtmlMode | null | undefined;
}

/** The hint of a `prepareArticle` input that is neither text nor bytes. */
const PREPARE_INPUT_HINT =
  "prepareArticle takes the article or the page as a string, or as its bytes (a Uint8Array or Buffer).";

/** The hint of a bad option of `prepareArticle` (a library caller has no `--help`). */
const PREPARE_OPTIONS_HINT =
  'prepareArticle takes { title: a string or null, html: true, false or "auto" }.';

/** An article ready for `summarize`: spans of the Summary refer to `text`. */
export interface PreparedArticle {
  /** The article text. For plain text, `raw.slice(offset)`; for HTML, the extracted body. */
  text: string;
  /** The given title, else the page title (HTML), else null. */
  title: string | null;
  format: "text" | "html";
  /**
   * For plain text, where `text` starts in `raw` (after a BOM and a leading block of `- `
   * highlight lines): `raw.slice(offset) === text`. Null for HTML.
   */
  offset: number | null;
}

/**
 * Turn raw input (plain text or an HTML page, as a string or as bytes) into the article to
 * summarize. Bytes are decoded as the CLI decodes a file: UTF-8, UTF-16 with a byte-order mark,
 * or the charset an HTML page declares (windows-1256, …); anything else is NOT_TEXT, with a hint
 * to convert it. Plain text is never rewritten: only a BOM and a leading block of `- `
 * highlight lines followed by an article are cut off (see `offset`). HTML is loaded lazily and
 * reduced to its article body.
 * Throws EMPTY_INPUT, NO_ARTICLE or NOT_ARABIC, and NOT_TEXT or BAD_OPTION for arguments of the
 * wrong type (KhulasaError).
 */
export async function prepareArticle(
  input: string | Uint8Array,
  passed: PrepareOptions | null = {},
): Promise<PreparedArticle> {
  // Bytes (a file's, a response's) are read as `khulasa summarize` reads a file (`decodeInput`).
  // The decoder, with its charset sniffer, is loaded for bytes only: a batch worker never needs it.
  let raw: unknown = input;
  if (input instanceof Uint8Array) {
    const { decodeInput } = await import("./encoding.js");
    raw = decodeInput(input, "the input", { keepBom: true });
  }
  checkIsText(raw, "the input", PREPARE_INPUT_HINT);
  const options = optionsObject(passed, ["title", "html"], PREPARE_OPTIONS_HINT);
  if (options.title != null && typeof options.title !== "string") {
    throw createError(
      "BAD_OPTION",
      `title must be a string, got ${describeValue(options.title)}`,
      PREPARE_OPTIONS_HINT,
    );
  }
  const mode = options.html ?? "auto";
  if (mode !== "auto" && typeof mode !== "boolean") {
    throw createError(
      "BAD_OPTION",
      `html must be true, false or "auto", got ${describeValue(mode)}`,
      PREPARE_OPTIONS_HINT,
    );
  }
  checkNotBlank(raw, "the article");
  const given = options.title?.trim() ? options.title : null;
  const html = mode === "auto" ? looksLikeHtml(raw) : mode;
  let prepared: PreparedArticle;
  if (html) {
    const { extractHtmlArticle } = await import("./html.js");
    const article = extractHtmlArticle(raw);
    if (article === null) {
      throw createError(
        "NO_ARTICLE",
        "found no article text in the HTML page (only navigation, links, scripts or a cookie notice)",
      );
    }
    prepared = { text: article.text, title: given ?? article.title, format: "html", offset: null };
  } else {
    const offset = stripLeadingHighlights(raw);
    prepared = { text: raw.slice(offset), title: given, format: "text", offset };
  }
  checkArticleText(prepared.text);
  return prepared;
}
