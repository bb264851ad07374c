import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { once } from "node:events";
import { test } from "node:test";
import { CLI } from "../helpers/shared.js";

/** Start `khulasa serve` on a free loopback port; resolves once it prints where it serves. */
async function serve(args: string[]): Promise<{ url: string; stop(): Promise<string> }> {
  const child = spawn(process.execPath, [CLI, "serve", "--port", "0", ...args], {
    stdio: ["ignore", "ignore", "pipe"],
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
      if (child.exitCode === null) await once(child, "exit");
      return stderr;
    },
  };
}

test("khulasa serve starts and stops without warnings on stderr", { timeout: 60_000 }, async () => {
  const server = await serve(["--workers", "1", "--log-level", "silent"]);
  const health = await fetch(`${server.url}/healthz`);
  assert.equal(health.status, 200);
  const stderr = await server.stop();
  assert.doesNotMatch(stderr, /Warning|FSTDEP/, stderr);
  assert.match(stderr, /^khulasa: serving on http:\/\/127\.0\.0\.1:\d+ /);
});
