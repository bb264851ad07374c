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
