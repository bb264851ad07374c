// A piscina worker: summarizes one record per call. Loaded as worker.js from dist/, or as
// worker.ts under tsx (the worker inherits the parent's `--import tsx`).
import { type BatchOutcome, type BatchTask, summarizeRecord } from "./task.js";

/** Summarize one record (piscina calls the default export). */
export default function run(task: BatchTask): Promise<BatchOutcome> {
  return summarizeRecord(task);
}
