import assert from "node:assert/strict";
import { test } from "node:test";
import { buildServer } from "../../src/server/app.js";
import { parseBatchRecord } from "../../src/server/batch.js";
import type { Engine } from "../../src/server/engine.js";
import { resolveArticle, runJob } from "../../src/server/job.js";

const PAGE = `<?xml version="1.0"?>\n<html><body><p>أعلنت الحكومة خطة جديدة.</p></body></html>`;
const TEXT = "أعلنت الحكومة خطة جديدة لخفض أسعار الوقود.";

test("resolveArticle: `article` becomes `html` or `text` before the engine, the rest kept", () => {
  assert.deepEqual(resolveArticle({ article: PAGE, count: 2, title: "خبر" }), {
    html: PAGE,
    count: 2,
    title: "خبر",
  });
  assert.deepEqual(resolveArticle({ article: TEXT, compress: false }), {
    text: TEXT,
    compress: false,
  });
  // The engine runs a job on the event loop only when it has `text` and no `html`: a page given
  // as `article` must reach it as `html`, or it would block the loop.
  const job = { text: TEXT, count: 1 };
  assert.equal(resolveArticle(job), job);
});

test("a batch record's `article` is left for the engine to tell, which runJob does as resolveArticle", async () => {
  // Telling a page from text reads the whole article: a long one is read by a worker thread, not
  // on the event loop where batch records are parsed.
  assert.deepEqual(parseBatchRecord({ id: 1, article: PAGE }).job, {
    article: PAGE,
    title: null,
    count: null,
  });
  const page = await runJob({ article: PAGE, includeText: true });
  assert.ok(page.ok);
  assert.equal(page.text, "أعلنت الحكومة خطة جديدة.", "read as a page: its tags are gone");
  const text = await runJob({ article: TEXT, includeText: true });
  assert.ok(text.ok);
  assert.equal(text.text, TEXT);
});

test("the routes hand `article` to the engine as it came: no page is looked for on the event loop first", async () => {
  const jobs: unknown[] = [];
  const engine: Engine = {
    threads: 1,
    async run(job) {
      jobs.push(job);
      return runJob(job);
    },
    async close() {},
  };
  const { app } = await buildServer({ engine, logLevel: "silent" });
  try {
    const one = await app.inject({
      method: "POST",
      url: "/v1/summarize",
      headers: { "content-type": "application/json" },
      payload: JSON.stringify({ article: PAGE }),
    });
    assert.equal(one.statusCode, 200);
    const batch = await app.inject({
      method: "POST",
      url: "/v1/summarize/batch",
      headers: { "content-type": "application/x-ndjson" },
      payload: `${JSON.stringify({ article: PAGE })}\n`,
    });
    assert.equal(batch.statusCode, 200);
    assert.deepEqual(
      jobs.map((job) => (job as { article?: string }).article),
      [PAGE, PAGE],
    );
  } finally {
    await app.close();
  }
});
