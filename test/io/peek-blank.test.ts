import assert from "node:assert/strict";
import { Readable } from "node:stream";
import { test } from "node:test";
import { peekBlank } from "../../src/io/peek-blank.js";

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
