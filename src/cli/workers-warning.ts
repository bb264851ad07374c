import { availableParallelism } from "node:os";

/**
 * The warning line for `--workers N` above the cores the process may use (`batch` and `serve`), or
 * null. More threads than cores is allowed (a quota may hide cores the machine has), but the
 * summarizer is all computation: the threads take turns on the cores, no faster, each with its
 * own heap and copy of the engine.
 */
export function workersWarning(workers: number, cores = availableParallelism()): string | null {
  if (workers <= cores) return null;
  const available = `${cores} ${cores === 1 ? "core" : "cores"}`;
  return `khulasa: warning: --workers ${workers} is more than the ${available} available; the threads will take turns on them, no faster and with more memory\n`;
}
