import assert from "node:assert/strict";
import { test } from "node:test";
import { quoteOpenAt } from "../../src/text/quotes.js";

test("quoteOpenAt: open guillemets, curly and straight quotes, counted up to `at`", () => {
  const text = 'قال «نعم» ثم قال «لا وقال “ربما” و"كفى" و"بعد';
  const at = (s: string) => text.indexOf(s);
  assert.equal(quoteOpenAt(text, 0, at("ثم")), false);
  assert.equal(quoteOpenAt(text, 0, at("لا")), true);
  assert.equal(quoteOpenAt(text, at("وقال"), at("ربما")), true);
  assert.equal(quoteOpenAt(text, at("وقال"), at("” و") + 1), false);
  assert.equal(quoteOpenAt(text, at('و"كفى'), at("بعد")), true);
  assert.equal(quoteOpenAt(text, at('و"كفى'), at("بعد"), true), false);
});
