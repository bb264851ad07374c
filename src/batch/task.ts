import { asKhulasaError } from "../errors.js";
import { prepareArticle } from "../io/article.js";
import { checkPlainCharacters } from "../io/decode.js";
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

/** Summarize one record into its output line; never throws (errors become error lines). */
export async function summarizeRecord(task: BatchTask): Promise<BatchOutcome> {
  try {
    checkPlainCharacters(task.article, `the article of line ${task.line}`);
    const prepared = await prepareArticle(task.article, { title: task.title });
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
