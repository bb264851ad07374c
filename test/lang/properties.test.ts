import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { analyze } from "../../src/analysis/analyze.js";
import { normalize } from "../../src/lang/ar/normalize.js";
import { segmentDocument } from "../../src/lang/ar/segment.js";
import { tokenize } from "../../src/lang/ar/tokenize.js";
import type { Span } from "../../src/text/types.js";

/** Pieces of news-like text, with the characters that make segmentation hard. */
const PIECES = [
  "قال",
  "الوزير",
  "د.",
  "أ.د.",
  "ص.ب.",
  "3.5",
  "٣٫٥",
  "2024",
  "www.example.com/a?b=1",
  "info@example.com",
  "U.S.",
  "Dr.",
  "«",
  "»",
  '"',
  "“",
  "”",
  "(",
  ")",
  "[",
  "]",
  ".",
  "..",
  "...",
  "…",
  "؟",
  "?!",
  "؟!",
  "!",
  "،",
  "؛",
  ":",
  "-",
  "- ",
  "1. ",
  "ـ",
  " ",
  " ",
  " ",
  "\n",
  "\n\n",
  "\r\n",
  "\u2029",
  "\t",
  "\u200f",
  "\u200e",
  "\u200d",
  "\ufeff",
  "\ufefb",
  "\ufe8e",
  "\ufdf2",
  "َ",
  "ّ",
  "ٰ",
  "\ud800",
  "\udc00",
  "😀",
  "رويترز",
  "(رويترز) - ",
  "الْمَدْرَسَةُ",
  "BBC",
  "iPhone",
  "١٢٣",
  "۴۵",
];

const newsText = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: "binary", maxLength: 4 })), {
    maxLength: 80,
  })
  .map((parts) => parts.join(""));

/** Any text: news-like pieces, arbitrary code points, or raw UTF-16 units (lone surrogates). */
const anyText = fc.oneof(
  newsText,
  fc.string({ unit: "binary" }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((u) => String.fromCharCode(u)) }),
);

function assertOrderedDisjoint(spans: readonly Span[], input: string, what: string): void {
  let previous = 0;
  for (const span of spans) {
    assert.ok(span.start >= previous, `${what} ordered and disjoint`);
    assert.ok(span.end > span.start, `${what} non-empty`);
    assert.ok(span.end <= input.length, `${what} inside the input`);
    previous = span.end;
  }
}

test("property: sentence and paragraph spans are ordered, disjoint, trimmed, non-empty", () => {
  fc.assert(
    fc.property(anyText, (input) => {
      const doc = segmentDocument(input);
      assertOrderedDisjoint(
        doc.sentences.map((s) => s.span),
        input,
        "sentences",
      );
      assertOrderedDisjoint(doc.paragraphs, input, "paragraphs");
      for (const s of doc.sentences) {
        const text = input.slice(s.span.start, s.span.end);
        assert.equal(text, text.trim(), "sentence trimmed");
        assert.ok(!/^[\p{Cf}]|[\p{Cf}]$/u.test(text), "no format character at either end");
        assert.ok(!/^\p{M}/u.test(text), "no combining mark (it has no letter) at the start");
        const p = doc.paragraphs[s.paragraph];
        assert.ok(p, "paragraph index valid");
        assert.ok(p.start <= s.span.start && s.span.end <= p.end, "sentence inside its paragraph");
      }
      const indexes = doc.sentences.map((s) => s.paragraph);
      assert.deepEqual(
        indexes,
        [...indexes].sort((a, b) => a - b),
        "paragraph indexes ascending",
      );
    }),
    { numRuns: 1500 },
  );
});

test("property: token spans lie inside their sentence, in order, and normalize to `norm`", () => {
  fc.assert(
    fc.property(anyText, (input) => {
      const doc = analyze(input);
      for (const s of doc.sentences) {
        assertOrderedDisjoint(
          s.tokens.map((t) => t.span),
          input,
          "tokens",
        );
        for (const t of s.tokens) {
          assert.ok(s.span.start <= t.span.start && t.span.end <= s.span.end, "token in sentence");
          assert.equal(normalize(input.slice(t.span.start, t.span.end)), t.norm);
          assert.ok(t.norm.length > 0 && t.stem.length > 0);
        }
      }
    }),
    { numRuns: 1000 },
  );
});

test("property: tokenize over a span never leaves it", () => {
  fc.assert(
    fc.property(anyText, fc.nat(), fc.nat(), (input, a, b) => {
      const start = Math.min(a, b) % (input.length + 1);
      const end = Math.max(start, Math.max(a, b) % (input.length + 1));
      for (const t of tokenize(input, { start, end })) {
        assert.ok(start <= t.span.start && t.span.end <= end);
      }
    }),
    { numRuns: 500 },
  );
});

test("property: normalize is idempotent and never throws", () => {
  fc.assert(
    fc.property(anyText, (text) => {
      const once = normalize(text);
      assert.equal(normalize(once), once);
    }),
    { numRuns: 3000 },
  );
});

test("property: normalized text has no marks, tatweel, format characters or non-ASCII digits", () => {
  fc.assert(
    fc.property(newsText, (text) => {
      const n = normalize(text);
      assert.ok(!/[\p{M}\p{Cf}\u0640]/u.test(n), JSON.stringify(n));
      assert.ok(!/[^\P{Nd}0-9]/u.test(n), JSON.stringify(n));
      assert.ok(!/[أإآٱىة]/u.test(n), JSON.stringify(n));
    }),
    { numRuns: 1000 },
  );
});

/** A news-like article of about `size` UTF-16 units, built from a fixed seed. */
function bigText(size: number): string {
  const [sample] = fc.sample(fc.array(newsText, { minLength: 200, maxLength: 200 }), {
    seed: 42,
    numRuns: 1,
  });
  const block = (sample ?? []).join(" ");
  return block.repeat(Math.ceil(size / block.length)).slice(0, size);
}

test("property: a 1 MB input is analysed without error, its sentences ten times a 100 KB one's", () => {
  // Speed is measured by `npm run bench`; this checks that size changes nothing else.
  const small = analyze(bigText(100_000));
  const large = analyze(bigText(1_000_000));
  assert.ok(small.sentences.length > 0);
  const ratio = large.sentences.length / small.sentences.length;
  assert.ok(ratio > 9 && ratio < 11, `${small.sentences.length} and ${large.sentences.length}`);
});

// The same inputs run through the whole engine, in a child process stopped at a deadline, in
// test/engine/pathological.test.ts: node:test cannot stop a synchronous test at a timeout.
test("property: pathological 1 MB inputs are analysed without error, spans in bounds", () => {
  const inputs = [
    "ا".repeat(1_000_000), // one endless word
    ".".repeat(1_000_000), // only terminators
    "د. ".repeat(330_000), // endless abbreviations
    '"'.repeat(1_000_000), // endless quotes
    "«".repeat(500_000) + "نص.".repeat(100_000), // brackets never closed
    "\n".repeat(1_000_000), // only line breaks
    "كلمة\n".repeat(200_000), // many short lines
    "\ud800".repeat(1_000_000), // lone surrogates
    "في\n".repeat(330_000), // every line goes on in the next
  ];
  for (const input of inputs) {
    const doc = analyze(input);
    for (const { span } of doc.sentences) {
      assert.ok(span.start >= 0 && span.start < span.end && span.end <= input.length);
    }
  }
});
