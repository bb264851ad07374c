import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { numberedArticle } from "../helpers/news.js";
import { runCliInTerminal, SCRIPT } from "../helpers/run-cli.js";

const dir = mkdtempSync(join(tmpdir(), "khulasa-progress-"));
after(() => rmSync(dir, { recursive: true, force: true }));

const HIDE_CURSOR = "\x1b[?25l";
const SHOW_CURSOR = "\x1b[?25h";
const WRAP_OFF = "\x1b[?7l";
const WRAP_ON = "\x1b[?7h";

test("Ctrl-C during a batch with a progress bar gives the terminal its cursor and wrapping back", {
  skip: SCRIPT === null ? "needs util-linux script (a pseudo-terminal)" : false,
}, async () => {
  // Far more work than the run lives: it is interrupted as soon as the bar is drawn.
  const input = join(dir, "long.jsonl");
  const lines = Array.from({ length: 20_000 }, (_, i) =>
    JSON.stringify({ id: i, article: numberedArticle(i) }),
  );
  writeFileSync(input, `${lines.join("\n")}\n`);
  const out = join(dir, "long.out.jsonl");
  const r = await runCliInTerminal(["batch", input, "-o", out, "--workers", "1"], "records");
  assert.equal(r.code, 130, "dies of SIGINT, as it would have without the bar");
  assert.ok(r.stdout.includes(HIDE_CURSOR) && r.stdout.includes(WRAP_OFF), "the bar was drawn");
  const rest = r.stdout.slice(r.stdout.lastIndexOf(HIDE_CURSOR));
  assert.ok(rest.includes(SHOW_CURSOR), `cursor shown again: ${JSON.stringify(rest.slice(-80))}`);
  assert.ok(rest.includes(WRAP_ON), "line wrapping on again");
  assert.doesNotMatch(r.stdout, /\n\s+at .*\(/, "no stack trace");
  // Whatever was written before the interruption is whole JSON lines.
  for (const line of readFileSync(out, "utf8")
    .split("\n")
    .filter((l) => l !== "")) {
    JSON.parse(line);
  }
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
});
