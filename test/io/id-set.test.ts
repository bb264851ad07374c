import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { IdSet } from "../../src/io/id-set.js";

test('IdSet: add tells a new id from one seen before; an id is its text (1 and "1" are one)', () => {
  const ids = new IdSet();
  assert.equal(ids.add("a1"), true);
  assert.equal(ids.add("a1"), false);
  assert.equal(ids.add(1), true);
  assert.equal(ids.add("1"), false, '1 and "1" are one id, as eval matches them');
  assert.equal(ids.add(1e3), true);
  assert.equal(ids.add("1000"), false);
  assert.equal(ids.has("a1"), true);
  assert.equal(ids.has("a2"), false);
  assert.equal(ids.size, 3);
  // Lone surrogates are kept apart, as eval keeps them (UTF-8 would make each one U+FFFD).
  assert.equal(ids.add("\ud800"), true);
  assert.equal(ids.add("\udbff"), true);
  assert.equal(ids.add("\ufffd"), true);
});

test("IdSet: agrees with a Set of the ids through its growth", () => {
  fc.assert(
    fc.property(
      fc.array(fc.oneof(fc.string(), fc.integer({ min: -50, max: 50 })), { maxLength: 300 }),
      (values) => {
        const ids = new IdSet();
        const model = new Set<string>();
        for (const v of values) {
          const key = String(v);
          assert.equal(ids.add(v), !model.has(key));
          model.add(key);
        }
        assert.equal(ids.size, model.size);
        for (const v of values) assert.equal(ids.has(v), true);
      },
    ),
  );
  // Far past the first table (1,024 slots): every id is found, no new one is taken as seen.
  const ids = new IdSet();
  for (let i = 0; i < 100_000; i++) assert.equal(ids.add(`r${i}`), true);
  for (let i = 0; i < 100_000; i += 997) assert.equal(ids.has(`r${i}`), true);
  for (let i = 100_000; i < 101_000; i++) assert.equal(ids.has(`r${i}`), false);
  assert.equal(ids.size, 100_000);
});

test("IdSet: long ids that differ only at the end are told apart", () => {
  // V8 hashes a string over 16,383 characters by its length alone: a Set of such ids is
  // quadratic (about 40 s for these on 2 cores); their digests are not.
  const ids = new IdSet();
  for (let i = 0; i < 2000; i++) assert.equal(ids.add(String(i).padStart(200_000, "x")), true);
  assert.equal(ids.add(String(7).padStart(200_000, "x")), false);
  assert.equal(ids.has(String(2000).padStart(200_000, "x")), false);
});
