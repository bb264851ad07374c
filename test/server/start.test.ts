import assert from "node:assert/strict";
import { test } from "node:test";
import type { Engine } from "../../src/server/engine.js";
import { type JobOutcome, runJob, type SummarizeJob } from "../../src/server/job.js";
import { startServer } from "../../src/server/start.js";

test("start-up warms the HTML reader as well as plain text, on every thread, before listening", async () => {
  const jobs: SummarizeJob[] = [];
  const outcomes: JobOutcome[] = [];
  const engine: Engine = {
    threads: 2,
    async run(job) {
      jobs.push(job);
      const outcome = await runJob(job);
      outcomes.push(outcome);
      return outcome;
    },
    close: async () => {},
  };
  const running = await startServer({ engine, port: 0, logLevel: "silent", handleSignals: false });
  try {
    assert.equal(
      outcomes.length,
      jobs.length,
      "every warm-up job ended before the server listened",
    );
    const pages = jobs.filter((j) => j.html !== undefined);
    const texts = jobs.filter((j) => j.text !== undefined);
    // The engine runs pages in its worker threads (plain text mostly on the event loop).
    assert.ok(
      pages.length >= engine.threads,
      `${pages.length} pages for ${engine.threads} threads`,
    );
    assert.ok(texts.length >= 1, "plain text too");
    for (const outcome of outcomes) {
      // A refused page (NO_ARTICLE) would leave most of the HTML reader cold.
      assert.ok(outcome.ok, `a warm-up job failed: ${outcome.ok ? "" : outcome.code}`);
      assert.ok(outcome.summary.highlights.length >= 2);
    }
  } finally {
    await running.shutdown();
  }
});
