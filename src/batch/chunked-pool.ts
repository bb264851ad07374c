import type { ResourceLimits } from "node:worker_threads";
import { Piscina } from "piscina";
import {
  type ChunkOptions,
  DEFAULT_CHUNK,
  LARGE_ARTICLE_UNITS,
  type PackedOutcomes,
  unpackOutcomes,
  WORKER_LIMITS,
} from "./chunking.js";
import { summarizeHere } from "./in-thread.js";
import type { BatchOutcome } from "./outcome.js";
import type { Summarizer } from "./pool.js";
import type { BatchTask } from "./task.js";
import { whenLoaded, workerEntry } from "./worker-entry.js";

/**
 * The worker module: in dist/, the bundle of `worker.js` and its modules that the build makes
 * (scripts/bundle-worker.mjs: a thread loads a few files, not some 110 modules); under tsx,
 * `worker.ts` next to this one.
 */
function workerModule(): URL {
  if (import.meta.url.endsWith(".ts")) return new URL("./worker.ts", import.meta.url);
  return new URL("./bundle/worker.js", import.meta.url);
}

/** Settings of {@link createChunkedPool}. */
export interface PoolOptions {
  chunk: Readonly<ChunkOptions>;
  /** Heap limits of each worker thread. */
  limits: Readonly<ResourceLimits>;
  /**
   * Articles longer than this (UTF-16 units) go to a thread of their own without the workers'
   * small heap limits (it ends when idle for `LARGE_ARTICLE_IDLE_MS`).
   */
  largeArticle: number;
}

export const DEFAULT_POOL: Readonly<PoolOptions> = Object.freeze({
  chunk: DEFAULT_CHUNK,
  limits: WORKER_LIMITS,
  largeArticle: LARGE_ARTICLE_UNITS,
});

/**
 * How long the thread of long articles stays after its last one: a run with several keeps it
 * started; a run with one gives its memory back soon after.
 */
export const LARGE_ARTICLE_IDLE_MS = 5_000;

interface Waiting {
  task: BatchTask;
  resolve: (outcome: BatchOutcome) => void;
}

/**
 * A summarizer over `workers` worker threads that sends records in chunks: a chunk leaves when
 * it is full, or when the event loop turns (the input paused), so a slow producer's records
 * never wait for company. Workers run with small heaps (`WORKER_LIMITS`); a very long article
 * goes to one more thread, started when the first comes, whose heap is not limited so, and the
 * main thread stays free to hand out records and write lines meanwhile. A chunk or an article
 * whose thread failed (out of memory) is summarized on the main thread, so the output is the same
 * as without workers. The workers start at once (timing is not skewed by lazy start-up).
 */
export function createChunkedPool(workers: number, options: Partial<PoolOptions> = {}): Summarizer {
  const { chunk, limits, largeArticle } = { ...DEFAULT_POOL, ...options };
  const entry = workerEntry(workerModule());
  const pool = new Piscina<BatchTask[], PackedOutcomes>({
    ...entry,
    minThreads: workers,
    maxThreads: workers,
    idleTimeout: Number.POSITIVE_INFINITY,
    resourceLimits: limits,
    // The next chunk waits in the worker, not in the main thread's queue (no idle round trip).
    concurrentTasksPerWorker: 2,
  });
  let large: LargePool | null = null;
  let waiting: Waiting[] = [];
  let units = 0;
  let scheduled = false;
  let closing = false;
  // A worker can still answer a chunk after `destroy()` dropped it (the output closed mid-run,
  // as under `| head -1`): piscina reports that as an 'error' event, which must not crash the
  // run. Before closing, an error is piscina's own failure and is raised.
  pool.on("error", (error: unknown) => {
    if (!closing) throw error;
  });

  const send = (): void => {
    const items = waiting;
    waiting = [];
    units = 0;
    if (items.length === 0) return;
    pool.run(items.map((w) => w.task)).then(
      (packed) => {
        const outcomes = unpackOutcomes(packed);
        items.forEach((w, k) => {
          const outcome = outcomes[k];
          if (outcome) w.resolve(outcome);
          else summarizeHere(w.task).then(w.resolve);
        });
      },
      () => inMainThread(items),
    );
  };

  return {
    threads: workers,
    run: (task) => {
      if (task.article.length > largeArticle) {
        large ??= largePool(() => closing);
        return large.run(task);
      }
      return new Promise<BatchOutcome>((resolve) => {
        waiting.push({ task, resolve });
        units += task.article.length;
        if (waiting.length >= chunk.records || units >= chunk.units) send();
        else if (!scheduled) {
          scheduled = true;
          setImmediate(() => {
            scheduled = false;
            send();
          });
        }
      });
    },
    close: async () => {
      closing = true;
      await Promise.all([
        whenLoaded(entry, pool.threads.length).then(() => pool.destroy()),
        large?.close(),
      ]);
    },
  };
}

/** The thread of long articles. */
interface LargePool {
  run(task: BatchTask): Promise<BatchOutcome>;
  close(): Promise<void>;
}

/**
 * One thread, without the workers' heap limits, for articles too long for them; it ends when
 * idle for `LARGE_ARTICLE_IDLE_MS`. An article whose thread failed is summarized on the main
 * thread. `closing` says whether the batch is closing (an error then is the thread's answer
 * coming after `destroy`, not piscina's failure).
 */
function largePool(closing: () => boolean): LargePool {
  const entry = workerEntry(workerModule());
  const pool = new Piscina<BatchTask[], PackedOutcomes>({
    ...entry,
    minThreads: 0,
    maxThreads: 1,
    idleTimeout: LARGE_ARTICLE_IDLE_MS,
  });
  // Threads started: each one adds 1 to the entry's count of loaded ones (see `whenLoaded`).
  let created = 0;
  pool.on("workerCreate", () => {
    created++;
  });
  pool.on("error", (error: unknown) => {
    if (!closing()) throw error;
  });
  return {
    run: (task) =>
      pool.run([task]).then(
        (packed) => unpackOutcomes(packed)[0] ?? summarizeHere(task),
        () => summarizeHere(task),
      ),
    close: async () => {
      await whenLoaded(entry, created);
      await pool.destroy();
    },
  };
}

/** Summarize the records of a failed chunk on the main thread, one after the other. */
async function inMainThread(items: readonly Waiting[]): Promise<void> {
  for (const w of items) w.resolve(await summarizeHere(w.task));
}
