import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { DOCUMENT_FREQUENCIES } from "../../src/lang/ar/data/df.js";
import { DfLookup } from "../../src/scoring/df-lookup.js";

/** The table as a map, built the plain way: what every lookup must agree with. */
function asMap(stems: readonly string[], df: readonly number[]): Map<string, number> {
  return new Map(stems.map((stem, k) => [stem, df[k] as number]));
}

test("the shipped table: every stem gives its frequency, words it lacks give undefined", () => {
  const stems = DOCUMENT_FREQUENCIES.stems.split(" ");
  const lookup = new DfLookup(DOCUMENT_FREQUENCIES);
  assert.equal(lookup.size, stems.length);
  stems.forEach((stem, k) => {
    assert.equal(lookup.get(stem), DOCUMENT_FREQUENCIES.df[k], stem);
  });
  // Before the first, after the last, and between neighbours (a stem cut short or run on).
  for (const absent of ["", " ", "\u0000", "\uffff", "0", "كتابكتاب"]) {
    assert.equal(lookup.get(absent), undefined, JSON.stringify(absent));
  }
  const held = new Set(stems);
  for (const stem of stems) {
    for (const near of [stem.slice(0, -1), `${stem}\u0000`, `${stem}ا`]) {
      if (!held.has(near)) assert.equal(lookup.get(near), undefined, near);
    }
  }
});

test("any sorted table: the lookup agrees with a map of its stems", () => {
  const stem = fc.string({
    unit: fc.constantFrom("ا", "ب", "ت", "0", "a", "\u064b"),
    maxLength: 5,
  });
  fc.assert(
    fc.property(fc.uniqueArray(stem, { maxLength: 40 }), fc.array(stem), (words, probes) => {
      const stems = [...words].sort((a, b) => (a < b ? -1 : 1));
      const df = stems.map((_, k) => k + 3);
      const table = { docs: 100, stems: stems.join(" "), df };
      if (stems.length === 1 && stems[0] === "") return; // "" is a table of no stems
      const lookup = new DfLookup(table);
      const map = asMap(stems, df);
      for (const word of [...stems, ...probes]) assert.equal(lookup.get(word), map.get(word));
    }),
  );
});

test("the shipped table's stems are unique and in the order `<` gives (binary search needs it)", () => {
  const stems = DOCUMENT_FREQUENCIES.stems.split(" ");
  for (let k = 1; k < stems.length; k++) {
    assert.ok(
      (stems[k - 1] as string) < (stems[k] as string),
      `${stems[k - 1]} before ${stems[k]}`,
    );
  }
});

test("a table with more or fewer stems than frequencies is refused", () => {
  for (const [stems, df] of [
    ["ا ب", [1]],
    ["ا", [1, 2]],
    ["", [1]],
    ["ا ب ت", [1, 2]],
  ] as const) {
    assert.throws(() => new DfLookup({ docs: 9, stems, df: [...df] }), RangeError, stems);
  }
  assert.equal(new DfLookup({ docs: 9, stems: "", df: [] }).size, 0);
  assert.equal(new DfLookup({ docs: 9, stems: "ا", df: [4] }).get("ا"), 4);
});
