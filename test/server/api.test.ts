import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { FastifyInstance } from "fastify";
import { buildServer } from "../../src/server/app.js";
import type { Summary } from "../../src/text/types.js";
import { ARTICLE, assertFaithful, errorOf, JSON_HEADERS, notTextError } from "./helpers.js";

type SummaryWithText = Summary & { text?: string; title?: string | null };

describe("POST /v1/summarize", () => {
  let app: FastifyInstance;
  before(async () => {
    ({ app } = await buildServer({ workers: 1, logLevel: "silent", maxBody: 64 * 1024 }));
  });
  after(() => app.close());

  const post = (payload: unknown, headers: Record<string, string> = JSON_HEADERS) =>
    app.inject({
      method: "POST",
      url: "/v1/summarize",
      headers,
      payload: typeof payload === "string" ? payload : JSON.stringify(payload),
    });

  test("summarizes text into faithful bullets, as many as asked", async () => {
    for (const count of [1, 2, 4]) {
      const res = await post({ text: ARTICLE, count });
      assert.equal(res.statusCode, 200);
      assert.match(String(res.headers["content-type"]), /^application\/json/);
      const summary = res.json() as Summary;
      assert.equal(summary.highlights.length, count);
      assertFaithful(summary, ARTICLE);
      assert.equal(typeof summary.ms, "number");
      assert.ok(summary.sentences >= count);
    }
  });

  test("without count, chooses 3 or 4 bullets for a long article", async () => {
    const res = await post({ text: ARTICLE, count: null, compress: false, title: "محطة تحلية" });
    assert.equal(res.statusCode, 200);
    const summary = res.json() as Summary;
    assert.ok([3, 4].includes(summary.highlights.length), `${summary.highlights.length} bullets`);
    assertFaithful(summary, ARTICLE);
  });

  test("includeText returns the text the spans index into", async () => {
    const pasted = `- نقطة منشورة فوق الخبر.\n- ونقطة ثانية.\n\n${ARTICLE}`;
    const res = await post({ text: pasted, count: 2, includeText: true });
    assert.equal(res.statusCode, 200);
    const summary = res.json() as SummaryWithText;
    assert.equal(summary.text, ARTICLE, "the leading bullets are not part of the article");
    assert.equal(summary.title, null);
    assertFaithful(summary, summary.text ?? "");
    const plain = (await post({ text: ARTICLE })).json() as SummaryWithText;
    assert.equal(plain.text, undefined, "no text unless asked");
  });

  test("a BOM is not part of the article text the spans index into", async () => {
    const res = await post({ text: `\uFEFF${ARTICLE}`, count: 2, includeText: true });
    assert.equal(res.statusCode, 200);
    const summary = res.json() as SummaryWithText;
    assert.equal(summary.text, ARTICLE);
    assertFaithful(summary, ARTICLE);
  });

  test("reads an HTML page: the article body, not its scripts or navigation", async () => {
    const paragraphs = ARTICLE.split(/\n\s*\n/)
      .map((p) => `<p>${p.trim()}</p>`)
      .join("\n");
    const html =
      "<!doctype html><html><head><title>محطة تحلية</title><script>var secret = 1;</script></head>" +
      `<body><nav><a href="/">الرئيسية</a></nav><article>${paragraphs}</article></body></html>`;
    const res = await post({ html, count: 3, includeText: true });
    assert.equal(res.statusCode, 200);
    const summary = res.json() as SummaryWithText;
    const text = summary.text ?? "";
    assert.match(text, /افتتحت بلدية مدينة الواحة/);
    assert.doesNotMatch(text, /secret|<p>/);
    assert.equal(summary.highlights.length, 3);
    assertFaithful(summary, text);
  });

  test("`article` is read as a page or as text, whichever it is (as khulasa summarize does)", async () => {
    const paragraphs = ARTICLE.split(/\n\s*\n/)
      .map((p) => `<p>${p.trim()}</p>`)
      .join("\n");
    // A page that opens with an XML declaration: no tag at its start.
    const page = `<?xml version="1.0" encoding="UTF-8"?>\n<html><body><article>${paragraphs}</article></body></html>`;
    const fromPage = (await post({ article: page, count: 3, includeText: true })).json();
    const text = (fromPage as SummaryWithText).text ?? "";
    assert.match(text, /افتتحت بلدية مدينة الواحة/);
    assert.doesNotMatch(text, /<p>|<\?xml/);
    assertFaithful(fromPage as SummaryWithText, text);
    // Plain text as `article` gives what `text` gives.
    const asArticle = (await post({ article: ARTICLE, count: 3 })).json() as SummaryWithText;
    const asText = (await post({ text: ARTICLE, count: 3 })).json() as SummaryWithText;
    assert.deepEqual(
      asArticle.highlights.map((h) => h.text),
      asText.highlights.map((h) => h.text),
    );
  });

  test("an oversized body is 413 TOO_LARGE", async () => {
    const res = await post({ text: ARTICLE.repeat(60) });
    assert.equal(res.statusCode, 413);
    assert.equal(errorOf(res.body).code, "TOO_LARGE");
  });

  test("malformed JSON is 400 BAD_JSON, and the message does not echo the body", async () => {
    const res = await post('{"text": "خبر عن الواحة');
    assert.equal(res.statusCode, 400);
    const e = errorOf(res.body);
    assert.equal(e.code, "BAD_JSON");
    assert.doesNotMatch(e.message, /الواحة/);
    const empty = await post("");
    assert.equal(empty.statusCode, 400);
    assert.equal(errorOf(empty.body).code, "BAD_JSON");
  });

  test('a `__proto__` key is 400 BAD_JSON that says so, not "not valid JSON"', async () => {
    for (const body of [
      '{"__proto__": {"x": 1}, "text": "ن"}',
      '{"constructor": {"prototype": {}}}',
    ]) {
      const res = await post(body);
      assert.equal(res.statusCode, 400);
      const e = errorOf(res.body);
      assert.equal(e.code, "BAD_JSON");
      assert.match(e.message, /`__proto__` or `constructor\.prototype` key/);
    }
  });

  test("a body that is not a JSON object says so, not which fields it lacks", async () => {
    for (const body of ["[1]", '"خبر"', "42", "null"]) {
      const res = await post(body);
      assert.equal(res.statusCode, 400, body);
      assert.deepEqual(
        [errorOf(res.body).code, errorOf(res.body).message],
        ["BAD_REQUEST", "the body must be a JSON object"],
      );
    }
    const none = errorOf((await post("{}")).body);
    assert.match(none.message, /give exactly one of the fields/);
  });

  test("an empty or blank article is 422 EMPTY_INPUT", async () => {
    for (const text of ["", "   \n\t  "]) {
      const res = await post({ text });
      assert.equal(res.statusCode, 422);
      assert.equal(errorOf(res.body).code, "EMPTY_INPUT");
    }
  });

  test("a non-Arabic article is 422 NOT_ARABIC", async () => {
    const res = await post({ text: "The council opened a solar desalination plant on Sunday." });
    assert.equal(res.statusCode, 422);
    assert.equal(errorOf(res.body).code, "NOT_ARABIC");
  });

  test("an HTML page without an article is 422 NO_ARTICLE", async () => {
    const res = await post({ html: "<html><body><nav><a href='/'>x</a></nav></body></html>" });
    assert.equal(res.statusCode, 422);
    assert.equal(errorOf(res.body).code, "NO_ARTICLE");
  });

  test("a body that is not UTF-8 is 415 NOT_TEXT, not summarized with U+FFFD in it", async () => {
    const text = Buffer.from(JSON.stringify({ text: ARTICLE }));
    const bodies = [
      // Bad bytes inside the article: a lone continuation byte, 0xFF 0xFE, a cut sequence.
      Buffer.concat([
        text.subarray(0, 40),
        Buffer.from([0xd8, 0xa3, 0xff, 0xfe, 0x20, 0xd8]),
        text.subarray(40),
      ]),
      // An overlong encoding of "/".
      Buffer.concat([text.subarray(0, 40), Buffer.from([0xc0, 0xaf]), text.subarray(40)]),
      Buffer.from([
        0x7b, 0x22, 0x74, 0x65, 0x78, 0x74, 0x22, 0x3a, 0x22, 0xd8, 0xa3, 0xff, 0xfe, 0x20, 0xd8,
        0x22, 0x7d,
      ]),
    ];
    for (const payload of bodies) {
      assert.match((await notTextError(app, payload)).message, /UTF-8/);
    }
    // A body declared in another charset (`السلام` in windows-1256): the message names it.
    const cp1256 = Buffer.concat([
      Buffer.from('{"text": "'),
      Buffer.from([0xc7, 0xe1, 0xd3, 0xe1, 0xc7, 0xe3]),
      Buffer.from('"}'),
    ]);
    for (const [charset, named] of [
      ["windows-1256", true],
      ['"Windows-1256"', true],
      ["utf-8", false],
    ] as const) {
      const res = await app.inject({
        method: "POST",
        url: "/v1/summarize",
        headers: { "content-type": `application/json; charset=${charset}` },
        payload: cp1256,
      });
      assert.equal(res.statusCode, 415, charset);
      const e = errorOf(res.body);
      assert.equal(e.code, "NOT_TEXT");
      assert.equal(/declared windows-1256/i.test(e.message), named, e.message);
    }
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), text]);
    const ok = await app.inject({
      method: "POST",
      url: "/v1/summarize",
      headers: JSON_HEADERS,
      payload: bom,
    });
    assert.equal(ok.statusCode, 200, "valid UTF-8, even with a byte-order mark, is read");
  });

  test("a wrong or missing content type is 415", async () => {
    const plain = await post(ARTICLE, { "content-type": "text/plain" });
    assert.equal(plain.statusCode, 415);
    const e = errorOf(plain.body);
    assert.equal(e.code, "NOT_TEXT");
    assert.match(e.message, /application\/json/);
    const none = await post(JSON.stringify({ text: ARTICLE }), {});
    assert.equal(none.statusCode, 415);
    const form = await post("text=x", { "content-type": "application/x-www-form-urlencoded" });
    assert.equal(form.statusCode, 415);
  });

  test("a bad count is 400 BAD_OPTION", async () => {
    for (const count of [0, 11, 2.5, "3", -1, true]) {
      const res = await post({ text: ARTICLE, count });
      assert.equal(res.statusCode, 400, `count ${JSON.stringify(count)}`);
      const e = errorOf(res.body);
      assert.equal(e.code, "BAD_OPTION");
      assert.match(e.message, /count/);
      // The hint speaks to an HTTP client, not of the command line's --help.
      assert.match(e.hint, /openapi\.json/);
      assert.doesNotMatch(e.hint, /--help/);
    }
    const compress = await post({ text: ARTICLE, compress: "yes" });
    assert.equal(errorOf(compress.body).code, "BAD_OPTION");
    // includeText is an option too, as in a batch.
    const includeText = await post({ text: ARTICLE, includeText: "yes" });
    assert.equal(errorOf(includeText.body).code, "BAD_OPTION");
  });

  test("a body of the wrong shape is 400 BAD_REQUEST", async () => {
    const cases: unknown[] = [
      { text: ARTICLE, cuont: 3 },
      { count: 3 },
      { text: ARTICLE, html: "<p>x</p>" },
      { article: ARTICLE, text: ARTICLE },
      [ARTICLE],
      "just a string",
      { text: 42 },
    ];
    for (const body of cases) {
      const res = await post(JSON.stringify(body));
      assert.equal(res.statusCode, 400, JSON.stringify(body).slice(0, 40));
      assert.equal(errorOf(res.body).code, "BAD_REQUEST");
    }
    // A field of the wrong type is named with the type it needs, `article` as the others.
    for (const [field, message] of [
      ["text", "text must be a string"],
      ["html", "html must be a string"],
      ["article", "article must be a string (plain text or an HTML page)"],
    ]) {
      const res = await post(JSON.stringify({ [field as string]: {} }));
      assert.equal(errorOf(res.body).message, message);
    }
    const none = await post(JSON.stringify({ count: 3 }));
    assert.match(
      errorOf(none.body).message,
      /exactly one of the fields `article`, `text` and `html`/,
    );
  });

  test("the worker pool and the event loop give the same summary", async () => {
    const { app: pooled } = await buildServer({
      workers: 1,
      inlineMaxChars: 0,
      logLevel: "silent",
    });
    try {
      for (const body of [{ text: ARTICLE }, { text: ARTICLE, count: 2, compress: false }]) {
        const inline = (await post(body)).json() as Summary;
        const res = await pooled.inject({
          method: "POST",
          url: "/v1/summarize",
          headers: JSON_HEADERS,
          payload: JSON.stringify(body),
        });
        assert.equal(res.statusCode, 200);
        const fromPool = res.json() as Summary;
        assert.deepEqual({ ...fromPool, ms: 0 }, { ...inline, ms: 0 });
      }
    } finally {
      await pooled.close();
    }
  });

  test("unknown routes are 404 NOT_FOUND in the same error format", async () => {
    const res = await app.inject({ method: "GET", url: "/v1/nothing" });
    assert.equal(res.statusCode, 404);
    assert.equal(errorOf(res.body).code, "NOT_FOUND");
  });

  test("a known route asked with another method is 405 METHOD_NOT_ALLOWED, with Allow", async () => {
    const get = await app.inject({ method: "GET", url: "/v1/summarize?x=1" });
    assert.equal(get.statusCode, 405);
    assert.equal(get.headers.allow, "POST");
    assert.equal(errorOf(get.body).code, "METHOD_NOT_ALLOWED");
    assert.match(errorOf(get.body).message, /^\/v1\/summarize does not take GET; it takes POST$/);
    const del = await app.inject({ method: "DELETE", url: "/healthz" });
    assert.equal(del.statusCode, 405);
    assert.equal(del.headers.allow, "GET, HEAD");
  });

  test("a QUERY with no Content-Type is 404 or 405 like any other method, not 400", async () => {
    // fastify refuses a body-taking method without Content-Type before it routes the request.
    const known = await app.inject({ method: "QUERY" as "GET", url: "/v1/summarize" });
    assert.equal(known.statusCode, 405);
    assert.equal(known.headers.allow, "POST");
    assert.equal(errorOf(known.body).code, "METHOD_NOT_ALLOWED");
    const unknown = await app.inject({ method: "QUERY" as "GET", url: "/v1/nothing" });
    assert.equal(unknown.statusCode, 404);
    assert.equal(errorOf(unknown.body).code, "NOT_FOUND");
  });

  test("the page's files answer a range outside them 416, ignore an invalid one, and answer a failed condition 412", async () => {
    const whole = await app.inject({ method: "GET", url: "/app.js" });
    assert.equal(whole.statusCode, 200);
    const size = whole.rawPayload.length;
    const part = await app.inject({
      method: "GET",
      url: "/app.js",
      headers: { range: "bytes=0-3" },
    });
    assert.equal(part.statusCode, 206);
    assert.equal(part.headers["content-range"], `bytes 0-3/${size}`);
    const range = `bytes=${size + 10}-`;
    const outside = await app.inject({ method: "GET", url: "/app.js", headers: { range } });
    assert.equal(outside.statusCode, 416);
    assert.equal(outside.headers["content-range"], `bytes */${size}`);
    assert.equal(errorOf(outside.body).code, "RANGE_NOT_SATISFIABLE");
    // An invalid Range is ignored (RFC 9110, 14.2): the whole file.
    for (const invalid of ["bytes=abc", "bytes=5-2", "bytes=0-3,x", "bytes="]) {
      const res = await app.inject({ method: "GET", url: "/app.js", headers: { range: invalid } });
      assert.equal(res.statusCode, 200, invalid);
      assert.equal(res.rawPayload.length, size, invalid);
    }
    const stale = await app.inject({
      method: "GET",
      url: "/app.js",
      headers: { "if-match": '"not-its-etag"' },
    });
    assert.equal(stale.statusCode, 412);
    assert.equal(errorOf(stale.body).code, "PRECONDITION_FAILED");
  });

  test("a body sent to an unknown route or method is not parsed: 404 or 405, not a body error", async () => {
    const bodies = ["", "{", JSON.stringify({ text: "x".repeat(100 * 1024) })];
    const cases: [string, string, number][] = [
      ["POST", "/v1/summarise", 404],
      ["PUT", "/healthz", 405],
      ["OPTIONS", "/v1/summarize", 405],
      ["POST", "/", 405],
    ];
    for (const [method, url, status] of cases) {
      for (const payload of bodies) {
        const res = await app.inject({
          method: method as "POST",
          url,
          headers: JSON_HEADERS,
          payload,
        });
        const what = `${method} ${url} with ${payload.length} bytes`;
        assert.equal(res.statusCode, status, what);
        assert.equal(errorOf(res.body).code, status === 404 ? "NOT_FOUND" : "METHOD_NOT_ALLOWED");
      }
    }
  });

  test("GET /healthz answers ok", async () => {
    const res = await app.inject({ method: "GET", url: "/healthz" });
    assert.equal(res.statusCode, 200);
    const body = res.json() as { status: string; version: string; inflight: number };
    assert.equal(body.status, "ok");
    assert.match(body.version, /^\d+\.\d+\.\d+/);
    assert.equal(body.inflight, 0);
  });
});
