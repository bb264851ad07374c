import assert from "node:assert/strict";
import { Readable } from "node:stream";
import { test } from "node:test";
import {
  type BatchRecord,
  readBatchRecords,
  validateBatchRecord,
} from "../../src/io/batch-record.js";
import {
  type JsonlItem,
  type JsonlLine,
  readJsonl,
  readLines,
  undecodedLine,
} from "../../src/io/jsonl.js";

/** A stream giving `chunks` one by one (Buffers or strings). */
function stream(...chunks: (string | Buffer)[]): Readable {
  return Readable.from(chunks.map((c) => (typeof c === "string" ? Buffer.from(c) : c)));
}

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

function texts(lines: JsonlLine[]): [number, string][] {
  return lines.map((l) => [l.line, "text" in l ? l.text : `!${l.error.code}`]);
}

test("lines: CRLF, a BOM, blank lines skipped (numbers kept), a last line without newline", async () => {
  const lines = await collect(readLines(stream('\uFEFF{"a":1}\r\n\r\n  \n{"b":2}\n{"c":3}')));
  assert.deepEqual(texts(lines), [
    [1, '{"a":1}'],
    [4, '{"b":2}'],
    [5, '{"c":3}'],
  ]);
});

test("lines: multi-byte characters and CRLF split across chunks", async () => {
  const bytes = Buffer.from('{"t":"عربي"}\r\n{"t":"نص"}\n');
  const chunks = Array.from(bytes, (b) => Buffer.from([b])); // one byte at a time
  const lines = await collect(readLines(Readable.from(chunks)));
  assert.deepEqual(texts(lines), [
    [1, '{"t":"عربي"}'],
    [2, '{"t":"نص"}'],
  ]);
});

test("lines: UTF-16 with its BOM (LE or BE), cut into chunks of one byte, reads as UTF-8", async () => {
  const text = '{"t":"عربي"}\r\n\n{"t":"نص 😀"}\n';
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
  const be = Buffer.from(le);
  be.swap16(); // FE FF and big-endian units
  for (const bytes of [le, be]) {
    const chunks = Array.from(bytes, (b) => Buffer.from([b]));
    const lines = await collect(readLines(Readable.from(chunks)));
    assert.deepEqual(texts(lines), [
      [1, '{"t":"عربي"}'],
      [3, '{"t":"نص 😀"}'],
    ]);
  }
});

test("lines: broken UTF-16 after its BOM fails only its own lines, in any chunking", async () => {
  const units = (text: string) => Buffer.from(text, "utf16le");
  const lone = Buffer.from([0x3d, 0xd8]); // a high surrogate with no low half
  const le = Buffer.concat([
    Buffer.from([0xff, 0xfe]),
    units('{"a":1}\n{"b":"'),
    lone,
    units('"}\n{"c":"😀"}\n{"d":"'),
    units("\udc00"), // a low surrogate with no high half
    units('"}\n{"e":5}\n'),
    Buffer.from([0x41]), // an odd byte at the end
  ]);
  const be = Buffer.from(le.subarray(0, le.length - 1)).swap16();
  const bigEndian = Buffer.concat([be, Buffer.from([0x41])]);
  for (const [bytes, label] of [
    [le, "UTF-16LE"],
    [bigEndian, "UTF-16BE"],
  ] as const) {
    for (const size of [1, 2, 3, 5, bytes.length]) {
      const chunks: Buffer[] = [];
      for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size));
      const lines = await collect(readLines(Readable.from(chunks)));
      assert.deepEqual(
        texts(lines),
        [
          [1, '{"a":1}'],
          [2, "!NOT_TEXT"],
          [3, '{"c":"😀"}'],
          [4, "!NOT_TEXT"],
          [5, '{"e":5}'],
          [6, "!NOT_TEXT"],
        ],
        `${label}, chunks of ${size}`,
      );
      const error = lines.find((l) => "error" in l);
      assert.ok(
        error && "error" in error && error.error.message === `line 2 is not valid ${label}`,
      );
    }
  }
});

test("lines: a line over the limit is TOO_LARGE and skipped; the next lines are read", async () => {
  const long = `{"article":"${"ا".repeat(5000)}"}`;
  const lines = await collect(
    readLines(stream('{"a":1}\n', long.slice(0, 3000), long.slice(3000), '\n{"b":2}\n'), 1000),
  );
  assert.deepEqual(texts(lines), [
    [1, '{"a":1}'],
    [2, "!TOO_LARGE"],
    [3, '{"b":2}'],
  ]);
  const last = await collect(readLines(stream("x".repeat(50)), 10));
  assert.deepEqual(texts(last), [[1, "!TOO_LARGE"]]);
});

test("lines: a line of exactly maxLineBytes is read; one byte more is TOO_LARGE", async () => {
  // 10 bytes: 4 Arabic letters (2 bytes each) between quotes; 11 with one more ASCII letter.
  const at = '"عربي"';
  const over = '"عربيx"';
  assert.equal(Buffer.byteLength(at), 10);
  assert.equal(Buffer.byteLength(over), 11);
  const input = `${at}\n${over}\n${at}`;
  const whole = await collect(readLines(stream(input), 10));
  const bytes = Buffer.from(input);
  const byByte = await collect(
    readLines(Readable.from(Array.from(bytes, (b) => Buffer.from([b]))), 10),
  );
  for (const lines of [whole, byByte]) {
    assert.deepEqual(texts(lines), [
      [1, at],
      [2, "!TOO_LARGE"],
      [3, at],
    ]);
  }
  const [refused] = whole.slice(1);
  assert.ok(refused && "error" in refused);
  assert.equal(refused.error.message, "line 2 is over 10 bytes");
});

test("lines: a BOM opening any line is skipped (files that had one, joined with cat)", async () => {
  const input = '\uFEFF{"a":1}\n\uFEFF{"b":2}\n{"c":3}\n';
  assert.deepEqual(texts(await collect(readLines(stream(input)))), [
    [1, '{"a":1}'],
    [2, '{"b":2}'],
    [3, '{"c":3}'],
  ]);
  assert.deepEqual(await collect(readJsonl(stream(input))), [
    { line: 1, record: { a: 1 } },
    { line: 2, record: { b: 2 } },
    { line: 3, record: { c: 3 } },
  ]);
  // Only at a line's start: one inside a line is a character of it.
  const inside = await collect(readJsonl(stream('{"a":1}\uFEFF\n')));
  const first = inside[0];
  assert.ok(first && "error" in first && first.error.code === "BAD_JSON", JSON.stringify(first));
});

test("lines: a line too long for a JavaScript string is TOO_LARGE, not NOT_TEXT", () => {
  const tooLong = Object.assign(
    new Error("Cannot create a string longer than 0x1fffffe8 characters"),
    {
      code: "ERR_STRING_TOO_LONG",
    },
  );
  const error = undecodedLine(tooLong, 7, "utf-8");
  assert.equal(error.code, "TOO_LARGE");
  assert.match(error.message, /^line 7 is too long to read as one text/);
  const invalid = undecodedLine(new TypeError("The encoded data was not valid"), 3, "utf-16le");
  assert.equal(invalid.code, "NOT_TEXT");
  assert.equal(invalid.message, "line 3 is not valid UTF-16LE");
});

test("lines: a very long line under the limit arrives whole", async () => {
  const article = "كلمة ".repeat(200_000);
  const line = JSON.stringify({ id: 1, article });
  const chunks: string[] = [];
  for (let i = 0; i < line.length; i += 65_536) chunks.push(line.slice(i, i + 65_536));
  const [item] = await collect(readJsonl(stream(...chunks, "\n")));
  assert.ok(item && "record" in item);
  assert.equal((item.record as { article: string }).article, article);
});

test("lines: invalid UTF-8 in a line is NOT_TEXT for that line only", async () => {
  const lines = await collect(
    readLines(stream(Buffer.from([0x7b, 0xff, 0x7d, 0x0a]), '{"ok":1}\n')),
  );
  assert.deepEqual(texts(lines), [
    [1, "!NOT_TEXT"],
    [2, '{"ok":1}'],
  ]);
});

test("jsonl: a line that is not JSON is BAD_JSON with its line number, never quoting it", async () => {
  const items = await collect(readJsonl(stream('{"a":1}\n{oops\n[1,2]\nهذا نص سري\n')));
  assert.equal(items.length, 4);
  assert.ok(items[1] && "error" in items[1]);
  assert.equal(items[1].error.code, "BAD_JSON");
  assert.equal(
    items[1].error.message,
    "line 2 is not valid JSON (at character 2: a word outside quotes: JSON strings and keys take double quotes)",
  );
  assert.deepEqual(items[2], { line: 3, record: [1, 2] });
  assert.ok(items[3] && "error" in items[3]);
  assert.equal(items[3].error.message, "line 4 is not valid JSON");
});

test("jsonl: a line that Python's json.dumps or str() wrote says where and what to write instead", async () => {
  // V8 gives no position for an unexpected letter: these lines said only "not valid JSON".
  const lines = ['{"id": 1, "title": NaN}', '{"id": 2, "title": None}', "{'id': 3}"];
  const items = await collect(readJsonl(stream(`${lines.join("\n")}\n`)));
  const messages = items.map((item) => ("error" in item ? item.error.message : ""));
  assert.equal(
    messages[0],
    "line 1 is not valid JSON (at character 20: NaN is not JSON, write null)",
  );
  assert.match(
    messages[1] ?? "",
    /^line 2 is not valid JSON \(at character 20: None is Python, not JSON: write null/,
  );
  assert.match(messages[2] ?? "", /^line 3 is not valid JSON \(at character 2: a single quote/);
});

test("record validation names the field", () => {
  assert.deepEqual(validateBatchRecord({ id: 7, article: "نص" }), {
    id: 7,
    article: "نص",
    title: null,
  });
  assert.deepEqual(validateBatchRecord({ id: "a", article: "نص", title: "ع", extra: true }), {
    id: "a",
    article: "نص",
    title: "ع",
  });
  const cases: [unknown, string][] = [
    [[1], "record"],
    ["text", "record"],
    [null, "record"],
    [{ article: "نص" }, "id"],
    [{ id: "", article: "نص" }, "id"],
    [{ id: true, article: "نص" }, "id"],
    [{ id: 1 }, "article"],
    [{ id: 1, article: 5 }, "article"],
    [{ id: 1, article: "نص", title: 3 }, "title"],
  ];
  for (const [value, field] of cases) {
    assert.throws(
      () => validateBatchRecord(value),
      (e: unknown) =>
        (e as { code?: string; field?: string }).code === "BAD_RECORD" &&
        (e as { field?: string }).field === field,
      JSON.stringify(value),
    );
  }
});

test("record validation says what it got, in the words of every other check", () => {
  const cases: [unknown, RegExp][] = [
    ["text", /^expected a JSON object, got a string$/],
    [{ id: {}, article: "نص" }, /^`id` must be a non-empty string or a number, got an object$/],
    [{ id: true, article: "نص" }, /, got true$/],
    [{ id: 1, article: 5 }, /^`article` must be a string, got 5$/],
    [{ id: 1, article: "نص", title: [] }, /^`title` must be a string or null, got an array$/],
  ];
  for (const [value, message] of cases) {
    assert.throws(() => validateBatchRecord(value), { message }, JSON.stringify(value));
  }
});

function summary(items: JsonlItem<BatchRecord>[]): unknown[] {
  return items.map((i) =>
    "record" in i ? [i.line, i.record.id] : [i.line, i.error.code, i.id ?? null, i.field ?? null],
  );
}

test("a whole-number id beyond 2^53 is BAD_RECORD, not read rounded (a wrong id, a false duplicate)", async () => {
  const input = [
    '{"id":9007199254740993,"article":"أ"}',
    '{"id":9007199254740992,"article":"ب"}',
    '{"id":-9007199254740993,"article":"ج"}',
    '{"id":9007199254740991,"article":"د"}',
    '{"id":"9007199254740993","article":"هـ"}',
    '{"id":1.5,"article":"و"}',
  ].join("\n");
  const items = await collect(readBatchRecords(stream(input)));
  assert.deepEqual(summary(items), [
    [1, "BAD_RECORD", null, "id"],
    [2, "BAD_RECORD", null, "id"],
    [3, "BAD_RECORD", null, "id"],
    [4, 9007199254740991],
    [5, "9007199254740993"],
    [6, 1.5],
  ]);
  const first = items[0];
  assert.ok(first && "error" in first);
  assert.match(first.error.message, /write it as a string/);
});

test("batch records: bad JSON, bad records and duplicate ids are reported, the rest read", async () => {
  const input = [
    '{"id":1,"article":"أ"}',
    "not json",
    '{"id":2}',
    '{"id":1,"article":"ب"}',
    '{"id":"1","article":"ج"}',
    '{"article":"د"}',
    '{"id":3,"article":"هـ","title":null}',
  ].join("\n");
  const items = await collect(readBatchRecords(stream(input)));
  assert.deepEqual(summary(items), [
    [1, 1],
    [2, "BAD_JSON", null, null],
    [3, "BAD_RECORD", 2, "article"],
    [4, "DUPLICATE_ID", 1, null],
    [5, "DUPLICATE_ID", "1", null], // an id is its text, as eval matches ids
    [6, "BAD_RECORD", null, "id"],
    [7, 3],
  ]);
});
