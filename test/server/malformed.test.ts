import assert from "node:assert/strict";
import { connect } from "node:net";
import { after, before, describe, test } from "node:test";
import type { FastifyInstance } from "fastify";
import { buildServer } from "../../src/server/app.js";
import { clientError } from "../../src/server/http-errors.js";
import { SECURITY_HEADERS } from "../../src/server/routes/web.js";
import { Capture, errorOf } from "./helpers.js";

interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Send `request` as raw bytes on a loopback connection; the response the server sends back. */
function rawRequest(port: number, request: string): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1");
    const chunks: Buffer[] = [];
    socket.on("data", (chunk: Buffer) => {
      chunks.push(chunk);
      // The server closes the connection after these responses; this also ends a keep-alive one.
      const text = Buffer.concat(chunks).toString("utf8");
      const end = text.indexOf("\r\n\r\n");
      const length = /\r\ncontent-length: (\d+)/i.exec(text);
      if (end !== -1 && length && Buffer.byteLength(text) >= end + 4 + Number(length[1])) {
        socket.destroy();
      }
    });
    socket.on("error", reject);
    socket.on("close", () => {
      const text = Buffer.concat(chunks).toString("utf8");
      const end = text.indexOf("\r\n\r\n");
      if (end === -1) return reject(new Error(`no HTTP response: ${JSON.stringify(text)}`));
      const [statusLine = "", ...lines] = text.slice(0, end).split("\r\n");
      const headers: Record<string, string> = {};
      for (const line of lines) {
        const at = line.indexOf(":");
        headers[line.slice(0, at).toLowerCase()] = line.slice(at + 1).trim();
      }
      resolve({
        status: Number(statusLine.split(" ")[1]),
        headers,
        body: text.slice(end + 4),
      });
    });
    socket.write(request);
  });
}

/** The response is an error of the API's format, status and headers. */
function assertApiError(res: RawResponse, status: number, code: string): string {
  assert.equal(res.status, status);
  assert.equal(res.headers["content-type"], "application/json; charset=utf-8");
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
    assert.equal(res.headers[name], value, name);
  }
  const e = errorOf(res.body);
  assert.equal(e.code, code);
  assert.ok(e.hint.length > 0, "with a hint");
  return e.message;
}

describe("requests that fastify or Node's HTTP parser refuse", () => {
  let app: FastifyInstance;
  let port: number;
  const logs = new Capture();
  before(async () => {
    ({ app } = await buildServer({ workers: 0, logLevel: "info", logStream: logs }));
    await app.listen({ host: "127.0.0.1", port: 0 });
    port = (app.server.address() as { port: number }).port;
  });
  after(() => app.close());

  test("a URL that cannot be decoded is 400 BAD_REQUEST, logged and counted", async () => {
    const res = await rawRequest(
      port,
      "GET /% HTTP/1.1\r\nHost: localhost\r\nX-Request-Id: bad-url-1\r\n\r\n",
    );
    const message = assertApiError(res, 400, "BAD_REQUEST");
    // The caller's request id comes back, as on every other response.
    assert.equal(res.headers["x-request-id"], "bad-url-1");
    assert.match(message, /URL/);
    assert.doesNotMatch(res.body, /FST_ERR|statusCode/);
    const logged = logs
      .records()
      .find((r) => r.msg === "request completed" && (r.req as { url?: string }).url === "/%");
    assert.ok(logged, "the request is logged");
    assert.deepEqual(logged.res, { statusCode: 400 });
    const metrics = await app.inject({ method: "GET", url: "/metrics" });
    assert.match(
      metrics.body,
      /^khulasa_http_requests_total\{route="unmatched",method="GET",status="400"\} 1$/m,
    );
    assert.match(metrics.body, /^khulasa_errors_total\{code="BAD_REQUEST"\} 1$/m);
  });

  test("malformed HTTP is 400 BAD_REQUEST in the API's format, not Node's", async () => {
    const requests = {
      "a Content-Length that is not a number":
        "POST /v1/summarize HTTP/1.1\r\nHost: localhost\r\nContent-Length: abc\r\n\r\n",
      "both Content-Length and Transfer-Encoding":
        "POST /v1/summarize HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n" +
        "Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
      "a control byte in a header":
        "GET /healthz HTTP/1.1\r\nHost: localhost\r\nX-Note: a\u0001b\r\n\r\n",
    };
    for (const [what, request] of Object.entries(requests)) {
      const res = await rawRequest(port, request);
      const message = assertApiError(res, 400, "BAD_REQUEST");
      assert.match(message, /not valid HTTP/, what);
      assert.equal(res.headers.connection, "close", what);
    }
    const logged = logs.records().filter((r) => r.msg === "request refused" && r.status === 400);
    assert.equal(logged.length, 3, "each is logged");
  });

  test("headers over Node's limit are 431 TOO_LARGE", async () => {
    const request = `GET /healthz HTTP/1.1\r\nHost: localhost\r\nX-Big: ${"a".repeat(20_000)}\r\n\r\n`;
    const message = assertApiError(await rawRequest(port, request), 431, "TOO_LARGE");
    assert.match(message, /headers/);
  });

  test("a URL over Node's header limit is 431 TOO_LARGE naming the URL, not cookies", async () => {
    const request = `GET /healthz?q=${"a".repeat(20_000)} HTTP/1.1\r\nHost: localhost\r\n\r\n`;
    const res = await rawRequest(port, request);
    const message = assertApiError(res, 431, "TOO_LARGE");
    assert.match(message, /^the URL is over the limit/);
    const hint = (JSON.parse(res.body) as { error: { hint: string } }).error.hint;
    assert.match(hint, /shorter URL/);
    assert.doesNotMatch(hint, /cookies/);
  });

  test("the server goes on serving, after a request its parser refuses", async () => {
    assertApiError(
      await rawRequest(port, "GET /% HTTP/1.1\r\nHost: localhost\r\n\r\n"),
      400,
      "BAD_REQUEST",
    );
    const res = await rawRequest(
      port,
      "GET /healthz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
    );
    assert.equal(res.status, 200);
  });
});

test("a request not received in time is 408 TIMEOUT", () => {
  const limits = { maxHeaderSize: 16_384, headersTimeout: 60_000, requestTimeout: 300_000 };
  const late = clientError({ code: "ERR_HTTP_REQUEST_TIMEOUT" }, limits);
  assert.equal(late.status, 408);
  assert.equal(late.error.code, "TIMEOUT");
  assert.match(late.error.message, /not received in full within 300 s/);
  const slowHeaders = clientError({ code: "ERR_HTTP_REQUEST_TIMEOUT" }, limits, false);
  assert.match(slowHeaders.error.message, /headers were not received within 60 s/);
  const other = clientError({ code: "HPE_INVALID_METHOD", reason: "Invalid method" }, limits);
  assert.deepEqual([other.status, other.error.code], [400, "BAD_REQUEST"]);
  assert.match(other.error.message, /Invalid method/);
});

/** What comes back on a connection that sends `data` and then pauses (at most `ms`). */
function stalled(port: number, data: string, ms: number): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1", () => socket.write(data));
    let out = "";
    const timer = setTimeout(() => socket.destroy(), ms);
    socket.on("data", (chunk: Buffer) => {
      out += chunk.toString("utf8");
    });
    socket.on("error", () => {});
    socket.on("close", () => {
      clearTimeout(timer);
      resolve(out);
    });
  });
}

test("the 408 names the limit that cut the request: the headers' or the whole request's", {
  timeout: 60_000,
}, async () => {
  const logs = new Capture();
  const { app } = await buildServer({
    workers: 0,
    logLevel: "info",
    logStream: logs,
    httpTimeouts: { headers: 500, request: 2000, check: 100 },
  });
  await app.listen({ host: "127.0.0.1", port: 0 });
  try {
    const { port } = app.server.address() as { port: number };
    const headers = await stalled(port, "POST /v1/summarize HTTP/1.1\r\nHost: x\r\n", 20_000);
    assert.match(headers, /^HTTP\/1\.1 408 /);
    assert.match(headers, /the request headers were not received within 0\.5 s/);
    const body = await stalled(
      port,
      "POST /v1/summarize HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{",
      20_000,
    );
    assert.match(body, /^HTTP\/1\.1 408 /);
    assert.match(body, /the request was not received in full within 2 s/);
  } finally {
    await app.close();
  }
});
