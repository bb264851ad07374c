import assert from "node:assert/strict";
import { Readable } from "node:stream";
import { test } from "node:test";
import { HEAD_BYTES, peekBlank } from "../../src/io/peek-blank.js";

async function text(stream: Readable): Promise<string> {
  let out = "";
  for await (const chunk of stream) out += (chunk as Buffer).toString("utf8");
  return out;
}

test("peekBlank: white space and a BOM only, in any chunks, is blank", async () => {
  for (const chunks of [[], [""], ["  \n", "\r\n\t"], ["\uFEFF", " \n"]]) {
    const { blank } = await peekBlank(Readable.from(chunks.map((c) => Buffer.from(c))));
    assert.equal(blank, true, JSON.stringify(chunks));
  }
});

test("peekBlank: the first byte of content stops the peek; the stream replays every byte", async () => {
  const chunks = ["\n \n", '{"id":1}', "\n", '{"id":2}\n'];
  const source = Readable.from(chunks.map((c) => Buffer.from(c)));
  const { blank, stream } = await peekBlank(source);
  assert.equal(blank, false);
  assert.equal(await text(stream), chunks.join(""));
});

test("peekBlank: the head goes on to the end of the first line of content, or HEAD_BYTES", async () => {
  // Cut into single bytes (a slow pipe), the head still holds the whole first line, and no more.
  const line = '{"id":1,"article":"text"}\n';
  const bytes = Buffer.from(`\n${line}{"id":2}\n`);
  const chunks = Array.from(bytes, (b) => Buffer.from([b]));
  const { head, stream } = await peekBlank(Readable.from(chunks));
  assert.equal(head.toString("utf8"), `\n${line}`);
  assert.equal(await text(stream), bytes.toString("utf8"));
  // Binary data without a line end: HEAD_BYTES past its first byte, whatever the chunks.
  const binary = Buffer.alloc(3 * HEAD_BYTES, 0x01);
  const peeked = await peekBlank(Readable.from([binary.subarray(0, 1), binary.subarray(1)]));
  assert.equal(peeked.head.length, binary.length);
  const small = Array.from({ length: 2 * HEAD_BYTES }, () => Buffer.from([0x01]));
  assert.equal((await peekBlank(Readable.from(small))).head.length, HEAD_BYTES);
});

test("peekBlank: after a UTF-16 byte-order mark, white-space units are blank, in any chunks", async () => {
  const le = (text: string) =>
    Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
  const be = (text: string) => Buffer.from(le(text)).swap16();
  const oneByOne = (bytes: Buffer) => Readable.from(Array.from(bytes, (b) => Buffer.from([b])));
  for (const encode of [le, be]) {
    for (const text of ["", " \r\n\t", "\n\uFEFF\n"]) {
      const bytes = encode(text);
      assert.equal((await peekBlank(oneByOne(bytes))).blank, true, JSON.stringify(text));
      assert.equal((await peekBlank(Readable.from([bytes]))).blank, true, JSON.stringify(text));
    }
    const content = encode(' \n{"id":1}\n');
    const peeked = await peekBlank(oneByOne(content));
    assert.equal(peeked.blank, false);
    const replayed: Buffer[] = [];
    for await (const chunk of peeked.stream) replayed.push(chunk as Buffer);
    assert.deepEqual(Buffer.concat(replayed), content);
  }
  // A lone 0xFF, or a mark's first byte and a letter, is content, not a mark.
  assert.equal((await peekBlank(Readable.from([Buffer.from([0xff])]))).blank, false);
  assert.equal((await peekBlank(Readable.from([Buffer.from([0xfe, 0x41])]))).blank, false);
  // UTF-8 white space and its byte-order mark stay blank.
  assert.equal((await peekBlank(Readable.from([Buffer.from("\uFEFF \n")]))).blank, true);
});
