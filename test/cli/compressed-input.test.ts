import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { gzipSync } from "node:zlib";
import { assertCodedError, type CliRun, runCli } from "../helpers/run-cli.js";

// A file saved compressed (a page fetched without `curl --compressed`, a packed shard) is not
// a charset problem: the error says what it is and how to expand it, not "convert it from
// windows-1256".

const dir = mkdtempSync(join(tmpdir(), "khulasa-compressed-"));
after(() => rmSync(dir, { recursive: true, force: true }));

const ARTICLE =
  "أعلنت الحكومة اليوم خطة جديدة لدعم الأسر. وقال الوزير إن الخطة تبدأ الشهر المقبل.\n";

function gzipped(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, gzipSync(Buffer.from(text)));
  return path;
}

function assertGzipError(run: CliRun, what: string) {
  assertCodedError(run, "NOT_TEXT");
  assert.match(
    run.stderr,
    /^khulasa: error NOT_TEXT: .* is gzip-compressed data, not text\./,
    what,
  );
  assert.match(run.stderr, /gunzip -c/, what);
  assert.doesNotMatch(run.stderr, /windows-1256/, what);
}

test("summarize, batch and eval name gzip-compressed input and how to expand it", () => {
  const page = gzipped(
    "page.html.gz",
    `<html><body><article><p>${ARTICLE}</p></article></body></html>`,
  );
  assertGzipError(runCli(["summarize", page]), "summarize");
  const record = JSON.stringify({ id: 1, article: ARTICLE, summaries: ["خطة جديدة."] });
  const jsonl = gzipped("in.jsonl.gz", `${record}\n`);
  assertGzipError(runCli(["batch", jsonl]), "batch");
  assertGzipError(runCli(["eval", jsonl, "--baseline", "lead-1"]), "eval");
});

test("text that opens with the same letters is still text", () => {
  // "PK" and a digit open a plain line: only the whole signature (with its control bytes) counts.
  const path = join(dir, "pk.txt");
  writeFileSync(path, `PK34 ${ARTICLE}`);
  const run = runCli(["summarize", path]);
  assert.equal(run.code, 0, run.stderr);
});
