import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { buildCliticTable } from "../../scripts/lib/clitic-table.js";
import { buildDfTable } from "../../scripts/lib/df-table.js";
import { pastShape } from "../../src/lang/ar/past-shape.js";
import { ROOT, sharedPath, sharedSkip } from "../helpers/shared.js";

// The tables derived from the unlabeled corpus are committed; their scripts must still make
// them. A change to the normalizer, tokenizer, segmenter or stemmer that would change a table
// fails here until the script is re-run and the table committed.
const CORPUS = sharedPath("data/ant-news-unlabeled.jsonl");
const committed = (name: string): unknown =>
  JSON.parse(readFileSync(join(ROOT, "src", "lang", "ar", "data", name), "utf8"));

test("derived tables: df.json is what scripts/build-df.ts makes", sharedSkip(CORPUS), async () => {
  const want = committed("df.json") as { minDf: number };
  const { table } = await buildDfTable(CORPUS, want.minDf);
  assert.ok(
    JSON.stringify(table) === JSON.stringify(want),
    "src/lang/ar/data/df.json is stale: run `npx tsx scripts/build-df.ts`",
  );
});

test(
  "derived tables: clitics.json, perfect-verbs.json and particle-verbs.json are what scripts/build-clitics.ts makes",
  sharedSkip(CORPUS),
  async () => {
    // One pass over the corpus builds both, as the script does.
    const { table, perfect, verbs } = await buildCliticTable(CORPUS);
    assert.deepEqual(
      table.words.split(" "),
      (committed("clitics.json") as { words: string }).words.split(" "),
      "src/lang/ar/data/clitics.json is stale: run `npx tsx scripts/build-clitics.ts`",
    );
    assert.deepEqual(table, committed("clitics.json"));
    assert.deepEqual(
      perfect,
      committed("perfect-verbs.json"),
      "src/lang/ar/data/perfect-verbs.json is stale: run `npx tsx scripts/build-clitics.ts`",
    );
    assert.deepEqual(
      verbs,
      committed("particle-verbs.json"),
      "src/lang/ar/data/particle-verbs.json is stale: run `npx tsx scripts/build-clitics.ts`",
    );
  },
);

test("perfect verbs: past shapes only, no present verb, noun or particle", () => {
  for (const word of ["اعلنت", "تم", "تمكنت", "نشروا", "كان", "اظهر"]) {
    assert.equal(pastShape(word), true, word);
  }
  // `يكون`, `تكون`, `نرى` are present ("may be"); `تعرض` may be either; `الكولومبي` is a noun
  // (`فقد الكولومبي …` "the Colombian lost"); `لا` is a particle.
  for (const word of ["يكون", "تكون", "نري", "تعرض", "الكولومبي", "لا"]) {
    assert.equal(pastShape(word), false, word);
  }
  const verbs = new Set((committed("perfect-verbs.json") as { words: string }).words.split(" "));
  for (const word of ["اعلنت", "تم", "كان"]) assert.ok(verbs.has(word), word);
});

test("particle verbs: present prefixes only, no article, particle or short word", () => {
  const verbs = (committed("particle-verbs.json") as { words: string }).words.split(" ");
  // `يكون` after `قد`, `يعد` after `لم`, `تعرض` of either tense.
  for (const word of ["يكون", "يعد", "تعرض"]) assert.ok(verbs.includes(word), word);
  // Past verbs of other shapes are the other table's; `الشمل` (`لم الشمل`), `في`, `لا` are no verbs.
  for (const word of ["تم", "كان", "الشمل", "في", "لا"]) assert.ok(!verbs.includes(word), word);
  assert.deepEqual(
    verbs.filter((w) => !/^[يتنا]/u.test(w) || w.startsWith("ال") || w.length < 3),
    [],
  );
});
