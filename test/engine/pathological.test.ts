// Long pathological inputs through the whole engine (analysis alone is in test/lang): each is
// summarized with its invariants intact. They run in a child process that is stopped at a
// deadline far above what they take (a few seconds each at most): `node:test` cannot stop a
// synchronous test at its timeout, so a regression to quadratic time would hang the run instead.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { DEGENERATE, PATHOLOGICAL, PATHOLOGICAL_PAGES } from "./pathological-inputs.js";

const RUNNER = fileURLToPath(new URL("./pathological.ts", import.meta.url));
/**
 * Far above what they take together (30 s alone, 75 s beside the other test files on 2 cores);
 * the quadratic versions took minutes, several of them each over 100 s.
 */
const DEADLINE_MS = 180_000;

test("pathological long inputs are summarized, invariants intact, without hanging", () => {
  const run = spawnSync(process.execPath, ["--import", "tsx", RUNNER], {
    encoding: "utf8",
    timeout: DEADLINE_MS,
    maxBuffer: 16 * 1024 * 1024,
  });
  assert.equal(run.signal, null, `stopped at the ${DEADLINE_MS} ms deadline: ${run.stdout}`);
  assert.equal(run.status, 0, run.stderr);
  const lines = run.stdout.trim().split("\n");
  // Two option sets for each input.
  const inputs = [PATHOLOGICAL, DEGENERATE, PATHOLOGICAL_PAGES].reduce(
    (n, set) => n + Object.keys(set).length,
    0,
  );
  assert.equal(lines.length, 2 * inputs, run.stdout);
  for (const line of lines) assert.match(line, /: ok$/u);
});
