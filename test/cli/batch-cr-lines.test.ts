import assert from "node:assert/strict";
import { test } from "node:test";
import { numberedArticle } from "../helpers/news.js";
import { assertCodedError, runCli } from "../helpers/run-cli.js";

// A JSONL file whose lines end in CR alone (old Mac line endings) is one line to a reader that
// splits at LF: it is refused as a whole, with how to convert it, not as one bad record.

const records = [1, 2, 3].map((i) => JSON.stringify({ id: i, article: numberedArticle(i) }));

test("JSONL whose lines end in CR alone is one BAD_JSON error that says so, with the fix", () => {
  const r = runCli(["batch", "-"], { input: `${records.join("\r")}\r` });
  assertCodedError(r, "BAD_JSON");
  assert.match(r.stderr, /ends its lines in a carriage return alone \(old Mac line endings\)/);
  assert.match(r.stderr, /Convert them to LF \(e\.g\. `tr '\\r' '\\n' < FILE > FIXED\.jsonl`\)/);
});

test("CRLF lines, and one record ended by a CR alone, are read", () => {
  const crlf = runCli(["batch", "-"], { input: `${records.join("\r\n")}\r\n` });
  assert.equal(crlf.code, 0, crlf.stderr);
  assert.equal(crlf.stdout.trim().split("\n").length, 3);
  const one = runCli(["batch", "-"], { input: `${records[0]}\r` });
  assert.equal(one.code, 0, one.stderr);
  assert.match(one.stdout, /^\{"id":1,"highlights":\["/);
});
