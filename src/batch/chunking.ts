import type { ResourceLimits } from "node:worker_threads";

/** How records are grouped into one message to a worker thread. */
export interface ChunkOptions {
  /** Most records in a chunk. */
  records: number;
  /** A chunk is sent once its articles reach this many UTF-16 units. */
  units: number;
}

/**
 * 16 records (about 4 ms of work for news articles) make the round trip to the worker (tens of
 * microseconds, most of it waiting for the main thread's event loop) cheap per record.
 */
export const DEFAULT_CHUNK: Readonly<ChunkOptions> = Object.freeze({
  records: 16,
  units: 256 * 1024,
});

/**
 * Heap limits of a worker thread. V8 grows an unlimited heap lazily (a worker summarizing news
 * reached ~90 MB resident, with some 20 MB live); with these it stays near 50 MB. Articles
 * above `LARGE_ARTICLE_UNITS` are summarized on the main thread instead, so a worker never
 * needs more (its peak for an article of 500K units is about 40 MB).
 */
export const WORKER_LIMITS: Readonly<ResourceLimits> = Object.freeze({
  maxYoungGenerationSizeMb: 24,
  maxOldGenerationSizeMb: 128,
});

/** Articles longer than this (UTF-16 units, about 1 MB of Arabic) skip the worker threads. */
export const LARGE_ARTICLE_UNITS = 512 * 1024;
