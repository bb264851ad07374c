import assert from "node:assert/strict";
import { connect } from "node:net";
import { test } from "node:test";
import { errorOf, withListening } from "./helpers.js";

// What bounds an upload on each route, on loopback: a body that keeps coming past its route's
// limit is answered TOO_LARGE while the client is still sending, its connection is closed once
// the client stops (the rest is not read on: see refusal-linger.test.ts) and it holds no slot; a
// Content-Length over the limit is refused at once.

const MAX_BODY = 4096;
const MAX_BATCH_BODY = 16_384;

/** A short record of the batch, as a line. */
const RECORD = `${JSON.stringify({ text: "أعلنت البلدية افتتاح حديقة جديدة في المدينة." })}\n`;

/** `text` as one chunk of a chunked body. */
const chunk = (text: string): string => `${Buffer.byteLength(text).toString(16)}\r\n${text}\r\n`;

const head = (path: string, type: string, framing: string): string =>
  `POST ${path} HTTP/1.1\r\nHost: x\r\nContent-Type: ${type}\r\n${framing}\r\n\r\n`;

/**
 * Send `start`, then `piece` every few milliseconds until the server closes the connection (or
 * `ms` pass): what came back, how many bytes were sent, and whether the server closed it.
 */
async function flood(
  port: number,
  start: string,
  piece: string,
  ms = 5000,
): Promise<{ received: string; sent: number; closed: boolean }> {
  const socket = connect(port, "127.0.0.1");
  let received = "";
  let closed = false;
  socket.on("data", (d) => {
    received += d.toString();
  });
  socket.on("error", () => {});
  socket.on("close", () => {
    closed = true;
  });
  let sent = Buffer.byteLength(start);
  socket.write(start);
  const until = performance.now() + ms;
  while (!closed && performance.now() < until) {
    if (socket.writable) {
      socket.write(piece);
      sent += Buffer.byteLength(piece);
    }
    await new Promise((r) => setTimeout(r, 2));
  }
  socket.destroy();
  return { received, sent, closed };
}

/** One slot, and the two body limits these tests cross. */
const LIMITS = { workers: 0, concurrency: 1, maxBody: MAX_BODY, maxBatchBody: MAX_BATCH_BODY };

const inflight = async (port: number): Promise<number> => {
  const health = await fetch(`http://127.0.0.1:${port}/healthz`);
  return ((await health.json()) as { inflight: number }).inflight;
};

test("a chunked article that keeps coming past --max-body is 413 TOO_LARGE, and its connection closed", async () => {
  await withListening(LIMITS, async (port) => {
    const start = head("/v1/summarize", "application/json", "Transfer-Encoding: chunked");
    const r = await flood(port, start + chunk('{"text": "'), chunk("ا".repeat(100)));
    assert.ok(r.closed, "the server closed the connection");
    assert.match(r.received, /^HTTP\/1\.1 413 /);
    assert.equal(errorOf(r.received.slice(r.received.indexOf("\r\n\r\n") + 4)).code, "TOO_LARGE");
    assert.ok(r.sent < MAX_BODY * 8, `not read far past the limit (${r.sent} bytes sent)`);
    assert.equal(await inflight(port), 0);
  });
});

test("a chunked batch that keeps coming past --max-batch-body ends with a TOO_LARGE line, and its connection closed", async () => {
  await withListening(LIMITS, async (port) => {
    const start = head("/v1/summarize/batch", "application/x-ndjson", "Transfer-Encoding: chunked");
    const r = await flood(port, start, chunk(RECORD));
    assert.ok(r.closed, "the server closed the connection");
    assert.match(r.received, /^HTTP\/1\.1 200 /);
    const fit = Math.floor(MAX_BATCH_BODY / Buffer.byteLength(RECORD));
    const last = `{"line":${fit + 1},"error":{"code":"TOO_LARGE","message":"the batch is over the limit of ${MAX_BATCH_BODY} bytes"}}`;
    assert.ok(r.received.includes(last), "the last line is TOO_LARGE");
    assert.equal(r.received.split('"highlights"').length - 1, fit, "every record that fits");
    assert.equal(await inflight(port), 0);
  });
});

test("a batch's Content-Length is held to --max-batch-body, not to --max-body", async () => {
  await withListening(LIMITS, async (port) => {
    const over = head(
      "/v1/summarize/batch",
      "application/x-ndjson",
      `Content-Length: ${MAX_BATCH_BODY + 1}`,
    );
    const refused = await flood(port, over, RECORD);
    assert.ok(refused.closed, "the server closed the connection");
    assert.match(refused.received, /^HTTP\/1\.1 413 /);
    const body = RECORD.repeat(Math.ceil((MAX_BODY * 2) / Buffer.byteLength(RECORD)));
    assert.ok(Buffer.byteLength(body) > MAX_BODY && Buffer.byteLength(body) < MAX_BATCH_BODY);
    const res = await fetch(`http://127.0.0.1:${port}/v1/summarize/batch`, {
      method: "POST",
      headers: { "content-type": "application/x-ndjson" },
      body,
    });
    assert.equal(res.status, 200);
    assert.ok(!(await res.text()).includes('"error"'));
  });
});

test("a batch's Content-Length over the limit is 413 even while every slot is taken", async () => {
  await withListening(LIMITS, async (port) => {
    // A batch that sent part of its first record holds the one slot of --concurrency 1.
    const holder = connect(port, "127.0.0.1");
    holder.on("error", () => {});
    holder.write(head("/v1/summarize/batch", "application/x-ndjson", "Transfer-Encoding: chunked"));
    holder.write(chunk(RECORD.slice(0, 10)));
    try {
      const until = performance.now() + 5000;
      while ((await inflight(port)) !== 1 && performance.now() < until) {
        await new Promise((r) => setTimeout(r, 20));
      }
      assert.equal(await inflight(port), 1, "the partial batch holds the slot");
      const over = head(
        "/v1/summarize/batch",
        "application/x-ndjson",
        `Content-Length: ${MAX_BATCH_BODY + 1}`,
      );
      const refused = await flood(port, over, RECORD);
      assert.match(refused.received, /^HTTP\/1\.1 413 /, "too large, not busy");
      assert.match(refused.received, /"TOO_LARGE"/);
    } finally {
      holder.destroy();
    }
  });
});
