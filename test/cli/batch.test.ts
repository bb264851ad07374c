import assert from "node:assert/strict";
import {
  createWriteStream,
  existsSync,
  linkSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { finished } from "node:stream/promises";
import { after, test } from "node:test";
import { workersWarning } from "../../src/cli/workers-warning.js";
import { outcomes } from "../helpers/batch-lines.js";
import { numberedArticle as article } from "../helpers/news.js";
import { RECORD_RULES } from "../helpers/record-rules.js";
import {
  assertCodedError,
  FULL_DEVICE,
  runCli,
  runCliUntilFirstLine,
  TIME,
} from "../helpers/run-cli.js";
import { ROOT } from "../helpers/shared.js";

const dir = mkdtempSync(join(tmpdir(), "khulasa-batch-"));
after(() => rmSync(dir, { recursive: true, force: true }));

function jsonlFile(name: string, lines: unknown[]): string {
  const path = join(dir, name);
  writeFileSync(
    path,
    `${lines.map((l) => (typeof l === "string" ? l : JSON.stringify(l))).join("\n")}\n`,
  );
  return path;
}

/** What `--workers n` prints on stderr on this machine: a warning when n is over its cores. */
function workersStderr(n: number): string {
  return workersWarning(n) ?? "";
}

function parseLines(stdout: string): Record<string, unknown>[] {
  return stdout
    .split("\n")
    .filter((l) => l !== "")
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

test("--workers 2 keeps input order; every line has id, highlights and sources", () => {
  const records = Array.from({ length: 200 }, (_, i) => ({ id: `n${i}`, article: article(i) }));
  const input = jsonlFile("ordered.jsonl", records);
  const result = runCli(["batch", input, "--workers", "2"]);
  assert.equal(result.code, 0, result.stderr);
  assert.equal(result.stderr, workersStderr(2));
  const lines = parseLines(result.stdout);
  assert.deepEqual(
    lines.map((l) => l.id),
    records.map((r) => r.id),
  );
  lines.forEach((line, i) => {
    const text = records[i]?.article ?? "";
    const highlights = line.highlights as string[];
    const sources = line.sources as [number, number][][];
    assert.ok(highlights.length >= 1 && highlights.length <= 4);
    assert.equal(sources.length, highlights.length);
    for (const spans of sources) {
      for (const [s, e] of spans) assert.ok(0 <= s && s < e && e <= text.length);
    }
  });
  const inThread = runCli(["batch", input, "--workers", "0"]);
  assert.equal(inThread.stdout, result.stdout, "the main thread gives the same output");
});

test("--workers 11 into a stdout pipe: no MaxListenersExceededWarning on stderr", () => {
  // Node pipes each worker thread's stdout into the parent's, one 'error' listener each.
  const input = jsonlFile("eleven.jsonl", [
    { id: 1, article: article(1) },
    { id: 2, article: article(2) },
  ]);
  const result = runCli(["batch", input, "--workers", "11"]);
  assert.equal(result.code, 0, result.stderr);
  assert.equal(result.stderr, workersStderr(11));
  assert.equal(parseLines(result.stdout).length, 2);
});

test("--workers 64 on a few records: the pool closes while threads still start, with no abort", () => {
  // Loaded through require(esm), a worker still starting when the pool closed could abort the
  // process (FATAL ERROR: v8::Module::IsGraphAsync, exit 134) in about a third of such runs;
  // workers now enter through a CommonJS file that import()s the ES module.
  const input = jsonlFile("few.jsonl", [
    { id: 1, article: article(1) },
    { id: 2, article: article(2) },
  ]);
  for (let run = 0; run < 5; run++) {
    const result = runCli(["batch", input, "--workers", "64"]);
    assert.equal(result.code, 0, `run ${run}: ${result.stderr.slice(0, 200)}`);
    assert.equal(result.stderr, workersStderr(64));
    assert.equal(parseLines(result.stdout).length, 2);
  }
});

test("--workers over the cores: one warning line on stderr, the same output, exit 0", () => {
  const input = jsonlFile("over-cores.jsonl", [
    { id: 1, article: article(1) },
    { id: 2, article: article(2) },
  ]);
  const cores = availableParallelism();
  const over = runCli(["batch", input, "--workers", String(cores + 1)]);
  assert.equal(over.code, 0, over.stderr);
  assert.equal(
    over.stderr,
    `khulasa: warning: --workers ${cores + 1} is more than the ${cores} ${cores === 1 ? "core" : "cores"} available; the threads will take turns on them, no faster and with more memory\n`,
  );
  const within = runCli(["batch", input, "--workers", String(cores)]);
  assert.equal(within.code, 0, within.stderr);
  assert.equal(within.stderr, "");
  assert.equal(over.stdout, within.stdout);
  // The default is the cores: no warning.
  const byDefault = runCli(["batch", input]);
  assert.equal(byDefault.stderr, "");
});

test("bad records give error lines, good ones are summarized, exit code 1", () => {
  const input = jsonlFile("mixed.jsonl", [
    { id: "a", article: article(1) },
    '{"id": "broken", "article": ',
    { id: "b", title: "بلا مقال" },
    { id: "a", article: article(2) },
    { id: "c", article: "The minister opened a hospital in Salt on Sunday." },
    "",
    { id: "d", article: article(4), title: "مستشفى السلط" },
  ]);
  const out = join(dir, "mixed.out.jsonl");
  const result = runCli(["batch", input, "-o", out, "--count", "2"]);
  assert.equal(result.code, 1, result.stderr);
  assert.equal(result.stdout, "");
  assert.doesNotMatch(result.stderr, /at .*\(/);
  assert.match(result.stderr, /^khulasa: 6 records, 4 failed/);
  const lines = parseLines(readFileSync(out, "utf8"));
  const got = outcomes(lines);
  assert.deepEqual(got, [
    ["a", null, "ok"],
    [null, 2, "BAD_JSON"],
    ["b", 3, "BAD_RECORD"],
    ["a", 4, "DUPLICATE_ID"],
    ["c", 5, "NOT_ARABIC"],
    ["d", null, "ok"],
  ]);
  const [first, , third] = lines;
  assert.equal((first?.highlights as string[] | undefined)?.length, 2);
  assert.equal((third?.error as { field?: string } | undefined)?.field, "article");
  for (const l of lines.filter((x) => x.error)) {
    assert.equal(typeof (l.error as { message?: unknown }).message, "string");
  }
});

test("a text file given to batch: an error line each, and the last line points at summarize", () => {
  const text = join(ROOT, "examples", "article.txt");
  const result = runCli(["batch", text, "--workers", "0"]);
  assert.equal(result.code, 1, result.stderr);
  const lines = parseLines(result.stdout);
  assert.ok(lines.length > 1);
  assert.ok(outcomes(lines).every(([, , code]) => code === "BAD_JSON"));
  assert.match(result.stderr, /^khulasa: \d+ records, \d+ failed: no line is valid JSON\. /);
  assert.match(result.stderr, /use `khulasa summarize`\n$/);
  // One line of JSON among them: the input is JSONL with bad lines, and the usual line says so.
  const mixed = jsonlFile("one-json.jsonl", ["not json", { id: 1, article: article(1) }]);
  const one = runCli(["batch", mixed, "--workers", "0"]);
  assert.equal(one.code, 1, one.stderr);
  assert.equal(
    one.stderr,
    'khulasa: 2 records, 1 failed (see their "error" lines in the output)\n',
  );
});

test("one failed record of one: the summary line says 1 record, not 1 records", () => {
  const input = jsonlFile("one-blank.jsonl", ['{"id": 1, "article": "   "}']);
  const result = runCli(["batch", input, "--workers", "0"]);
  assert.equal(result.code, 1, result.stderr);
  assert.match(result.stdout, /"message":"the article is empty"/);
  assert.match(result.stderr, /^khulasa: 1 record, 1 failed /);
});

test("record fields follow the rules POST /v1/summarize/batch follows too (an empty id is BAD_RECORD)", () => {
  const input = jsonlFile(
    "rules.jsonl",
    RECORD_RULES.map((r) => r.line),
  );
  const result = runCli(["batch", input, "--workers", "0"]);
  assert.equal(result.code, 1, result.stderr);
  const lines = parseLines(result.stdout);
  assert.deepEqual(
    lines.map((l) => {
      const error = l.error as { code: string; message: string; field?: string } | undefined;
      if (!error) return [l.id ?? null, "ok"];
      return [l.id ?? null, error.code, error.message, error.field];
    }),
    RECORD_RULES.map((r) => (r.code === "ok" ? [r.id, "ok"] : [r.id, r.code, r.message, r.field])),
  );
});

test("stdin and the example file work", () => {
  const example = join(ROOT, "examples", "articles.jsonl");
  const result = runCli(["batch", "-", "--workers", "1"], { input: readFileSync(example, "utf8") });
  assert.equal(result.code, 1, result.stderr); // the example has one bad record on purpose
  const lines = parseLines(result.stdout);
  assert.equal(lines.length, 3);
  assert.equal(lines.filter((l) => Array.isArray(l.highlights)).length, 2);
  assert.equal(lines.filter((l) => l.error).length, 1);
  assert.deepEqual(parseLines(runCli(["batch", example]).stdout), lines);
});

test("a JSONL file in UTF-16 with its byte-order mark is read like its UTF-8 form", () => {
  const utf8 = `${JSON.stringify({ id: 1, article: article(1) })}\n${JSON.stringify({ id: 2, article: article(2) })}\n`;
  const path = join(dir, "utf16.jsonl");
  writeFileSync(path, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(utf8, "utf16le")]));
  const result = runCli(["batch", path, "--workers", "0"]);
  assert.equal(result.code, 0, result.stderr);
  assert.equal(result.stdout, runCli(["batch", "-", "--workers", "0"], { input: utf8 }).stdout);
  assert.equal(parseLines(result.stdout).length, 2);
});

test("unusable input or options: one coded line, exit code 2", () => {
  const good = jsonlFile("good.jsonl", [{ id: 1, article: article(1) }]);
  assertCodedError(runCli(["batch", join(dir, "missing.jsonl")]), "FILE_NOT_FOUND");
  assertCodedError(runCli(["batch", dir]), "IS_DIRECTORY");
  const blank = runCli(["batch", jsonlFile("blank.jsonl", ["", "  "])]);
  assertCodedError(blank, "EMPTY_FILE");
  // It names the file, and the hint says what a record is rather than repeating the message.
  assert.match(blank.stderr, /blank\.jsonl has no records\. Give one JSON object a line/);
  assertCodedError(runCli(["batch", good, "--workers", "abc"]), "BAD_OPTION");
  assertCodedError(runCli(["batch", good, "--workers", "-1"]), "BAD_OPTION");
  assertCodedError(runCli(["batch", good, "--count", "0"]), "BAD_OPTION");
  assertCodedError(runCli(["batch", good, "--max-bytes", "none"]), "BAD_OPTION");
  assertCodedError(runCli(["batch", good, "-o", good]), "BAD_OPTION");
  assert.ok(statSync(good).size > 0, "the input was not overwritten");
  assertCodedError(
    runCli(["batch", good, "-o", join(dir, "no", "such", "dir.jsonl")]),
    "FILE_NOT_FOUND",
  );
});

test("binary data or UTF-16 without its mark is one NOT_TEXT error; a stray NUL fails its line only", () => {
  // Bytes that are not text: a fixed pseudo-random run (no file of the machine is read).
  let x = 12345;
  const noise = Buffer.alloc(4096);
  for (let i = 0; i < noise.length; i++) {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    noise[i] = x % 256;
  }
  const binary = join(dir, "noise.bin");
  writeFileSync(binary, noise);
  const r = runCli(["batch", binary]);
  assertCodedError(r, "NOT_TEXT");
  assert.match(r.stderr, /is binary data, not JSONL text/);
  const utf8 = `${JSON.stringify({ id: 1, article: article(1) })}\n`;
  const bare = join(dir, "utf16le-no-bom.jsonl");
  writeFileSync(bare, Buffer.from(utf8, "utf16le"));
  const u = runCli(["batch", bare]);
  assertCodedError(u, "NOT_TEXT");
  assert.match(u.stderr, /looks like UTF-16LE text without a byte-order mark.*iconv -f UTF-16LE/);
  const lines = [
    JSON.stringify({ id: 1, article: article(1) }),
    '{"id":2,"article":"\u0000"}', // a raw NUL inside the JSON text: BAD_JSON for this line
    JSON.stringify({ id: 3, article: article(3) }),
  ];
  const stray = runCli(["batch", "-", "--workers", "0"], { input: `${lines.join("\n")}\n` });
  assert.equal(stray.code, 1, stray.stderr);
  const out = parseLines(stray.stdout);
  assert.equal(out.length, 3);
  assert.equal(out.filter((l) => l.error).length, 1);
});

/** `text` in a single-byte encoding (each character's byte read off the decoder's table). */
function encodeSingleByte(text: string, encoding: string): Buffer {
  const decoder = new TextDecoder(encoding);
  const table = new Map<string, number>();
  for (let b = 255; b >= 0; b--) table.set(decoder.decode(Uint8Array.of(b)), b);
  return Buffer.from(
    [...text].map((c) => {
      const b = table.get(c);
      assert.ok(b !== undefined, `${c} is not in ${encoding}`);
      return b;
    }),
  );
}

test("JSONL in windows-1256 or ISO-8859-6 is one NOT_TEXT error with an iconv hint; -o is kept", () => {
  const text = [1, 2, 3].map((i) => JSON.stringify({ id: i, article: article(i) })).join("\n");
  const kept = join(dir, "kept-legacy.jsonl");
  for (const encoding of ["windows-1256", "iso-8859-6"]) {
    const legacy = join(dir, `${encoding}.jsonl`);
    writeFileSync(legacy, encodeSingleByte(`${text}\n`, encoding));
    writeFileSync(kept, "earlier results\n");
    const r = runCli(["batch", legacy, "-o", kept]);
    assertCodedError(r, "NOT_TEXT");
    assert.match(
      r.stderr,
      /is not valid UTF-8 text\. Convert it to UTF-8 \(e\.g\. `iconv -f windows-1256 -t utf-8 FILE`\)/,
    );
    assert.equal(readFileSync(kept, "utf8"), "earlier results\n", encoding);
    assertCodedError(runCli(["batch", "-"], { stdinFrom: legacy }), "NOT_TEXT");
  }
  // A stray byte that is not UTF-8 in a UTF-8 file fails its own line only.
  const lines = [1, 2, 3].map((i) =>
    Buffer.from(`${JSON.stringify({ id: i, article: article(i) })}\n`),
  );
  const stray = Buffer.concat([lines[0] as Buffer, Buffer.from([0xc7, 0x0a]), ...lines.slice(1)]);
  const r = runCli(["batch", "-", "--workers", "0"], { input: stray });
  assert.equal(r.code, 1, r.stderr);
  const out = parseLines(r.stdout);
  assert.deepEqual(
    out.map((l) => (l.error as { code?: string } | undefined)?.code ?? "ok"),
    ["ok", "NOT_TEXT", "ok", "ok"],
  );
});

test("an input with no records leaves an existing -o file as it was (file or stdin)", () => {
  const kept = join(dir, "kept.jsonl");
  writeFileSync(kept, "earlier results\n");
  const blank = jsonlFile("blank-again.jsonl", ["", "  ", "\t"]);
  assertCodedError(runCli(["batch", blank, "-o", kept]), "EMPTY_FILE");
  assertCodedError(runCli(["batch", "-", "-o", kept], { input: "\n \r\n" }), "EMPTY_FILE");
  assert.equal(readFileSync(kept, "utf8"), "earlier results\n");
  // A batch with records writes it as before.
  const good = jsonlFile("one.jsonl", [{ id: 1, article: article(1) }]);
  assert.equal(runCli(["batch", good, "-o", kept, "--workers", "0"]).code, 0);
  assert.equal(parseLines(readFileSync(kept, "utf8")).length, 1);
});

test("-o naming the input through a link, or stdin redirected from it: refused, input kept", () => {
  const input = jsonlFile("kept.jsonl", [{ id: 1, article: article(1) }]);
  const before = readFileSync(input, "utf8");
  const symlink = join(dir, "kept-symlink.jsonl");
  const hardlink = join(dir, "kept-hardlink.jsonl");
  symlinkSync(input, symlink);
  linkSync(input, hardlink);
  assertCodedError(runCli(["batch", symlink, "-o", input]), "BAD_OPTION");
  assertCodedError(runCli(["batch", input, "-o", hardlink]), "BAD_OPTION");
  assertCodedError(runCli(["batch", "-", "-o", input], { stdinFrom: input }), "BAD_OPTION");
  assert.equal(readFileSync(input, "utf8"), before, "the input was not overwritten");
  // `-o -` is stdout, not the file stdin comes from.
  const toStdout = runCli(["batch", "-", "-o", "-", "--workers", "0"], { stdinFrom: input });
  assert.equal(toStdout.code, 0, toStdout.stderr);
  assert.equal(parseLines(toStdout.stdout).length, 1);
});

test("stdout appended to the input (`batch in >> in`): refused, not read back without end", () => {
  const input = jsonlFile("appended.jsonl", [
    { id: 1, article: article(1) },
    { id: 2, article: article(2) },
  ]);
  const before = readFileSync(input, "utf8");
  for (const args of [
    ["batch", input],
    ["batch", input, "-o", "-"],
    ["batch", "-"],
  ]) {
    const run = runCli([...args, "--workers", "0"], {
      stdinFrom: args.includes("-") && args.length === 2 ? input : undefined,
      stdoutTo: input,
      appendStdout: true,
      timeout: 30_000,
    });
    assertCodedError(run, "BAD_OPTION");
    assert.match(run.stderr, /stdout is the input file/);
    assert.equal(readFileSync(input, "utf8"), before, `${args.join(" ")}: the input grew`);
  }
  // Stdout appended to another file is fine.
  const other = join(dir, "appended-out.jsonl");
  writeFileSync(other, "");
  const run = runCli(["batch", input, "--workers", "0"], { stdoutTo: other, appendStdout: true });
  assert.equal(run.code, 0, run.stderr);
  assert.equal(parseLines(readFileSync(other, "utf8")).length, 2);
});

test("-o: a write that fails after the file opened is WRITE_FAILED, exit 2", {
  skip: FULL_DEVICE ? false : "needs /dev/full",
}, () => {
  const input = jsonlFile("to-full.jsonl", [{ id: 1, article: article(1) }, { id: 2 }]);
  for (const workers of ["0", "1"]) {
    const result = runCli(["batch", input, "-o", "/dev/full", "--workers", workers]);
    assertCodedError(result, "WRITE_FAILED");
    assert.match(result.stderr, /cannot write \/dev\/full \(ENOSPC\)/);
    assert.equal(result.stdout, "");
  }
});

test("-o: a file that opens but refuses writes (/proc/version) is WRITE_FAILED", {
  skip: existsSync("/proc/version") ? false : "needs /proc/version",
}, () => {
  const input = jsonlFile("to-proc.jsonl", [{ id: 1, article: article(1) }]);
  const result = runCli(["batch", input, "-o", "/proc/version", "--workers", "0"]);
  assertCodedError(result, "WRITE_FAILED");
  assert.match(result.stderr, /cannot write \/proc\/version/);
});

async function generate(path: string, records: number, repeat: number): Promise<number> {
  const out = createWriteStream(path);
  for (let i = 0; i < records; i++) {
    if (!out.write(`${JSON.stringify({ id: i, article: article(i, repeat) })}\n`)) {
      await new Promise<void>((resolve) => out.once("drain", () => resolve()));
    }
  }
  out.end();
  await finished(out);
  return statSync(path).size;
}

function peakRssKb(input: string): number {
  const args = ["batch", input, "--workers", "2", "-o", join(dir, "rss.out.jsonl")];
  const result = runCli(args, { peakRss: true, timeout: 300_000 });
  assert.equal(result.code, 0, result.stderr);
  return result.peakRssKb;
}

test("10,000 records: peak memory grows far less than the input", {
  skip: TIME ? false : "needs GNU /usr/bin/time to measure peak RSS",
}, async () => {
  // ~19 KB articles: 10,000 of them make ~190 MB; holding the input (or unbounded work in
  // flight) would add at least its size to the peak. Streaming adds a fraction of it, from
  // heaps that grow before they collect (tens of MB whatever the input: hence a large input).
  const small = join(dir, "rss-1000.jsonl");
  const large = join(dir, "rss-10000.jsonl");
  const smallBytes = await generate(small, 1000, 40);
  const largeBytes = await generate(large, 10000, 40);
  const base = peakRssKb(small);
  const peak = peakRssKb(large);
  const lines = readFileSync(join(dir, "rss.out.jsonl"), "utf8").split("\n").length - 1;
  assert.equal(lines, 10000);
  const growth = (peak - base) * 1024;
  const extraInput = largeBytes - smallBytes;
  const note = `peak ${peak} KB for ${largeBytes} bytes, ${base} KB for ${smallBytes} bytes`;
  assert.ok(growth < 0.5 * extraInput, note);
});

test("| head -1 while two workers hold records in flight: quiet, exit 0 (5 runs)", async () => {
  const input = Array.from({ length: 600 }, (_, i) =>
    JSON.stringify({ id: `h${i}`, article: article(i) }),
  ).join("\n");
  // The pool is torn down while workers still answer; once in a few runs, an answer for a task
  // the pool had dropped came back as an uncaught piscina error with a stack trace.
  for (let run = 0; run < 5; run++) {
    const r = await runCliUntilFirstLine(["batch", "-", "--workers", "2"], input);
    assert.equal(r.stderr, workersStderr(2), `run ${run}`);
    assert.equal(r.code, 0, `run ${run}`);
    assert.match(r.stdout, /^\{"id":"h0",/);
  }
});
