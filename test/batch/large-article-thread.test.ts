import assert from "node:assert/strict";
import { test } from "node:test";
import { createChunkedPool } from "../../src/batch/chunked-pool.js";
import { createSummarizer } from "../../src/batch/pool.js";
import type { BatchTask } from "../../src/batch/task.js";

// An article too long for a batch worker's small heap had been summarized on the main thread:
// for the seconds it took, no other record was handed to the workers and no line was written
// (the event loop was held). It now goes to a thread of its own, with a heap of the usual size.

const PARAGRAPH =
  "أعلنت البلدية افتتاح حديقة عامة جديدة في وسط المدينة بعد عامين من العمل. " +
  "وتضم الحديقة ملاعب للأطفال ومسارا للدراجات ومكتبة صغيرة للقراءة. " +
  "وقال رئيس البلدية إن المشروع كلف ملايين وإن الحديقة ستفتح يوميا.\n\n";

function task(article: string): BatchTask {
  return { line: 1, id: "long", article, title: null, count: null, compress: true };
}

/** The longest pause of the event loop while `work` runs, in ms. */
async function longestPause<T>(work: () => Promise<T>): Promise<{ result: T; pause: number }> {
  let last = performance.now();
  let pause = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    pause = Math.max(pause, now - last);
    last = now;
  }, 5);
  try {
    const result = await work();
    pause = Math.max(pause, performance.now() - last);
    return { result, pause };
  } finally {
    clearInterval(timer);
  }
}

test("a long article is summarized off the main thread, with the main thread's output", {
  timeout: 120_000,
}, async () => {
  const long = task(PARAGRAPH.repeat(2500)); // about 500K UTF-16 units
  const here = createSummarizer(0);
  let expected: Awaited<ReturnType<typeof here.run>>;
  try {
    expected = await here.run(long);
  } finally {
    await here.close();
  }
  // Every article counts as long here.
  const pool = createChunkedPool(1, { largeArticle: 1000 });
  try {
    const first = await longestPause(() => pool.run(long));
    assert.deepEqual(first.result, expected);
    // The second one finds its thread started: the main thread only waits.
    const second = await longestPause(() => pool.run(long));
    assert.deepEqual(second.result, expected);
    assert.ok(second.pause < 150, `the event loop paused ${Math.round(second.pause)} ms`);
  } finally {
    await pool.close();
  }
});
