import assert from "node:assert/strict";
import { request as httpRequest } from "node:http";
import { type AddressInfo, connect, type Socket } from "node:net";
import { test } from "node:test";
import { gzipSync } from "node:zlib";
import { buildServer } from "../../src/server/app.js";
import { createEngine, type Engine } from "../../src/server/engine.js";
import { runJob } from "../../src/server/job.js";
import {
  ARTICLE,
  deferred,
  errorOf,
  gatedEngine,
  JSON_HEADERS,
  NDJSON_HEADERS,
  withListening,
} from "./helpers.js";

/**
 * An engine that works on the event loop, as `--workers 0` does, for `ms` milliseconds a job:
 * no timer can fire while it works.
 */
function blockingEngine(ms: number): Engine {
  return {
    threads: 0,
    async run(job, _signal, started) {
      started?.();
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
      return runJob(job);
    },
    async close() {},
  };
}

const request = { method: "POST", url: "/v1/summarize", headers: JSON_HEADERS } as const;

test("over the concurrency limit: 503 BUSY with Retry-After, admitted again once released", async () => {
  const gate = deferred();
  const engine = gatedEngine(gate.promise);
  const { app } = await buildServer({ engine, concurrency: 2, logLevel: "silent" });
  try {
    const payload = JSON.stringify({ text: ARTICLE, count: 2 });
    const first = app.inject({ ...request, payload });
    const second = app.inject({ ...request, payload });
    while (engine.started < 2) await new Promise((r) => setTimeout(r, 5));
    const third = await app.inject({ ...request, payload });
    assert.equal(third.statusCode, 503);
    assert.equal(third.headers["retry-after"], "1");
    assert.equal(errorOf(third.body).code, "BUSY");
    const health = await app.inject({ method: "GET", url: "/healthz" });
    assert.equal(health.statusCode, 200, "health checks are never refused as busy");
    assert.equal((health.json() as { inflight: number }).inflight, 2);
    gate.resolve();
    assert.equal((await first).statusCode, 200);
    assert.equal((await second).statusCode, 200);
    const again = await app.inject({ ...request, payload });
    assert.equal(again.statusCode, 200, "slots are released when responses end");
  } finally {
    gate.resolve();
    await app.close();
  }
});

test("an article over the timeout is 422 TIMEOUT, with no Retry-After (it would time out again), and frees its slot", async () => {
  const never = new Promise<void>(() => {});
  const { app } = await buildServer({
    engine: gatedEngine(never),
    timeout: 60,
    concurrency: 1,
    logLevel: "silent",
  });
  try {
    const started = performance.now();
    const res = await app.inject({ ...request, payload: JSON.stringify({ text: ARTICLE }) });
    assert.equal(res.statusCode, 422);
    assert.equal(res.headers["retry-after"], undefined);
    const e = errorOf(res.body);
    assert.equal(e.code, "TIMEOUT");
    assert.match(e.message, /60 ms/);
    assert.doesNotMatch(e.hint, /retry/i);
    assert.match(e.hint, /shorter/);
    assert.ok(performance.now() - started < 20_000, "answered at the deadline, not never");
    const health = await app.inject({ method: "GET", url: "/healthz" });
    assert.equal((health.json() as { inflight: number }).inflight, 0);
  } finally {
    await app.close();
  }
});

test("the worker pool abandons a job past its deadline and keeps serving", async () => {
  const { app, context } = await buildServer({ workers: 1, timeout: 30, logLevel: "silent" });
  try {
    // A 160 000-character text goes to the pool and takes far longer than 30 ms there.
    const big = JSON.stringify({ text: ARTICLE.repeat(200) });
    const late = await app.inject({ ...request, payload: big });
    assert.equal(late.statusCode, 422);
    assert.equal(errorOf(late.body).code, "TIMEOUT");
    context.options.timeout = 30_000;
    const again = await app.inject({ ...request, payload: big });
    assert.equal(again.statusCode, 200, "the pool replaced the stopped worker");
    const small = await app.inject({ ...request, payload: JSON.stringify({ text: ARTICLE }) });
    assert.equal(small.statusCode, 200);
  } finally {
    await app.close();
  }
});

test("a worker stopped at a deadline is replaced by a warm one: later pages meet a short deadline", {
  timeout: 60_000,
}, async () => {
  // A cold thread spends longer than this deadline loading the HTML parser: if it took tasks
  // before warming up, every page it got would time out and stop it again.
  const { app } = await buildServer({ workers: 1, timeout: 150, logLevel: "silent" });
  const page = (paragraphs: number): string =>
    JSON.stringify({
      html: `<html><body><article>${`<p>${ARTICLE}</p>`.repeat(paragraphs)}</article></body></html>`,
    });
  try {
    const late = await app.inject({ ...request, payload: page(1000) });
    assert.equal(errorOf(late.body).code, "TIMEOUT");
    // The replacement thread starts and warms up (a few seconds under tsx on a busy machine);
    // pages sent before it is up may time out in the queue. Once one succeeds, all must.
    const started = performance.now();
    while ((await app.inject({ ...request, payload: page(2) })).statusCode !== 200) {
      assert.ok(performance.now() - started < 20_000, "no page succeeded after the timeout");
      await new Promise((r) => setTimeout(r, 200));
    }
    // A cold replacement would time out on every page (each stopping it again); a warm one
    // meets the deadline, but for a rare stall of a loaded machine.
    const codes: number[] = [];
    for (let i = 0; i < 5; i++) {
      codes.push((await app.inject({ ...request, payload: page(2) })).statusCode);
    }
    assert.ok(codes.filter((c) => c === 200).length >= 4, `later pages: ${codes.join(" ")}`);
  } finally {
    await app.close();
  }
});

test("a request queued behind one stopped at its deadline gets its whole deadline on the replacement thread", {
  timeout: 120_000,
}, async () => {
  // The pool engine, with the order in which jobs reach it.
  const pool = createEngine(1, 0);
  const queued: string[] = [];
  const engine: Engine = {
    threads: 1,
    run(job, signal, started) {
      queued.push(job.html !== undefined && job.html.length > 100_000 ? "long" : "short");
      return pool.run(job, signal, started);
    },
    close: () => pool.close(),
  };
  // A body limit above the default, for a page that takes several times the deadline (1,200
  // paragraphs, the most the default allows, took 0.6 to 0.9 s on a quiet machine).
  const { app } = await buildServer({
    engine,
    timeout: 1000,
    maxBody: 8 * 1024 * 1024,
    logLevel: "silent",
  });
  const page = (paragraphs: number): string =>
    JSON.stringify({
      html: `<html><body><article>${`<p>${ARTICLE}</p>`.repeat(paragraphs)}</article></body></html>`,
    });
  try {
    // A page far too long for the deadline takes the one thread; a short page waits behind it.
    const long = app.inject({ ...request, payload: page(4000) });
    while (queued.length < 1) await new Promise((r) => setTimeout(r, 5));
    const short = app.inject({ ...request, payload: page(2) });
    assert.equal(errorOf((await long).body).code, "TIMEOUT");
    // The thread was stopped; the short page waited for its replacement to start and warm up,
    // which is not its own time: it is summarized, not refused at a deadline it spent waiting.
    const res = await short;
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual(queued, ["long", "short"]);
  } finally {
    await app.close();
  }
});

test("the deadline counts from when the article begins, not while it waits for a thread", async () => {
  // One thread, busy (or starting up) for three deadlines before it takes each job.
  const engine: Engine = {
    threads: 1,
    async run(job, signal, started) {
      await new Promise((r) => setTimeout(r, 1200));
      signal?.throwIfAborted();
      started?.();
      return runJob(job);
    },
    async close() {},
  };
  const { app } = await buildServer({ engine, timeout: 400, logLevel: "silent" });
  try {
    const res = await app.inject({ ...request, payload: JSON.stringify({ text: ARTICLE }) });
    assert.equal(res.statusCode, 200, res.body);
  } finally {
    await app.close();
  }
});

test("on the event loop, an article that ends past the deadline is TIMEOUT, not a late summary", async () => {
  const { app } = await buildServer({
    engine: blockingEngine(200),
    timeout: 50,
    logLevel: "silent",
  });
  try {
    const res = await app.inject({ ...request, payload: JSON.stringify({ text: ARTICLE }) });
    assert.equal(res.statusCode, 422);
    const e = errorOf(res.body);
    assert.equal(e.code, "TIMEOUT");
    assert.match(e.message, /50 ms/);
    const batch = await app.inject({
      method: "POST",
      url: "/v1/summarize/batch",
      headers: NDJSON_HEADERS,
      payload: `${JSON.stringify({ id: "late", article: ARTICLE })}\n`,
    });
    assert.equal(batch.statusCode, 200);
    const line = JSON.parse(batch.body) as { id: string; error?: { code: string } };
    assert.deepEqual([line.id, line.error?.code], ["late", "TIMEOUT"]);
  } finally {
    await app.close();
  }
});

test("on the event loop, an article within the deadline is summarized", async () => {
  const { app } = await buildServer({
    engine: blockingEngine(5),
    timeout: 10_000,
    logLevel: "silent",
  });
  try {
    const res = await app.inject({ ...request, payload: JSON.stringify({ text: ARTICLE }) });
    assert.equal(res.statusCode, 200);
  } finally {
    await app.close();
  }
});

test("a client that goes away stops its article's job, and frees its slot", async () => {
  const never = new Promise<void>(() => {});
  const engine = gatedEngine(never);
  const { app } = await buildServer({ engine, timeout: 60_000, logLevel: "silent" });
  try {
    await app.listen({ host: "127.0.0.1", port: 0 });
    const { port } = app.server.address() as AddressInfo;
    const req = httpRequest({ host: "127.0.0.1", port, method: "POST", path: "/v1/summarize" });
    req.on("error", () => {});
    req.setHeader("content-type", "application/json");
    req.end(JSON.stringify({ text: ARTICLE }));
    while (engine.started < 1) await new Promise((r) => setTimeout(r, 5));
    req.destroy();
    const until = performance.now() + 5000;
    while (engine.aborted < 1 && performance.now() < until) {
      await new Promise((r) => setTimeout(r, 10));
    }
    assert.equal(engine.aborted, 1, "the job was stopped, not left to run until the deadline");
    const health = await app.inject({ method: "GET", url: "/healthz" });
    assert.equal((health.json() as { inflight: number }).inflight, 0);
  } finally {
    await app.close();
  }
});

/** Open a socket, send `head` (and a few body bytes); resolves with what comes back by `ms`. */
function partialRequest(
  port: number,
  head: string,
  ms: number,
): Promise<{ socket: Socket; received: () => string; closed: () => boolean }> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1", () => {
      socket.write(head);
      setTimeout(() => resolve({ socket, received: () => out, closed: () => ended }), ms);
    });
    let out = "";
    let ended = false;
    socket.on("data", (d) => {
      out += d.toString();
    });
    socket.on("close", () => {
      ended = true;
    });
    socket.on("error", () => {});
  });
}

test("a client still uploading its article holds no slot: others are served at --concurrency 1", async () => {
  await withListening({ concurrency: 1, workers: 0 }, async (port) => {
    const slow = await partialRequest(
      port,
      'POST /v1/summarize HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{"text":',
      200,
    );
    try {
      const res = await fetch(`http://127.0.0.1:${port}/v1/summarize`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ text: ARTICLE, count: 1 }),
      });
      assert.equal(res.status, 200, "the slot is taken once the body is in, not at its headers");
    } finally {
      slow.socket.destroy();
    }
  });
});

test("a batch whose body has not begun holds no slot; once it has, it does", async () => {
  await withListening({ concurrency: 1, workers: 0 }, async (port) => {
    const head =
      "POST /v1/summarize/batch HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-ndjson\r\nTransfer-Encoding: chunked\r\n\r\n";
    const summarize = () =>
      fetch(`http://127.0.0.1:${port}/v1/summarize`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ text: ARTICLE, count: 1 }),
      });
    const idle = await partialRequest(port, head, 200);
    try {
      assert.equal((await summarize()).status, 200, "headers alone take no slot");
      // Its first record's first bytes: the batch is at work, and holds the one slot.
      idle.socket.write('5\r\n{"id"\r\n');
      await new Promise((r) => setTimeout(r, 200));
      assert.equal((await summarize()).status, 503, "a batch that has begun holds its slot");
    } finally {
      idle.socket.destroy();
    }
    // Clients that leave, before or after their first byte, give their slot back.
    for (const bytes of ["", '5\r\n{"id"\r\n']) {
      const gone = await partialRequest(port, head + bytes, 100);
      gone.socket.destroy();
      await new Promise((r) => setTimeout(r, 200));
      const health = await fetch(`http://127.0.0.1:${port}/healthz`);
      assert.equal(
        ((await health.json()) as { inflight: number }).inflight,
        0,
        JSON.stringify(bytes),
      );
      assert.equal((await summarize()).status, 200, JSON.stringify(bytes));
    }
  });
});

test("a refusal sent before the body is in closes the connection rather than read the rest", async () => {
  await withListening({ workers: 0 }, async (port) => {
    // A batch with the wrong media type, declaring 50 MB (within the batch limit) and sending a little.
    const r = await partialRequest(
      port,
      "POST /v1/summarize/batch HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: 50000000\r\n\r\nabc",
      500,
    );
    try {
      assert.match(r.received(), /^HTTP\/1\.1 415 /);
      assert.match(r.received(), /\r\nconnection: close\r\n/i);
      assert.ok(r.closed(), "the server closed the connection");
    } finally {
      r.socket.destroy();
    }
  });
});

test("a compressed body (Content-Encoding: gzip) is 415 NOT_TEXT naming the encoding", async () => {
  const { app } = await buildServer({ workers: 0, logLevel: "silent" });
  try {
    for (const url of ["/v1/summarize", "/v1/summarize/batch"]) {
      const res = await app.inject({
        method: "POST",
        url,
        headers: { ...JSON_HEADERS, "content-encoding": "gzip" },
        payload: gzipSync(JSON.stringify({ text: ARTICLE })),
      });
      assert.equal(res.statusCode, 415, url);
      const e = errorOf(res.body);
      assert.equal(e.code, "NOT_TEXT");
      assert.match(e.message, /Content-Encoding "gzip" is not supported/);
      assert.match(e.hint, /uncompressed/);
    }
    const plain = await app.inject({
      ...request,
      headers: { ...JSON_HEADERS, "content-encoding": "identity" },
      payload: JSON.stringify({ text: ARTICLE, count: 1 }),
    });
    assert.equal(plain.statusCode, 200, "identity is no encoding");
  } finally {
    await app.close();
  }
});
