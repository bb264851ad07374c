// Helpers of bench/batch.ts: reading corpus records, running a child process with its wall time
// and peak RSS, counting a batch's output, medians.
import { spawn } from "node:child_process";
import { createReadStream, existsSync } from "node:fs";
import { createInterface } from "node:readline";

/** A reason the bench cannot give numbers: reported on one line, exit code 2. */
export class BenchError extends Error {}

/** Throw a BenchError. */
export function fail(message: string): never {
  throw new BenchError(message);
}

/** The value after `--name` in `args`, as a whole number ≥ 1, or `fallback` when absent. */
export function intArg(args: readonly string[], name: string, fallback: number): number {
  const at = args.indexOf(name);
  if (at < 0) return fallback;
  const value = Number(args[at + 1]);
  if (!Number.isInteger(value) || value < 1) fail(`${name} needs a whole number ≥ 1`);
  return value;
}

/** One corpus record: its JSONL line as read, and the fields both systems get. */
export interface CorpusRecord {
  line: string;
  article: string;
  title: string | null;
}

/** The first `n` non-blank records of a JSONL corpus (fails when it has fewer). */
export async function firstRecords(path: string, n: number): Promise<CorpusRecord[]> {
  const out: CorpusRecord[] = [];
  const rl = createInterface({ input: createReadStream(path, "utf8"), crlfDelay: Infinity });
  for await (const line of rl) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as { article?: unknown; title?: unknown };
    if (typeof r.article !== "string") fail(`record ${out.length + 1} of ${path} has no article`);
    out.push({ line, article: r.article, title: typeof r.title === "string" ? r.title : null });
    if (out.length >= n) break;
  }
  rl.close();
  if (out.length < n) fail(`${path} has only ${out.length} records, ${n} asked`);
  return out;
}

/** Output lines of a batch run and how many of them are error records. */
export async function countOutput(path: string): Promise<{ lines: number; errors: number }> {
  let lines = 0;
  let errors = 0;
  const rl = createInterface({ input: createReadStream(path, "utf8"), crlfDelay: Infinity });
  for await (const line of rl) {
    if (!line.trim()) continue;
    lines++;
    if ("error" in (JSON.parse(line) as object)) errors++;
  }
  return { lines, errors };
}

/** A finished child process. */
export interface Run {
  ms: number;
  code: number;
  /** Peak resident set size in KiB, or null when it could not be measured. */
  maxRssKiB: number | null;
  stderr: string;
}

/** Source of a preload that prints the peak RSS at exit (used when /usr/bin/time is missing). */
export const RSS_PRELOAD =
  'process.on("exit", () => process.stderr.write("MAXRSS " + process.resourceUsage().maxRSS + "\\n"));\n';

/**
 * Run `node ...nodeArgs`; wall time, exit code and peak RSS (KiB). Peak RSS comes from
 * /usr/bin/time when present, else from `preloadUrl` (a file with RSS_PRELOAD). Worker threads
 * live in the process, so both count them. Stdout is discarded (give the batch `-o`).
 */
export function runNode(nodeArgs: readonly string[], preloadUrl: string): Promise<Run> {
  const timed = existsSync("/usr/bin/time");
  const argv = timed
    ? ["/usr/bin/time", "-f", "MAXRSS %M", process.execPath, ...nodeArgs]
    : [process.execPath, "--import", preloadUrl, ...nodeArgs];
  return new Promise((done, failed) => {
    const started = performance.now();
    const child = spawn(argv[0] as string, argv.slice(1), { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => {
      stderr += d.toString();
    });
    child.on("error", failed);
    child.on("close", (code) => {
      const ms = performance.now() - started;
      const rss = /MAXRSS (\d+)/.exec(stderr);
      done({ ms, code: code ?? -1, maxRssKiB: rss ? Number(rss[1]) : null, stderr });
    });
  });
}

/** The median of a non-empty list. */
export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/** Items per second. */
export function perSecond(items: number, ms: number): number {
  return (items / ms) * 1000;
}
