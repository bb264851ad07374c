import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { pathToFileURL } from "node:url";
import { numberedArticle } from "../helpers/news.js";
import { runCliInTerminal, SCRIPT } from "../helpers/run-cli.js";
import { ROOT } from "../helpers/shared.js";

const dir = mkdtempSync(join(tmpdir(), "khulasa-progress-"));
after(() => rmSync(dir, { recursive: true, force: true }));

const HIDE_CURSOR = "\x1b[?25l";
const SHOW_CURSOR = "\x1b[?25h";
const WRAP_OFF = "\x1b[?7l";
const WRAP_ON = "\x1b[?7h";

test("Ctrl-C during a batch with a progress bar gives the terminal its cursor and wrapping back", {
  skip: SCRIPT === null ? "needs util-linux script (a pseudo-terminal)" : false,
}, async () => {
  // Far more work than the run lives: it is interrupted soon after the bar is drawn.
  const input = join(dir, "long.jsonl");
  const lines = Array.from({ length: 20_000 }, (_, i) =>
    JSON.stringify({ id: i, article: numberedArticle(i) }),
  );
  writeFileSync(input, `${lines.join("\n")}\n`);
  const out = join(dir, "long.out.jsonl");
  // Interrupted once some records are done, so that their count is worth checking.
  const r = await runCliInTerminal(
    ["batch", input, "-o", out, "--workers", "1"],
    /[1-9]\d* records/,
  );
  assert.equal(r.code, 130, "dies of SIGINT, as it would have without the bar");
  assert.ok(r.stdout.includes(HIDE_CURSOR) && r.stdout.includes(WRAP_OFF), "the bar was drawn");
  const rest = r.stdout.slice(r.stdout.lastIndexOf(HIDE_CURSOR));
  assert.ok(rest.includes(SHOW_CURSOR), `cursor shown again: ${JSON.stringify(rest.slice(-80))}`);
  assert.ok(rest.includes(WRAP_ON), "line wrapping on again");
  assert.doesNotMatch(r.stdout, /\n\s+at .*\(/, "no stack trace");
  // Whatever was written before the interruption is whole JSON lines.
  const written = readFileSync(out, "utf8")
    .split("\n")
    .filter((l) => l !== "");
  for (const line of written) JSON.parse(line);
  // The bar's last count, and the line after it, are what the file holds.
  const counts = [...rest.matchAll(/(\d+) records, \d+ failed/g)].map((m) => Number(m[1]));
  assert.equal(counts.at(-1), written.length, "the bar stops at the file's count");
  const said = new RegExp(
    `khulasa: error INTERRUPTED: stopped by SIGINT after ${written.length} records?; ${out} is incomplete`,
  );
  assert.match(rest.slice(rest.lastIndexOf(SHOW_CURSOR)), said);
});

test("no bar when the output lines go to the terminal too: it would cut and glue itself to them", {
  skip: SCRIPT === null ? "needs util-linux script (a pseudo-terminal)" : false,
}, async () => {
  const input = join(dir, "few.jsonl");
  const lines = Array.from({ length: 3 }, (_, i) =>
    JSON.stringify({ id: i, article: numberedArticle(i) }),
  );
  writeFileSync(input, `${lines.join("\n")}\n`);
  // Nothing is typed: the text to wait for never appears.
  const r = await runCliInTerminal(["batch", input, "--workers", "0"], "\u0000");
  assert.equal(r.code, 0);
  assert.ok(!r.stdout.includes(HIDE_CURSOR) && !r.stdout.includes(WRAP_OFF), "no bar was drawn");
  const shown = r.stdout.split(/\r?\n/).filter((l) => l.startsWith("{"));
  assert.deepEqual(
    shown.map((l) => (JSON.parse(l) as { id: number }).id),
    [0, 1, 2],
  );
  // So too when they reach it through a file that is the terminal.
  const tty = await runCliInTerminal(
    ["batch", input, "-o", "/dev/tty", "--workers", "0"],
    "\u0000",
  );
  assert.equal(tty.code, 0, tty.stderr);
  assert.ok(
    !tty.stdout.includes(HIDE_CURSOR) && !tty.stdout.includes(WRAP_OFF),
    "no bar was drawn",
  );
  assert.equal(tty.stdout.split(/\r?\n/).filter((l) => l.startsWith("{")).length, 3);
});

test("a signal that came while the main thread was busy still ends the run after it releases the handlers", () => {
  // The signal reaches the process (its handler is queued) while a long article holds the main
  // thread; the run then ends and releases the handlers before the event loop delivers it. They
  // must still be there to deliver it: the run dies of it rather than exit 0.
  const signals = pathToFileURL(join(ROOT, "src", "cli", "stop-signals.ts")).href;
  const script = [
    `const { handleStopSignals } = await import(${JSON.stringify(signals)});`,
    'const release = handleStopSignals(() => console.log("stopping"));',
    'process.kill(process.pid, "SIGTERM");',
    "release();",
    'setTimeout(() => console.log("not interrupted"), 200);',
  ].join("\n");
  const r = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 60_000,
  });
  assert.equal(r.stdout, "stopping\n", r.stderr);
  assert.equal(r.signal, "SIGTERM", `status ${r.status}: ${r.stderr}`);
});
