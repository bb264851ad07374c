import type { BatchOutcome } from "./outcome.js";
import type { BatchTask } from "./task.js";

let task: Promise<typeof import("./task.js")> | null = null;

/**
 * Summarize a record on this thread (`--workers 0`, an article too long for a worker, a chunk
 * whose worker failed). The engine is loaded on first use: with worker threads, the main thread
 * usually never needs it, and does not pay for loading it at start-up.
 */
export async function summarizeHere(record: BatchTask): Promise<BatchOutcome> {
  task ??= import("./task.js");
  return (await task).summarizeRecord(record);
}
