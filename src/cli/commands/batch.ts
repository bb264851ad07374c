import { isUtf8 } from "node:buffer";
import type { Readable } from "node:stream";
import type { Command } from "commander";
import type { Progress } from "../../batch/progress.js";
import type { BatchStats } from "../../batch/run-batch.js";
import { defaultWorkers, MAX_WORKERS } from "../../batch/workers.js";
import { asKhulasaError, createError, KhulasaError } from "../../errors.js";
import { compressedError } from "../../io/compressed.js";
import { countControls } from "../../io/decode.js";
import { DEFAULT_MAX_BYTES, parseByteSize } from "../../io/limits.js";
import { peekBlank } from "../../io/peek-blank.js";
import { fileError, openInput, STDIN } from "../../io/read-input.js";
import { utf16WithoutBomError } from "../../io/utf16-guess.js";
import { utf16Bom } from "../../io/utf16-stream.js";
import {
  closeOutput,
  errnoCode,
  isClosedPipe,
  type Output,
  openOutput,
  writeError,
} from "../output.js";
import { reportError } from "../report-error.js";
import { isSameFile, STDOUT } from "../same-file.js";
import { handleStopSignals } from "../stop-signals.js";
import { workersWarning } from "../workers-warning.js";
import { interruptedError } from "./batch-interrupted.js";
import { parseCount } from "./summarize.js";

/** Raw options of `khulasa batch` as commander gives them. */
interface BatchFlags {
  output?: string;
  count?: string;
  workers?: string;
  compress: boolean;
  maxBytes: string;
}

/** Parse `--workers`: 0 (the main thread) to `MAX_WORKERS`; BAD_OPTION otherwise. */
export function parseWorkers(value: string | undefined): number {
  if (value === undefined) return defaultWorkers();
  const n = /^\s*\d+\s*$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isInteger(n) || n < 0 || n > MAX_WORKERS) {
    throw createError(
      "BAD_OPTION",
      `--workers must be a whole number from 0 to ${MAX_WORKERS}, got "${value}"`,
    );
  }
  return n;
}

/**
 * More than this share of control bytes (`countControls`) in the first bytes: binary data. JSON
 * text holds none raw (a stray one fails its own line only); random bytes hold about 11%.
 */
const BINARY_SHARE = 0.05;

/** The hint of input in another encoding than UTF-8 (windows-1256, ISO-8859-6, …). */
const CONVERT_JSONL_HINT =
  "Convert it to UTF-8 (e.g. `iconv -f windows-1256 -t utf-8 FILE`): batch reads JSONL in UTF-8, " +
  "or in UTF-16 with its byte-order mark.";

/** How many bytes of `bytes` hold whole UTF-8 characters: a character cut at its end is left out. */
function wholeCharacters(bytes: Buffer): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const b = bytes[bytes.length - back] as number;
    if ((b & 0xc0) === 0x80) continue; // a continuation byte: its lead byte comes before
    const length = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return length > back ? bytes.length - back : bytes.length;
  }
  return bytes.length;
}

/**
 * Whether `head` is text in another encoding than UTF-8 (a file saved by Arabic Windows, or in
 * ISO-8859-6): not valid UTF-8 (a character cut at its end aside), with more bad sequences than
 * valid characters beyond ASCII. A stray bad byte in UTF-8 text is not: it fails its line only.
 */
function isLegacyEncoded(head: Buffer): boolean {
  const whole = head.subarray(0, wholeCharacters(head));
  if (isUtf8(whole)) return false;
  // Each bad sequence decodes to U+FFFD, as does each U+FFFD written in the text (EF BF BD).
  const text = new TextDecoder("utf-8").decode(whole);
  let bad = 0;
  let beyondAscii = 0;
  for (const c of text) {
    const code = c.codePointAt(0) as number;
    if (code === 0xfffd) bad++;
    else if (code > 0x7f) beyondAscii++;
  }
  for (let at = whole.indexOf(REPLACEMENT); at !== -1; at = whole.indexOf(REPLACEMENT, at + 3)) {
    bad--;
    beyondAscii++;
  }
  return bad > beyondAscii;
}

/** U+FFFD in UTF-8. */
const REPLACEMENT = Buffer.from([0xef, 0xbf, 0xbd]);

/**
 * Refuse, as a whole, input that is no JSONL text, judged by its first bytes (`head`): UTF-16
 * without a byte-order mark, compressed data (gzip, …), binary data (BINARY_SHARE), text in
 * another encoding than UTF-8 (`isLegacyEncoded`), or lines that end in CR alone
 * (`endsLinesInCr`). Without this, every line would be its own NOT_TEXT or BAD_JSON error (or all
 * the lines of a CR file one). UTF-16 with its mark is read (see `asUtf8`).
 */
function checkJsonlBytes(head: Buffer, name: string): void {
  if (utf16Bom(head) !== null) return;
  const compressed = compressedError(head, name);
  if (compressed !== null) throw compressed;
  const utf16 = utf16WithoutBomError(head, name);
  if (utf16 !== null) throw utf16;
  if (countControls(head.toString("latin1")) > head.length * BINARY_SHARE) {
    throw createError(
      "NOT_TEXT",
      `${name} is binary data, not JSONL text`,
      "Give JSONL: UTF-8 text, one JSON object a line.",
    );
  }
  if (isLegacyEncoded(head)) {
    throw createError("NOT_TEXT", `${name} is not valid UTF-8 text`, CONVERT_JSONL_HINT);
  }
  if (endsLinesInCr(head)) {
    throw createError(
      "BAD_JSON",
      `${name} ends its lines in a carriage return alone (old Mac line endings), read as one line`,
      "Convert them to LF (e.g. `tr '\\r' '\\n' < FILE > FIXED.jsonl`): JSONL lines end in LF or CRLF.",
    );
  }
}

const CR = 0x0d;
const LF = 0x0a;

/**
 * Whether `head` is the start of a file whose lines end in CR alone: a CR with more after it,
 * and no LF. A JSON writer puts no raw CR anywhere, and such a file reads as one line of
 * records, one BAD_JSON for them all.
 */
function endsLinesInCr(head: Buffer): boolean {
  const cr = head.indexOf(CR);
  return cr !== -1 && cr < head.length - 1 && !head.includes(LF);
}

/**
 * The line that ends a run with failed records. When no line was JSON at all, it says what
 * `batch` reads and points at `summarize`: a text file given to `batch` by mistake. Its lines are
 * still each an error line (one a non-blank input line, as every run), and the exit code 1.
 */
function failedSummary(stats: BatchStats): string {
  const counts = `${stats.records} ${stats.records === 1 ? "record" : "records"}, ${stats.failed} failed`;
  if (stats.notJson < stats.records)
    return `khulasa: ${counts} (see their "error" lines in the output)`;
  return `khulasa: ${counts}: no line is valid JSON. batch reads JSONL, one {"id", "article"} object a line; for an article as text, use \`khulasa summarize\``;
}

/** Run `khulasa batch`: JSONL in, JSONL out in input order; exit code 1 when a record failed. */
export async function runBatchCommand(file: string | undefined, flags: BatchFlags): Promise<void> {
  const count = parseCount(flags.count);
  const workers = parseWorkers(flags.workers);
  const maxBytes = parseByteSize(flags.maxBytes);
  let source = file;
  if (source === undefined) {
    if (process.stdin.isTTY) {
      throw createError("USAGE", "give a JSONL file, or pipe JSONL into stdin");
    }
    source = STDIN;
  }
  // Loaded here so that other commands do not pay for piscina, all at once and while the paths
  // are checked. The worker threads start (and load the engine, the longest part of start-up)
  // as soon as the input is checked, before the rest of the batch code is in.
  const pool = import("../../batch/pool.js");
  const rest = Promise.all([import("../../batch/progress.js"), import("../../batch/run-batch.js")]);
  // A refusal returns before they are awaited: a failure to load must not go unhandled then.
  pool.catch(() => {});
  rest.catch(() => {});
  // Opening the output truncates it: refuse when it is the input under any name (a link, or
  // stdin redirected from it), before anything is opened.
  const target = flags.output;
  if (target !== undefined && target !== STDIN && (await isSameFile(target, source))) {
    throw createError("BAD_OPTION", "the output file is the input file", "Write to another file.");
  }
  // Stdout appended to the input (`batch in.jsonl >> in.jsonl`): each output line would be read
  // back as a record, and its error line too, without end.
  if ((target === undefined || target === STDIN) && (await isSameFile(STDOUT, source))) {
    throw createError(
      "BAD_OPTION",
      "stdout is the input file: the output lines would be read back as records",
      "Write to another file (-o FILE, or redirect stdout elsewhere).",
    );
  }
  const input = await openInput(source);
  let output: Output;
  let records: Readable;
  let pooling: Awaited<typeof pool>;
  try {
    // An input with nothing in it is refused before the output is opened: opening truncates it.
    const peeked = await peekBlank(input.stream).catch((error: unknown) => {
      throw fileError(error, input.name);
    });
    if (peeked.blank) throw createError("EMPTY_FILE", `${input.name} has no records`);
    checkJsonlBytes(peeked.head, input.name);
    records = peeked.stream;
    pooling = await pool;
    output = await openOutput(flags.output);
  } catch (error) {
    // Close the input now: left to garbage collection, its file handle warns on stderr.
    input.stream.destroy();
    throw error;
  }
  const summarizer = pooling.createSummarizer(workers);
  const warning = workersWarning(workers);
  if (warning !== null) process.stderr.write(warning);
  let progress: Progress | null = null;
  // Ended once, by the run or by a signal's handler, whichever comes first; both wait for it.
  let closing: Promise<void> | null = null;
  const close = (): Promise<void> => {
    closing ??= closeOutput(output);
    return closing;
  };
  let written: BatchStats = { records: 0, ok: 0, failed: 0, notJson: 0, lastLine: 0 };
  let complete = false;
  // A signal stops the run where it is: the lines handed over are written out, the bar stops at
  // their count, and one line says how far the output goes, before the process dies of it.
  const halt = new AbortController();
  const release = handleStopSignals(async (signal) => {
    halt.abort();
    progress?.stop();
    await close().catch(() => {});
    const stopped = {
      signal,
      written,
      input: source === STDIN ? null : source,
      output: output.name,
      stdout: output.stream === process.stdout,
      complete,
    };
    reportError(interruptedError(stopped), process.stderr, "batch");
  });
  try {
    // Not a file error of the output (see the catch below): a module that failed to load.
    const [{ countBytes, createProgress }, { runBatch }] = await rest.catch((error: unknown) => {
      throw asKhulasaError(error);
    });
    const counted = countBytes(records);
    // A bar on the terminal, unless the output lines go to that terminal too: it would cut them
    // (it turns line wrapping off) and glue itself to them.
    if (process.stderr.isTTY && !output.terminal) {
      const bar = await createProgress(process.stderr, input.size, counted.bytes);
      // A signal while the bar was loading found none to stop: it must not outlive the run.
      if (halt.signal.aborted) bar.stop();
      else progress = bar;
    }
    const stats = await runBatch({
      input: counted.stream,
      output: output.stream,
      summarizer,
      count,
      compress: flags.compress,
      maxBytes,
      inputName: input.name,
      onProgress: (s) => {
        written = s;
        progress?.update(s);
      },
      halt: halt.signal,
    });
    complete = true;
    progress?.stop(true);
    // A write to a file can fail after the last record was handed over: wait for it.
    await close();
    if (stats.failed > 0) {
      process.stderr.write(`${failedSummary(stats)}\n`);
      process.exitCode = 1;
    }
  } catch (error) {
    if (halt.signal.aborted) return; // the signal's handler reports it, and ends the process
    if (isClosedPipe(error)) return; // the reader went away (e.g. `| head`): stop quietly
    if (!(error instanceof KhulasaError) && errnoCode(error) !== undefined)
      throw writeError(error, output.name);
    throw error;
  } finally {
    progress?.stop();
    input.stream.destroy();
    await summarizer.close();
    // After a failure the output is closed without waiting for a verdict: the error reported
    // is the first one.
    await close().catch(() => {});
    release();
  }
}

/** Register `khulasa batch`. */
export function registerBatch(program: Command): void {
  program
    .command("batch")
    .description("Summarize a JSONL file of {id, article, title?} records, one JSON line out each.")
    .argument("[input]", 'JSONL input; "-" or nothing reads stdin (when it is not a terminal)')
    .option("-o, --output <file>", "write JSONL here (default: stdout)")
    .option("-n, --count <n>", "number of highlights per article, 1-10 (default: 3 or 4)")
    .option(
      "-w, --workers <n>",
      `worker threads, 0-${MAX_WORKERS} (default: the cores, ${defaultWorkers()}); 0 runs in the main thread`,
    )
    .option("--no-compress", "keep whole sentences (no clause trimming)")
    .option(
      "--max-bytes <size>",
      "largest article, e.g. 500000, 64k, 5M",
      `${DEFAULT_MAX_BYTES / (1024 * 1024)}M`,
    )
    .addHelpText(
      "after",
      `
Output, one line per non-blank input line, in input order:
  {"id", "highlights": [string, ...], "sources": [[[start, end], ...], ...]}
    sources: per highlight, its spans as UTF-16 offsets into the record's "article"
    (an HTML article gives "format": "html" and no sources).
  {"id"?, "line": n, "error": {"code", "message", "field"?}} for a bad line; the run goes on.
Exit code: 0 all records summarized, 1 some failed, 2 unusable input or options, or output that
cannot be written.
`,
    )
    .action(runBatchCommand);
}
