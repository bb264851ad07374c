import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { ArabicStemmer, stemArabic } from "../../src/eval/rouge/index.js";
import { sharedPath, sharedSkip } from "../helpers/shared.js";

const FIXTURE = sharedPath("eval/stem-parity.tsv");

test("every stem-parity.tsv token stems as NLTK's stemmer did", sharedSkip(FIXTURE), () => {
  const lines = readFileSync(FIXTURE, "utf8").split("\n").slice(1);
  const rows = lines.filter((l) => l !== "").map((l) => l.split("\t"));
  assert.ok(rows.length > 0, "fixture has rows");
  const failures: string[] = [];
  let equal = 0;
  for (const [token, stem] of rows) {
    const got = stemArabic(token as string);
    if (got === stem) equal++;
    else failures.push(`${token}: ${got} != ${stem}`);
  }
  console.log(`stem parity: ${equal}/${rows.length} tokens equal`);
  assert.deepEqual(failures.slice(0, 10), []);
  assert.equal(equal, rows.length);
});

test(
  "a stemmer carries NLTK's never-reset verb flag through the file too",
  sharedSkip(FIXTURE),
  () => {
    // One fresh instance over the file in order (as NLTK would run): it latches early, so every
    // row still matches.
    const rows = readFileSync(FIXTURE, "utf8")
      .split("\n")
      .slice(1)
      .filter((l) => l !== "")
      .map((l) => l.split("\t"));
    const stemmer = new ArabicStemmer();
    let equal = 0;
    for (const [token, stem] of rows) if (stemmer.stem(token as string) === stem) equal++;
    assert.equal(stemmer.latched, true);
    assert.equal(equal, rows.length);
  },
);
