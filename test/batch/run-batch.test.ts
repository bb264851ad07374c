import assert from "node:assert/strict";
import { Readable, Writable } from "node:stream";
import { test } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import { createSummarizer, type Summarizer } from "../../src/batch/pool.js";
import { IN_FLIGHT_PER_WORKER, runBatch } from "../../src/batch/run-batch.js";
import type { BatchOutcome, BatchTask } from "../../src/batch/task.js";
import { KhulasaError } from "../../src/errors.js";
import { collapseWhitespace } from "../../src/text/span.js";
import { outcomes } from "../helpers/batch-lines.js";
import { numberedArticle as article } from "../helpers/news.js";

function jsonl(lines: unknown[]): Readable {
  return Readable.from([
    Buffer.from(
      `${lines.map((l) => (typeof l === "string" ? l : JSON.stringify(l))).join("\n")}\n`,
    ),
  ]);
}

/** A writable collecting lines; `delayMs` makes it slow (and applies backpressure). */
function sink(delayMs = 0): { out: Writable; lines: () => Record<string, unknown>[] } {
  let text = "";
  const out = new Writable({
    highWaterMark: 64,
    write(chunk: Buffer, _enc, done) {
      text += chunk.toString();
      if (delayMs > 0) setTimeout(done, delayMs);
      else done();
    },
  });
  return {
    out,
    lines: () =>
      text
        .split("\n")
        .filter((l) => l !== "")
        .map((l) => JSON.parse(l) as Record<string, unknown>),
  };
}

/** The in-thread summarizer with a random delay per record, counting records in flight. */
function jittery(threads: number): Summarizer & { maxInFlight: () => number } {
  const inner = createSummarizer(0);
  let inFlight = 0;
  let max = 0;
  return {
    threads,
    maxInFlight: () => max,
    async run(task: BatchTask): Promise<BatchOutcome> {
      inFlight++;
      max = Math.max(max, inFlight);
      await sleep((task.line * 7919) % 13);
      const outcome = await inner.run(task);
      inFlight--;
      return outcome;
    },
    close: async () => {},
  };
}

test("output is in input order even when records finish out of order", async () => {
  const records = Array.from({ length: 60 }, (_, i) => ({ id: `r${i}`, article: article(i) }));
  const { out, lines } = sink();
  const summarizer = jittery(2);
  const stats = await runBatch({ input: jsonl(records), output: out, summarizer });
  assert.deepEqual(stats, { records: 60, ok: 60, failed: 0, notJson: 0, lastLine: 60 });
  assert.deepEqual(
    lines().map((l) => l.id),
    records.map((r) => r.id),
  );
  assert.ok(
    summarizer.maxInFlight() <= 2 * IN_FLIGHT_PER_WORKER,
    `${summarizer.maxInFlight()} in flight`,
  );
});

test("a slow output holds the reader back: records in flight stay within the window", async () => {
  const records = Array.from({ length: 80 }, (_, i) => ({ id: i, article: article(i) }));
  let started = 0;
  let written = 0;
  let maxAhead = 0;
  const inner = createSummarizer(0);
  const summarizer: Summarizer = {
    threads: 1,
    run: (task) => {
      started++;
      maxAhead = Math.max(maxAhead, started - written);
      return inner.run(task);
    },
    close: async () => {},
  };
  const { out, lines } = sink(2);
  let maxBuffered = 0;
  await runBatch({
    input: jsonl(records),
    output: out,
    summarizer,
    onProgress: (s) => {
      written = s.records;
      maxBuffered = Math.max(maxBuffered, out.writableLength);
    },
  });
  const lineBytes = Buffer.byteLength(JSON.stringify(lines()[0]));
  assert.equal(lines().length, 80);
  assert.ok(maxAhead <= IN_FLIGHT_PER_WORKER + 1, `reader ran ${maxAhead} records ahead`);
  // The output is drained before more is written: at most about one line waits in its buffer.
  assert.ok(maxBuffered <= 2 * lineBytes, `${maxBuffered} bytes buffered, lines of ${lineBytes}`);
});

/**
 * A feed (`tail -f feed | khulasa batch -`): each record is sent only once the line of the one
 * before is out, or after 2 s; `late` lists the records whose line did not come in time.
 */
function feed(records: unknown[], written: () => number): { input: Readable; late: number[] } {
  const late: number[] = [];
  const input = Readable.from(
    (async function* () {
      for (const [i, record] of records.entries()) {
        yield Buffer.from(`${JSON.stringify(record)}\n`);
        let waited = 0;
        while (written() <= i && waited < 2000) {
          await sleep(10);
          waited += 10;
        }
        if (written() <= i) late.push(i);
      }
    })(),
  );
  return { input, late };
}

test("a slow producer's records come out as they are summarized, not when the input ends", async () => {
  const records = Array.from({ length: 3 }, (_, i) => ({ id: i, article: article(i) }));
  for (const threads of [1, 4]) {
    let written = 0;
    const { input, late } = feed(records, () => written);
    const { out, lines } = sink();
    const summarizer: Summarizer = { ...createSummarizer(0), threads };
    await runBatch({ input, output: out, summarizer, onProgress: (s) => (written = s.records) });
    assert.deepEqual(late, [], `threads ${threads}: lines waited for a window to fill`);
    assert.deepEqual(
      lines().map((l) => l.id),
      [0, 1, 2],
    );
  }
});

test("bad lines give error lines and the run goes on", async () => {
  const input = [
    { id: "ok-1", article: article(1) },
    "{not json",
    { id: "no-article" },
    { id: "ok-1", article: article(2) },
    { id: "english", article: "The minister opened a new hospital on Sunday." },
    { id: "empty", article: "   " },
    { id: 5, article: article(5), title: "مستشفى" },
    [1, 2],
  ];
  const { out, lines } = sink();
  const stats = await runBatch({
    input: jsonl(input),
    output: out,
    summarizer: createSummarizer(0),
  });
  assert.deepEqual(stats, { records: 8, ok: 2, failed: 6, notJson: 1, lastLine: 8 });
  const got = outcomes(lines());
  assert.deepEqual(got, [
    ["ok-1", null, "ok"],
    [null, 2, "BAD_JSON"],
    ["no-article", 3, "BAD_RECORD"],
    ["ok-1", 4, "DUPLICATE_ID"],
    ["english", 5, "NOT_ARABIC"],
    ["empty", 6, "EMPTY_INPUT"],
    [5, null, "ok"],
    [null, 8, "BAD_RECORD"],
  ]);
  const bad = lines()[2] as { error: { field?: string; message: string } };
  assert.equal(bad.error.field, "article");
});

test("lastLine is the input line of the last record written, blank lines counted", async () => {
  const input = ["", { id: "a", article: article(1) }, "", "", "{not json", " ", "", "[1]", ""];
  const seen: [number, number][] = [];
  const { out } = sink();
  const stats = await runBatch({
    input: jsonl(input),
    output: out,
    summarizer: createSummarizer(2),
    onProgress: (s) => seen.push([s.records, s.lastLine]),
  });
  assert.deepEqual(seen, [
    [1, 2],
    [2, 5],
    [3, 8],
  ]);
  assert.equal(stats.lastLine, 8);
});

test("an article over maxBytes is TOO_LARGE for that record only", async () => {
  const input = [
    { id: "big", article: article(0).repeat(50) },
    { id: "small", article: article(1) },
  ];
  const { out, lines } = sink();
  const stats = await runBatch({
    input: jsonl(input),
    output: out,
    summarizer: createSummarizer(0),
    maxBytes: 2000,
  });
  assert.deepEqual(stats, { records: 2, ok: 1, failed: 1, notJson: 0, lastLine: 2 });
  assert.equal((lines()[0]?.error as { code?: string } | undefined)?.code, "TOO_LARGE");
  assert.ok(Array.isArray(lines()[1]?.highlights));
});

test("sources are offsets into the record's article, past a leading highlight block", async () => {
  const texts = [
    article(3),
    `- ملخص أول.\n- ملخص ثان.\n\n${article(4)}`,
    `سطر أول\nيكمل الجملة. ${article(5)}`,
  ];
  const { out, lines } = sink();
  await runBatch({
    input: jsonl(texts.map((a, i) => ({ id: i, article: a }))),
    output: out,
    summarizer: createSummarizer(0),
    count: 2,
  });
  lines().forEach((line, i) => {
    const text = texts[i] ?? "";
    const highlights = line.highlights as string[];
    const sources = line.sources as [number, number][][];
    assert.equal(highlights.length, 2);
    assert.equal(sources.length, 2);
    highlights.forEach((h, k) => {
      const spans = sources[k] ?? [];
      assert.ok(spans.length > 0);
      assert.equal(collapseWhitespace(spans.map(([s, e]) => text.slice(s, e)).join(" ")), h);
      for (const [s, e] of spans) assert.ok(0 <= s && s < e && e <= text.length);
    });
    assert.ok(!highlights.join(" ").includes("ملخص"), "the highlight block is not summarized");
  });
});

test("an input without records is EMPTY_FILE", async () => {
  const { out } = sink();
  await assert.rejects(
    runBatch({ input: jsonl(["", "  "]), output: out, summarizer: createSummarizer(0) }),
    (e: unknown) => e instanceof KhulasaError && e.code === "EMPTY_FILE",
  );
});

test("an input that fails mid-run: every record read before it is written, then FILE_UNREADABLE", async () => {
  const records = Array.from({ length: 8 }, (_, i) => ({ id: `r${i}`, article: article(i) }));
  async function* broken(): AsyncGenerator<Buffer> {
    yield Buffer.from(`${records.map((r) => JSON.stringify(r)).join("\n")}\n`);
    throw Object.assign(new Error("i/o error"), { code: "EIO" });
  }
  const { out, lines } = sink();
  // Records still in flight when the input fails (slow, out of order) are not dropped.
  await assert.rejects(
    runBatch({
      input: Readable.from(broken()),
      output: out,
      summarizer: jittery(4),
      inputName: "feed.jsonl",
    }),
    (e: unknown) =>
      e instanceof KhulasaError &&
      e.code === "FILE_UNREADABLE" &&
      e.message === "cannot read feed.jsonl (EIO)",
  );
  assert.deepEqual(
    lines().map((l) => l.id),
    records.map((r) => r.id),
  );
});

test("worker threads load the worker module (worker.ts under tsx) and keep order", async () => {
  const records = Array.from({ length: 30 }, (_, i) => ({ id: i, article: article(i) }));
  const summarizer = createSummarizer(2);
  const { out, lines } = sink();
  try {
    const stats = await runBatch({ input: jsonl(records), output: out, summarizer });
    assert.deepEqual(stats, { records: 30, ok: 30, failed: 0, notJson: 0, lastLine: 30 });
  } finally {
    await summarizer.close();
  }
  assert.deepEqual(
    lines().map((l) => l.id),
    records.map((r) => r.id),
  );
  const inThread = sink();
  await runBatch({ input: jsonl(records), output: inThread.out, summarizer: createSummarizer(0) });
  assert.deepEqual(lines(), inThread.lines(), "threads and the main thread give the same output");
});
