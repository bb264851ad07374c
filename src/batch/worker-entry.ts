import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath } from "node:url";

/** What the CommonJS entry reads: the worker module, and the count of threads that loaded it. */
export interface EntryData {
  module: string;
  /** One Int32 on shared memory, which each thread adds 1 to once its module loaded (or failed). */
  loaded: Int32Array;
}

/** The piscina options that name a worker: its entry file, and what the entry reads. */
export interface WorkerEntry {
  filename: string;
  workerData?: EntryData;
}

/**
 * How piscina should load the ES-module worker `module`. In a build, through the CommonJS entry
 * `esm-worker.cjs` (see there: loaded directly, a thread still starting when the pool closes
 * can abort the process). From the TypeScript sources (tests, tsx) there is no compiled entry,
 * and the module is loaded as it is.
 */
export function workerEntry(module: URL): WorkerEntry {
  if (import.meta.url.endsWith(".ts")) return { filename: fileURLToPath(module) };
  const entry = new URL("./esm-worker.cjs", import.meta.url);
  const loaded = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
  return { filename: fileURLToPath(entry), workerData: { module: module.href, loaded } };
}

/** Longest wait in `whenLoaded`: a thread that never loads must not hold the exit. */
export const MAX_LOAD_WAIT_MS = 10_000;

/**
 * Wait until `threads` threads of a pool made with `entry` have loaded their module (or failed
 * to), at most `MAX_LOAD_WAIT_MS`. A thread stopped while Node is still instantiating its ES
 * module can abort the whole process (V8: "v8::Module::IsGraphAsync … must be used on an
 * instantiated module", exit code 134), as `--workers 64` on a few records did about once in
 * twenty runs: the pool is destroyed only once none is loading. Nothing to wait for from the
 * sources (no counting entry).
 */
export async function whenLoaded(entry: WorkerEntry, threads: number): Promise<void> {
  const loaded = entry.workerData?.loaded;
  if (loaded === undefined) return;
  const deadline = Date.now() + MAX_LOAD_WAIT_MS;
  while (Atomics.load(loaded, 0) < threads && Date.now() < deadline) await sleep(2);
}
