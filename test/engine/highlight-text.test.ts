// highlightText as a library user calls it: the text given to summarize and a highlight's sources
// give the highlight's text; anything else is a KhulasaError, never a TypeError or a cut text.
import assert from "node:assert/strict";
import { test } from "node:test";
import { KhulasaError } from "../../src/errors.js";
import { highlightText, summarize } from "../../src/summarize.js";
import type { Span } from "../../src/text/types.js";

const ARTICLE = [
  "أعلنت الحكومة يوم الأحد خطة جديدة لخفض أسعار الوقود ابتداء من الشهر المقبل.",
  "وتشمل الخطة دعما مباشرا للأسر محدودة الدخل لمدة عام كامل.",
].join("\n");

/** highlightText called as plain JavaScript may call it. */
const untyped = highlightText as (input: unknown, sources: unknown) => string;

test("a highlight's sources give back its text", () => {
  for (const h of summarize(ARTICLE, { count: 2 }).highlights) {
    assert.equal(highlightText(ARTICLE, h.sources), h.text);
  }
  // Empty spans and no spans are spans of the text too.
  assert.equal(highlightText(ARTICLE, []), "");
  assert.equal(highlightText(ARTICLE, [{ start: 3, end: 3 }]), "");
  assert.equal(
    highlightText(ARTICLE, [{ start: 0, end: ARTICLE.length }]),
    ARTICLE.replace("\n", " "),
  );
});

test("text that is not a string is NOT_TEXT, with a hint about highlightText", () => {
  for (const input of [undefined, null, 42, Buffer.from(ARTICLE), [ARTICLE]]) {
    assert.throws(
      () => untyped(input, [{ start: 0, end: 1 }]),
      (e: unknown) =>
        e instanceof KhulasaError && e.code === "NOT_TEXT" && /^highlightText takes/.test(e.hint),
      String(input),
    );
  }
});

test("sources that are not spans of the text are BAD_OPTION, not a TypeError or a cut text", () => {
  const bad: unknown[] = [
    undefined,
    null,
    { start: 0, end: 4 },
    "0-4",
    [undefined],
    [[0, 4]],
    [{ start: "0", end: "4" }],
    [{ start: 0 }],
    [{ start: 0.5, end: 4 }],
    [{ start: Number.NaN, end: 4 }],
    // Outside the text, or reversed: `slice` would cut the text short or read nothing.
    [{ start: -1, end: 4 }],
    [{ start: 0, end: ARTICLE.length + 1 }],
    [{ start: 5, end: 4 }],
    [
      { start: 0, end: 4 },
      { start: 2, end: Number.POSITIVE_INFINITY },
    ],
  ];
  for (const sources of bad) {
    assert.throws(
      () => untyped(ARTICLE, sources),
      (e: unknown) =>
        e instanceof KhulasaError && e.code === "BAD_OPTION" && /^highlightText takes/.test(e.hint),
      JSON.stringify(sources) ?? String(sources),
    );
  }
  const sources: Span[] = [{ start: 5, end: 4 }];
  assert.throws(
    () => highlightText(ARTICLE, sources),
    /source 0 \[5, 4\) is not a span of the text/,
  );
});
