import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { KhulasaError } from "../../src/errors.js";
import { loadGold, loadPredictions } from "../../src/io/eval-files.js";

const dir = mkdtempSync(join(tmpdir(), "khulasa-dataset-"));
after(() => rmSync(dir, { recursive: true, force: true }));

function jsonl(name: string, lines: unknown[]): string {
  const path = join(dir, name);
  const text = lines.map((l) => (typeof l === "string" ? l : JSON.stringify(l))).join("\n");
  writeFileSync(path, `${text}\n`);
  return path;
}

/** The KhulasaError `fn` throws. */
function thrown(fn: () => unknown): KhulasaError {
  try {
    fn();
  } catch (error) {
    assert.ok(error instanceof KhulasaError, String(error));
    return error;
  }
  assert.fail("no error thrown");
}

test("batch error lines are kept as failed predictions; those without an id are listed", () => {
  const path = jsonl("pred.jsonl", [
    { id: "a", highlights: ["جملة."] },
    { id: "b", line: 2, error: { code: "EMPTY_INPUT", message: "the article is empty" } },
    { line: 3, error: { code: "BAD_JSON", message: "line 3: bad" } },
    { id: 7, line: 4, error: "odd" },
  ]);
  const { predictions, unnamedErrors } = loadPredictions(path);
  assert.deepEqual(predictions.get("a"), { id: "a", highlights: ["جملة."] });
  assert.deepEqual(predictions.get("b"), {
    id: "b",
    highlights: [],
    error: { code: "EMPTY_INPUT", message: "the article is empty", where: `${path}:2` },
  });
  assert.deepEqual(predictions.get("7")?.error, {
    code: "ERROR",
    message: '"odd"',
    where: `${path}:4`,
  });
  assert.deepEqual(unnamedErrors, [`${path}:3`]);
});

test("a summary beside an `error` field is a prediction, scored as such", () => {
  const path = jsonl("pred-null-error.jsonl", [
    { id: "a", summary: "جملة أولى.\nجملة ثانية.", error: null },
    { id: "b", highlights: ["جملة."], error: { code: "EMPTY_INPUT", message: "stale" } },
  ]);
  const { predictions } = loadPredictions(path);
  assert.deepEqual(predictions.get("a"), { id: "a", highlights: ["جملة أولى.", "جملة ثانية."] });
  assert.deepEqual(predictions.get("b"), { id: "b", highlights: ["جملة."] });
  // `"error": null` and nothing else is no error line, and no prediction either.
  const neither = jsonl("pred-null-only.jsonl", [{ id: "c", line: 3, error: null }]);
  assert.equal(thrown(() => loadPredictions(neither)).code, "BAD_RECORD");
});

test("a prediction without highlights: the hint asks for highlights, not an article", () => {
  const path = jsonl("no-highlights.jsonl", [{ id: "a", article: "نص" }]);
  const e = thrown(() => loadPredictions(path));
  assert.equal(e.code, "BAD_RECORD");
  assert.equal(e.message, `${path}:1: no \`highlights\` list (or \`summary\` string)`);
  assert.match(e.hint, /`highlights`/);
  assert.doesNotMatch(e.hint, /article/);
  const noId = thrown(() => loadPredictions(jsonl("no-id.jsonl", [{ highlights: ["ن"] }])));
  assert.equal(noId.code, "BAD_RECORD");
  assert.doesNotMatch(noId.hint, /article/);
});

test("a gold record without summaries: the hint names the gold fields", () => {
  const e = thrown(() => loadGold(jsonl("gold-bad.jsonl", [{ id: "a", article: "نص" }])));
  assert.equal(e.code, "BAD_RECORD");
  assert.match(e.hint, /`summaries`/);
});

test("gold summaries that are there but wrong are named for what they are", () => {
  for (const [summaries, what] of [
    [[], "`summaries` is an empty list"],
    ["ملخص", "`summaries` is a string"],
    [["ن", 3], "`summaries` holds a non-string"],
  ] as const) {
    const e = thrown(() =>
      loadGold(jsonl("gold-odd.jsonl", [{ id: "a", article: "نص", summaries }])),
    );
    assert.equal(e.code, "BAD_RECORD");
    assert.ok(
      e.message.endsWith(`gold-odd.jsonl:1: ${what} (a list of reference strings)`),
      e.message,
    );
  }
});

test("a byte-order mark may open any line of a gold or predictions file (files joined with cat)", () => {
  const gold = jsonl("gold-bom.jsonl", [
    { id: "a", article: "نص", summaries: ["ن"] },
    `\uFEFF${JSON.stringify({ id: "b", article: "نص آخر", summaries: ["م"] })}`,
  ]);
  assert.deepEqual(
    loadGold(gold).map((item) => item.id),
    ["a", "b"],
  );
  const pred = jsonl("pred-bom.jsonl", [
    { id: "a", highlights: ["ن"] },
    `\uFEFF${JSON.stringify({ id: "b", highlights: ["م"] })}`,
  ]);
  assert.deepEqual([...loadPredictions(pred).predictions.keys()], ["a", "b"]);
});

test("an empty file: the hint says what a line of that file holds", () => {
  const empty = join(dir, "empty.jsonl");
  writeFileSync(empty, "\n\n");
  const pred = thrown(() => loadPredictions(empty));
  assert.equal(pred.code, "EMPTY_FILE");
  assert.equal(pred.message, `${empty}: no records`);
  assert.match(pred.hint, /`highlights`/);
  assert.doesNotMatch(pred.hint, /article/);
  const gold = thrown(() => loadGold(empty));
  assert.equal(gold.code, "EMPTY_FILE");
  assert.match(gold.hint, /`summaries`/);
});

test("a JSON syntax error is named as one, without quoting the line; valid JSON that is not an object is named so", () => {
  const good = { id: "a", highlights: ["ن"] };
  // JSON.parse's message for this line quotes it whole.
  const line = '{"id": "b", "highlights": نص المقال الذي لا يعاد}';
  const syntax = thrown(() => loadPredictions(jsonl("syntax.jsonl", [good, line])));
  assert.equal(syntax.code, "BAD_JSON");
  assert.match(syntax.message, /syntax\.jsonl:2: not valid JSON$/);
  assert.doesNotMatch(syntax.message, /المقال/, "the line's text is not quoted back");
  const array = thrown(() => loadPredictions(jsonl("array.jsonl", [good, "[1, 2]"])));
  assert.equal(array.code, "BAD_JSON");
  assert.match(array.message, /array\.jsonl:2: not a JSON object \(an array\)$/);
  const gold = thrown(() => loadGold(jsonl("gold-syntax.jsonl", ['{"id": "a",'])));
  assert.match(gold.message, /gold-syntax\.jsonl:1: not valid JSON \(at character 12\)$/);
});

test("gold items carry file:line for messages", () => {
  const path = jsonl("gold.jsonl", [
    { id: "a", article: "نص", summaries: ["ن"] },
    "",
    { id: "b", article: "", summaries: ["ن"] },
  ]);
  assert.deepEqual(
    loadGold(path).map((item) => [item.id, item.where]),
    [
      ["a", `${path}:1`],
      ["b", `${path}:3`],
    ],
  );
});
