// The invariant checker itself: it must accept an honest summary and catch each kind of violation,
// or the dev-file and property tests would pass vacuously.
import assert from "node:assert/strict";
import { test } from "node:test";
import { summarize } from "../../src/summarize.js";
import type { Highlight, Summary } from "../../src/text/types.js";
import { articleForms, firstUnmatched, runs, violations, withoutClitic, words } from "./check.js";

const ARTICLE = [
  "أعلنت الحكومة يوم الأحد خطة جديدة لخفض أسعار الوقود ابتداء من الشهر المقبل.",
  "وقال الوزير إن الخطة تشمل دعما مباشرا للأسر محدودة الدخل لمدة عام كامل.",
  "وانتقدت المعارضة الخطة وقالت إنها لا تعالج أسباب التضخم في البلاد.",
  "ويتوقع خبراء أن تنخفض الأسعار بنسبة 3.5 في المئة خلال العام المقبل.",
].join("\n");

function honest(): Summary {
  return summarize(ARTICLE, { count: 2, compress: false });
}

function withHighlight(summary: Summary, k: number, change: Partial<Highlight>): Summary {
  const highlights = summary.highlights.map((h, i) => (i === k ? { ...h, ...change } : h));
  return { ...summary, highlights };
}

test("an honest summary has no violation", () => {
  assert.deepEqual(violations(ARTICLE, honest(), { count: 2, compress: false }), []);
  assert.deepEqual(violations(ARTICLE, summarize(ARTICLE), {}), []);
});

test("words: edge punctuation stripped, pure punctuation dropped; runs split at punctuation", () => {
  assert.deepEqual(words(" «أعلنت» الحكومة، - 3.5 ."), ["أعلنت", "الحكومة", "3.5"]);
  assert.deepEqual(runs("نوح.وتعني (أ-ب)"), ["نوح", "وتعني", "أ", "ب"]);
  assert.equal(withoutClitic("وَقالَ"), "قالَ");
  assert.equal(withoutClitic("ففي"), "في");
  assert.equal(withoutClitic("قال"), "");
});

test("article forms: pieces cut at punctuation and clitic-less forms, never joined words", () => {
  const forms = articleForms("الأسعار(بحسب مصادر)ابتداء نوح.وتعني وقال");
  for (const f of ["الأسعار", "بحسب", "ابتداء", "نوح", "وتعني", "تعني", "قال", "نوح.وتعني"]) {
    assert.ok(forms.has(f), f);
  }
  for (const f of ["الأسعارابتداء", "مصادرابتداء", "نوحوتعني", "ال"]) assert.ok(!forms.has(f), f);
});

test("subsequence: dropped words pass, added or reordered words fail", () => {
  const article = runs("أ ب وقال د ه");
  assert.equal(firstUnmatched(runs("أ قال ه"), article), -1);
  assert.equal(firstUnmatched(runs("ب أ"), article), 1);
  assert.equal(firstUnmatched(runs("أ ز"), article), 1);
  assert.equal(firstUnmatched(runs("ه ه"), article), 1);
  // A compressed bullet against its sentence: a clitic and an aside dropped pass; a repeated, a
  // moved or a joined word fails.
  const sentence = runs("وقال الوزير إن الحكومة (الجديدة) ستدعم المزارعين.");
  assert.equal(firstUnmatched(runs("قال الوزير إن الحكومة ستدعم المزارعين."), sentence), -1);
  assert.equal(firstUnmatched(runs("قال الوزير الوزير إن الحكومة."), sentence), 2);
  assert.equal(firstUnmatched(runs("الوزير قال إن الحكومة."), sentence), 1);
  assert.equal(firstUnmatched(runs("قال الوزيرإن الحكومة."), sentence), 1);
});

test("each kind of violation is caught", () => {
  const opts = { count: 2, compress: false };
  const base = honest();
  const [first, second] = base.highlights as [Highlight, Highlight];
  const cases: [string, Summary, RegExp][] = [
    ["too few", { ...base, highlights: [first] }, /count 2 gave 1/],
    ["none", { ...base, highlights: [] }, /no highlight/],
    ["order", { ...base, highlights: [second, first] }, /not after/],
    ["text", withHighlight(base, 0, { text: `${first.text} زيادة` }), /collapsed sources/],
    ["added word", withHighlight(base, 0, { text: "كلمة" }), /not an article word/],
    [
      "glued words",
      withHighlight(base, 0, {
        sources: [
          { start: 0, end: 5 },
          { start: 6, end: 13 },
        ],
        text: ARTICLE.slice(0, 5) + ARTICLE.slice(6, 13),
      }),
      /"أعلنتالحكومة" is not an article word/,
    ],
    ["overlap", withHighlight(base, 1, { sources: first.sources }), /overlaps/],
    ["outside", withHighlight(base, 0, { sources: [{ start: -1, end: 3 }] }), /outside the input/],
    [
      "empty span",
      withHighlight(base, 0, { sources: [{ start: 4, end: 4 }] }),
      /empty or reversed/,
    ],
    ["line break", withHighlight(base, 0, { text: "أعلنت\nالحكومة" }), /line break/],
    ["score", withHighlight(base, 0, { score: Number.NaN }), /score NaN/],
    ["sentences", { ...base, sentences: 9 }, /analyze\(\) finds 4/],
  ];
  for (const [name, summary, expected] of cases) {
    const found = violations(ARTICLE, summary, opts);
    assert.ok(
      found.some((v) => expected.test(v)),
      `${name}: ${JSON.stringify(found)}`,
    );
  }
  const reordered = {
    ...base,
    highlights: [
      { ...second, sentence: 0 },
      { ...first, sentence: 1 },
    ],
  };
  assert.ok(
    violations(ARTICLE, reordered, opts).some((v) => /word order|outside its sentence/.test(v)),
  );
});
