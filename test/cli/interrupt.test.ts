import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { numberedArticle } from "../helpers/news.js";
import { ONE_LINE_ERROR, runCliInterrupted, STACK } from "../helpers/run-cli.js";

const dir = mkdtempSync(join(tmpdir(), "khulasa-interrupt-"));
after(() => rmSync(dir, { recursive: true, force: true }));

/**
 * `n` records, then a line that is no JSON: n + 1 records, one of them failed. With `blank`, a
 * blank line follows each record: the records then end on input line 2n + 1.
 */
function feed(n: number, blank = false): string {
  const lines = Array.from({ length: n }, (_, i) =>
    JSON.stringify({ id: i, article: numberedArticle(i) }),
  );
  return `${[...lines, "not json"].join(blank ? "\n\n" : "\n")}\n`;
}

function linesOf(text: string): string[] {
  return text.split("\n").filter((l) => l !== "");
}

test("Ctrl-C mid-batch: one coded line says how many records the output holds, and that it is cut", async () => {
  // The run has written every record it was given and waits for more on stdin.
  const r = await runCliInterrupted(
    ["batch", "-", "--workers", "0"],
    feed(3, true),
    "SIGINT",
    (stdout) => linesOf(stdout).length === 4,
  );
  assert.equal(r.signal, "SIGINT", `dies of the signal (exit code 130 in a shell): ${r.stderr}`);
  const lines = linesOf(r.stdout);
  assert.equal(lines.length, 4);
  for (const line of lines) JSON.parse(line);
  assert.match(r.stderr, ONE_LINE_ERROR);
  assert.doesNotMatch(r.stderr, STACK);
  assert.match(
    r.stderr,
    /^khulasa: error INTERRUPTED: stopped by SIGINT after 4 records \(1 failed\); stdout is incomplete/,
  );
  // Resumed at the input line after the last record written (blank lines counted, as tail
  // counts them): 4 records, the last on line 7.
  assert.match(
    r.stderr,
    /resume it at input line 8 with the same options and append that output: tail -n \+8 INPUT \| khulasa batch - >> OUTPUT\n$/,
  );
});

for (const signal of ["SIGTERM", "SIGHUP"] as const) {
  test(`${signal} mid-batch with -o: the file holds the records counted in the message, whole`, async () => {
    const out = join(dir, `${signal}.jsonl`);
    const written = (): number => (existsSync(out) ? linesOf(readFileSync(out, "utf8")).length : 0);
    const r = await runCliInterrupted(
      ["batch", "-", "-o", out, "--workers", "1"],
      feed(2),
      signal,
      () => written() === 3,
    );
    assert.equal(r.signal, signal, r.stderr);
    assert.equal(r.stdout, "");
    assert.match(r.stderr, ONE_LINE_ERROR);
    assert.ok(
      r.stderr.startsWith(
        `khulasa: error INTERRUPTED: stopped by ${signal} after 3 records (1 failed); ${out} is incomplete`,
      ),
      r.stderr,
    );
    assert.ok(r.stderr.endsWith(`tail -n +4 INPUT | khulasa batch - >> ${out}\n`), r.stderr);
    const lines = linesOf(readFileSync(out, "utf8"));
    assert.equal(lines.length, 3);
    for (const line of lines) JSON.parse(line);
  });
}
