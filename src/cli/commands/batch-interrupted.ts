import type { BatchStats } from "../../batch/run-batch.js";
import { createError, type KhulasaError } from "../../errors.js";

/** Where a batch run was when a signal stopped it. */
export interface StoppedBatch {
  signal: NodeJS.Signals;
  /** The lines written to the output (it has drained), and how many of them are error lines. */
  written: Pick<BatchStats, "records" | "failed">;
  /** The output's name for messages (`stdout` or the path). */
  output: string;
  /** Whether the whole input had been read and written when the signal came. */
  complete: boolean;
}

/**
 * The INTERRUPTED error of a batch run stopped by a signal: how many records the output holds,
 * and whether it is incomplete, so that neither a person nor a script takes a cut file for a
 * whole one (the file sits under its final name).
 */
export function interruptedError(stopped: StoppedBatch): KhulasaError {
  const { signal, written, output } = stopped;
  const n = written.records;
  const records = `${n} ${n === 1 ? "record" : "records"}`;
  const failed = written.failed > 0 ? ` (${written.failed} failed)` : "";
  if (stopped.complete) {
    return createError(
      "INTERRUPTED",
      `${signal} came once the run was over: ${output} holds every record, ${records}${failed}`,
      "Nothing is missing; the exit code only reports the signal.",
    );
  }
  if (n === 0) {
    return createError(
      "INTERRUPTED",
      `stopped by ${signal} before any record was written; ${output} holds nothing`,
      "Run the batch again.",
    );
  }
  return createError(
    "INTERRUPTED",
    `stopped by ${signal} after ${records}${failed}; ${output} is incomplete: it holds their lines only`,
    `Run the batch again, or run it on the records after the first ${n} and append that output.`,
  );
}
