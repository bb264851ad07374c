import type { BatchStats } from "../../batch/run-batch.js";
import { createError, type KhulasaError } from "../../errors.js";
import { shellWord } from "../shell-word.js";

/** Where a batch run was when a signal stopped it. */
export interface StoppedBatch {
  signal: NodeJS.Signals;
  /**
   * The lines written to the output (it has drained), how many of them are error lines, and the
   * input line of the last one.
   */
  written: Pick<BatchStats, "records" | "failed" | "lastLine">;
  /** The input's path; null for stdin. */
  input: string | null;
  /** The output's name for messages (`stdout` or the path). */
  output: string;
  /** Whether the output is stdout. */
  stdout: boolean;
  /** Whether the whole input had been read and written when the signal came. */
  complete: boolean;
}

/**
 * The INTERRUPTED error of a batch run stopped by a signal: how many records the output holds,
 * and whether it is incomplete, so that neither a person nor a script takes a cut file for a
 * whole one (the file sits under its final name). The hint resumes at the input line after the
 * last record written, which `tail -n +N` takes: a count of records would not skip blank lines.
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
  const next = written.lastLine + 1;
  const from = stopped.input === null ? "INPUT" : shellWord(stopped.input);
  const to = stopped.stdout ? "OUTPUT" : shellWord(output);
  return createError(
    "INTERRUPTED",
    `stopped by ${signal} after ${records}${failed}; ${output} is incomplete: it holds their lines only`,
    `Run the batch again, or resume it at input line ${next} with the same options and append ` +
      `that output: tail -n +${next} ${from} | khulasa batch - >> ${to}`,
  );
}
