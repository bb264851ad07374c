import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { KhulasaError } from "../../src/errors.js";
import { readInput } from "../../src/io/read-input.js";
import { readPath } from "../../src/io/text-as-path.js";
import { assertCodedError, runCli } from "../helpers/run-cli.js";
import { ROOT } from "../helpers/shared.js";

const ARTICLE = readFileSync(join(ROOT, "examples", "article.txt"), "utf8");

test("a name that is no file reads as text, JSON or a path", () => {
  assert.equal(readPath(ARTICLE, "ENAMETOOLONG"), "text");
  assert.equal(readPath("سطر أول\nسطر ثان", "ENOENT"), "text");
  assert.equal(
    readPath("أعلنت الحكومة خطة لخفض أسعار الوقود ابتداء من الشهر المقبل.", "ENOENT"),
    "text",
  );
  assert.equal(readPath('{"id": 1, "article": "نص"}', "ENOENT"), "json");
  // Names of files, spaces and Arabic words included.
  assert.equal(readPath("my file.txt", "ENOENT"), "path");
  assert.equal(readPath("مقال الأحد.txt", "ENOENT"), "path");
  assert.equal(readPath("/data/a b c d e f g.txt", "ENOENT"), "path");
  assert.equal(readPath("copy of my notes on the new budget.txt", "ENOENT"), "path");
});

test("an article given where its path goes is FILE_NOT_FOUND quoting its start only, with a hint", async () => {
  // Before: "no such file: <the whole article on one line>. Check the path." (ENAMETOOLONG for a
  // long one: FILE_UNREADABLE, "Check the path and its permissions.").
  for (const text of [ARTICLE, "أعلنت الحكومة خطة لخفض أسعار الوقود ابتداء من الشهر المقبل."]) {
    await assert.rejects(readInput(text), (error: unknown) => {
      assert.ok(error instanceof KhulasaError);
      assert.equal(error.code, "FILE_NOT_FOUND");
      assert.match(
        error.message,
        /^no such file: "[^"\n]{40}…" \(\d+ characters\), which reads as an article's text, not a path$/,
      );
      assert.match(error.hint, /\| khulasa summarize`/);
      return true;
    });
  }
});

test("the CLI: summarize --text ARTICLE and batch RECORD say what to run, on one line", () => {
  const summarize = runCli(["summarize", "--text", ARTICLE]);
  assertCodedError(summarize, "FILE_NOT_FOUND");
  assert.ok(summarize.stderr.length < 400, summarize.stderr);
  assert.match(summarize.stderr, /--text takes no value/);
  const batch = runCli(["batch", JSON.stringify({ id: 1, article: ARTICLE })]);
  assertCodedError(batch, "FILE_NOT_FOUND");
  assert.match(batch.stderr, /which reads as JSON, not a path\. .*\| khulasa batch -`/);
});
