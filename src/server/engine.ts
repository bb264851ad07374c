import { extname } from "node:path";
import { fileURLToPath } from "node:url";
import { Piscina } from "piscina";
import { type JobOutcome, runJob, type SummarizeJob } from "./job.js";

/** Where summarization runs: on the event loop, or in a pool of worker threads. */
export interface Engine {
  /** Worker threads (0: the event loop). */
  readonly threads: number;
  /** Run one job; rejects with the signal's reason when aborted before it finishes. */
  run(job: SummarizeJob, signal?: AbortSignal): Promise<JobOutcome>;
  /** Stop the workers (after the jobs in flight). */
  close(): Promise<void>;
}

/** The worker module next to this one: `worker.js` in a build, a tsx bootstrap in the sources. */
function workerFile(): string {
  const fromSources = extname(fileURLToPath(import.meta.url)) === ".ts";
  return new URL(fromSources ? "./worker-dev.mjs" : "./worker.js", import.meta.url).href;
}

/** An engine with `workers` threads, or on the event loop when `workers` is 0. */
export function createEngine(workers: number): Engine {
  return workers > 0 ? poolEngine(workers) : inlineEngine();
}

function inlineEngine(): Engine {
  return {
    threads: 0,
    async run(job, signal) {
      signal?.throwIfAborted();
      return runJob(job);
    },
    async close() {},
  };
}

function poolEngine(threads: number): Engine {
  const pool = new Piscina<SummarizeJob, JobOutcome>({
    filename: workerFile(),
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: Number.POSITIVE_INFINITY,
    concurrentTasksPerWorker: 1,
  });
  return {
    threads,
    async run(job, signal) {
      signal?.throwIfAborted();
      try {
        return await pool.run(job, signal ? { signal } : {});
      } catch (error) {
        // piscina rejects with its own AbortError; report the signal's reason instead.
        if (signal?.aborted) throw signal.reason;
        throw error;
      }
    },
    async close() {
      await pool.close();
    },
  };
}
