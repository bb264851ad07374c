// Entry point of the summarizer's worker threads (piscina loads this file by path).
import { parentPort } from "node:worker_threads";
import { type JobOutcome, runJob } from "./job.js";
import type { PoolTask, StartedMessage } from "./pool-task.js";
import { WARM_UP_HTML, WARM_UP_TEXT } from "./warm-up.js";

// A thread reads a page and a text before it takes its first task, at start-up and when it
// replaces one stopped at a deadline: a cold thread would spend about 130 ms of its first
// task's deadline loading the HTML parser, and with a short `--timeout` every page it took
// would time out and stop it again. (The entry `esm-worker.cjs` reports the thread ready only
// once this module has loaded.)
await runJob({ html: WARM_UP_HTML });
await runJob({ text: WARM_UP_TEXT });

/**
 * Run one task. The thread first tells the pool that it has begun it: the task's deadline
 * counts from here, not from when it was queued (behind other tasks, or for this thread to
 * start and warm up).
 */
export default async function run(task: PoolTask): Promise<JobOutcome> {
  const begun: StartedMessage = { khulasaStarted: task.ticket };
  parentPort?.postMessage(begun);
  return runJob(task.job);
}
