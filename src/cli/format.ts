import type { Summary } from "../text/types.js";

/** Output formats of `khulasa summarize`. */
export const OUTPUT_FORMATS = ["text", "markdown", "json"] as const;

/** One of `OUTPUT_FORMATS`. */
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** Default output format. */
export const DEFAULT_FORMAT: OutputFormat = "text";

/** What was read, reported with `--format json`. */
export interface InputInfo {
  /** The path given, or `-` for stdin. */
  source: string;
  /** Bytes read. */
  bytes: number;
  /** How the input was read. */
  format: "text" | "html";
  /** The title used (given, or the page's). */
  title: string | null;
  /**
   * Plain text: where the article text starts in the decoded input, in UTF-16 units (after a
   * byte-order mark, which counts as one, and a leading block of `- ` lines); HTML: null.
   */
  offset: number | null;
  /**
   * HTML: the article text extracted from the page, which the sources point into (they cannot
   * point into the page's markup); absent for plain text, whose sources point into the input.
   */
  text?: string;
}

/** Help text describing the formats (shown by `khulasa summarize --help`). */
export const FORMAT_HELP = `
Formats:
  text      one "- " line per highlight (the default).
  markdown  the title as a "## " heading (when known), "- " bullets each with a footnote
            giving the article sentence it comes from (1-based) and its character offsets.
  json      {"highlights": [{"text", "sources": [{"start", "end"}], "sentence", "score"}],
             "language", "sentences", "ms", "input": {"source", "bytes", "format", "title",
             "offset", "text"?}}. "sentence" is 0-based; sources are [start, end) UTF-16
             offsets into the article text; for plain text add input.offset to get offsets
             into the input (the article starts after a byte-order mark, counted as one unit,
             and a leading block of "- " highlight lines, if any); for an HTML page they point
             into input.text, the article text read from the page.
`;

/** `- ` lines, one per highlight. */
export function formatText(summary: Summary): string {
  return summary.highlights.map((h) => `- ${h.text}\n`).join("");
}

/** JSON: the Summary and what was read, on one line. */
export function formatJson(summary: Summary, input: InputInfo): string {
  return `${JSON.stringify({ ...summary, input })}\n`;
}

/**
 * Render a summary in `format`. The Markdown writer (mdast) is loaded only for Markdown: every
 * command of the CLI loads this module, and `batch` has no use for it.
 */
export async function formatSummary(
  summary: Summary,
  format: OutputFormat,
  input: InputInfo,
): Promise<string> {
  switch (format) {
    case "markdown": {
      const { formatMarkdown } = await import("./markdown.js");
      return formatMarkdown(summary, input.title);
    }
    case "json":
      return formatJson(summary, input);
    default:
      return formatText(summary);
  }
}
