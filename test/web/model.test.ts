import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import {
  anySignal,
  articleParagraphs,
  bulletsMarkdown,
  errorDetail,
  isSummary,
  sourceMarks,
  timeoutSignal,
} from "../../src/web/assets/model.js";
import { markupLine, readMarkdown } from "../helpers/markdown.js";

const TEXT = "جملة أولى. جملة ثانية\nملفوفة.\n\n  فقرة ثانية فيها خبر.\n\n\nفقرة ثالثة.";

test("paragraphs split at blank lines; runs keep offsets and mark the sources", () => {
  const first = TEXT.indexOf("جملة ثانية");
  const third = TEXT.indexOf("فقرة ثالثة");
  const paragraphs = articleParagraphs(TEXT, [
    { sources: [{ start: first, end: TEXT.indexOf("ملفوفة.") + 7 }] },
    { sources: [{ start: third, end: TEXT.length }] },
  ]);
  assert.deepEqual(
    paragraphs.map((p) => TEXT.slice(p.start, p.end)),
    ["جملة أولى. جملة ثانية\nملفوفة.", "فقرة ثانية فيها خبر.", "فقرة ثالثة."],
  );
  assert.deepEqual(paragraphs[0]?.breaks, [], "a line broken inside a sentence is a wrap");
  assert.deepEqual(
    paragraphs[0]?.runs.map((r) => [r.text, r.bullet]),
    [
      ["جملة أولى. ", null],
      ["جملة ثانية\nملفوفة.", 0],
    ],
  );
  assert.deepEqual(paragraphs[2]?.runs, [{ start: third, text: "فقرة ثالثة.", bullet: 1 }]);
  const lines = articleParagraphs("سطر أول.\nسطر ثان.", []);
  assert.deepEqual(lines[0]?.breaks, [8], "one sentence a line keeps its line breaks");
});

test("line breaks are shown line by line: after a sentence's end or a short line, not a wrap", () => {
  // A headline with no full stop above one sentence a line: its break is shown too (it had made
  // the whole paragraph read as hard-wrapped, the headline run into the dateline).
  const text =
    "الحكومة تخفض أسعار الوقود\n" +
    "عمّان (خاص) - أعلنت الحكومة اليوم خطة لخفض أسعار الوقود ابتداء من الشهر المقبل.\n" +
    "وتشمل الخطة دعما مباشرا للأسر محدودة الدخل لمدة عام كامل كما قال الوزير\n" +
    "في مؤتمر صحفي عقده في العاصمة بعد ظهر اليوم.";
  const [p] = articleParagraphs(text, []);
  const breaks = [...text.matchAll(/\n/g)].map((m) => m.index);
  // The third line breaks inside its sentence, at the width of the others: a wrap.
  assert.deepEqual(p?.breaks, [breaks[0], breaks[1]]);
  for (const at of p?.breaks ?? []) assert.equal(text[at], "\n");
  // Hard-wrapped text (lines of one width, broken inside sentences) shows no break.
  const wrapped =
    "أعلنت الحكومة اليوم خطة جديدة لخفض أسعار الوقود في جميع\n" +
    "المحافظات ابتداء من الشهر المقبل وفق ما قال المتحدث باسمها\n" +
    "في مؤتمر صحفي عقده بعد ظهر اليوم في مقر الحكومة.";
  assert.deepEqual(articleParagraphs(wrapped, [])[0]?.breaks, []);
  // A paragraph of 200,000 lines (a pasted list, a log) is cut like any other.
  const many = "سطر.\n".repeat(200_000).trim();
  assert.equal(articleParagraphs(many, [])[0]?.breaks.length, 199_999);
});

test("property: runs cover each paragraph exactly, marks stay inside the text", () => {
  const text = fc.string({ unit: fc.constantFrom("ا", "ب", " ", "\n", ".", "ج"), maxLength: 80 });
  const span = fc.tuple(fc.integer({ min: -5, max: 90 }), fc.integer({ min: -5, max: 90 }));
  fc.assert(
    fc.property(text, fc.array(fc.array(span, { maxLength: 3 }), { maxLength: 4 }), (t, hs) => {
      const highlights = hs.map((spans) => ({
        sources: spans.map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) })),
      }));
      const marks = sourceMarks(t.length, highlights);
      for (let i = 0; i < marks.length; i++) {
        const m = marks[i] as { start: number; end: number };
        assert.ok(0 <= m.start && m.start < m.end && m.end <= t.length);
        if (i > 0) assert.ok((marks[i - 1] as { end: number }).end <= m.start, "no overlaps");
      }
      let previousEnd = 0;
      for (const p of articleParagraphs(t, highlights)) {
        assert.ok(p.start >= previousEnd && p.start < p.end);
        previousEnd = p.end;
        assert.equal(p.runs.map((r) => r.text).join(""), t.slice(p.start, p.end));
        for (const r of p.runs) assert.equal(t.slice(r.start, r.start + r.text.length), r.text);
      }
      const shown = articleParagraphs(t, highlights)
        .map((p) => t.slice(p.start, p.end))
        .join(" ");
      assert.equal(shown.replace(/\s+/g, ""), t.replace(/\s+/g, ""), "no text is lost");
    }),
  );
});

test("bullets as Markdown", () => {
  assert.equal(
    bulletsMarkdown([{ text: "أولى  \n نقطة." }, { text: "ثانية." }]),
    "- أولى نقطة.\n- ثانية.\n",
  );
});

test("bullets as Markdown: the text's own markup characters render as the characters", () => {
  const texts = [
    "أطلق القائمون على التحرك *رياضة بلا سياسة* شعارا.",
    "قال إن النتائج <b>جيدة</b> & &amp; جدا.",
    "2018. كان عاما صعبا.",
    "> ليس اقتباسا.",
    "- ليس بندا داخل بند.",
    "# ليس عنوانا.",
    "سعر `الكود` ~~خط~~ \\ و[بيروت](http://x.y) و![صورة](a.png) _تحته_ |أ|ب|.",
    "العنوان www.*الموقع* و www.[رابط] و WWW./ar وأخيرا www.",
  ];
  const markdown = bulletsMarkdown(texts.map((text) => ({ text })));
  assert.equal(markdown.split("\n").length, texts.length + 1);
  assert.deepEqual(
    readMarkdown(markdown).bullets.map((b) => b.text),
    texts,
  );
  // Nothing to escape: the text as it is.
  assert.equal(
    bulletsMarkdown([{ text: "خبر عادي، بلا رموز (تقريبا) 5%." }]),
    "- خبر عادي، بلا رموز (تقريبا) 5%.\n",
  );
});

test("bullets as Markdown: any bullet text reads back exactly as given", () => {
  fc.assert(
    fc.property(fc.array(markupLine, { minLength: 1, maxLength: 4 }), (texts) => {
      const read = readMarkdown(bulletsMarkdown(texts.map((text) => ({ text }))));
      assert.equal(read.blocks, 1);
      assert.deepEqual(
        read.bullets.map((b) => b.text),
        texts,
      );
    }),
    { numRuns: 400, seed: 20261130 },
  );
});

test("a refusal's detail is the server's message and hint, or nothing", () => {
  const body = {
    error: { code: "TOO_LARGE", message: "over the limit of 5 bytes", hint: "Split it." },
  };
  assert.equal(errorDetail(body), "TOO_LARGE: over the limit of 5 bytes. Split it.");
  assert.equal(errorDetail({ error: { code: "BUSY", message: "busy!" } }), "BUSY: busy!");
  assert.equal(errorDetail({ error: { code: "X", message: " ", hint: 3 } }), "X");
  assert.equal(errorDetail({ error: { message: "no code" } }), "no code.");
  assert.equal(errorDetail({ error: { code: 5, message: " " } }), "");
  for (const other of [null, undefined, "<h1>Bad gateway</h1>", { nope: 1 }, { error: "x" }])
    assert.equal(errorDetail(other), "", JSON.stringify(other));
});

test("a summary the page can show has highlights with text and sources", () => {
  assert.equal(
    isSummary({ highlights: [{ text: "نقطة.", sources: [{ start: 0, end: 5 }] }] }),
    true,
  );
  // None at all is no summary: the page says BAD_ANSWER, not «٠ نقطة».
  assert.equal(isSummary({ highlights: [] }), false);
  for (const other of [null, "x", { foo: 1 }, { highlights: "x" }, { highlights: [{ text: 1 }] }])
    assert.equal(isSummary(other), false, JSON.stringify(other));
});

test("the abort signals work where the browser lacks AbortSignal.any and .timeout", async () => {
  const { any, timeout } = AbortSignal as unknown as Record<string, unknown>;
  const signal = AbortSignal as unknown as Record<string, unknown>;
  try {
    for (const missing of [false, true]) {
      if (missing) {
        delete signal.any;
        delete signal.timeout;
      }
      const a = new AbortController();
      const b = new AbortController();
      const either = anySignal([a.signal, b.signal]);
      assert.equal(either.aborted, false);
      b.abort("why");
      assert.equal(either.aborted, true, `any (${missing ? "by hand" : "built in"})`);
      assert.equal(either.reason, "why");
      const done = new AbortController();
      done.abort();
      assert.equal(anySignal([new AbortController().signal, done.signal]).aborted, true);
      const late = timeoutSignal(5);
      assert.equal(late.aborted, false);
      await new Promise((resolve) => late.addEventListener("abort", resolve, { once: true }));
      assert.equal(late.aborted, true);
    }
  } finally {
    signal.any = any;
    signal.timeout = timeout;
  }
});
