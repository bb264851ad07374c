// The cap on the sentences a summary draws on (MAX_SENTENCES): far above any real article, it
// bounds the work on a multi-megabyte input.
import assert from "node:assert/strict";
import { test } from "node:test";
import { analyze } from "../../src/analysis/analyze.js";
import { arabic } from "../../src/lang/ar/index.js";
import { firstSentences, MAX_SENTENCES, summarize } from "../../src/summarize.js";
import { violations } from "./check.js";

const REPEATED = "وصل وفد تجاري من عشر شركات إلى العاصمة في زيارة تستمر ثلاثة أيام.";
const AFTER = [
  "حذرت المنظمة الأوروبية للسلامة الجوية يوم الثلاثاء شركات الطيران من التحليق فوق شرق المتوسط.",
  "وأغلقت السلطات المطار الرئيسي في العاصمة أمام الرحلات الليلية بسبب الأحوال الجوية.",
  "ويتوقع خبراء أن تنخفض أسعار النقل الداخلي خلال الأشهر المقبلة بنسبة عشرة في المئة.",
];

test("summarize: an article of more than MAX_SENTENCES sentences is summarized from its first ones", () => {
  // The first MAX_SENTENCES sentences are one sentence over and over: the only news after them.
  const text = [...Array<string>(MAX_SENTENCES).fill(REPEATED), ...AFTER].join("\n\n");
  const summary = summarize(text);
  assert.deepEqual(violations(text, summary, {}), []);
  // Every sentence is counted, but the bullets come from the first MAX_SENTENCES only: a
  // repeated sentence counts once, so one bullet (without the cap, two came from the end).
  assert.equal(summary.sentences, MAX_SENTENCES + AFTER.length);
  assert.deepEqual(
    summary.highlights.map((h) => h.sentence),
    [0],
  );
  // One sentence fewer and the news after it is read.
  const under = [...Array<string>(MAX_SENTENCES - 3).fill(REPEATED), ...AFTER].join("\n\n");
  assert.ok(summarize(under).highlights.some((h) => h.sentence >= MAX_SENTENCES - 3));
});

test("summarize: first MAX_SENTENCES sentences that are all teasers, and the article is read whole", () => {
  const text = `${"قد يهمك: خبر آخر. ".repeat(MAX_SENTENCES)}\n${AFTER[0]}`;
  const summary = summarize(text);
  assert.deepEqual(violations(text, summary, {}), []);
  assert.deepEqual(
    summary.highlights.map((h) => h.sentence),
    [summary.sentences - 1],
  );
});

test("firstSentences: the document cut after its n-th sentence, paragraphs and all", () => {
  const [a, b, c] = AFTER as [string, string, string];
  const text = [`${REPEATED} ${a}`, `${b} ${c} ${REPEATED}`, a].join("\n\n");
  const doc = analyze(text, { pack: arabic });
  assert.equal(doc.sentences.length, 6);
  assert.equal(firstSentences(doc, 6), doc);
  assert.equal(firstSentences(doc, 10), doc);
  const cut = firstSentences(doc, 3);
  assert.equal(cut.input, text);
  assert.deepEqual(cut.sentences, doc.sentences.slice(0, 3));
  // The second paragraph ends with the third sentence.
  const third = doc.sentences[2]?.span;
  assert.deepEqual(cut.paragraphs, [
    doc.paragraphs[0],
    { start: doc.paragraphs[1]?.start, end: third?.end },
  ]);
  // The document it was cut from is unchanged.
  assert.equal(doc.paragraphs.length, 3);
});
