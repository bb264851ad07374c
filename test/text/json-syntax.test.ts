import assert from "node:assert/strict";
import { test } from "node:test";
import { firstBareWord, syntaxErrorAt } from "../../src/text/json-syntax.js";

/** What syntaxErrorAt says of `line`, which must not parse. */
function said(line: string): string {
  try {
    JSON.parse(line);
  } catch (error) {
    return syntaxErrorAt(error, line);
  }
  throw new Error(`parsed: ${line}`);
}

test("a foreign writer's literal is found and named, with what JSON writes instead", () => {
  // Python's json.dumps writes NaN for a missing float (pandas reads a missing title so); V8's
  // message for an unexpected letter gives no position, so the line said only "not valid JSON".
  assert.equal(said('{"id": 1, "title": NaN}'), " (at character 20: NaN is not JSON, write null)");
  assert.equal(said('{"id": Infinity}'), " (at character 8: Infinity is not JSON, write null)");
  assert.equal(said('{"id": -Infinity}'), " (at character 9: Infinity is not JSON, write null)");
  assert.equal(said('{"a": undefined}'), " (at character 7: undefined is not JSON, write null)");
  assert.match(
    said('{"id": 1, "title": None}'),
    /^ \(at character 20: None is Python, not JSON: write null/,
  );
  assert.match(said('{"ok": True}'), /^ \(at character 8: True is Python, not JSON: write true/);
  assert.match(
    said("{'id': 1}"),
    /^ \(at character 2: a single quote: JSON strings and keys take double quotes\)$/,
  );
  assert.match(said("{id: 1}"), /^ \(at character 2: a word outside quotes/);
});

test("words inside strings are skipped, and a slip inside a string gets its position only", () => {
  assert.equal(
    said('{"article": "NaN \\" None وكلمة", "title": NaN}'),
    " (at character 43: NaN is not JSON, write null)",
  );
  assert.equal(firstBareWord('{"a": 1e5, "b": true, "c": null, "d": nope}'), 38);
  assert.equal(firstBareWord('{"a": "x"}'), null);
  assert.equal(said('{"a": "\\q"}'), " (at character 9)");
  assert.equal(said('{"a": 1'), " (at character 8)");
});

test("a line of Arabic text is no slip of a JSON writer: no position, nothing quoted", () => {
  assert.equal(said("هذا نص وليس JSON"), "");
  assert.equal(syntaxErrorAt(new SyntaxError("Unexpected token 'N'")), "");
});
