import assert from "node:assert/strict";
import { Readable, Writable } from "node:stream";
import { test } from "node:test";
import { createSummarizer } from "../../src/batch/pool.js";
import { runBatch } from "../../src/batch/run-batch.js";
import { KhulasaError } from "../../src/errors.js";
import { checkWellFormed } from "../../src/io/decode.js";
import { buildServer } from "../../src/server/app.js";
import { outcomes } from "../helpers/batch-lines.js";
import { numberedArticle as article } from "../helpers/news.js";
import { notTextError } from "../server/helpers.js";

/** `article(i)` as a JSON string with `\ud800` (a high surrogate alone) escaped into its middle. */
function withHalfCharacter(i: number, units = "\\ud800"): string {
  const body = JSON.stringify(article(i));
  return `${body.slice(0, 40)}${units}${body.slice(40)}`;
}

test("an unpaired surrogate is NOT_TEXT naming it and where; pairs, and U+FFFD, are text", () => {
  assert.doesNotThrow(() => checkWellFormed("خبر عاجل \u{1F600} \uFFFD"));
  for (const [text, unit, at] of [
    ["خبر\uD800 عاجل", "d800", 3],
    ["\uDC00خبر", "dc00", 0],
    ["خبر \uD83D", "d83d", 4],
  ] as const) {
    assert.throws(
      () => checkWellFormed(text, "the text"),
      (e: unknown) =>
        e instanceof KhulasaError &&
        e.code === "NOT_TEXT" &&
        e.message ===
          `the text holds half of a character (an unpaired surrogate, \\u${unit}, at UTF-16 offset ${at})` &&
        /replace the escape with "\\ufffd"/.test(e.hint),
    );
  }
});

test('batch: a record whose article escapes half a character ("\\ud800") fails alone, NOT_TEXT', async () => {
  // Before: it was summarized, the lone surrogate went into a highlight and the output line.
  const input = [
    JSON.stringify({ id: "ok", article: article(1) }),
    `{"id": "half", "article": ${withHalfCharacter(2)}}`,
    `{"id": "low", "article": ${withHalfCharacter(3, "\\udc00")}}`,
    `{"id": "pair", "article": ${withHalfCharacter(4, "\\ud83d\\ude00")}}`,
    `{"id": "title", "title": "عنوان \\ud800", "article": ${JSON.stringify(article(5))}}`,
  ].join("\n");
  let text = "";
  const output = new Writable({
    write(chunk: Buffer, _encoding, done) {
      text += chunk.toString();
      done();
    },
  });
  const stats = await runBatch({
    input: Readable.from([Buffer.from(`${input}\n`)]),
    output,
    summarizer: createSummarizer(0),
  });
  assert.equal(stats.failed, 3);
  const lines = text.trim().split("\n");
  assert.deepEqual(outcomes(lines.map((l) => JSON.parse(l) as Record<string, unknown>)), [
    ["ok", null, "ok"],
    ["half", 2, "NOT_TEXT"],
    ["low", 3, "NOT_TEXT"],
    ["pair", null, "ok"],
    ["title", 5, "NOT_TEXT"],
  ]);
  assert.match(lines[4] ?? "", /the title of line 5 holds half of a character/);
  assert.match(lines[1] ?? "", /the article of line 2 holds half of a character/);
  assert.ok(
    lines.every((l) => !/\\ud[89ab]/i.test(l) || l.includes("unpaired")),
    "no output line carries a lone surrogate",
  );
});

/** POST `payload` to /v1/summarize: 415 NOT_TEXT whose message matches `message`. */
async function assertRefused(payload: string, message: RegExp): Promise<void> {
  const { app } = await buildServer({ workers: 0, logLevel: "silent" });
  try {
    assert.match((await notTextError(app, payload)).message, message);
  } finally {
    await app.close();
  }
}

test("POST /v1/summarize: text with half a character is 415 NOT_TEXT", async () => {
  await assertRefused(`{"text": ${withHalfCharacter(5)}}`, /^the text holds half of a character/);
});

test("POST /v1/summarize: a title with half a character is 415 NOT_TEXT (it is echoed back)", async () => {
  await assertRefused(
    `{"text": ${JSON.stringify(article(6))}, "title": "عنوان \\udc00"}`,
    /^the title holds half of a character/,
  );
});
