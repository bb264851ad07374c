import assert from "node:assert/strict";
import { Readable } from "node:stream";
import { after, before, describe, test } from "node:test";
import type { FastifyInstance } from "fastify";
import { buildServer } from "../../src/server/app.js";
import type { Engine } from "../../src/server/engine.js";
import { runJob } from "../../src/server/job.js";
import type { Summary } from "../../src/text/types.js";
import { RECORD_RULES } from "../helpers/record-rules.js";
import { ARTICLE, assertFaithful, errorOf, NDJSON_HEADERS } from "./helpers.js";

type Line = Partial<Summary> & {
  id?: string | number;
  line: number;
  error?: { code: string; message: string; field?: string };
};

const PARAGRAPHS = ARTICLE.split(/\n\s*\n/).map((p) => p.trim());

function parseLines(body: string): Line[] {
  assert.ok(body.endsWith("\n"), "every line ends with a newline");
  return body
    .trimEnd()
    .split("\n")
    .map((l) => JSON.parse(l) as Line);
}

describe("POST /v1/summarize/batch", () => {
  let app: FastifyInstance;
  before(async () => {
    ({ app } = await buildServer({
      workers: 2,
      logLevel: "silent",
      maxBody: 8 * 1024,
      maxBatchBody: 64 * 1024,
    }));
  });
  after(() => app.close());

  const post = (payload: string | Readable, headers: Record<string, string> = NDJSON_HEADERS) =>
    app.inject({ method: "POST", url: "/v1/summarize/batch", headers, payload });

  test("answers every record in input order, with per-record errors", async () => {
    const input = [
      JSON.stringify({ id: "a", article: ARTICLE, count: 2 }),
      "{not json",
      "",
      JSON.stringify({ id: "b", text: PARAGRAPHS[1] }),
      JSON.stringify({ id: "c", text: "An English sentence only." }),
      JSON.stringify({ id: 4, article: ARTICLE, count: 11 }),
      JSON.stringify({ title: "بلا معرف", article: PARAGRAPHS[2], count: 1 }),
      JSON.stringify({
        id: "e",
        html: `<html><body><article><p>${PARAGRAPHS[3]}</p></article></body></html>`,
      }),
      JSON.stringify({ id: "f" }),
      JSON.stringify(["an array"]),
      JSON.stringify({ id: "g", text: "" }),
    ].join("\n");
    const res = await post(`${input}\n`);
    assert.equal(res.statusCode, 200);
    assert.match(String(res.headers["content-type"]), /^application\/x-ndjson/);
    const lines = parseLines(res.body);
    assert.deepEqual(
      lines.map((l) => l.line),
      [1, 2, 4, 5, 6, 7, 8, 9, 10, 11],
      "one output line per non-blank input line, in order",
    );
    const byLine = new Map(lines.map((l) => [l.line, l]));
    const ok = (n: number) => {
      const l = byLine.get(n);
      assert.ok(l && !l.error, `line ${n} succeeded: ${JSON.stringify(l?.error)}`);
      return l as Line & Summary;
    };
    const err = (n: number) => byLine.get(n)?.error?.code;
    assert.equal(ok(1).id, "a");
    assert.equal(ok(1).highlights.length, 2);
    assertFaithful(ok(1), ARTICLE);
    assert.equal(err(2), "BAD_JSON");
    assert.equal(byLine.get(2)?.id, undefined);
    assert.equal(ok(4).id, "b");
    assertFaithful(ok(4), PARAGRAPHS[1] ?? "");
    assert.equal(err(5), "NOT_ARABIC");
    assert.equal(byLine.get(5)?.id, "c");
    assert.equal(err(6), "BAD_OPTION");
    assert.equal(byLine.get(6)?.id, 4);
    assert.equal(ok(7).id, undefined);
    assert.equal(ok(7).highlights.length, 1);
    assert.equal(ok(8).id, "e");
    assert.equal(err(9), "BAD_RECORD");
    assert.equal(byLine.get(9)?.id, "f");
    assert.equal(err(10), "BAD_RECORD");
    assert.equal(err(11), "EMPTY_INPUT");
  });

  test("an `article` that is an HTML page is read as a page, as `khulasa batch` reads it", async () => {
    const page = `<!doctype html><html><head><title>عنوان</title></head><body><article><p>${PARAGRAPHS[0]}</p><p>${PARAGRAPHS[1]}</p></article></body></html>`;
    const res = await post(
      `${JSON.stringify({ id: "article", article: page })}\n${JSON.stringify({ id: "html", html: page })}\n`,
    );
    const [asArticle, asHtml] = parseLines(res.body) as (Line & Summary)[];
    assert.ok(asArticle && asHtml && !asArticle.error && !asHtml.error, res.body);
    for (const h of asArticle.highlights)
      assert.doesNotMatch(h.text, /[<>]/, "no markup in a bullet");
    assert.deepEqual(
      asArticle.highlights.map((h) => h.text),
      asHtml.highlights.map((h) => h.text),
    );
  });

  test("includeText returns the text the spans index into (past a BOM, a highlights block or markup)", async () => {
    const block = `- سطر أول مهم جدا\n- سطر ثان مهم\n\n${PARAGRAPHS[0]}\n\n${PARAGRAPHS[1]}`;
    const page = `<html><body><article><p>${PARAGRAPHS[0]}</p><p>${PARAGRAPHS[1]}</p></article></body></html>`;
    const records = [
      { id: "block", text: block, includeText: true },
      { id: "bom", text: `\uFEFF${PARAGRAPHS[0]}`, includeText: true },
      { id: "page", article: page, includeText: true },
      { id: "plain", text: PARAGRAPHS[0] },
      { id: "bad", text: PARAGRAPHS[0], includeText: "yes" },
      { id: "count", text: PARAGRAPHS[0], count: "2" },
      { id: "zero", text: PARAGRAPHS[0], count: 0 },
      { id: "half", text: PARAGRAPHS[0], count: 1.5 },
      { id: "eleven", text: PARAGRAPHS[0], count: 11 },
    ];
    const res = await post(`${records.map((r) => JSON.stringify(r)).join("\n")}\n`);
    const lines = parseLines(res.body) as (Line & Summary & { text?: string })[];
    for (const l of lines.slice(0, 3)) {
      assert.ok(!l.error && typeof l.text === "string", JSON.stringify(l));
      for (const h of l.highlights) {
        const joined = h.sources.map((span) => (l.text as string).slice(span.start, span.end));
        assert.equal(h.text, joined.join(" ").replace(/\s+/g, " ").trim(), String(l.id));
      }
      assert.doesNotMatch(l.text as string, /^\uFEFF|^- |</u, String(l.id));
    }
    assert.equal(lines[3]?.text, undefined, "no text unless asked");
    assert.deepEqual(lines[4]?.error && { ...lines[4].error, message: undefined }, {
      code: "BAD_OPTION",
      message: undefined,
      field: "includeText",
    });
    // A count of the wrong type or out of range names its field, as on the single route.
    for (const l of lines.slice(5)) {
      assert.deepEqual([l.error?.code, l.error?.field], ["BAD_OPTION", "count"], String(l.id));
    }
    assert.equal(lines.length, 9);
  });

  test("a line that is not JSON is BAD_JSON, and the message does not echo the line", async () => {
    const input = [
      '{"id": "a", "article": "هذا نص سري',
      "هذا نص سري أيضا",
      '{"id": "c", "article": "Quetzalcoatlite"} trailing',
    ].join("\n");
    const lines = parseLines((await post(`${input}\n`)).body);
    assert.deepEqual(
      lines.map((l) => [l.line, l.error?.code]),
      [
        [1, "BAD_JSON"],
        [2, "BAD_JSON"],
        [3, "BAD_JSON"],
      ],
    );
    for (const l of lines) {
      const message = l.error?.message ?? "";
      assert.match(message, new RegExp(`^line ${l.line} is not valid JSON`));
      assert.doesNotMatch(message, /سري|Quetzalcoatlite|trailing/);
    }
    assert.match(lines[2]?.error?.message ?? "", /at character 43: a word outside quotes/, "where");
  });

  test('a repeated id is DUPLICATE_ID, as in khulasa batch; 1 and "1" are one id', async () => {
    const input = [
      JSON.stringify({ id: "a", text: PARAGRAPHS[1] }),
      JSON.stringify({ id: "a", text: PARAGRAPHS[2] }),
      JSON.stringify({ id: 1, text: PARAGRAPHS[2] }),
      JSON.stringify({ id: "1", text: PARAGRAPHS[2] }),
      JSON.stringify({ id: 1, text: "" }),
      JSON.stringify({ text: PARAGRAPHS[1] }),
      JSON.stringify({ text: PARAGRAPHS[1] }),
    ].join("\n");
    const lines = parseLines((await post(`${input}\n`)).body);
    assert.deepEqual(
      lines.map((l) => [l.line, l.id ?? null, l.error?.code ?? "ok"]),
      [
        [1, "a", "ok"],
        [2, "a", "DUPLICATE_ID"],
        [3, 1, "ok"],
        [4, "1", "DUPLICATE_ID"],
        [5, 1, "DUPLICATE_ID"],
        [6, null, "ok"],
        [7, null, "ok"],
      ],
    );
  });

  test("a numeric id beyond 2^53 is BAD_RECORD, as in khulasa batch: JSON.parse rounds it", async () => {
    // 9007199254740993 reads as …992: echoed, it would be another id. 2^53 - 1 is exact.
    const input = [
      `{"id": 9007199254740993, "text": ${JSON.stringify(PARAGRAPHS[1])}}`,
      `{"id": 9007199254740991, "text": ${JSON.stringify(PARAGRAPHS[2])}}`,
      `{"id": "9007199254740993", "text": ${JSON.stringify(PARAGRAPHS[1])}}`,
    ].join("\n");
    const lines = parseLines((await post(`${input}\n`)).body);
    assert.deepEqual(
      lines.map((l) => [l.line, l.id ?? null, l.error?.code ?? "ok"]),
      [
        [1, null, "BAD_RECORD"],
        [2, 9007199254740991, "ok"],
        [3, "9007199254740993", "ok"],
      ],
    );
    assert.match(lines[0]?.error?.message ?? "", /beyond 2\^53.*as a string/);
  });

  test("record fields follow the rules of khulasa batch (an empty id is BAD_RECORD, naming its field)", async () => {
    const lines = parseLines((await post(`${RECORD_RULES.map((r) => r.line).join("\n")}\n`)).body);
    assert.deepEqual(
      lines.map((l) =>
        l.error
          ? [l.id ?? null, l.error.code, l.error.message, l.error.field]
          : [l.id ?? null, "ok"],
      ),
      RECORD_RULES.map((r) =>
        r.code === "ok" ? [r.id, "ok"] : [r.id, r.code, r.message, r.field],
      ),
    );
    // A field the API does not know is named too.
    const unknown = parseLines(
      (await post(`${JSON.stringify({ id: "u", article: "نص", compres: false })}\n`)).body,
    );
    assert.deepEqual(unknown[0]?.error, {
      code: "BAD_RECORD",
      message: 'unknown field "compres"',
      field: "compres",
    });
  });

  test("keeps input order when later records finish first", async () => {
    // Record i takes (n - i) * 15 ms: the last one finishes first.
    const n = 6;
    const engine: Engine = {
      threads: 3,
      async run(job) {
        const delay = Number((job.title ?? "0").trim()) * 15;
        await new Promise((r) => setTimeout(r, delay));
        return runJob({ ...job, title: null });
      },
      async close() {},
    };
    const { app: slow } = await buildServer({ engine, logLevel: "silent" });
    try {
      const input = Array.from({ length: n }, (_, i) =>
        JSON.stringify({
          id: `r${i}`,
          article: PARAGRAPHS[i % PARAGRAPHS.length],
          title: `${n - i}`,
        }),
      ).join("\n");
      const res = await slow.inject({
        method: "POST",
        url: "/v1/summarize/batch",
        headers: NDJSON_HEADERS,
        payload: input,
      });
      const lines = parseLines(res.body);
      assert.deepEqual(
        lines.map((l) => l.id),
        Array.from({ length: n }, (_, i) => `r${i}`),
      );
      assert.ok(lines.every((l) => !l.error));
    } finally {
      await slow.close();
    }
  });

  test("a record's deadline counts from when a thread begins it, not from when it was read", async () => {
    // One thread, which takes each record 1.2 s after the one before it is done (busy with
    // other work, or starting up): records read ahead wait far past the 400 ms deadline.
    let free = Promise.resolve();
    const engine: Engine = {
      threads: 1,
      run(job, signal, started) {
        const turn = free.then(async () => {
          await new Promise((r) => setTimeout(r, 1200));
          signal?.throwIfAborted();
          started?.();
          return runJob(job);
        });
        free = turn.then(
          () => {},
          () => {},
        );
        return turn;
      },
      async close() {},
    };
    const { app: waiting } = await buildServer({ engine, timeout: 400, logLevel: "silent" });
    try {
      const input = PARAGRAPHS.slice(0, 3).map((text, id) => JSON.stringify({ id, text }));
      const res = await waiting.inject({
        method: "POST",
        url: "/v1/summarize/batch",
        headers: NDJSON_HEADERS,
        payload: `${input.join("\n")}\n`,
      });
      assert.deepEqual(
        parseLines(res.body).map((l) => [l.id, l.error?.code]),
        [
          [0, undefined],
          [1, undefined],
          [2, undefined],
        ],
      );
    } finally {
      await waiting.close();
    }
  });

  test("holds at most twice the engine's threads (at least 2) records in flight", async () => {
    // Every record waits at a gate. While it is shut, the route may start only a window of
    // records, so the starts are counted once they stop coming: the body is in memory, so the
    // route reads on as long as the window lets it, within a few turns of the event loop (turns
    // are counted, not time).
    const n = 40;
    const input = Array.from({ length: n }, (_, i) =>
      JSON.stringify({ id: i, text: PARAGRAPHS[i % PARAGRAPHS.length] }),
    ).join("\n");
    for (const [threads, window] of [
      [3, 6],
      [0, 2],
    ] as const) {
      let started = 0;
      let firstStart: () => void = () => {};
      const firstStarted = new Promise<void>((resolve) => {
        firstStart = resolve;
      });
      let open: () => void = () => {};
      const gate = new Promise<void>((resolve) => {
        open = resolve;
      });
      const engine: Engine = {
        threads,
        async run(job) {
          started++;
          firstStart();
          await gate;
          return runJob(job);
        },
        async close() {},
      };
      const { app: gated } = await buildServer({ engine, logLevel: "silent" });
      try {
        const response = gated.inject({
          method: "POST",
          url: "/v1/summarize/batch",
          headers: NDJSON_HEADERS,
          payload: `${input}\n`,
        });
        await firstStarted;
        // Wait until 50 turns in a row start nothing new.
        for (let last = -1, still = 0; still < 50; ) {
          await new Promise((resolve) => setImmediate(resolve));
          if (started === last) still++;
          else {
            last = started;
            still = 0;
          }
        }
        assert.equal(started, window, `${threads} threads: records started before the gate opens`);
        open();
        const res = await response;
        assert.equal(res.statusCode, 200);
        assert.equal(started, n, "every record runs once the gate is open");
        const lines = parseLines(res.body);
        assert.deepEqual(
          lines.map((l) => [l.id, l.error?.code]),
          Array.from({ length: n }, (_, i) => [i, undefined]),
        );
      } finally {
        open();
        await gated.close();
      }
    }
  });

  test("reads a streamed body cut inside lines and inside multi-byte characters", async () => {
    const input = Buffer.from(
      [
        JSON.stringify({ id: "x", article: PARAGRAPHS[0] }),
        JSON.stringify({ id: "y", article: PARAGRAPHS[1] }),
      ].join("\r\n"),
    );
    const chunks: Buffer[] = [];
    for (let i = 0; i < input.length; i += 7) chunks.push(input.subarray(i, i + 7));
    const res = await post(Readable.from(chunks));
    const lines = parseLines(res.body);
    assert.deepEqual(
      lines.map((l) => [l.id, l.error?.code]),
      [
        ["x", undefined],
        ["y", undefined],
      ],
    );
    assertFaithful(lines[0] as Summary, PARAGRAPHS[0] ?? "");
  });

  test("a line over --max-body fails alone; the run goes on", async () => {
    const input = [
      JSON.stringify({ id: "big", article: ARTICLE.repeat(10) }),
      JSON.stringify({ id: "small", article: PARAGRAPHS[0] }),
    ].join("\n");
    const lines = parseLines((await post(input)).body);
    assert.equal(lines[0]?.error?.code, "TOO_LARGE");
    assert.equal(lines[1]?.id, "small");
    assert.equal(lines[1]?.error, undefined);
  });

  test("a body over the batch limit: 413 up front, or a last TOO_LARGE line when streamed", async () => {
    const line = `${JSON.stringify({ article: ARTICLE })}\n`;
    const body = line.repeat(Math.ceil((80 * 1024) / line.length));
    const declared = await post(body);
    assert.equal(declared.statusCode, 413);
    assert.equal(errorOf(declared.body).code, "TOO_LARGE");
    const streamed = await post(Readable.from([Buffer.from(body)]));
    assert.equal(streamed.statusCode, 200);
    const lines = parseLines(streamed.body);
    const last = lines.at(-1);
    assert.equal(last?.error?.code, "TOO_LARGE");
    assert.ok(lines.length > 1, "records before the limit are answered");
    assert.ok(
      lines.slice(0, -1).every((l) => !l.error),
      "records before the limit are answered",
    );
  });

  test("a streamed batch over the limit: every record that fits is answered, then TOO_LARGE", async () => {
    const limit = 3000;
    const { app: small } = await buildServer({
      workers: 0,
      maxBatchBody: limit,
      logLevel: "silent",
    });
    try {
      const records = Array.from(
        { length: 60 },
        (_, i) =>
          `${JSON.stringify({ id: i, text: "أعلنت البلدية افتتاح حديقة جديدة في المدينة." })}\n`,
      );
      const body = Buffer.from(records.join(""));
      assert.ok(body.length > limit);
      // Records whose whole line (newline included) is within the limit.
      let fit = 0;
      for (let bytes = 0; bytes + Buffer.byteLength(records[fit] ?? "") <= limit; fit++) {
        bytes += Buffer.byteLength(records[fit] ?? "");
      }
      assert.ok(fit > 1 && fit < records.length);
      // One chunk, and chunks whose ends fall anywhere in the lines.
      for (const size of [body.length, 97]) {
        const chunks: Buffer[] = [];
        for (let i = 0; i < body.length; i += size) chunks.push(body.subarray(i, i + size));
        const res = await small.inject({
          method: "POST",
          url: "/v1/summarize/batch",
          headers: NDJSON_HEADERS,
          payload: Readable.from(chunks),
        });
        assert.equal(res.statusCode, 200);
        const lines = parseLines(res.body);
        assert.deepEqual(
          lines.map((l) => [l.id, l.line, l.error?.code]),
          [
            ...Array.from({ length: fit }, (_, i) => [i, i + 1, undefined]),
            [undefined, fit + 1, "TOO_LARGE"],
          ],
          `chunks of ${size} bytes`,
        );
      }
    } finally {
      await small.close();
    }
  });

  test("an empty batch is 400 EMPTY_FILE; a JSON body is 415", async () => {
    for (const body of ["", "\n\n  \n"]) {
      const res = await post(body);
      assert.equal(res.statusCode, 400);
      assert.equal(errorOf(res.body).code, "EMPTY_FILE");
    }
    const json = await post(JSON.stringify({ article: ARTICLE }), {
      "content-type": "application/json",
    });
    assert.equal(json.statusCode, 415);
    const e = errorOf(json.body);
    assert.equal(e.code, "NOT_TEXT");
    assert.match(e.message, /application\/x-ndjson/);
  });

  test("a request with no body at all (no Content-Type either) is 400 EMPTY_FILE", async () => {
    const res = await app.inject({ method: "POST", url: "/v1/summarize/batch" });
    assert.equal(res.statusCode, 400);
    assert.equal(errorOf(res.body).code, "EMPTY_FILE");
  });
});
