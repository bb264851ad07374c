import assert from "node:assert/strict";
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { request } from "node:http";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { ARTICLE } from "./helpers.js";

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
  assert.match(url, /^http:\/\/127\.0\.0\.1:\d+$/);
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

test("SIGTERM: stops accepting, finishes the batch in flight, exits 0", {
  timeout: 30_000,
}, async () => {
  const { child, url } = await startProcess();
  try {
    const { port } = new URL(url);
    const req = request({
      host: "127.0.0.1",
      port,
      method: "POST",
      path: "/v1/summarize/batch",
      headers: { "content-type": "application/x-ndjson", "transfer-encoding": "chunked" },
    });
    const response = once(req, "response");
    req.write(`${JSON.stringify({ id: "one", article: PARAGRAPHS[0] })}\n`);
    const [res] = (await response) as [import("node:http").IncomingMessage];
    assert.equal(res.statusCode, 200);
    res.setEncoding("utf8");
    let body = "";
    res.on("data", (c: string) => {
      body += c;
    });
    while (!body.includes("\n")) await new Promise((r) => setTimeout(r, 10));

    child.kill("SIGTERM");
    assert.ok(await refused(`${url}/healthz`), "new connections are refused");

    req.end(`${JSON.stringify({ id: "two", article: PARAGRAPHS[1] })}\n`);
    await once(res, "end");
    const lines = body
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
