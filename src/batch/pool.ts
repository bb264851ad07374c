import { createChunkedPool } from "./chunked-pool.js";
import { summarizeHere } from "./in-thread.js";
import type { BatchOutcome } from "./outcome.js";
import type { BatchTask } from "./task.js";

/** Something that summarizes records: a pool of worker threads, or the main thread. */
export interface Summarizer {
  /** Worker threads used (0: the main thread). */
  readonly threads: number;
  /** Summarize one record; never rejects (failures become error lines). */
  run(task: BatchTask): Promise<BatchOutcome>;
  close(): Promise<void>;
}

/**
 * A summarizer over `workers` worker threads (piscina, records sent in chunks), or in the main
 * thread when `workers` is 0.
 */
export function createSummarizer(workers: number): Summarizer {
  if (workers === 0) return { threads: 0, run: summarizeHere, close: async () => {} };
  return createChunkedPool(workers);
}
