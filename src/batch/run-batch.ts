import type { Readable, Writable } from "node:stream";
import { createError } from "../errors.js";
import { type BatchRecord, readBatchRecords } from "../io/batch-record.js";
import { DEFAULT_MAX_LINE_BYTES, type JsonlItem } from "../io/jsonl.js";
import { articleTooLarge, DEFAULT_MAX_BYTES } from "../io/limits.js";
import { fileError } from "../io/read-input.js";
import { DEFAULT_CHUNK } from "./chunking.js";
import { OrderedOutput } from "./ordered-output.js";
import { type BatchOutcome, errorOutcome } from "./outcome.js";
import type { Summarizer } from "./pool.js";

/**
 * Records in flight per worker thread (queued in the pool or waiting to be written in order):
 * three chunks, so a worker always has the next one when it finishes one.
 */
export const IN_FLIGHT_PER_WORKER = 3 * DEFAULT_CHUNK.records;

/** Article text in flight per worker thread, in UTF-16 units (bounds memory for long articles). */
export const UNITS_IN_FLIGHT_PER_WORKER = 4 * DEFAULT_CHUNK.units;

/** Options of `runBatch`. */
export interface RunBatchOptions {
  input: Readable;
  output: Writable;
  summarizer: Summarizer;
  /** Highlights per record (null: chosen from the article). */
  count?: number | null;
  compress?: boolean;
  /** Largest article, in UTF-8 bytes (default `DEFAULT_MAX_BYTES`); larger gives TOO_LARGE. */
  maxBytes?: number;
  /** The input's name for messages (default "the input"). */
  inputName?: string;
  /** Called after each output line is handed to `output`. */
  onProgress?: (stats: BatchStats) => void;
  /**
   * Stops the run when it aborts (the process is stopping on a signal): no line is handed to
   * `output` after it, and the run rejects with its reason. The output holds the lines counted by
   * the last `onProgress` once it has drained.
   */
  halt?: AbortSignal;
}

/** Counts of a batch run. */
export interface BatchStats {
  /** Non-blank input lines seen (= output lines written). */
  records: number;
  ok: number;
  failed: number;
  /**
   * Lines that are not valid JSON (BAD_JSON), counted as they are read: all of them at the end
   * says the input was no JSONL at all (a text file given to `batch`).
   */
  notJson: number;
  /**
   * The input line of the last record written (0 before the first): a run stopped early can be
   * resumed at the line after it (blank lines give no output line, so `records` cannot say).
   */
  lastLine: number;
}

/**
 * Summarize a JSONL stream of `{id, article, title?}` records into one JSON line per record,
 * in input order, with a bounded number of records in flight. A bad line gives an error line
 * and the run goes on. Throws EMPTY_FILE when the input has no records, and a coded file error
 * when the input cannot be read on (after writing the lines of the records read before it).
 */
export async function runBatch(options: RunBatchOptions): Promise<BatchStats> {
  const { summarizer, output } = options;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const stats: BatchStats = { records: 0, ok: 0, failed: 0, notJson: 0, lastLine: 0 };
  // The input lines of the outcomes pushed and not yet written: `ordered` writes in that order.
  const lines: number[] = [];
  const threads = Math.max(1, summarizer.threads);
  const window = {
    records: threads * IN_FLIGHT_PER_WORKER,
    units: threads * UNITS_IN_FLIGHT_PER_WORKER,
  };
  const ordered = new OrderedOutput(
    output,
    window,
    (outcome) => {
      stats.records++;
      stats.lastLine = lines.shift() ?? stats.lastLine;
      if (outcome.failed) stats.failed++;
      else stats.ok++;
      options.onProgress?.(stats);
    },
    options.halt,
  );
  const maxLineBytes = Math.max(DEFAULT_MAX_LINE_BYTES, 4 * maxBytes);
  const records = readBatchRecords(options.input, maxLineBytes);
  for (;;) {
    options.halt?.throwIfAborted();
    let next: IteratorResult<JsonlItem<BatchRecord>>;
    try {
      next = await records.next();
    } catch (error) {
      // The records read before the failure are still summarized and written: the run's output
      // holds every line up to the one the input broke at. The input's error is the one reported.
      await ordered.flush().catch(() => {});
      throw fileError(error, options.inputName ?? "the input");
    }
    if (next.done) break;
    const item = next.value;
    let outcome: Promise<BatchOutcome>;
    let units = 0;
    const tooLarge = "error" in item ? null : articleTooLarge(item.record.article, maxBytes);
    if ("error" in item) {
      if (item.error.code === "BAD_JSON") stats.notJson++;
      outcome = Promise.resolve(errorOutcome(item.line, item.error, item.id, item.field));
    } else if (tooLarge !== null) {
      outcome = Promise.resolve(errorOutcome(item.line, tooLarge, item.record.id));
    } else {
      const { id, article, title } = item.record;
      units = article.length;
      outcome = summarizer.run({
        line: item.line,
        id,
        article,
        title,
        count: options.count ?? null,
        compress: options.compress ?? true,
      });
    }
    lines.push(item.line);
    await ordered.push(outcome, units);
  }
  await ordered.flush();
  if (stats.records === 0) {
    throw createError("EMPTY_FILE", `${options.inputName ?? "the input"} has no records`);
  }
  return stats;
}
