// Entry point of the summarizer's worker threads (piscina loads this file by path).
import { runJob } from "./job.js";
import { WARM_UP_HTML, WARM_UP_TEXT } from "./warm-up.js";

// A thread reads a page and a text before it takes its first task, at start-up and when it
// replaces one stopped at a deadline: a cold thread would spend about 130 ms of its first
// task's deadline loading the HTML parser, and with a short `--timeout` every page it took
// would time out and stop it again. (The entry `esm-worker.cjs` reports the thread ready only
// once this module has loaded.)
await runJob({ html: WARM_UP_HTML });
await runJob({ text: WARM_UP_TEXT });

export default runJob;
