import assert from "node:assert/strict";
import { test } from "node:test";
import { parseBatchRecord } from "../../src/server/batch.js";
import { resolveArticle } from "../../src/server/job.js";

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

test("a batch record's `article` is resolved the same way", () => {
  assert.equal(parseBatchRecord({ id: 1, article: PAGE }).job.html, PAGE);
  assert.equal(parseBatchRecord({ id: 2, article: TEXT }).job.text, TEXT);
  assert.equal(parseBatchRecord({ id: 3, article: TEXT }).job.article, undefined);
});
