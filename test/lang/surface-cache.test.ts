import assert from "node:assert/strict";
import { test } from "node:test";
import { detached, hashUnits, SurfaceCache } from "../../src/lang/ar/surface-cache.js";
import { tokenize, wordForms } from "../../src/lang/ar/tokenize.js";

const forms = (norm: string) => ({ norm, stem: norm, stop: false });

test("a word is found by its span in any input, and only with the same units", () => {
  const cache = new SurfaceCache(100);
  const word = "والمدارس";
  cache.set(word, hashUnits(word, 0, word.length), forms("المدارس"));
  const input = `زار الوزير والمدارس اليوم`;
  const start = input.indexOf(word);
  const end = start + word.length;
  assert.equal(cache.get(input, start, end, hashUnits(input, start, end))?.norm, "المدارس");
  assert.equal(cache.get(input, start, end - 1, hashUnits(input, start, end - 1)), undefined);
  assert.equal(cache.get(input, 0, 3, hashUnits(input, 0, 3)), undefined);
});

test("the table grows past its first size; old words that come back survive a generation change", () => {
  const cache = new SurfaceCache(5_000);
  const words = Array.from({ length: 9_000 }, (_, i) => `كلمة${i}`);
  const hash = (w: string) => hashUnits(w, 0, w.length);
  for (const w of words.slice(0, 5_000)) cache.set(w, hash(w), forms(w));
  assert.equal(cache.size, 5_000);
  for (const w of words.slice(0, 5_000)) assert.equal(cache.get(w, 0, w.length, hash(w))?.norm, w);
  // The next word starts a new generation; a word looked up again moves into it.
  const frequent = words[7] as string;
  for (const w of words.slice(5_000)) {
    cache.set(w, hash(w), forms(w));
    assert.equal(cache.get(frequent, 0, frequent.length, hash(frequent))?.norm, frequent);
  }
  // Two generation changes later, a word never seen again is gone; the frequent one stays.
  for (let i = 0; i < 11_000; i++) {
    cache.set(`أخرى${i}`, hash(`أخرى${i}`), forms("x"));
    cache.get(frequent, 0, frequent.length, hash(frequent));
  }
  const rare = words[3] as string;
  assert.equal(cache.get(rare, 0, rare.length, hash(rare)), undefined);
  assert.equal(cache.get(frequent, 0, frequent.length, hash(frequent))?.norm, frequent);
  assert.ok(cache.size <= 10_000 + 1);
});

test("detached copies are equal strings; the tokenizer's forms do not depend on the cache", () => {
  const long = "الاستراتيجيات الاقتصادية الجديدة".slice(0, 20);
  assert.equal(detached(long), long);
  const text = "وقالت الحكومةُ إن الاستثماراتِ الأجنبية ارتفعت بنسبة ٣٫٥٪";
  const first = tokenize(text);
  const again = tokenize(text);
  assert.deepEqual(again, first);
  for (const t of first) {
    assert.deepEqual(wordForms(text.slice(t.span.start, t.span.end)), {
      norm: t.norm,
      stem: t.stem,
      stop: t.stop,
    });
  }
});
