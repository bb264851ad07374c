import assert from "node:assert/strict";
import { type ClientRequest, request as httpRequest, type IncomingMessage } from "node:http";
import { type AddressInfo, connect, type Socket } from "node:net";
import { test } from "node:test";
import { buildServer } from "../../src/server/app.js";
import { ARTICLE, deferred, errorOf, gatedEngine, withListening } from "./helpers.js";

// A batch is admitted at its body's first byte. A client that sends a byte, or some records,
// and then nothing must not hold its slot of --concurrency until Node's requestTimeout (300 s):
// with --concurrency N, N such clients would deny the service to everyone meanwhile.

/** The idle limit of these tests, in milliseconds. */
const IDLE = 300;

/** One short record of the batch, as a line. */
const record = (id: number): string =>
  `${JSON.stringify({ id, text: "أعلنت البلدية افتتاح حديقة جديدة في المدينة." })}\n`;

const BATCH_HEAD =
  "POST /v1/summarize/batch HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-ndjson\r\nTransfer-Encoding: chunked\r\n\r\n";

/** `text` as one chunk of a chunked body. */
const chunk = (text: string): string => `${Buffer.byteLength(text).toString(16)}\r\n${text}\r\n`;

/** A raw connection that sent `data` and then nothing: what came back, and whether it closed. */
function stalled(
  port: number,
  data: string,
): Promise<{ socket: Socket; received: () => string; closed: Promise<void> }> {
  return new Promise((resolve) => {
    let out = "";
    const closed = deferred();
    const socket = connect(port, "127.0.0.1", () => {
      socket.write(data);
      resolve({ socket, received: () => out, closed: closed.promise });
    });
    socket.on("data", (d) => {
      out += d.toString();
    });
    socket.on("close", () => closed.resolve());
    socket.on("error", () => {});
  });
}

/** Resolves with `promise`, or rejects once `ms` have passed. */
function within<T>(ms: number, promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: not within ${ms} ms`)), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

const summarize = (port: number) =>
  fetch(`http://127.0.0.1:${port}/v1/summarize`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ text: ARTICLE, count: 1 }),
  });

const inflight = async (port: number): Promise<number> => {
  const health = await fetch(`http://127.0.0.1:${port}/healthz`);
  return ((await health.json()) as { inflight: number }).inflight;
};

/** A streamed batch request on loopback: its NDJSON lines as they come, and its status. */
function openBatch(port: number): {
  req: ClientRequest;
  response: Promise<IncomingMessage>;
  lines: () => Record<string, unknown>[];
  ended: Promise<void>;
  closed: Promise<void>;
} {
  let text = "";
  const ended = deferred();
  const closed = deferred();
  const req = httpRequest({
    host: "127.0.0.1",
    port,
    method: "POST",
    path: "/v1/summarize/batch",
    headers: { "content-type": "application/x-ndjson" },
  });
  req.on("error", () => ended.resolve());
  req.on("socket", (socket) => socket.on("close", () => closed.resolve()));
  const response = new Promise<IncomingMessage>((resolve) => {
    req.on("response", (res) => {
      res.setEncoding("utf8");
      res.on("data", (d: string) => {
        text += d;
      });
      res.on("end", () => ended.resolve());
      res.on("error", () => ended.resolve());
      res.on("close", () => ended.resolve());
      resolve(res);
    });
  });
  const lines = () =>
    text
      .split("\n")
      .filter((l) => l !== "")
      .map((l) => JSON.parse(l) as Record<string, unknown>);
  return { req, response, lines, ended: ended.promise, closed: closed.promise };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

test("batches whose body stalls before a whole record end with 408 TIMEOUT and free their slots", async () => {
  await withListening(
    { workers: 0, concurrency: 2, httpTimeouts: { bodyIdle: IDLE } },
    async (port) => {
      // Headers, then the first bytes of a record, then nothing: each is admitted and holds a slot.
      const clients = [
        await stalled(port, BATCH_HEAD + chunk('{"id": 1, "te')),
        await stalled(port, BATCH_HEAD + chunk("{")),
      ];
      try {
        await sleep(100);
        const busy = await summarize(port);
        assert.equal(busy.status, 503, "the stalled batches hold every slot");
        assert.equal(errorOf(await busy.text()).code, "BUSY");
        for (const client of clients) {
          await within(IDLE * 10, client.closed, "the server closes a stalled batch");
          const answer = client.received();
          assert.match(answer, /^HTTP\/1\.1 408 /);
          assert.match(answer, /\r\nconnection: close\r\n/i);
          const e = errorOf(answer.slice(answer.indexOf("\r\n\r\n") + 4));
          assert.equal(e.code, "TIMEOUT");
          assert.match(e.message, /stalled: no bytes came for 0\.3 s/);
          assert.match(e.hint, /without pausing/);
        }
        assert.equal(await inflight(port), 0);
        assert.equal((await summarize(port)).status, 200, "the slots are free again");
      } finally {
        for (const client of clients) client.socket.destroy();
      }
    },
  );
});

test("a batch that stalls after whole records answers them, then a last TIMEOUT line, and closes", async () => {
  await withListening(
    { workers: 0, concurrency: 1, httpTimeouts: { bodyIdle: IDLE } },
    async (port) => {
      const batch = openBatch(port);
      batch.req.write(`${record(1)}${record(2)}{"id": 3, "te`);
      const res = await batch.response;
      assert.equal(res.statusCode, 200);
      await within(IDLE * 10, batch.ended, "the server ends a stalled batch");
      const lines = batch.lines();
      assert.deepEqual(
        lines.map((l) => [l.id, l.line, (l.error as { code?: string } | undefined)?.code]),
        [
          [1, 1, undefined],
          [2, 2, undefined],
          [undefined, 3, "TIMEOUT"],
        ],
      );
      const last = lines.at(-1)?.error as { message: string; hint: string };
      assert.match(last.message, /stalled: no bytes came for 0\.3 s/);
      assert.match(last.hint, /without pausing/);
      // The line is a BatchResult as the document publishes it, `hint` included.
      const doc = (await (await fetch(`http://127.0.0.1:${port}/openapi.json`)).json()) as {
        components: {
          schemas: { BatchResult: { oneOf: { properties: Record<string, unknown> }[] } };
        };
      };
      const errorLine = doc.components.schemas.BatchResult.oneOf[1]?.properties.error as {
        properties: Record<string, unknown>;
      };
      for (const key of Object.keys(last)) assert.ok(key in errorLine.properties, key);
      await within(IDLE * 10, batch.closed, "the server closes the connection");
      assert.equal(await inflight(port), 0);
      assert.equal((await summarize(port)).status, 200, "the slot is free again");
    },
  );
});

test("a slow producer is served: records every 0.2 s, a record in pieces, past the idle limit in all", async () => {
  await withListening({ workers: 0, httpTimeouts: { bodyIdle: IDLE } }, async (port) => {
    const batch = openBatch(port);
    for (const id of [1, 2, 3]) {
      batch.req.write(record(id));
      await sleep(IDLE * 0.6);
    }
    // One record sent in pieces, each within the limit, the whole longer than it.
    const pieces = record(4).match(/[\s\S]{1,20}/g) ?? [];
    for (const piece of pieces.slice(0, 4)) {
      batch.req.write(piece);
      await sleep(IDLE * 0.4);
    }
    batch.req.end(pieces.slice(4).join(""));
    assert.equal((await batch.response).statusCode, 200);
    await batch.ended;
    assert.deepEqual(
      batch.lines().map((l) => [l.id, l.error]),
      [1, 2, 3, 4].map((id) => [id, undefined]),
    );
  });
});

test("a client waiting for its records' answers is not stalled while the server works on them", async () => {
  const gate = deferred();
  const engine = gatedEngine(gate.promise);
  const { app } = await buildServer({
    engine,
    logLevel: "silent",
    timeout: 60_000,
    httpTimeouts: { bodyIdle: IDLE },
  });
  await app.listen({ host: "127.0.0.1", port: 0 });
  try {
    const batch = openBatch((app.server.address() as AddressInfo).port);
    // The client sends a record and waits for its answer before the next, as a client that
    // feeds the batch from its answers would; the record takes three idle limits.
    batch.req.write(record(1));
    while (engine.started < 1) await sleep(5);
    await sleep(IDLE * 3);
    gate.resolve();
    const res = await batch.response;
    while (batch.lines().length < 1) await sleep(5);
    batch.req.end(record(2));
    assert.equal(res.statusCode, 200);
    await batch.ended;
    assert.deepEqual(
      batch.lines().map((l) => [l.id, l.error]),
      [
        [1, undefined],
        [2, undefined],
      ],
    );
  } finally {
    gate.resolve();
    app.server.closeAllConnections();
    await app.close();
  }
});
