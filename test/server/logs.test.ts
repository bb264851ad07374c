import assert from "node:assert/strict";
import { once } from "node:events";
import { type AddressInfo, connect } from "node:net";
import { test } from "node:test";
import { buildServer } from "../../src/server/app.js";
import type { Engine } from "../../src/server/engine.js";
import {
  ARTICLE,
  Capture,
  deferred,
  gatedEngine,
  JSON_HEADERS,
  NDJSON_HEADERS,
} from "./helpers.js";

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
    // A refusal's line names its code: one line a request, no second "refused" line.
    assert.deepEqual(
      completed.map((r) => r.code ?? null),
      [null, "BAD_JSON", "NOT_ARABIC", "BAD_REQUEST", "NOT_TEXT", null, null],
    );
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

test("a request refused as BUSY is one log line, at warn, with its code", async () => {
  const logs = new Capture();
  const gate = deferred();
  const engine = gatedEngine(gate.promise);
  const { app } = await buildServer({
    engine,
    concurrency: 1,
    logLevel: "info",
    logStream: logs,
  });
  try {
    const payload = JSON.stringify({ text: SECRET_ARTICLE });
    const request = {
      method: "POST",
      url: "/v1/summarize",
      headers: JSON_HEADERS,
      payload,
    } as const;
    const first = app.inject(request);
    while (engine.started < 1) await new Promise((r) => setTimeout(r, 5));
    const busy = await app.inject(request);
    assert.equal(busy.statusCode, 503);
    gate.resolve();
    assert.equal((await first).statusCode, 200);
    const busyLines = logs.records().filter((r) => r.code === "BUSY");
    assert.equal(busyLines.length, 1, JSON.stringify(busyLines));
    assert.equal(busyLines[0]?.msg, "request completed");
    assert.equal(busyLines[0]?.level, 40, "warn");
    assertClean(logs);
  } finally {
    gate.resolve();
    await app.close();
  }
});

test("a request the client abandons is logged once, as aborted", async () => {
  const logs = new Capture();
  const { app } = await buildServer({ workers: 0, logLevel: "info", logStream: logs });
  await app.listen({ host: "127.0.0.1", port: 0 });
  try {
    const { port } = app.server.address() as AddressInfo;
    const socket = connect(port, "127.0.0.1");
    await once(socket, "connect");
    socket.write(
      "POST /v1/summarize HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{",
    );
    await new Promise((r) => setTimeout(r, 100));
    socket.destroy();
    const aborted = () => logs.records().some((r) => r.msg === "request aborted by the client");
    for (let i = 0; i < 200 && !aborted(); i++) await new Promise((r) => setTimeout(r, 10));
    await new Promise((r) => setTimeout(r, 50));
    // Its one line: no "request refused" for the end of input in the middle of the body.
    assert.deepEqual(
      logs
        .records()
        .map((r) => r.msg)
        .filter((msg) => !String(msg).startsWith("Server listening")),
      ["request aborted by the client"],
    );
  } finally {
    await app.close();
  }
});

test("a client that leaves while its article or batch is worked on: one line, as aborted, and no error counted", async () => {
  for (const [path, headers, body] of [
    ["/v1/summarize", JSON_HEADERS, JSON.stringify({ text: ARTICLE })],
    ["/v1/summarize/batch", NDJSON_HEADERS, `${JSON.stringify({ id: 1, text: ARTICLE })}\n`],
  ] as const) {
    const logs = new Capture();
    const engine = gatedEngine(new Promise<void>(() => {}));
    const { app } = await buildServer({
      engine,
      timeout: 60_000,
      logLevel: "info",
      logStream: logs,
    });
    try {
      await app.listen({ host: "127.0.0.1", port: 0 });
      const { port } = app.server.address() as AddressInfo;
      const socket = connect(port, "127.0.0.1");
      await once(socket, "connect");
      const type = headers["content-type"];
      socket.write(
        `POST ${path} HTTP/1.1\r\nHost: x\r\nContent-Type: ${type}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
      );
      while (engine.started < 1) await new Promise((r) => setTimeout(r, 5));
      socket.destroy();
      const messages = () =>
        logs
          .records()
          .map((r) => String(r.msg))
          .filter((msg) => !msg.startsWith("Server listening"));
      for (let i = 0; i < 200 && messages().length === 0; i++) {
        await new Promise((r) => setTimeout(r, 10));
      }
      await new Promise((r) => setTimeout(r, 100));
      assert.deepEqual(messages(), ["request aborted by the client"], path);
      assert.ok(
        logs.records().every((r) => Number(r.level) < 50),
        path,
      );
      const metrics = await app.inject({ method: "GET", url: "/metrics" });
      assert.doesNotMatch(metrics.body, /^khulasa_errors_total\{/m, path);
    } finally {
      await app.close();
    }
  }
});

test("X-Request-Id: a caller's id names the request's log line and comes back; else a fresh one", async () => {
  const logs = new Capture();
  const { app } = await buildServer({ workers: 0, logLevel: "info", logStream: logs });
  try {
    const get = (headers: Record<string, string> = {}) =>
      app.inject({ method: "GET", url: "/healthz", headers });
    const given = await get({ "x-request-id": "lb-7f3a/42" });
    assert.equal(given.headers["x-request-id"], "lb-7f3a/42");
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
    assert.match(String((await get()).headers["x-request-id"]), uuid);
    // An id with spaces or control characters, or too long, is not taken into the logs.
    for (const bad of ["two words", "x".repeat(129), "tab\there"]) {
      assert.match(String((await get({ "x-request-id": bad })).headers["x-request-id"]), uuid);
    }
    const ids = logs
      .records()
      .filter((r) => r.msg === "request completed")
      .map((r) => r.reqId);
    assert.equal(ids[0], "lb-7f3a/42");
    assert.equal(new Set(ids).size, ids.length, "each request has its own id");
  } finally {
    await app.close();
  }
});
