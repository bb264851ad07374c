import { extname } from "node:path";
import { fileURLToPath } from "node:url";
import { Piscina } from "piscina";
import { whenLoaded, workerEntry } from "../batch/worker-entry.js";
import { type JobOutcome, resolveArticle, runJob, type SummarizeJob } from "./job.js";
import { type PoolTask, startedTicket } from "./pool-task.js";

/**
 * Where summarization runs. A news article costs the summarizer well under a millisecond:
 * sending it to a worker thread costs about a fifth of that again, and on a small machine the
 * workers fight the event loop for the cores. So short plain-text articles run on the event
 * loop, and HTML pages (parsed into a DOM) and long texts run in the pool, where they cannot
 * stall other requests. Measured on 2 cores with 50 connections (bench/server.ts): all in a
 * pool of 2, p99 49-63 ms; short ones on the event loop, p99 33 ms.
 */
export interface Engine {
  /** Worker threads (0: the event loop). */
  readonly threads: number;
  /**
   * Run one job; rejects with the signal's reason when aborted before it finishes. Calls
   * `started` when the job begins to run: at once on the event loop; in the pool, when a thread
   * takes it (not while it waits for a free thread, or for one that is still starting).
   * Deadlines count from there.
   */
  run(job: SummarizeJob, signal?: AbortSignal, started?: () => void): Promise<JobOutcome>;
  /** Stop the workers (after the jobs in flight). */
  close(): Promise<void>;
}

/** The worker module next to this one: `worker.js` in a build, a tsx bootstrap in the sources. */
function workerModule(): URL {
  const fromSources = extname(fileURLToPath(import.meta.url)) === ".ts";
  return new URL(fromSources ? "./worker-dev.mjs" : "./worker.js", import.meta.url);
}

/** An engine with `workers` threads for long or HTML articles (all inline when 0). */
export function createEngine(workers: number, inlineMaxChars: number): Engine {
  if (workers === 0) return inlineEngine();
  const pool = poolEngine(workers);
  if (inlineMaxChars === 0) return pool;
  const inline = inlineEngine();
  return {
    threads: workers,
    run(given, signal, started) {
      // Whether an `article` is a page is read here only when it is short: a longer one goes to
      // a thread, which tells (reading it costs time that grows with its length).
      const article = given.article;
      const job =
        article !== undefined && article.length <= inlineMaxChars ? resolveArticle(given) : given;
      const short =
        job.html === undefined &&
        job.article === undefined &&
        (job.text?.length ?? 0) <= inlineMaxChars;
      return short ? inline.run(job, signal, started) : pool.run(job, signal, started);
    },
    close: () => pool.close(),
  };
}

function inlineEngine(): Engine {
  return {
    threads: 0,
    async run(job, signal, started) {
      signal?.throwIfAborted();
      started?.();
      return runJob(job);
    },
    async close() {},
  };
}

function poolEngine(threads: number): Engine {
  const entry = workerEntry(workerModule());
  const pool = new Piscina<PoolTask, JobOutcome>({
    ...entry,
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: Number.POSITIVE_INFINITY,
    concurrentTasksPerWorker: 1,
  });
  // A task waits in piscina's queue for a free thread, or for a thread that replaces one stopped
  // at a deadline and is still loading and warming up; the thread says when it begins a task.
  const starting = new Map<number, () => void>();
  let tickets = 0;
  pool.on("message", (message: unknown) => {
    const ticket = startedTicket(message);
    if (ticket === null) return;
    starting.get(ticket)?.();
    starting.delete(ticket);
  });
  return {
    threads,
    async run(job, signal, started) {
      signal?.throwIfAborted();
      const ticket = ++tickets;
      if (started) starting.set(ticket, started);
      try {
        const outcome = await pool.run({ job, ticket }, signal ? { signal } : {});
        // The thread's "begun" may come after its result (they travel on separate ports).
        starting.get(ticket)?.();
        return outcome;
      } catch (error) {
        // piscina rejects with its own AbortError; report the signal's reason instead.
        if (signal?.aborted) throw signal.reason;
        throw error;
      } finally {
        starting.delete(ticket);
      }
    },
    async close() {
      await whenLoaded(entry, pool.threads.length);
      await pool.close();
    },
  };
}
