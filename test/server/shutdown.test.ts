import assert from "node:assert/strict";
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { Agent, type ClientRequest, type IncomingMessage, request } from "node:http";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import type { Engine } from "../../src/server/engine.js";
import { runJob } from "../../src/server/job.js";
import { type RunningServer, type StartOptions, startServer } from "../../src/server/start.js";
import { ARTICLE, Capture, deferred, gatedEngine } from "./helpers.js";

const FIXTURE = fileURLToPath(new URL("./fixtures/serve.ts", import.meta.url));
const PARAGRAPHS = ARTICLE.split(/\n\s*\n/).map((p) => p.trim());

async function startProcess(): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ["--import", "tsx", FIXTURE], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  let out = "";
  for await (const chunk of child.stdout as NodeJS.ReadableStream) {
    out += chunk.toString();
    if (out.includes("\n")) break;
  }
  const url = out.trim();
  if (!/^http:\/\/127\.0\.0\.1:\d+$/.test(url)) {
    child.kill("SIGKILL"); // the caller's `finally` never gets the child
    assert.fail(`the fixture printed ${JSON.stringify(out)}, not its URL`);
  }
  return { child, url };
}

/** True once connecting to `url` fails (polling for up to 5 s). */
async function refused(url: string): Promise<boolean> {
  const until = Date.now() + 5000;
  while (Date.now() < until) {
    try {
      await fetch(url, { headers: { connection: "close" } });
    } catch {
      return true;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return false;
}

async function exitCode(child: ChildProcess, ms = 10_000): Promise<number | null> {
  if (child.exitCode !== null) return child.exitCode;
  const timer = setTimeout(() => child.kill("SIGKILL"), ms);
  const [code] = (await once(child, "exit")) as [number | null];
  clearTimeout(timer);
  return code;
}

/** A quiet server on a free port, and a keep-alive agent for it; both gone after `fn`. */
async function withKeepAliveServer(
  options: StartOptions,
  fn: (port: string, running: RunningServer, agent: Agent) => Promise<void>,
): Promise<void> {
  const running = await startServer({
    port: 0,
    // Far longer than the bounds below: a shutdown that waited it out could not pass them on
    // a loaded machine either.
    timeout: 30_000,
    logLevel: "silent",
    handleSignals: false,
    ...options,
  });
  const agent = new Agent({ keepAlive: true });
  try {
    await fn(new URL(running.url).port, running, agent);
  } finally {
    agent.destroy();
    await running.shutdown();
  }
}

/** A POST to `path` on `port` with a chunked body, which the caller writes. */
function chunkedPost(
  port: string,
  path: string,
  contentType: string,
  agent?: Agent,
): ClientRequest {
  return request({
    host: "127.0.0.1",
    port,
    method: "POST",
    path,
    agent,
    headers: { "content-type": contentType, "transfer-encoding": "chunked" },
  });
}

/**
 * A chunked NDJSON batch on `port` whose first record (paragraph one, id "one") is sent and whose
 * response has begun; `body()` is what has come back so far.
 */
async function openBatch(
  port: string,
  agent?: Agent,
): Promise<{ req: ClientRequest; res: IncomingMessage; body: () => string }> {
  const req = chunkedPost(port, "/v1/summarize/batch", "application/x-ndjson", agent);
  const response = once(req, "response");
  req.write(`${JSON.stringify({ id: "one", article: PARAGRAPHS[0] })}\n`);
  const [res] = (await response) as [IncomingMessage];
  res.setEncoding("utf8");
  let body = "";
  res.on("data", (c: string) => {
    body += c;
  });
  return { req, res, body: () => body };
}

/** `shutdown`, begun at `started`, answered everything and did not wait out the timeout. */
/**
 * Send the first half of `body` and wait until the server has the request (its headers and half
 * its body) and a moment more for its onRequest hooks to run; returns the other half.
 */
async function sendHalf(req: ClientRequest, running: RunningServer, body: string): Promise<string> {
  const arrived = once(running.service.app.server, "request");
  const half = Math.floor(body.length / 2);
  req.write(body.slice(0, half));
  req.flushHeaders();
  await arrived;
  await new Promise((r) => setTimeout(r, 100));
  return body.slice(half);
}

async function assertShutDownAtOnce(shutdown: Promise<number>, started: number): Promise<void> {
  assert.equal(await shutdown, 0, "every request was answered: nothing was cut");
  const took = performance.now() - started;
  assert.ok(took < 10_000, `shutdown took ${Math.round(took)} ms, not the timeout plus the grace`);
}

test("SIGTERM: stops accepting, finishes the batch in flight, exits 0", {
  timeout: 30_000,
}, async () => {
  const { child, url } = await startProcess();
  try {
    const { req, res, body } = await openBatch(new URL(url).port);
    assert.equal(res.statusCode, 200);
    while (!body().includes("\n")) await new Promise((r) => setTimeout(r, 10));

    child.kill("SIGTERM");
    assert.ok(await refused(`${url}/healthz`), "new connections are refused");

    req.end(`${JSON.stringify({ id: "two", article: PARAGRAPHS[1] })}\n`);
    await once(res, "end");
    const lines = body()
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l) as { id: string; error?: unknown; highlights: unknown[] });
    assert.deepEqual(
      lines.map((l) => l.id),
      ["one", "two"],
    );
    assert.ok(lines.every((l) => !l.error && l.highlights.length > 0));
    assert.equal(await exitCode(child), 0);
  } finally {
    child.kill("SIGKILL");
  }
});

test("SIGINT on an idle server exits 0", { timeout: 30_000 }, async () => {
  const { child, url } = await startProcess();
  try {
    const res = await fetch(`${url}/healthz`);
    assert.equal(res.status, 200);
    child.kill("SIGINT");
    assert.equal(await exitCode(child), 0);
  } finally {
    child.kill("SIGKILL");
  }
});

test("shutdown with a request in flight on a keep-alive connection: answers it, then exits 0 at once", {
  timeout: 60_000,
}, async () => {
  const gate = deferred();
  const gated = gatedEngine(gate.promise);
  // Only the test's article waits for the gate (the warm-up's text does not).
  const engine: Engine = {
    threads: 1,
    run: (job, signal, started) =>
      job.text === ARTICLE ? gated.run(job, signal, started) : runJob(job),
    close: async () => {},
  };
  await withKeepAliveServer({ engine }, async (port, running, agent) => {
    try {
      const req = request({
        host: "127.0.0.1",
        port,
        method: "POST",
        path: "/v1/summarize",
        agent,
      });
      req.setHeader("content-type", "application/json");
      const response = once(req, "response");
      req.end(JSON.stringify({ text: ARTICLE, count: 2 }));
      while (gated.started < 1) await new Promise((r) => setTimeout(r, 5));

      const started = performance.now();
      const code = running.shutdown("test");
      gate.resolve();
      const [res] = (await response) as [IncomingMessage];
      res.resume();
      assert.equal(res.statusCode, 200);
      assert.equal(
        res.headers.connection,
        "close",
        "a response sent while closing ends its connection",
      );
      await assertShutDownAtOnce(code, started);
    } finally {
      gate.resolve();
    }
  });
});

test("shutdown while a request's body is still coming in: the request is in flight, and answered", {
  timeout: 60_000,
}, async () => {
  await withKeepAliveServer({}, async (port, running, agent) => {
    const req = chunkedPost(port, "/v1/summarize", "application/json", agent);
    const response = once(req, "response");
    const rest = await sendHalf(req, running, JSON.stringify({ text: ARTICLE, count: 2 }));
    const started = performance.now();
    const code = running.shutdown("test");
    req.end(rest);
    const [res] = (await response) as [IncomingMessage];
    let text = "";
    res.setEncoding("utf8");
    for await (const chunk of res) text += chunk;
    assert.equal(res.statusCode, 200, text);
    assert.equal((JSON.parse(text) as { highlights: unknown[] }).highlights.length, 2);
    await assertShutDownAtOnce(code, started);
  });
});

test("shutdown with a batch streaming on a keep-alive connection: finishes it, then exits 0 at once", {
  timeout: 60_000,
}, async () => {
  await withKeepAliveServer({ workers: 0 }, async (port, running, agent) => {
    const { req, res, body } = await openBatch(port, agent);
    assert.equal(res.headers.connection, "keep-alive", "the response began before shutdown");

    const started = performance.now();
    const code = running.shutdown("test");
    req.end(`${JSON.stringify({ id: "two", article: PARAGRAPHS[1] })}\n`);
    await once(res, "end");
    assert.equal(body().trimEnd().split("\n").length, 2);
    await assertShutDownAtOnce(code, started);
  });
});

test("SIGTERM with --drain: /healthz turns 503 while requests are still served, then the server closes", {
  timeout: 60_000,
}, async () => {
  await withKeepAliveServer({ drain: 1500 }, async (port, running) => {
    const url = `http://127.0.0.1:${port}`;
    assert.equal((await fetch(`${url}/healthz`)).status, 200);
    const started = performance.now();
    const code = running.shutdown("SIGTERM");
    const health = await fetch(`${url}/healthz`);
    assert.equal(health.status, 503);
    assert.equal(((await health.json()) as { status: string }).status, "closing");
    // A request a load balancer sent before it saw the 503 is still answered, and its
    // connection closed, so that the client's next request goes elsewhere.
    const res = await fetch(`${url}/v1/summarize`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ text: ARTICLE, count: 2 }),
    });
    assert.equal(res.status, 200);
    assert.equal(res.headers.get("connection"), "close");
    assert.equal(await code, 0);
    const took = performance.now() - started;
    assert.ok(took >= 1400, `stopped after ${Math.round(took)} ms, before the drain ended`);
    assert.ok(await refused(`${url}/healthz`), "after the drain, new connections are refused");
  });
});

test("shutdown() and SIGINT do not drain: a person at the terminal wants the server gone", {
  timeout: 60_000,
}, async () => {
  await withKeepAliveServer({ drain: 60_000 }, async (_port, running) => {
    const started = performance.now();
    assert.equal(await running.shutdown("SIGINT"), 0);
    assert.ok(performance.now() - started < 20_000, "the 60 s drain was skipped");
  });
});

test("SIGINT during a drain ends it: the server stops without waiting it out", {
  timeout: 60_000,
}, async () => {
  await withKeepAliveServer({ drain: 60_000 }, async (port, running) => {
    const started = performance.now();
    const code = running.shutdown("SIGTERM");
    assert.equal((await fetch(`http://127.0.0.1:${port}/healthz`)).status, 503, "draining");
    void running.shutdown("SIGINT");
    assert.equal(await code, 0);
    assert.ok(performance.now() - started < 20_000, "the 60 s drain was cut short");
  });
});

test("shutdown waits for a body still coming in past the article timeout plus 10 s: the request timeout bounds it", {
  timeout: 120_000,
}, async () => {
  // A short article timeout: a shutdown that gave requests only that plus 10 s would cut this
  // upload, which ends 11.5 s after shutdown began, well within the 300 s a request may take.
  const running = await startServer({
    port: 0,
    timeout: 200,
    workers: 0,
    logLevel: "silent",
    handleSignals: false,
  });
  const port = new URL(running.url).port;
  const req = chunkedPost(port, "/v1/summarize", "application/json");
  req.on("error", () => {});
  const response = once(req, "response");
  const rest = await sendHalf(req, running, JSON.stringify({ text: ARTICLE, count: 2 }));
  const code = running.shutdown("test");
  await new Promise((r) => setTimeout(r, 11_500));
  req.end(rest);
  const [res] = (await response) as [IncomingMessage];
  res.resume();
  assert.equal(res.statusCode, 200);
  assert.equal(await code, 0, "nothing was cut");
});

test("a request still open when shutdown stops waiting is cut, logged as the server's doing, exit 1", {
  timeout: 120_000,
}, async () => {
  const logs = new Capture();
  // The test's article does not stop at its deadline (as no real engine does), only once its
  // connection is closed.
  const closed = deferred();
  const engine: Engine = {
    threads: 1,
    run: (job) =>
      job.text !== ARTICLE
        ? runJob(job)
        : closed.promise.then(() => Promise.reject(new Error("connection closed"))),
    close: async () => {},
  };
  const running = await startServer({
    port: 0,
    engine,
    timeout: 100,
    httpTimeouts: { headers: 1000, request: 1000, check: 100 },
    logLevel: "info",
    logStream: logs,
    handleSignals: false,
  });
  const port = new URL(running.url).port;
  const req = request({ host: "127.0.0.1", port, method: "POST", path: "/v1/summarize" });
  req.on("error", () => {});
  req.setHeader("content-type", "application/json");
  const arrived = once(running.service.app.server, "request");
  req.end(JSON.stringify({ text: ARTICLE }));
  const [incoming] = (await arrived) as [IncomingMessage];
  incoming.socket.once("close", () => closed.resolve());
  await new Promise((r) => setTimeout(r, 100));
  assert.equal(await running.shutdown("test"), 1);
  // The request's line comes once its job has ended (with the connection).
  const lines = () => logs.records().filter((r) => r.reqId !== undefined);
  for (let i = 0; i < 200 && lines().length === 0; i++) await new Promise((r) => setTimeout(r, 10));
  await new Promise((r) => setTimeout(r, 100));
  assert.deepEqual(
    lines().map((r) => [r.msg, r.level]),
    [["request cut off by shutdown", 40]],
  );
});
