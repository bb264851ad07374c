import assert from "node:assert/strict";
import { request as httpRequest } from "node:http";
import { type AddressInfo, connect } from "node:net";
import { test } from "node:test";
import type { FastifyInstance } from "fastify";
import { type BuildOptions, buildServer } from "../../src/server/app.js";
import { Capture } from "./helpers.js";

// "Each request is one JSON log line" (README, Serve), also for requests the server refuses
// on its own: a URL it cannot decode, a batch it cuts at --max-batch-body, a body not sent in
// time.

async function listening(options: BuildOptions): Promise<{ app: FastifyInstance; port: number }> {
  const { app } = await buildServer({ workers: 0, logLevel: "info", ...options });
  await app.listen({ host: "127.0.0.1", port: 0 });
  return { app, port: (app.server.address() as AddressInfo).port };
}

/** The log's lines about requests (not the server's own start-up lines). */
function requestLines(logs: Capture): Record<string, unknown>[] {
  return logs.records().filter((r) => !String(r.msg).startsWith("Server listening"));
}

/** Wait until the log has had no new line for `quiet` ms (at most 5 s). */
async function settled(logs: Capture, quiet = 300): Promise<void> {
  let seen = -1;
  for (let waited = 0; waited < 5000; waited += quiet) {
    if (logs.text.length === seen) return;
    seen = logs.text.length;
    await new Promise((r) => setTimeout(r, quiet));
  }
}

/** What comes back on a raw connection that sends `data` and then waits for the server. */
function exchange(port: number, data: string): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1", () => socket.write(data));
    let out = "";
    socket.on("data", (chunk: Buffer) => {
      out += chunk.toString("utf8");
      if (out.includes("\r\n\r\n") && /connection: keep-alive/i.test(out)) socket.end();
    });
    socket.on("error", () => {});
    socket.on("close", () => resolve(out));
    setTimeout(() => socket.destroy(), 15_000).unref();
  });
}

test("a URL that cannot be decoded (`/%`) is one log line, with its code", async () => {
  const logs = new Capture();
  const { app, port } = await listening({ logStream: logs });
  try {
    const answer = await exchange(port, "GET /% HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    assert.match(answer, /^HTTP\/1\.1 400 /);
    await settled(logs);
    const lines = requestLines(logs);
    assert.equal(lines.length, 1, JSON.stringify(lines));
    assert.equal(lines[0]?.msg, "request completed");
    assert.equal(lines[0]?.code, "BAD_REQUEST");
  } finally {
    await app.close();
  }
});

test("a batch cut at --max-batch-body is one log line, not also `aborted by the client`", async () => {
  const logs = new Capture();
  const { app, port } = await listening({ logStream: logs, maxBatchBody: 3000 });
  try {
    const record = JSON.stringify({ id: 0, text: "أعلنت البلدية افتتاح حديقة جديدة في المدينة." });
    const body = await new Promise<string>((resolve, reject) => {
      const req = httpRequest(
        {
          host: "127.0.0.1",
          port,
          method: "POST",
          path: "/v1/summarize/batch",
          headers: { "content-type": "application/x-ndjson", "x-request-id": "cut-batch" },
        },
        (res) => {
          let out = "";
          res.setEncoding("utf8");
          res.on("data", (chunk: string) => {
            out += chunk;
          });
          res.on("end", () => resolve(out));
          res.on("error", () => resolve(out));
        },
      );
      req.on("error", reject);
      // Chunked (no Content-Length), so the limit is found while the body streams in.
      for (let i = 0; i < 60; i++) req.write(`${record.replace('"id":0', `"id":${i}`)}\n`);
      req.end();
    });
    assert.match(body, /"TOO_LARGE"/);
    await settled(logs);
    const lines = requestLines(logs);
    assert.deepEqual(
      lines.map((r) => [r.reqId, r.msg]),
      [["cut-batch", "request completed"]],
    );
  } finally {
    await app.close();
  }
});

test("a body not sent in time (408) is one log line, with the request's id and code", {
  timeout: 30_000,
}, async () => {
  const logs = new Capture();
  const { app, port } = await listening({
    logStream: logs,
    httpTimeouts: { headers: 500, request: 1000, check: 100 },
  });
  try {
    const answer = await exchange(
      port,
      "POST /v1/summarize HTTP/1.1\r\nHost: x\r\nX-Request-Id: slow-body\r\n" +
        "Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{",
    );
    assert.match(answer, /^HTTP\/1\.1 408 /);
    await settled(logs);
    const lines = requestLines(logs);
    assert.equal(lines.length, 1, JSON.stringify(lines));
    assert.equal(lines[0]?.reqId, "slow-body");
    assert.equal(lines[0]?.code, "TIMEOUT");
    assert.equal(lines[0]?.msg, "request refused");
  } finally {
    await app.close();
  }
});
