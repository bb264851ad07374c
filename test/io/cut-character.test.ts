import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { KhulasaError } from "../../src/errors.js";
import { cutCharacterBytes } from "../../src/io/cut-character.js";
import { decodeText } from "../../src/io/decode.js";
import { decodeInput } from "../../src/io/encoding.js";
import { assertCodedError, runCli } from "../helpers/run-cli.js";
import { ROOT } from "../helpers/shared.js";

const ARTICLE = readFileSync(join(ROOT, "examples", "article.txt"));
const PAGE_1256 = readFileSync(join(ROOT, "test", "io", "fixtures", "windows-1256-page.html"));

/** The first `n` bytes of the example article and of a text ending in a 4-byte character. */
const head = (n: number) => ARTICLE.subarray(0, n);
const EMOJI_END = Buffer.from("أعلنت الوزارة خطة جديدة \u{1F600}");

function isCut(error: unknown): boolean {
  return (
    error instanceof KhulasaError &&
    error.code === "NOT_TEXT" &&
    / ends inside a character \(its last (byte begins|[23] bytes begin) a UTF-8 character, cut off there\): it was cut short$/.test(
      error.message,
    ) &&
    /head -n/.test(error.hint)
  );
}

test("UTF-8 cut inside its last character is named so, not 'convert it from windows-1256'", () => {
  // Before: NOT_TEXT "is not valid UTF-8 text. Convert it to UTF-8 (e.g. `iconv -f windows-1256 …`".
  assert.equal(cutCharacterBytes(head(1000)), 1, "1000 bytes end on the first of a letter's two");
  assert.equal(cutCharacterBytes(head(1001)), 0, "whole");
  for (const n of [1000, 2000]) {
    if (cutCharacterBytes(head(n)) === 0) continue;
    assert.throws(() => decodeText(head(n), "stdin"), isCut);
    assert.throws(() => decodeInput(head(n), "stdin"), isCut);
  }
  for (const cut of [1, 2, 3]) {
    const bytes = EMOJI_END.subarray(0, EMOJI_END.length - cut);
    assert.equal(cutCharacterBytes(bytes), 4 - cut);
    assert.throws(() => decodeText(bytes), isCut);
  }
});

test("text in another encoding keeps its hint to convert it, even with one high byte last", () => {
  const legacy = (error: unknown) =>
    error instanceof KhulasaError &&
    error.code === "NOT_TEXT" &&
    /iconv -f windows-1256/.test(error.hint);
  const text = PAGE_1256.subarray(PAGE_1256.indexOf("<article>"));
  assert.throws(() => decodeInput(text, "old.txt"), legacy);
  // ASCII and then a lone windows-1256 letter (0xC7, alef): nothing says UTF-8.
  assert.equal(cutCharacterBytes(Buffer.from([0x61, 0x62, 0x20, 0xc7])), 0);
  assert.throws(() => decodeInput(Buffer.from([0x61, 0x62, 0x20, 0xc7]), "x.txt"), legacy);
  // A stray bad byte in the middle is no cut character.
  const middle = Buffer.concat([head(1001), Buffer.from([0xff]), head(1001)]);
  assert.equal(cutCharacterBytes(middle), 0);
});

test("the CLI: head -c N | khulasa summarize, cut inside a letter, is one coded line", () => {
  const run = runCli(["summarize", "-"], { input: head(1000) });
  assertCodedError(run, "NOT_TEXT");
  assert.match(run.stderr, /stdin ends inside a character/);
});
