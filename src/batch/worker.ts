// A piscina worker: summarizes a chunk of records per call. Loaded as worker.js from dist/, or as
// worker.ts under tsx (the worker inherits the parent's `--import tsx`).
import { type PackedOutcomes, packOutcomes } from "./chunking.js";
import type { BatchOutcome } from "./outcome.js";
import { type BatchTask, summarizeRecord } from "./task.js";

/** Summarize a chunk of records, in order (piscina calls the default export). */
export default async function run(tasks: BatchTask[]): Promise<PackedOutcomes> {
  const outcomes: BatchOutcome[] = [];
  for (const task of tasks) outcomes.push(await summarizeRecord(task));
  return packOutcomes(outcomes);
}
