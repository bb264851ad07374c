// Throughput of `khulasa batch --workers 1` against the npm package `lexrank` on the same articles
// of ../shared/data/ant-news-unlabeled.jsonl, measured in one run, and peak RSS of batch on the
// whole corpus. Not part of `npm test`.
//   npm run bench [-- --articles 2000] [--repeat 3] [--skip-rss] [--rss-workers N] [--json]
//
// Fairness: lexrank runs twice, in this process (its require() not timed) and as a whole child
// process doing batch's job on the same file (bench/lexrank-batch.mjs). Against in-process
// lexrank, khulasa is reported three ways: the whole child process (start-up included), the child
// process minus its start-up (a 1-record batch timed in the same run), and summarize() in this
// process, as lexrank runs.
// Each figure is the median of --repeat rounds; a round runs every system once, so machine noise
// (other processes on a 2-core box) hits all of them alike.
//
// What lexrank measures on Arabic: its word tokenizer (natural 0.2.1, Treebank) splits every
// character outside [A-Za-z0-9_] off, so Arabic words become single letters, and its sentence
// splitter ends sentences only at `. ! ?`. It is run as published, on the same article text.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { cpus, loadavg, tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { SummarizeOptions, Summary } from "../src/index.js";
import {
  BenchError,
  type CorpusRecord,
  countOutput,
  fail,
  firstRecords,
  intArg,
  median,
  perSecond,
  RSS_PRELOAD,
  runNode,
} from "./run.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const corpus = resolve(root, "..", "shared", "data", "ant-news-unlabeled.jsonl");
const cli = join(root, "dist", "cli", "main.js");
const distIndex = join(root, "dist", "index.js");
const distSummarize = join(root, "dist", "summarize.js");
const distHandWeights = join(root, "dist", "scoring", "hand-weights.js");
const lexrankBatch = join(root, "bench", "lexrank-batch.mjs");
/** What the issue asks: khulasa at least this many times faster than lexrank. */
const TARGET_RATIO = 20;
/** What the issue asks: peak RSS of batch over the whole corpus under this. */
const RSS_LIMIT_MB = 300;

type Lexrank = {
  summarize(text: string, lines: number, cb: (err: unknown, top: unknown[]) => void): void;
};
type Summarize = (text: string, options?: SummarizeOptions) => Summary;
type SummarizeWith = (model: unknown, text: string, options?: SummarizeOptions) => Summary;

interface Throughput {
  lexrank: number;
  /** lexrank as a whole child process over the same JSONL file (bench/lexrank-batch.mjs). */
  lexrankWhole: number;
  engine: number;
  /**
   * summarize() configured as the engine before the quality work (hand weights, no compression),
   * in this process: the issue asks for at least 80% of its throughput.
   */
  before: number;
  whole: number;
  net: number;
  startupMs: number;
  /** Peak RSS (MB) of the --workers 1 batch over the articles, median of the rounds. */
  rssMB: number | null;
  failures: { lexrank: number; engine: number; before: number; batchRecords: number };
}

/** Time `fn` over every record; milliseconds and how many calls failed. */
function timeEach(records: readonly CorpusRecord[], fn: (r: CorpusRecord) => boolean) {
  let failures = 0;
  const started = performance.now();
  for (const r of records) {
    try {
      if (!fn(r)) failures++;
    } catch {
      failures++;
    }
  }
  return { ms: performance.now() - started, failures };
}

/** The throughput figures, medians of `repeat` rounds. */
async function throughput(
  records: readonly CorpusRecord[],
  repeat: number,
  dir: string,
  preload: string,
): Promise<Throughput> {
  const input = join(dir, "in.jsonl");
  const one = join(dir, "one.jsonl");
  const out = join(dir, "out.jsonl");
  writeFileSync(input, `${records.map((r) => r.line).join("\n")}\n`);
  writeFileSync(one, `${records[0]?.line}\n`);
  const lexrank = createRequire(import.meta.url)("lexrank") as Lexrank;
  const { summarize } = (await import(pathToFileURL(distIndex).href)) as { summarize: Summarize };
  const { summarizeWith } = (await import(pathToFileURL(distSummarize).href)) as {
    summarizeWith: SummarizeWith;
  };
  const { HAND_WEIGHTS } = (await import(pathToFileURL(distHandWeights).href)) as {
    HAND_WEIGHTS: unknown;
  };
  const before = ({ article, title }: CorpusRecord) =>
    summarizeWith(HAND_WEIGHTS, article, { title, compress: false }).highlights.length > 0;
  const batch = (file: string) => [cli, "batch", file, "-o", out, "--workers", "1"];

  // Warm-up, untimed: lexrank's require() already ran; khulasa loads its model and DF table on
  // the first call. Both are then timed in a steady state.
  const warm = records.slice(0, 20);
  timeEach(warm, ({ article }) => {
    lexrank.summarize(article, 3, () => {});
    return true;
  });
  timeEach(warm, ({ article, title }) => summarize(article, { title }).highlights.length > 0);
  timeEach(warm, before);

  const lex: number[] = [];
  const lexWhole: number[] = [];
  const engine: number[] = [];
  const beforeMs: number[] = [];
  const whole: number[] = [];
  const net: number[] = [];
  const startup: number[] = [];
  const rss: number[] = [];
  const failures = { lexrank: 0, engine: 0, before: 0, batchRecords: 0 };
  for (let round = 0; round < repeat; round++) {
    const l = timeEach(records, ({ article }) => {
      let ok = false; // lexrank calls back synchronously
      lexrank.summarize(article, 3, (err, top) => {
        ok = !err && top.length > 0;
      });
      return ok;
    });
    // khulasa and the engine before the quality work run back to back, each first in every other
    // round, so that neither always follows lexrank's garbage or an idle wait on a child process:
    // their ratio is the issue's figure.
    const engineRun = () =>
      timeEach(
        records,
        ({ article, title }) => summarize(article, { title }).highlights.length > 0,
      );
    const beforeRun = () => timeEach(records, before);
    const engineFirst = round % 2 === 0;
    const earlier = engineFirst ? engineRun() : beforeRun();
    const later = engineFirst ? beforeRun() : engineRun();
    const [e, b] = engineFirst ? [earlier, later] : [later, earlier];
    const lexAll = await runNode([lexrankBatch, input, out], preload);
    if (lexAll.code !== 0) fail(`the lexrank batch exited ${lexAll.code}: ${lexAll.stderr.trim()}`);
    const lexWritten = await countOutput(out);
    if (lexWritten.lines !== records.length) {
      fail(`the lexrank batch wrote ${lexWritten.lines} lines for ${records.length} records`);
    }
    const first = await runNode(batch(one), preload);
    if (first.code !== 0) fail(`the 1-record batch exited ${first.code}: ${first.stderr.trim()}`);
    const all = await runNode(batch(input), preload);
    if (all.code > 1) fail(`khulasa batch exited ${all.code}: ${all.stderr.trim()}`);
    const written = await countOutput(out);
    if (written.lines !== records.length) {
      fail(`khulasa batch wrote ${written.lines} lines for ${records.length} records`);
    }
    lex.push(l.ms);
    lexWhole.push(lexAll.ms);
    engine.push(e.ms);
    beforeMs.push(b.ms);
    whole.push(all.ms);
    startup.push(first.ms);
    if (all.maxRssKiB !== null) rss.push(all.maxRssKiB / 1024);
    net.push(perSecond(records.length - 1, all.ms - first.ms));
    failures.lexrank = l.failures;
    failures.engine = e.failures;
    failures.before = b.failures;
    failures.batchRecords = written.errors;
  }
  const n = records.length;
  return {
    lexrank: perSecond(n, median(lex)),
    lexrankWhole: perSecond(n, median(lexWhole)),
    engine: perSecond(n, median(engine)),
    before: perSecond(n, median(beforeMs)),
    whole: perSecond(n, median(whole)),
    net: median(net),
    startupMs: median(startup),
    rssMB: rss.length ? median(rss) : null,
    failures,
  };
}

/** Peak RSS and time of `khulasa batch` over the whole corpus (`workers` null: the default). */
async function fullCorpus(dir: string, preload: string, workers: number | null) {
  const out = join(dir, "all.jsonl");
  const extra = workers === null ? [] : ["--workers", String(workers)];
  const run = await runNode([cli, "batch", corpus, "-o", out, ...extra], preload);
  if (run.code > 1) fail(`khulasa batch on the corpus exited ${run.code}: ${run.stderr.trim()}`);
  const written = await countOutput(out);
  rmSync(out, { force: true });
  return {
    workers: workers === null ? `default (${cpus().length})` : String(workers),
    seconds: run.ms / 1000,
    records: written.lines,
    errorRecords: written.errors,
    peakRssMB: run.maxRssKiB === null ? null : run.maxRssKiB / 1024,
  };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const count = intArg(args, "--articles", 2000);
  const repeat = intArg(args, "--repeat", 3);
  const asJson = args.includes("--json");
  const rssWorkers = args.includes("--rss-workers") ? intArg(args, "--rss-workers", 1) : null;
  if (!existsSync(corpus)) fail(`${corpus} is missing (it lives in ../shared/data)`);
  if (!existsSync(cli) || !existsSync(distIndex)) fail("dist/ is missing; run `npm run build`");

  const records = await firstRecords(corpus, count);
  const dir = mkdtempSync(join(tmpdir(), "khulasa-bench-"));
  try {
    writeFileSync(join(dir, "rss.mjs"), RSS_PRELOAD);
    const preload = pathToFileURL(join(dir, "rss.mjs")).href;
    const load = loadavg().map((x) => x.toFixed(2));
    const t = await throughput(records, repeat, dir, preload);
    const full = args.includes("--skip-rss") ? null : await fullCorpus(dir, preload, rssWorkers);
    const ratio = {
      wholeToWhole: t.whole / t.lexrankWhole,
      whole: t.whole / t.lexrank,
      net: t.net / t.lexrank,
      engine: t.engine / t.lexrank,
      toBefore: t.engine / t.before,
    };
    if (asJson) {
      console.log(JSON.stringify({ articles: records.length, repeat, load, ...t, ratio, full }));
      return;
    }
    const f = (x: number) => x.toFixed(1).padStart(7);
    console.log(
      `articles: ${records.length}, the first of ant-news-unlabeled.jsonl; median of ${repeat} rounds`,
    );
    console.log(
      `machine: ${cpus().length} × ${cpus()[0]?.model ?? "?"}, node ${process.version}, load ${load.join(" ")}`,
    );
    console.log(`lexrank (npm), in-process                  ${f(t.lexrank)} articles/s`);
    console.log(`lexrank (npm), whole process               ${f(t.lexrankWhole)} articles/s`);
    console.log(`khulasa summarize(), in-process            ${f(t.engine)} articles/s`);
    console.log(
      `  the same, as before the quality work       ${f(t.before)} articles/s (hand weights, no compression; now at ${(100 * ratio.toBefore).toFixed(0)}% of it, target ≥ 80%)`,
    );
    console.log(`khulasa batch --workers 1, whole process   ${f(t.whole)} articles/s`);
    console.log(
      `khulasa batch --workers 1, minus start-up  ${f(t.net)} articles/s (start-up: a 1-record batch, ${t.startupMs.toFixed(0)} ms; peak RSS ${t.rssMB === null ? "n/a" : `${t.rssMB.toFixed(0)} MB`})`,
    );
    console.log(
      `ratio khulasa / lexrank, both whole processes over the same file: ${ratio.wholeToWhole.toFixed(1)}x`,
    );
    console.log(
      `ratio khulasa / in-process lexrank: whole process ${ratio.whole.toFixed(1)}x, minus start-up ${ratio.net.toFixed(1)}x, in-process ${ratio.engine.toFixed(1)}x (target ≥ ${TARGET_RATIO}x)`,
    );
    const { lexrank, engine, before, batchRecords } = t.failures;
    if (lexrank + engine + before + batchRecords > 0) {
      console.log(
        `failed articles (last round): lexrank ${lexrank}, summarize() ${engine}, as before ${before}, batch error records ${batchRecords}`,
      );
    }
    if (full) {
      const rss = full.peakRssMB === null ? "n/a" : `${full.peakRssMB.toFixed(0)} MB`;
      console.log(
        `khulasa batch (workers: ${full.workers}) on all of ant-news-unlabeled.jsonl: ${full.records} records (${full.errorRecords} errors) in ${full.seconds.toFixed(1)} s, peak RSS ${rss} (limit ${RSS_LIMIT_MB} MB)`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

try {
  await main();
} catch (error) {
  if (!(error instanceof BenchError)) throw error;
  console.error(`bench: ${error.message}`);
  process.exitCode = 2;
}
