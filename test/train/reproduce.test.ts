import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { promisify } from "node:util";
import { ROOT, sharedPath, sharedSkip } from "../helpers/shared.js";

// The committed model is what `npm run train` makes from ant-bbc-train.jsonl, byte for byte (the
// fit is deterministic). A change to features, labels or eligibility that would change the model
// fails here until `npm run train` is re-run and the model committed.
const TRAIN = sharedPath("data/ant-bbc-train.jsonl");

test("train: `npm run train` reproduces model/ar-news.json", {
  ...sharedSkip(TRAIN),
  timeout: 600_000,
}, async () => {
  const dir = mkdtempSync(join(tmpdir(), "khulasa-train-"));
  try {
    const out = join(dir, "model.json");
    await promisify(execFile)(
      process.execPath,
      ["--import", "tsx", join(ROOT, "scripts", "train.ts"), "--no-dev", "--out", out],
      { cwd: ROOT, maxBuffer: 1 << 24 },
    );
    const committed = readFileSync(join(ROOT, "model", "ar-news.json"), "utf8");
    assert.ok(
      readFileSync(out, "utf8") === committed,
      "model/ar-news.json is stale: run `npm run train` and commit the model",
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
