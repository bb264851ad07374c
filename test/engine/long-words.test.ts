import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

const RUNNER = fileURLToPath(new URL("./long-words.ts", import.meta.url));

test("words of a million units are not kept after their article: 80 articles fit a 160 MB heap", () => {
  const run = spawnSync(process.execPath, ["--max-old-space-size=160", "--import", "tsx", RUNNER], {
    encoding: "utf8",
    maxBuffer: 1024 * 1024,
  });
  assert.equal(run.status, 0, `${run.signal ?? ""} ${run.stderr.slice(-400)}`);
  assert.match(run.stdout, /^80 articles: ok$/m);
});
