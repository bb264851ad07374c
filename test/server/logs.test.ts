import assert from "node:assert/strict";
import { test } from "node:test";
import { buildServer } from "../../src/server/app.js";
import type { Engine } from "../../src/server/engine.js";
import { ARTICLE, Capture, JSON_HEADERS, NDJSON_HEADERS } from "./helpers.js";

// Words that occur only in article text sent to the server.
const MARK_AR = "زمرّدستان";
const MARK_LATIN = "Quetzalcoatlite";
const SECRET_ARTICLE = `${ARTICLE}\n\nوقال مسؤول في ${MARK_AR} إن ${MARK_LATIN} سيصل غدا.`;

function assertClean(logs: Capture): void {
  assert.ok(!logs.text.includes(MARK_AR), "no Arabic article text in the logs");
  assert.ok(!logs.text.includes(MARK_LATIN), "no Latin article text in the logs");
  assert.ok(!logs.text.includes("افتتحت بلدية"), "no article sentence in the logs");
}

test("logs (at trace level) record requests but never article text", async () => {
  const logs = new Capture();
  const { app } = await buildServer({ workers: 1, logLevel: "trace", logStream: logs });
  try {
    const post = (payload: string, headers: Record<string, string> = JSON_HEADERS) =>
      app.inject({ method: "POST", url: "/v1/summarize", headers, payload });
    assert.equal((await post(JSON.stringify({ text: SECRET_ARTICLE }))).statusCode, 200);
    assert.equal((await post(`{"text": "${MARK_AR} ${MARK_LATIN}`)).statusCode, 400);
    assert.equal((await post(JSON.stringify({ text: `${MARK_LATIN} only.` }))).statusCode, 422);
    assert.equal(
      (await post(JSON.stringify({ text: SECRET_ARTICLE, [MARK_LATIN]: 1 }))).statusCode,
      400,
    );
    assert.equal((await post(SECRET_ARTICLE, { "content-type": "text/plain" })).statusCode, 415);
    const html = `<html><head><title>${MARK_AR}</title></head><body><article><p>${SECRET_ARTICLE}</p></article></body></html>`;
    assert.equal((await post(JSON.stringify({ html, includeText: true }))).statusCode, 200);
    const batch = await app.inject({
      method: "POST",
      url: "/v1/summarize/batch",
      headers: NDJSON_HEADERS,
      payload: `${JSON.stringify({ id: "1", article: SECRET_ARTICLE })}\n{"article": "${MARK_LATIN}\n`,
    });
    assert.equal(batch.statusCode, 200);
    assert.equal(batch.body.trimEnd().split("\n").length, 2, "both records answered");

    const records = logs.records();
    const completed = records.filter((r) => r.msg === "request completed");
    assert.equal(completed.length, 7, "every request is logged");
    assert.ok(records.some((r) => r.msg === "request refused" && r.code === "BAD_JSON"));
    assertClean(logs);
  } finally {
    await app.close();
  }
});

test("an unexpected error is logged with its stack frames, without its message", async () => {
  const logs = new Capture();
  const engine: Engine = {
    threads: 0,
    async run(job) {
      throw new Error(`cannot handle ${job.text?.slice(-60)}`);
    },
    async close() {},
  };
  const { app } = await buildServer({ engine, logLevel: "info", logStream: logs });
  try {
    const res = await app.inject({
      method: "POST",
      url: "/v1/summarize",
      headers: JSON_HEADERS,
      payload: JSON.stringify({ text: SECRET_ARTICLE }),
    });
    assert.equal(res.statusCode, 500);
    const body = res.json() as { error: { code: string; message: string } };
    assert.equal(body.error.code, "INTERNAL");
    assert.ok(!res.body.includes(MARK_LATIN), "the response does not quote the article");
    assert.ok(!/\bat .*\.ts:\d+/.test(res.body), "no stack trace in the response");
    const logged = logs.records().find((r) => r.msg === "internal error");
    assert.ok(logged, "the error is logged");
    const err = logged.err as { type: string; frames: string[] };
    assert.equal(err.type, "Error");
    assert.ok(err.frames.length > 0, "with its stack frames");
    assertClean(logs);
  } finally {
    await app.close();
  }
});
