import { availableParallelism } from "node:os";

/** Largest `--workers`. */
export const MAX_WORKERS = 64;

/** Default number of worker threads: the cores available to the process. */
export function defaultWorkers(): number {
  return Math.min(availableParallelism(), MAX_WORKERS);
}
