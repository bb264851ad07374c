import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { FastifyInstance } from "fastify";
import { buildServer } from "../../src/server/app.js";
import type { Summary } from "../../src/text/types.js";
import { ARTICLE, JSON_HEADERS, NDJSON_HEADERS, notTextError } from "./helpers.js";

/** `text` as UTF-16 with its byte-order mark, little- or big-endian. */
function utf16(text: string, bigEndian: boolean): Buffer {
  const le = Buffer.from(`\uFEFF${text}`, "utf16le");
  return bigEndian ? Buffer.from(le).swap16() : le;
}

describe("a body in UTF-16 with its byte-order mark", () => {
  let app: FastifyInstance;
  before(async () => {
    ({ app } = await buildServer({ workers: 1, logLevel: "silent", maxBody: 64 * 1024 }));
  });
  after(() => app.close());

  test("is read by /v1/summarize as the batch route reads it", async () => {
    const json = JSON.stringify({ text: ARTICLE, count: 2 });
    const utf8 = await app.inject({
      method: "POST",
      url: "/v1/summarize",
      headers: JSON_HEADERS,
      payload: json,
    });
    const expected = (utf8.json() as Summary).highlights.map((h) => h.text);
    for (const bigEndian of [false, true]) {
      const single = await app.inject({
        method: "POST",
        url: "/v1/summarize",
        headers: { "content-type": "application/json; charset=utf-16" },
        payload: utf16(json, bigEndian),
      });
      assert.equal(single.statusCode, 200, single.body);
      const got = (single.json() as Summary).highlights.map((h) => h.text);
      assert.deepEqual(got, expected, bigEndian ? "UTF-16BE" : "UTF-16LE");

      const batch = await app.inject({
        method: "POST",
        url: "/v1/summarize/batch",
        headers: NDJSON_HEADERS,
        payload: utf16(`${JSON.stringify({ id: 1, text: ARTICLE, count: 2 })}\n`, bigEndian),
      });
      assert.equal(batch.statusCode, 200, batch.body);
      const line = JSON.parse(batch.body.trim()) as { highlights: Summary["highlights"] };
      assert.deepEqual(
        line.highlights.map((h) => h.text),
        expected,
      );
    }
  });

  test("UTF-16 without its mark is still 415 NOT_TEXT", async () => {
    const json = JSON.stringify({ text: ARTICLE });
    await notTextError(app, Buffer.from(json, "utf16le"));
  });

  test("a broken UTF-16 body is 415 NOT_TEXT", async () => {
    // The mark, then an unpaired high surrogate.
    const payload = Buffer.concat([utf16('{"text": "', false), Buffer.from([0x00, 0xd8])]);
    await notTextError(app, Buffer.concat([payload, Buffer.from('"}', "utf16le")]));
  });
});
