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

test("records ended by a carriage return alone (old Mac line endings) are named, with the fix", () => {
  const note = (at: number) =>
    new RegExp(
      `^ \\(at character ${at}: a carriage return \\(CR\\) alone ends the record before it: the file's lines end in CR \\(old Mac line endings\\).*tr '\\\\r' '\\\\n'`,
    );
  assert.match(said('{"id": "a"}\r{"id": "b"}'), note(13));
  assert.match(said('{"id": "a"}\r \t{"id": "b"}'), note(15));
  // A CR inside a string is no line ending: its position only.
  assert.equal(said('{"a": "x\ry"}'), " (at character 9)");
});

test("a byte-order mark inside a line is named, wherever it stands outside strings", () => {
  const note =
    "a byte-order mark (U+FEFF) inside the line, left where files were joined; remove it";
  // V8 gives no position for one after white space: it is looked for.
  assert.equal(said('  \ufeff{"id": 1}'), ` (at character 3: ${note})`);
  assert.equal(said('{"id"\ufeff: 1}'), ` (at character 6: ${note})`);
  assert.equal(said('{"id": 1}\ufeff'), ` (at character 10: ${note})`);
  // Before a bare word, the mark is what V8 stopped at; inside a string, it is text.
  assert.equal(said(' \ufeff{"id": None}'), ` (at character 2: ${note})`);
  assert.match(said('{"id": "\ufeff", "t": None}'), /^ \(at character 18: None is Python/);
});
