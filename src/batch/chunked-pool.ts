import { fileURLToPath } from "node:url";
import { Piscina } from "piscina";
import { asKhulasaError } from "../errors.js";
import { type ChunkOptions, DEFAULT_CHUNK } from "./chunking.js";
import type { Summarizer } from "./pool.js";
import { type BatchOutcome, type BatchTask, errorOutcome } from "./task.js";

/** The worker module next to this one: `worker.js` in dist/, `worker.ts` under tsx. */
export function workerFilename(): string {
  const ext = import.meta.url.endsWith(".ts") ? ".ts" : ".js";
  return fileURLToPath(new URL(`./worker${ext}`, import.meta.url));
}

interface Waiting {
  task: BatchTask;
  resolve: (outcome: BatchOutcome) => void;
}

/**
 * A summarizer over `workers` worker threads that sends records in chunks: a chunk leaves when
 * it is full, or when the event loop turns (the input paused), so a slow producer's records
 * never wait for company. Threads start at once so that timing is not skewed by lazy start-up.
 */
export function createChunkedPool(
  workers: number,
  chunk: Readonly<ChunkOptions> = DEFAULT_CHUNK,
): Summarizer {
  const pool = new Piscina<BatchTask[], BatchOutcome[]>({
    filename: workerFilename(),
    minThreads: workers,
    maxThreads: workers,
    idleTimeout: Number.POSITIVE_INFINITY,
  });
  let waiting: Waiting[] = [];
  let units = 0;
  let scheduled = false;

  const send = (): void => {
    const items = waiting;
    waiting = [];
    units = 0;
    if (items.length === 0) return;
    pool.run(items.map((w) => w.task)).then(
      (outcomes) => {
        items.forEach((w, k) => {
          w.resolve(outcomes[k] ?? errorOutcome(w.task.line, lostRecord(), w.task.id));
        });
      },
      (error: unknown) => {
        for (const w of items)
          w.resolve(errorOutcome(w.task.line, asKhulasaError(error), w.task.id));
      },
    );
  };

  return {
    threads: workers,
    run: (task) =>
      new Promise<BatchOutcome>((resolve) => {
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
      }),
    close: () => pool.destroy(),
  };
}

function lostRecord() {
  return asKhulasaError(new Error("the worker returned no outcome for this record"));
}
