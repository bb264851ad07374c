import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { ROOT } from "../helpers/shared.js";

// `khulasa batch - < in.jsonl` reads a regular file on stdin: its size is known, so the progress
// bar can go by bytes read, as it does for `khulasa batch in.jsonl` (it had counted records).

const dir = mkdtempSync(join(tmpdir(), "khulasa-stdin-size-"));
after(() => rmSync(dir, { recursive: true, force: true }));

const SCRIPT = `
import { openInput } from "./src/io/read-input.ts";
const input = await openInput("-");
process.stdout.write(JSON.stringify({ size: input.size }));
process.exit(0);
`;

function sizeWithStdin(stdin: number | "pipe", input?: string): unknown {
  const r = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", SCRIPT], {
    cwd: ROOT,
    encoding: "utf8",
    stdio: [stdin, "pipe", "pipe"],
    input,
    timeout: 60_000,
  });
  assert.equal(r.status, 0, r.stderr);
  return (JSON.parse(r.stdout) as { size: unknown }).size;
}

test("stdin redirected from a regular file has that file's size; a pipe has none", () => {
  const path = join(dir, "in.jsonl");
  const text = `${JSON.stringify({ id: 1, article: "نص الخبر." })}\n`;
  writeFileSync(path, text);
  const fd = openSync(path, "r");
  try {
    assert.equal(sizeWithStdin(fd), Buffer.byteLength(text));
  } finally {
    closeSync(fd);
  }
  assert.equal(sizeWithStdin("pipe", text), null);
});
