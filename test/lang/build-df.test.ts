import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { promisify } from "node:util";
import { ROOT } from "../helpers/shared.js";

// `scripts/build-df.ts` writes the document-frequency table the engine ships. It must read the
// corpus it is given, and a misspelt flag or a bad number must stop it before it writes anything.

const SCRIPT = join(ROOT, "scripts", "build-df.ts");
const ARTICLES = [
  "افتتحت البلدية حديقة عامة جديدة في الحي الشرقي من المدينة.",
  "أعلنت البلدية خطة لزراعة الأشجار في الحي الشرقي خلال الشتاء.",
  "رفعت الحكومة أسعار الوقود بنسبة عشرة في المئة اعتبارا من الشهر المقبل.",
];

function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return promisify(execFile)(process.execPath, ["--import", "tsx", SCRIPT, ...args], {
    cwd: ROOT,
  }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => error,
  );
}

test("build-df: reads the corpus it is given and writes --out", async () => {
  const dir = mkdtempSync(join(tmpdir(), "khulasa-df-"));
  try {
    const corpus = join(dir, "small.jsonl");
    writeFileSync(corpus, `${ARTICLES.map((article) => JSON.stringify({ article })).join("\n")}\n`);
    const out = join(dir, "df.json");
    const plain = await run([corpus, "--out", out]);
    assert.equal(plain.code, 0, plain.stderr);
    assert.match(plain.stdout, /^build-df: 3 articles, /);
    const table = JSON.parse(readFileSync(out, "utf8")) as { docs: number; minDf: number };
    assert.deepEqual([table.docs, table.minDf], [3, 3]);
    // With --min-df 1 the stems of one article count too.
    const all = await run([corpus, "--min-df", "1", "--out", out]);
    assert.equal(all.code, 0, all.stderr);
    const one = JSON.parse(readFileSync(out, "utf8")) as { minDf: number; df: unknown[] };
    assert.equal(one.minDf, 1);
    assert.ok(one.df.length > 10, `${one.df.length} stems with df >= 1`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("build-df: a bad flag, number or path stops it with exit code 2, writing nothing", async () => {
  const dir = mkdtempSync(join(tmpdir(), "khulasa-df-"));
  const shipped = join(ROOT, "src", "lang", "ar", "data", "df.json");
  const before = readFileSync(shipped, "utf8");
  try {
    const corpus = join(dir, "small.jsonl");
    writeFileSync(corpus, `${JSON.stringify({ article: ARTICLES[0] })}\n`);
    const out = join(dir, "df.json");
    const cases: [string[], RegExp][] = [
      [
        [corpus, "--min-df", "abc", "--out", out],
        /--min-df must be a whole number at least 1, got "abc"/,
      ],
      [[corpus, "--min-df", "0", "--out", out], /--min-df must be a whole number/],
      [[corpus, "--min-df", "2.5", "--out", out], /--min-df must be a whole number/],
      [[corpus, "--mindf", "3", "--out", out], /Unknown option '--mindf'/],
      [[corpus, corpus, "--out", out], /one corpus at most, got 2/],
      [[corpus, "--out", ""], /--out needs a file name/],
      [[join(dir, "missing.jsonl"), "--out", out], /missing\.jsonl not found/],
    ];
    for (const [args, message] of cases) {
      const result = await run(args);
      assert.equal(result.code, 2, args.join(" "));
      assert.match(result.stderr, message, args.join(" "));
      assert.equal(existsSync(out), false, `${args.join(" ")}: wrote ${out}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
    const after = readFileSync(shipped, "utf8");
    if (after !== before) writeFileSync(shipped, before);
    assert.ok(after === before, "a refused run rewrote src/lang/ar/data/df.json");
  }
});
