import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { CLI, ROOT } from "../helpers/shared.js";

const REGISTER = join(ROOT, "test", "helpers", "loaded", "register.mjs");
const EXAMPLE = join(ROOT, "examples", "article.txt");

/** The packages a run of the CLI with `args` loads. */
function packagesLoaded(args: readonly string[]): Set<string> {
  const run = spawnSync(process.execPath, ["--import", REGISTER, CLI, ...args], {
    encoding: "utf8",
    timeout: 60_000,
  });
  assert.equal(run.status, 0, run.stderr);
  const lines = run.stderr.split("\n").filter((line) => line.startsWith("LOADED "));
  return new Set(lines.map((line) => line.slice("LOADED ".length)));
}

/** A JSONL file of one record: the example article. */
function oneRecord(): string {
  const records = join(mkdtempSync(join(tmpdir(), "khulasa-startup-")), "one.jsonl");
  writeFileSync(
    records,
    `${JSON.stringify({ id: "1", article: readFileSync(EXAMPLE, "utf8") })}\n`,
  );
  return records;
}

test("the Markdown writer loads only for --format markdown, not for text output or batch", () => {
  const markdown = (packages: Set<string>): string[] =>
    [...packages].filter((name) => /^(?:mdast|micromark)/u.test(name));
  const text = packagesLoaded(["summarize", EXAMPLE]);
  assert.ok(text.has("commander"), "the hook sees the packages loaded");
  assert.deepEqual(markdown(text), []);
  assert.deepEqual(markdown(packagesLoaded(["batch", oneRecord(), "-o", "/dev/null"])), []);
  assert.ok(markdown(packagesLoaded(["summarize", "--format", "markdown", EXAMPLE])).length > 0);
});

test("the charset sniffer loads for a file to decode, not for batch (records are text)", () => {
  const sniffer = "html-encoding-sniffer";
  assert.ok(packagesLoaded(["summarize", EXAMPLE]).has(sniffer), "summarize decodes its file");
  for (const workers of ["0", "1"]) {
    const batch = packagesLoaded(["batch", oneRecord(), "-o", "/dev/null", "--workers", workers]);
    assert.ok(batch.has("commander"), "the hook sees the packages loaded");
    assert.equal(batch.has(sniffer), false, `batch --workers ${workers}`);
  }
});
