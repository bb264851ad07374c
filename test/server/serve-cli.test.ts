import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { once } from "node:events";
import { availableParallelism } from "node:os";
import { test } from "node:test";
import { CLI } from "../helpers/shared.js";

/** Start `khulasa serve` on a free loopback port; resolves once it prints where it serves. */
async function serve(
  args: string[],
): Promise<{ url: string; stop(): Promise<{ stdout: string; stderr: string }> }> {
  const child = spawn(process.execPath, [CLI, "serve", "--port", "0", ...args], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  // "close", not "exit": by then both streams have given all they hold.
  const closed = once(child, "close");
  let stdout = "";
  (child.stdout as NodeJS.ReadableStream).setEncoding("utf8");
  (child.stdout as NodeJS.ReadableStream).on("data", (chunk: string) => {
    stdout += chunk;
  });
  let stderr = "";
  const stream = child.stderr as NodeJS.ReadableStream;
  stream.setEncoding("utf8");
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: string) => {
      stderr += chunk;
      const m = /serving on (http:\/\/\S+)/.exec(stderr);
      if (m?.[1]) {
        stream.off("data", onData);
        resolve(m[1]);
      }
    };
    stream.on("data", onData);
    child.once("exit", (code) => reject(new Error(`serve exited (${code}): ${stderr}`)));
  });
  stream.on("data", (chunk: string) => {
    stderr += chunk;
  });
  return {
    url,
    async stop() {
      child.kill("SIGTERM");
      await closed;
      return { stdout, stderr };
    },
  };
}

/** Check that the server answers /healthz, stop it, and return what it printed. */
async function healthyThenStopped(
  server: Awaited<ReturnType<typeof serve>>,
): Promise<{ stdout: string; stderr: string }> {
  let stopped: { stdout: string; stderr: string } | null = null;
  try {
    const health = await fetch(`${server.url}/healthz`);
    assert.equal(health.status, 200);
    stopped = await server.stop();
  } finally {
    // A failed check must not leave the server (a worker thread and a port) behind.
    if (stopped === null) await server.stop();
  }
  return stopped;
}

test("khulasa serve starts (warm-up included) and stops printing only where it serves", {
  timeout: 60_000,
}, async () => {
  const { stdout, stderr } = await healthyThenStopped(
    await serve(["--workers", "1", "--log-level", "silent"]),
  );
  assert.doesNotMatch(stderr, /Warning|FSTDEP/, stderr);
  assert.match(stderr, /^khulasa: serving on http:\/\/127\.0\.0\.1:\d+ \([^\n]*\)\n$/, stderr);
  assert.equal(stdout, "", "no log lines at --log-level silent");
});

test("khulasa serve --workers over the cores: one warning line, and it serves", {
  timeout: 60_000,
}, async () => {
  const cores = availableParallelism();
  const stopped = await healthyThenStopped(
    await serve(["--workers", String(cores + 1), "--log-level", "silent"]),
  );
  const lines = stopped.stderr.split("\n");
  assert.equal(
    lines[0],
    `khulasa: warning: --workers ${cores + 1} is more than the ${cores} ${cores === 1 ? "core" : "cores"} available; the threads will take turns on them, no faster and with more memory`,
  );
  assert.match(lines[1] ?? "", /^khulasa: serving on /);
  assert.equal(lines.length, 3, stopped.stderr);
});
