import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import {
  articleParagraphs,
  bulletsMarkdown,
  errorDetail,
  sourceMarks,
} from "../../src/web/assets/model.js";

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
  assert.equal(paragraphs[0]?.keepLines, false, "a line broken inside a sentence is a wrap");
  assert.deepEqual(
    paragraphs[0]?.runs.map((r) => [r.text, r.bullet]),
    [
      ["جملة أولى. ", null],
      ["جملة ثانية\nملفوفة.", 0],
    ],
  );
  assert.deepEqual(paragraphs[2]?.runs, [{ start: third, text: "فقرة ثالثة.", bullet: 1 }]);
  const lines = articleParagraphs("سطر أول.\nسطر ثان.", []);
  assert.equal(lines[0]?.keepLines, true, "one sentence a line keeps its line breaks");
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

test("a refusal's detail is the server's message and hint, or nothing", () => {
  const body = {
    error: { code: "TOO_LARGE", message: "over the limit of 5 bytes", hint: "Split it." },
  };
  assert.equal(errorDetail(body), "over the limit of 5 bytes. Split it.");
  assert.equal(errorDetail({ error: { code: "BUSY", message: "busy!" } }), "busy!");
  assert.equal(errorDetail({ error: { code: "X", message: " ", hint: 3 } }), "");
  for (const other of [null, undefined, "<h1>Bad gateway</h1>", { nope: 1 }, { error: "x" }])
    assert.equal(errorDetail(other), "", JSON.stringify(other));
});
