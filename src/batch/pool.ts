import { fileURLToPath } from "node:url";
import { Piscina } from "piscina";
import { asKhulasaError } from "../errors.js";
import { type BatchOutcome, type BatchTask, errorOutcome, summarizeRecord } from "./task.js";

/** Something that summarizes records: a pool of worker threads, or the main thread. */
export interface Summarizer {
  /** Worker threads used (0: the main thread). */
  readonly threads: number;
  /** Summarize one record; never rejects (failures become error lines). */
  run(task: BatchTask): Promise<BatchOutcome>;
  close(): Promise<void>;
}

/** The worker module next to this one: `worker.js` in dist/, `worker.ts` under tsx. */
export function workerFilename(): string {
  const ext = import.meta.url.endsWith(".ts") ? ".ts" : ".js";
  return fileURLToPath(new URL(`./worker${ext}`, import.meta.url));
}

/**
 * A summarizer over `workers` worker threads (piscina), or in the main thread when `workers`
 * is 0. Threads start at once so that timing is not skewed by lazy start-up.
 */
export function createSummarizer(workers: number): Summarizer {
  if (workers === 0) {
    return { threads: 0, run: summarizeRecord, close: async () => {} };
  }
  const pool = new Piscina<BatchTask, BatchOutcome>({
    filename: workerFilename(),
    minThreads: workers,
    maxThreads: workers,
    idleTimeout: Number.POSITIVE_INFINITY,
  });
  return {
    threads: workers,
    run: (task) =>
      pool
        .run(task)
        .catch((error: unknown) => errorOutcome(task.line, asKhulasaError(error), task.id)),
    close: () => pool.destroy(),
  };
}
