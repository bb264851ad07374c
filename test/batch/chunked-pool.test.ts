import assert from "node:assert/strict";
import { test } from "node:test";
import { createChunkedPool } from "../../src/batch/chunked-pool.js";
import { packOutcomes, unpackOutcomes } from "../../src/batch/chunking.js";
import { createSummarizer } from "../../src/batch/pool.js";
import type { BatchTask } from "../../src/batch/task.js";

const BODY =
  "أعلنت البلدية افتتاح حديقة عامة جديدة في وسط المدينة. وتضم الحديقة ملاعب للأطفال ومسارا للدراجات. " +
  "وقال رئيس البلدية إن المشروع استغرق عامين. ويتوقع أن يزور الحديقة آلاف السكان كل أسبوع.";

function tasks(n: number): BatchTask[] {
  return Array.from({ length: n }, (_, i) => ({
    line: i + 1,
    id: `p${i}`,
    article: `الخبر ${i}. ${BODY}`,
    title: i % 2 ? "حديقة جديدة" : null,
    count: null,
    compress: true,
  }));
}

async function runAll(summarizer: ReturnType<typeof createSummarizer>, items: BatchTask[]) {
  try {
    return await Promise.all(items.map((t) => summarizer.run(t)));
  } finally {
    await summarizer.close();
  }
}

test("chunks of records give, in order, what the main thread gives", async () => {
  const items = tasks(37);
  const expected = await runAll(createSummarizer(0), items);
  const chunked = await runAll(createChunkedPool(2, { chunk: { records: 5, units: 1e9 } }), items);
  assert.deepEqual(chunked, expected);
});

test("long articles (on a thread of their own), and chunks whose worker ran out of memory, give the main thread's output", async () => {
  const items = tasks(6);
  const expected = await runAll(createSummarizer(0), items);
  // Every article is "long": none reaches a small-heap worker.
  const routed = await runAll(createChunkedPool(1, { largeArticle: 10 }), items);
  assert.deepEqual(routed, expected);
  // A worker whose heap cannot hold the engine dies on its first chunk: same output anyway.
  const starved = await runAll(
    createChunkedPool(1, { limits: { maxOldGenerationSizeMb: 2, maxYoungGenerationSizeMb: 1 } }),
    items,
  );
  assert.deepEqual(starved, expected);
});

test("outcomes packed into two strings come back as they were", () => {
  const outcomes = [
    { failed: false, json: JSON.stringify({ id: 1, highlights: ["سطر\nثان"] }) },
    { failed: true, json: JSON.stringify({ line: 2, error: { code: "BAD_JSON", message: "x" } }) },
    { failed: false, json: "{}" },
  ];
  assert.deepEqual(unpackOutcomes(packOutcomes(outcomes)), outcomes);
  assert.deepEqual(unpackOutcomes(packOutcomes([])), []);
});
