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

test("train: a misspelt flag or a bad number stops before any work, with exit code 2", async () => {
  const model = join(ROOT, "model", "ar-news.json");
  const before = readFileSync(model, "utf8");
  const cases: [string[], RegExp][] = [
    [["--ouput", "/tmp/x.json"], /Unknown option '--ouput'/],
    [["--epochs", "abc"], /--epochs must be a whole number at least 1, got "abc"/],
    [["--epochs", "2.5"], /--epochs must be a whole number/],
    [["--temperature", "0"], /--temperature must be a number above 0/],
    [["--augment", "2"], /--augment must be a number at least 0 and at most 1/],
    [["--out"], /argument missing/],
    [["--out", ""], /--out needs a file name/],
    [["model.json"], /Unexpected argument/],
    [["--trees"], /--trees needs --out FILE/],
  ];
  for (const [args, message] of cases) {
    const run = await promisify(execFile)(
      process.execPath,
      ["--import", "tsx", join(ROOT, "scripts", "train.ts"), ...args],
      { cwd: ROOT },
    ).then(
      () => assert.fail(`${args.join(" ")}: exited 0`),
      (error: { code: number; stderr: string }) => error,
    );
    assert.equal(run.code, 2, args.join(" "));
    assert.match(run.stderr, message, args.join(" "));
    assert.match(run.stderr, /^usage: npx tsx scripts\/train\.ts/m);
  }
  // Nothing was written (a wrong flag once trained and overwrote the committed model).
  assert.equal(readFileSync(model, "utf8"), before);
});
