// Throughput of `khulasa batch --workers 1` against the npm package `lexrank` on the same articles
// of ../shared/data/ant-news-unlabeled.jsonl, measured in one run, and peak RSS of batch on the whole
// corpus.   npm run bench [-- --articles 2000] [--skip-rss]
import { spawn } from "node:child_process";
import { createReadStream, existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const corpus = resolve(root, "..", "shared", "data", "ant-news-unlabeled.jsonl");
const cli = join(root, "dist", "cli", "main.js");
const args = process.argv.slice(2);
const articlesAt = args.indexOf("--articles");
const count = articlesAt >= 0 ? Number(args[articlesAt + 1]) : 2000;
const skipRss = args.includes("--skip-rss");

if (!existsSync(corpus)) {
  console.error(`bench: ${corpus} is missing (it lives in ../shared/data); nothing to measure`);
  process.exit(2);
}
if (!existsSync(cli)) {
  console.error("bench: dist/ is missing; run `npm run build` first");
  process.exit(2);
}

async function firstLines(n: number): Promise<string[]> {
  const out: string[] = [];
  const rl = createInterface({ input: createReadStream(corpus, "utf8"), crlfDelay: Infinity });
  for await (const line of rl) {
    if (line.trim()) out.push(line);
    if (out.length >= n) break;
  }
  rl.close();
  return out;
}

/** Run a command; resolve with wall time (ms), exit code and peak RSS (KiB) from /usr/bin/time. */
function run(cmd: string[]): Promise<{ ms: number; code: number; maxRssKiB: number | null }> {
  const timed = existsSync("/usr/bin/time");
  const argv = timed ? ["/usr/bin/time", "-f", "MAXRSS %M", ...cmd] : cmd;
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(argv[0] as string, argv.slice(1), { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => {
      stderr += d.toString();
    });
    child.on("error", fail);
    child.on("close", (code) => {
      const rss = /MAXRSS (\d+)/.exec(stderr);
      done({
        ms: performance.now() - started,
        code: code ?? -1,
        maxRssKiB: rss ? Number(rss[1]) : null,
      });
    });
  });
}

const lines = await firstLines(count);
const articles = lines.map((l) => (JSON.parse(l) as { article: string }).article);
const dir = mkdtempSync(join(tmpdir(), "khulasa-bench-"));
const input = join(dir, "in.jsonl");
writeFileSync(input, `${lines.join("\n")}\n`);

// Baseline: the npm package `lexrank` (3 sentences), in this process, same articles.
const require = createRequire(import.meta.url);
const lexrank = require("lexrank") as {
  summarize(text: string, lines: number, cb: (err: unknown, top: unknown) => void): void;
};
const t0 = performance.now();
let lexErrors = 0;
for (const article of articles) {
  lexrank.summarize(article, 3, (err) => {
    if (err) lexErrors++;
  });
}
const lexMs = performance.now() - t0;

const khulasa = await run([
  process.execPath,
  cli,
  "batch",
  input,
  "-o",
  join(dir, "out.jsonl"),
  "--workers",
  "1",
]);
const lexRate = (articles.length / lexMs) * 1000;
const khRate = (articles.length / khulasa.ms) * 1000;
console.log(`articles: ${articles.length} (first of ant-news-unlabeled.jsonl)`);
console.log(`lexrank (npm) in-process: ${lexRate.toFixed(1)} articles/s (${lexErrors} errors)`);
console.log(
  `khulasa batch --workers 1 (whole process, start-up included): ${khRate.toFixed(1)} articles/s (exit ${khulasa.code})`,
);
console.log(`ratio khulasa / lexrank: ${(khRate / lexRate).toFixed(1)}x`);

if (!skipRss) {
  const all = await run([process.execPath, cli, "batch", corpus, "-o", join(dir, "all.jsonl")]);
  const mb =
    all.maxRssKiB === null ? "n/a (no /usr/bin/time)" : `${(all.maxRssKiB / 1024).toFixed(0)} MB`;
  console.log(
    `khulasa batch (default workers) on all of ant-news-unlabeled.jsonl: ${(all.ms / 1000).toFixed(1)} s, peak RSS ${mb} (exit ${all.code})`,
  );
}
