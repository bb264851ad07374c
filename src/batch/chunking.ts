import type { ResourceLimits } from "node:worker_threads";
import type { BatchOutcome } from "./outcome.js";

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
 * reached ~90 MB resident, with some 25 MB live); with these it stays near 50 MB, and a long run
 * ends not much bigger than a short one. Articles above `LARGE_ARTICLE_UNITS` go to a thread of
 * their own without these limits, so a worker never needs more (an article of 500K units takes
 * ~40 MB).
 */
export const WORKER_LIMITS: Readonly<ResourceLimits> = Object.freeze({
  maxYoungGenerationSizeMb: 16,
  maxOldGenerationSizeMb: 128,
});

/**
 * Articles longer than this (UTF-16 units, about 1 MB of Arabic) skip the small-heap workers for
 * a thread of their own.
 */
export const LARGE_ARTICLE_UNITS = 512 * 1024;

/**
 * A chunk's outcomes as a worker sends them back: two strings instead of an object per record
 * (cheaper to clone between threads). `lines` are the output lines joined by "\n" (a JSON line
 * holds no raw line break); `failed` has "1" or "0" per record.
 */
export interface PackedOutcomes {
  lines: string;
  failed: string;
}

/** Pack outcomes for the trip back to the main thread. */
export function packOutcomes(outcomes: readonly BatchOutcome[]): PackedOutcomes {
  return {
    lines: outcomes.map((o) => o.json).join("\n"),
    failed: outcomes.map((o) => (o.failed ? "1" : "0")).join(""),
  };
}

/** The outcomes of a packed chunk, in order. */
export function unpackOutcomes(packed: PackedOutcomes): BatchOutcome[] {
  if (packed.failed.length === 0) return [];
  return packed.lines.split("\n").map((json, k) => ({ failed: packed.failed[k] === "1", json }));
}
