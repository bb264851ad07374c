import assert from "node:assert/strict";
import { test } from "node:test";
import { analyze } from "../../src/analysis/analyze.js";
import { seenIdf } from "../../src/features/terms.js";
import { buildVectors } from "../../src/features/vectors.js";
import { arabic } from "../../src/lang/ar/index.js";
import { arabicNewsIdf } from "../../src/scoring/idf.js";
import {
  type QuotedTerms,
  quotedTerms,
  quotedTermsOf,
  quotesWhatWasSaid,
} from "../../src/selection/quoted.js";
import { summarize } from "../../src/summarize.js";

/** The quoted terms of each sentence of `text`. */
function of(text: string): QuotedTerms[] {
  const doc = analyze(text, { pack: arabic });
  return doc.sentences.map((s) => quotedTerms(text, s, arabicNewsIdf()));
}

test("quotedTerms: the share of a sentence's term weight inside quotation marks", () => {
  const [none, all, part, straight] = of(
    [
      "افتتح الوزير المعرض الدولي للكتاب في العاصمة صباح الأحد.",
      "«نريد أن يصبح المعرض موعدا ثابتا لكل القراء العرب».",
      "قال الوزير في كلمته إن «المعرض موعد ثابت للقراء».",
      'كتب الروائي على صفحته: "الرواية مرآة المدينة".',
    ].join("\n\n"),
  );
  assert.equal(none?.share, 0);
  assert.equal(none?.quoted.size, 0);
  assert.equal(all?.share, 1);
  // The four words in the guillemets of the seven terms; rare words weigh more.
  assert.equal(part?.quoted.size, 4, [...(part?.quoted.keys() ?? [])].join(" "));
  assert.equal(part?.stems.size, 7);
  assert.ok((part?.share ?? 0) > 0.5 && (part?.share ?? 1) < 0.9, `${part?.share}`);
  assert.ok((straight?.share ?? 0) > 0.3, `${straight?.share}`);
});

test("quotesWhatWasSaid: a quotation of the statement the sentence before reports", () => {
  const [report, quote, other, reported] = of(
    [
      "دانت وزارة الخارجية بأشد العبارات الهجوم الذي استهدف قافلة المساعدات الإنسانية شمال البلاد.",
      "وقالت الوزارة في بيان: «ندين بأشد العبارات الهجوم الجبان على قافلة المساعدات».",
      "وقال المتحدث: «سنرسل فريقا من المحققين إلى الحدود الشرقية خلال أيام».",
      "وقالت الوزارة في بيان إنها تدين الهجوم على قافلة المساعدات.",
    ].join("\n\n"),
  );
  assert.ok(report && quote && other && reported);
  assert.equal(quotesWhatWasSaid(report, quote, 0.5, 0.15), true);
  // Its own words, new ones: a fact of its own.
  assert.equal(quotesWhatWasSaid(report, other, 0.5, 0.15), false);
  // A report in the reporter's words is no quotation.
  assert.equal(quotesWhatWasSaid(report, reported, 0.5, 0.15), false);
  // The report is no quotation of what comes after it.
  assert.equal(quotesWhatWasSaid(quote, report, 0.5, 0.15), false);
  // A quotation after a quotation: the speaker's next point, not a report's words.
  const [first, second] = of(
    [
      "وقال الوزير: «ندين بأشد العبارات الهجوم على قافلة المساعدات الإنسانية».",
      "وتابع: «الهجوم على قافلة المساعدات لن يثنينا عن إيصال الدواء إلى المخيمات».",
    ].join("\n\n"),
  );
  assert.ok(first && second);
  assert.ok(first.share >= 0.5 && second.share >= 0.5);
  assert.equal(quotesWhatWasSaid(first, second, 0.5, 0.15), false);
});

const REPORT_THEN_WORDS = [
  "دانت وزارة الخارجية بأشد العبارات الهجوم الذي استهدف قافلة المساعدات الإنسانية شمال البلاد صباح الأحد. قال المتحدث باسم الوزارة سامي الحداد في بيان: «ندين بأشد العبارات الهجوم الجبان على قافلة المساعدات الإنسانية، وهو جريمة لن تمر دون عقاب».",
  "وكانت القافلة تنقل أدوية ومواد غذائية إلى مخيمات النازحين في المنطقة الجبلية.",
  "وأعلنت الأمم المتحدة تعليق عمل فرقها الميدانية في الشمال حتى إشعار آخر.",
  "ويعيش في المخيمات أكثر من مئتي ألف نازح فروا من المعارك خلال العامين الماضيين.",
  "وطالبت منظمات الإغاثة بفتح ممرات آمنة لإيصال المساعدات قبل حلول فصل الشتاء.",
].join("\n\n");

test("summarize: the words of a statement the bullet before reports only fill the count", () => {
  const texts = summarize(REPORT_THEN_WORDS).highlights.map((h) => h.text);
  assert.ok(texts.length >= 3, texts.join("\n"));
  assert.match(texts[0] ?? "", /^دانت وزارة الخارجية/);
  assert.ok(!texts.some((t) => t.includes("ندين بأشد العبارات")), texts.join("\n"));
  // Still a highlight when the count asks for every sentence.
  const all = summarize(REPORT_THEN_WORDS, { count: 6 }).highlights.map((h) => h.text);
  assert.ok(
    all.some((t) => t.includes("ندين بأشد العبارات")),
    all.join("\n"),
  );
});

test("quotedTermsOf: the terms of quotedTerms, a sentence with no mark read only for its stems", () => {
  const text = [
    "افتتح الوزير المعرض الدولي للكتاب في العاصمة صباح الأحد.",
    "قال الوزير في كلمته إن «المعرض موعد ثابت للقراء».",
    "وشارك في المعرض أكثر من ثلاثمئة دار نشر من عشرين بلدا.",
    'كتب الروائي على صفحته: "الرواية مرآة المدينة". وأضاف أن الزوار كثر.',
    "«نريد أن يصبح المعرض موعدا ثابتا»، قال المنظمون في ختام اليوم الأول.",
  ].join("\n\n");
  const doc = analyze(text, { pack: arabic });
  const idf = arabicNewsIdf();
  // The vectors fill the shared term table that seenIdf reads.
  buildVectors(doc, idf);
  const all = quotedTermsOf(text, doc.sentences, seenIdf(idf));
  assert.equal(all.length, doc.sentences.length);
  assert.ok(doc.sentences.length >= 6, `${doc.sentences.length} sentences`);
  doc.sentences.forEach((sentence, i) => {
    const one = quotedTerms(text, sentence, idf);
    const got = all[i] as QuotedTerms;
    assert.equal(got.share, one.share, `sentence ${i}`);
    assert.deepEqual([...got.quoted], [...one.quoted], `sentence ${i}`);
    assert.deepEqual([...got.stems], [...one.stems], `sentence ${i}`);
  });
  assert.ok(all.some((q) => q.share > 0) && all.some((q) => q.share === 0));
});

test("seenIdf: the IDF of a stem seen by a document's vectors, and of one never seen", () => {
  const idf = arabicNewsIdf();
  const doc = analyze("أعلنت الحكومة خطة جديدة لدعم المزارعين في الريف.", { pack: arabic });
  buildVectors(doc, idf);
  const read = seenIdf(idf);
  const stems = doc.sentences.flatMap((s) => s.tokens.map((t) => t.stem));
  for (const stem of [...stems, "كلمةلمترهاقط"]) assert.equal(read(stem), idf(stem), stem);
});
