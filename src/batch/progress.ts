import { Readable } from "node:stream";
import type { BatchStats } from "./run-batch.js";

/** A progress display: updated after each record, stopped at the end. */
export interface Progress {
  update(stats: BatchStats): void;
  /**
   * Stop; `done` (the whole input was read) fills the bar, a failed run leaves it where it was.
   * The bar hides the cursor and turns line wrapping off until it stops: a run stopped by a
   * signal stops it too, or the terminal keeps them off. Once stopped, it stays so.
   */
  stop(done?: boolean): void;
}

/** A stream that passes `source` through and counts the bytes read from it. */
export function countBytes(source: Readable): { stream: Readable; bytes: () => number } {
  let bytes = 0;
  async function* pass(): AsyncGenerator<Buffer> {
    for await (const chunk of source) {
      const buf = typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer);
      bytes += buf.length;
      yield buf;
    }
  }
  return { stream: Readable.from(pass(), { objectMode: false }), bytes: () => bytes };
}

/**
 * A progress bar on `stream` (cli-progress, loaded only when needed): by bytes when the input
 * size is known, else a record counter.
 */
export async function createProgress(
  stream: NodeJS.WriteStream,
  totalBytes: number | null,
  bytesRead: () => number,
): Promise<Progress> {
  const { default: cliProgress } = await import("cli-progress");
  const known = totalBytes !== null && totalBytes > 0;
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: known
        ? "khulasa batch [{bar}] {percentage}% | {records} records, {failed} failed | {duration_formatted}"
        : "khulasa batch {records} records, {failed} failed | {duration_formatted}",
      hideCursor: true,
      clearOnComplete: false,
      fps: 5,
    },
    cliProgress.Presets.shades_classic,
  );
  let stopped = false;
  bar.start(known ? totalBytes : 1, 0, { records: 0, failed: 0 });
  return {
    update: (stats) => {
      const payload = { records: stats.records, failed: stats.failed };
      if (known) bar.update(bytesRead(), payload);
      else bar.update(payload);
    },
    stop: (done = false) => {
      if (stopped) return;
      stopped = true;
      if (known && done) bar.update(totalBytes, {});
      bar.stop();
    },
  };
}
