import assert from "node:assert/strict";
import { test } from "node:test";
import { analyze } from "../../src/analysis/analyze.js";
import { KhulasaError } from "../../src/errors.js";
import { arabic } from "../../src/lang/ar/index.js";
import type { LanguagePack } from "../../src/lang/types.js";

const ARTICLE = [
  "الرباط (رويترز) - أعلنت وزارة الاقتصاد المغربية يوم الثلاثاء أن معدل النمو بلغ 3.5 في المئة.",
  "وقال الوزير في مؤتمر صحفي: «سنواصل الإصلاحات». وأضاف أن التضخم تراجع.",
  "تفاصيل أخرى",
  "وتوقع خبراء أن يستمر التحسن خلال عام ٢٠٢٥؟",
].join("\n");

const text = (input: string, s: { span: { start: number; end: number } }): string =>
  input.slice(s.span.start, s.span.end);

test("analyze: paragraphs, sentences and their paragraph indexes", () => {
  const doc = analyze(ARTICLE);
  assert.equal(doc.input, ARTICLE);
  assert.equal(doc.language, "ar");
  assert.equal(doc.title, null);
  assert.deepEqual(
    doc.sentences.map((s) => [s.index, s.paragraph, text(ARTICLE, s)]),
    [
      [
        0,
        0,
        "الرباط (رويترز) - أعلنت وزارة الاقتصاد المغربية يوم الثلاثاء أن معدل النمو بلغ 3.5 في المئة.",
      ],
      [1, 1, "وقال الوزير في مؤتمر صحفي: «سنواصل الإصلاحات»."],
      [2, 1, "وأضاف أن التضخم تراجع."],
      [3, 2, "تفاصيل أخرى"],
      [4, 3, "وتوقع خبراء أن يستمر التحسن خلال عام ٢٠٢٥؟"],
    ],
  );
  assert.deepEqual(
    doc.paragraphs.map((p) => ARTICLE.slice(p.start, p.end)),
    ARTICLE.split("\n"),
  );
});

test("analyze: tokens carry spans into the input, normalized forms, stems and stop flags", () => {
  const doc = analyze(ARTICLE);
  const second = doc.sentences[1];
  assert.ok(second);
  const forms = second.tokens.map((t) => [
    ARTICLE.slice(t.span.start, t.span.end),
    t.norm,
    t.stem,
    t.stop,
  ]);
  assert.deepEqual(forms, [
    ["وقال", "وقال", "قال", false],
    ["الوزير", "الوزير", "وزير", false],
    ["في", "في", "في", true],
    ["مؤتمر", "مؤتمر", "مؤتمر", false],
    ["صحفي", "صحفي", "صحف", false],
    ["سنواصل", "سنواصل", "سنواصل", false],
    ["الإصلاحات", "الاصلاحات", "اصلاح", false],
  ]);
  const last = doc.sentences[4];
  assert.ok(last);
  const year = last.tokens.find((t) => t.norm === "2025");
  assert.ok(year, "Arabic-Indic year normalized to ASCII digits");
  const decimal = doc.sentences[0]?.tokens.find((t) => t.norm === "3.5");
  assert.ok(decimal, "a decimal is one token");
});

test("analyze: title tokens, and null without a title", () => {
  const doc = analyze(ARTICLE, { title: "النمو في المغرب" });
  assert.deepEqual(
    doc.title?.map((t) => [t.norm, t.stop]),
    [
      ["النمو", false],
      ["في", true],
      ["المغرب", false],
    ],
  );
  assert.equal(analyze(ARTICLE, { title: null }).title, null);
  assert.deepEqual(analyze(ARTICLE, { title: "" }).title, []);
});

test("analyze: empty and content-free input give no sentences, no error", () => {
  for (const input of ["", "   \n\n ", "***\n---", "\u200f\u200e"]) {
    const doc = analyze(input);
    assert.deepEqual(doc.sentences, [], JSON.stringify(input));
    assert.deepEqual(doc.paragraphs, []);
  }
});

test("analyze: wrongly typed arguments give coded errors", () => {
  assert.throws(
    () => analyze(42 as unknown as string),
    (e) => e instanceof KhulasaError && e.code === "NOT_TEXT",
  );
  assert.throws(
    () => analyze("نص.", { title: 7 as unknown as string }),
    (e) => e instanceof KhulasaError && e.code === "BAD_OPTION",
  );
});

test("analyze: a pack without segmentDocument gets paragraphs from its sentences", () => {
  const { segmentDocument: _unused, ...rest } = arabic;
  const pack: LanguagePack = { ...rest, code: "xx" };
  const doc = analyze(ARTICLE, { pack });
  const reference = analyze(ARTICLE);
  assert.equal(doc.language, "xx");
  assert.deepEqual(doc.paragraphs, reference.paragraphs);
  assert.deepEqual(doc.sentences, reference.sentences);
});
