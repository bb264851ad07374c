import { asKhulasaError } from "../errors.js";
import { type PreparedArticle, prepareArticle } from "../io/article.js";
import { checkPlainCharacters, checkWellFormed } from "../io/decode.js";
import { summarize } from "../summarize.js";
import { type BatchOutcome, errorOutcome } from "./outcome.js";

export type { BatchOutcome } from "./outcome.js";

/** One record to summarize, as sent to a worker thread (plain data, structured-clone safe). */
export interface BatchTask {
  /** 1-based line of the record in the input. */
  line: number;
  id: string | number;
  article: string;
  title: string | null;
  count: number | null;
  compress: boolean;
}

/** The output object of a summarized record. */
export interface BatchSuccessLine {
  id: string | number;
  highlights: string[];
  /**
   * Per highlight, its `[start, end)` source spans (UTF-16 offsets). For plain text they are
   * offsets into the record's `article`; for an HTML article (`format: "html"`) they refer to
   * the extracted text and are left out.
   */
  sources?: [number, number][][];
  format?: "html";
}

/**
 * A record's article as `summarizeRecord` summarizes it: NOT_TEXT for a NUL or mostly control
 * characters, or half of a character in the article or the title, then `prepareArticle` (an
 * HTML page's article text, a leading block of `- ` highlight lines cut off, EMPTY_INPUT,
 * NOT_ARABIC, NO_ARTICLE). `khulasa eval` prepares the gold articles with it too, so that it
 * scores what `batch` writes. Throws a KhulasaError.
 */
export async function prepareRecord(
  task: Pick<BatchTask, "line" | "article" | "title">,
): Promise<PreparedArticle> {
  checkPlainCharacters(task.article, `the article of line ${task.line}`);
  if (task.title) checkWellFormed(task.title, `the title of line ${task.line}`);
  return prepareArticle(task.article, { title: task.title });
}

/** Summarize one record into its output line; never throws (errors become error lines). */
export async function summarizeRecord(task: BatchTask): Promise<BatchOutcome> {
  try {
    const prepared = await prepareRecord(task);
    const summary = summarize(prepared.text, {
      count: task.count,
      title: prepared.title,
      compress: task.compress,
    });
    const out: BatchSuccessLine = {
      id: task.id,
      highlights: summary.highlights.map((h) => h.text),
    };
    if (prepared.offset === null) {
      out.format = "html";
    } else {
      const shift = prepared.offset;
      out.sources = summary.highlights.map((h) =>
        h.sources.map((s): [number, number] => [s.start + shift, s.end + shift]),
      );
    }
    return { failed: false, json: JSON.stringify(out) };
  } catch (error) {
    return errorOutcome(task.line, asKhulasaError(error), task.id);
  }
}
