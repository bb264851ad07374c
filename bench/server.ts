// Load test of `khulasa serve` on loopback: autocannon POSTs the example article to
// /v1/summarize from N connections for D seconds and prints requests/s, p50 and p99 latency,
// errors and non-2xx. Exits 1 when any request failed or p99 is over the budget.
//   npm run bench:server [-- --connections 50 --duration 20 --workers 2 --max-p99 50]
//   [--count N] [--inline-max CHARS] [--log-level info] [--url http://host:port (an already running server)]
//   [--from-source (run src/ with tsx instead of dist/)]
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { availableParallelism, cpus } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);

function flag(name: string, fallback: string): string {
  const at = args.indexOf(`--${name}`);
  const value = at >= 0 ? args[at + 1] : undefined;
  return value ?? fallback;
}

function numberFlag(name: string, fallback: number): number {
  const value = Number(flag(name, String(fallback)));
  if (!Number.isFinite(value) || value < 0) {
    console.error(`bench:server: --${name} must be a number ≥ 0`);
    process.exit(2);
  }
  return value;
}

const connections = numberFlag("connections", 50);
const duration = numberFlag("duration", 20);
const workers = flag("workers", String(availableParallelism()));
const maxP99 = numberFlag("max-p99", 50);
const logLevel = flag("log-level", "info");
const inlineMax = flag("inline-max", "");
const count = flag("count", "");
const givenUrl = flag("url", "");
const fromSource = args.includes("--from-source");

/** The example article, or the test fixture while examples/ is not written yet. */
function article(): { path: string; text: string } {
  for (const rel of ["examples/article.txt", "test/server/fixtures/article.txt"]) {
    const path = join(root, rel);
    if (existsSync(path)) return { path: rel, text: readFileSync(path, "utf8") };
  }
  console.error("bench:server: examples/article.txt is missing");
  process.exit(2);
}

/** Start `khulasa serve --port 0` (the build if present, else the sources) and read its URL. */
async function startServer(): Promise<{ child: ChildProcess; url: string }> {
  const built = join(root, "dist", "cli", "main.js");
  const entry =
    existsSync(built) && !fromSource
      ? [built]
      : ["--import", "tsx", join(root, "src", "cli", "main.ts")];
  const serveArgs = ["serve", "--port", "0", "--workers", workers, "--log-level", logLevel];
  if (inlineMax) serveArgs.push("--inline-max", inlineMax);
  const child = spawn(process.execPath, [...entry, ...serveArgs], {
    stdio: ["ignore", "ignore", "pipe"],
  });
  let err = "";
  for await (const chunk of child.stderr as NodeJS.ReadableStream) {
    err += chunk.toString();
    const m = /serving on (http:\/\/\S+)/.exec(err);
    if (m?.[1]) return { child, url: m[1] };
  }
  throw new Error(`the server did not start: ${err.trim()}`);
}

async function main(): Promise<number> {
  const { path, text } = article();
  const body = JSON.stringify(count ? { text, count: Number(count) } : { text });
  const server = givenUrl ? null : await startServer();
  const url = givenUrl || (server?.url as string);
  try {
    // Warm up (JIT, worker threads) before measuring.
    await autocannon({
      url: `${url}/v1/summarize`,
      method: "POST",
      headers: { "content-type": "application/json" },
      body,
      connections,
      duration: 2,
    });
    const result = await autocannon({
      url: `${url}/v1/summarize`,
      method: "POST",
      headers: { "content-type": "application/json" },
      body,
      connections,
      duration,
    });
    const failed = result.errors + result.timeouts + result.non2xx;
    const p99 = result.latency.p99;
    const ok = failed === 0 && p99 < maxP99;
    const cpu = cpus()[0]?.model ?? "unknown CPU";
    console.log(
      [
        `khulasa serve on ${url}: ${server ? `workers ${workers}, inline-max ${inlineMax || "default"}, log level ${logLevel}` : "external"}`,
        `machine: ${availableParallelism()} cores (${cpu}), node ${process.version}`,
        `load: POST /v1/summarize with ${path} (${Buffer.byteLength(body)} bytes), ${connections} connections, ${duration} s`,
        `requests/s: ${result.requests.average.toFixed(0)} (total ${result.requests.total})`,
        `latency ms: p50 ${result.latency.p50}, p90 ${result.latency.p90}, p99 ${p99}, max ${result.latency.max}`,
        `errors: ${result.errors}, timeouts: ${result.timeouts}, non-2xx: ${result.non2xx}`,
        `verdict: ${ok ? "PASS" : "FAIL"} (no failed requests, p99 < ${maxP99} ms)`,
      ].join("\n"),
    );
    return ok ? 0 : 1;
  } finally {
    server?.child.kill("SIGTERM");
  }
}

process.exitCode = await main();
