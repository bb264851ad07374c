import { fileURLToPath } from "node:url";

/** The piscina options that name a worker: its entry file, and what the entry reads. */
export interface WorkerEntry {
  filename: string;
  workerData?: string;
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
  return { filename: fileURLToPath(entry), workerData: module.href };
}
