import assert from "node:assert/strict";
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { after, test } from "node:test";
import { KhulasaError } from "../../src/errors.js";
import { decodeText } from "../../src/io/decode.js";
import { DEFAULT_MAX_BYTES, parseByteSize } from "../../src/io/limits.js";
import { readInput, readTextInput } from "../../src/io/read-input.js";

const dir = mkdtempSync(join(tmpdir(), "khulasa-io-"));
after(() => rmSync(dir, { recursive: true, force: true }));
const ARTICLE = "أعلنت الحكومة خطة جديدة للنقل العام.\n";

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

function hasCode(code: string) {
  return (error: unknown) => error instanceof KhulasaError && error.code === code;
}

test("reads a file into a Buffer and decodes it, BOM removed", async () => {
  const path = file("bom.txt", `\uFEFF${ARTICLE}`);
  const bytes = await readInput(path);
  assert.equal(bytes.length, Buffer.byteLength(`\uFEFF${ARTICLE}`));
  assert.equal(await readTextInput(path), ARTICLE);
});

test("reads stdin (`-`) from the given stream", async () => {
  const stdin = Readable.from([Buffer.from(ARTICLE.slice(0, 5)), Buffer.from(ARTICLE.slice(5))]);
  assert.equal(await readTextInput("-", { stdin }), ARTICLE);
});

test("a missing file is FILE_NOT_FOUND, a directory IS_DIRECTORY", async () => {
  await assert.rejects(readInput(join(dir, "missing.txt")), hasCode("FILE_NOT_FOUND"));
  await assert.rejects(readInput(join(dir, "missing", "deeper.txt")), hasCode("FILE_NOT_FOUND"));
  await assert.rejects(readInput(dir), hasCode("IS_DIRECTORY"));
});

test("a path through a regular file (`some-file.txt/x`, ENOTDIR) is FILE_NOT_FOUND", async () => {
  const path = join(file("some-file.txt", ARTICLE), "x");
  await assert.rejects(readInput(path), (error: unknown) => {
    assert.ok(error instanceof KhulasaError);
    assert.equal(error.code, "FILE_NOT_FOUND");
    assert.equal(error.message, `no such file: ${path}`);
    return true;
  });
});

test("an unreadable file is FILE_UNREADABLE", {
  skip: process.getuid?.() === 0 ? "running as root: permissions do not apply" : false,
}, async () => {
  const path = file("secret.txt", ARTICLE);
  chmodSync(path, 0o000);
  await assert.rejects(readInput(path), hasCode("FILE_UNREADABLE"));
});

test("a file over maxBytes is TOO_LARGE; at the limit it is read", async () => {
  const path = file("big.txt", "ا".repeat(600)); // 1200 bytes
  await assert.rejects(readInput(path, { maxBytes: 1199 }), hasCode("TOO_LARGE"));
  assert.equal((await readInput(path, { maxBytes: 1200 })).length, 1200);
});

test("an endless stdin stops being read once over the limit", async () => {
  let pulled = 0;
  const chunk = Buffer.alloc(1024, 0x61);
  const endless = new Readable({
    read() {
      pulled++;
      this.push(chunk);
    },
  });
  await assert.rejects(
    readInput("-", { stdin: endless, maxBytes: 10 * 1024 }),
    hasCode("TOO_LARGE"),
  );
  assert.ok(pulled < 40, `read ${pulled} chunks for a 10-chunk limit`);
  assert.ok(endless.destroyed, "the stream is destroyed");
});

test("binary data is NOT_TEXT: invalid UTF-8, NUL bytes, mostly control characters", () => {
  assert.throws(() => decodeText(Uint8Array.from([0xd8, 0xa7, 0xff, 0xfe])), hasCode("NOT_TEXT"));
  assert.throws(() => decodeText(Buffer.from("نص\0عربي")), hasCode("NOT_TEXT"));
  assert.throws(() => decodeText(Buffer.from("\x01\x02\x03\x04ab")), hasCode("NOT_TEXT"));
  // A stray control character in real text is fine; tabs and CRLF are text.
  assert.equal(decodeText(Buffer.from(`${ARTICLE}\t\r\n\x07`)), `${ARTICLE}\t\r\n\x07`);
});

test("binary data that is also invalid UTF-8 (an executable) is named binary, not a text to convert", () => {
  const executable = Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x00, 0x00, 0xff, 0xfe]);
  assert.throws(
    () => decodeText(executable, "ls", { binaryHint: "Give UTF-8 text." }),
    (error: unknown) =>
      hasCode("NOT_TEXT")(error) &&
      (error as Error).message.startsWith("ls contains NUL bytes (binary data)"),
  );
  // Invalid UTF-8 with no NUL (text saved by Arabic Windows) is still told to be converted.
  assert.throws(
    () => decodeText(Uint8Array.from([0xc7, 0xe1, 0xd3, 0xe1, 0xc7, 0xe3]), "x"),
    (error: unknown) => (error as Error).message.startsWith("x is not valid UTF-8 text"),
  );
});

test("binary data is more than 10% control characters: 9% is text, 11% is NOT_TEXT", () => {
  // 100 UTF-16 units each: Arabic letters and U+0001 (a control character that is no white space).
  const mixed = (controls: number): string => "\x01".repeat(controls) + "ب".repeat(100 - controls);
  for (const controls of [9, 10]) {
    const text = mixed(controls);
    assert.equal(text.length, 100);
    assert.equal(decodeText(Buffer.from(text)), text, `${controls}%`);
  }
  assert.throws(
    () => decodeText(Buffer.from(mixed(11)), "the input"),
    (error: unknown) =>
      hasCode("NOT_TEXT")(error) &&
      (error as Error).message === "the input is mostly control characters (binary data)",
  );
});

test("decodeText removes one BOM, or keeps it with keepBom (offsets then count it)", () => {
  const bytes = Buffer.from(`\uFEFF${ARTICLE}`);
  assert.equal(decodeText(bytes), ARTICLE);
  assert.equal(decodeText(bytes, "x", { keepBom: true }), `\uFEFF${ARTICLE}`);
  assert.equal(decodeText(Buffer.from(ARTICLE), "x", { keepBom: true }), ARTICLE);
});

test("a truncated multi-byte character at the end is NOT_TEXT", () => {
  const bytes = Buffer.from("عربي");
  assert.throws(() => decodeText(bytes.subarray(0, bytes.length - 1)), hasCode("NOT_TEXT"));
});

test("parseByteSize reads bytes and binary units; rejects the rest with BAD_OPTION", () => {
  assert.equal(parseByteSize("1000"), 1000);
  assert.equal(parseByteSize("64k"), 64 * 1024);
  assert.equal(parseByteSize("5M"), DEFAULT_MAX_BYTES);
  assert.equal(parseByteSize("1GB"), 1024 ** 3);
  for (const bad of ["0", "-5", "abc", "1.5M", "", "10 apples"]) {
    assert.throws(() => parseByteSize(bad), hasCode("BAD_OPTION"), bad);
  }
});
