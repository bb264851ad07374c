// Minimal articles (written for these tests) that once broke an invariant. Each checks the
// invariants only, never which bullets are chosen.
import assert from "node:assert/strict";
import { test } from "node:test";
import { KhulasaError } from "../../src/errors.js";
import type { SummarizeOptions } from "../../src/options.js";
import { summarize } from "../../src/summarize.js";
import { violations } from "./check.js";

function assertInvariants(text: string, options: SummarizeOptions): void {
  const summary = summarize(text, options);
  assert.deepEqual(violations(text, summary, options), [], JSON.stringify(summary.highlights));
}

const NEAR_DUPLICATES = [
  "أعلنت الحكومة خطة جديدة لخفض أسعار الوقود في المدينة.",
  "أعلنت الحكومة خطة جديدة لخفض أسعار الوقود في القرية.",
  "أعلنت الحكومة خطة جديدة لخفض أسعار الوقود في العاصمة.",
  "أعلنت الحكومة خطة جديدة لخفض أسعار الوقود في الريف.",
].join("\n");

test("near-duplicate sentences still fill the count (MMR blocks them only while others remain)", () => {
  for (const count of [null, 2, 3, 4]) {
    assertInvariants(NEAR_DUPLICATES, { count });
    const n = summarize(NEAR_DUPLICATES, { count }).highlights.length;
    assert.ok(n >= 3 || n === count, `count ${count} gave ${n}`);
  }
});

test("a dateline with a digit glued to a word: the bullet starts at a word, not inside one", () => {
  const text = "لندن (بي بي سي 24ساعة) - أعلنت الحكومة خطة جديدة لخفض أسعار الوقود في البلاد.";
  assertInvariants(text, { count: 1 });
  assert.doesNotMatch(summarize(text, { count: 1 }).highlights[0]?.text ?? "", /^ساعة/);
});

test("an aside glued to the next word is not dropped into a new word", () => {
  for (const aside of ["(بحسب مصادر محلية)ابتداء", "(بحسب مصادر محلية)،ابتداء"]) {
    const text = `أعلنت الحكومة في العاصمة خطة جديدة لخفض الأسعار ${aside} من الشهر المقبل.`;
    assertInvariants(text, { count: 1 });
    assertInvariants(text.replace(" (", "("), { count: 1 });
  }
});

test("a voweled clitic waw goes with its harakat: no bullet starts with a bare haraka", () => {
  assertInvariants("وَقالَ الوزير إن الحكومة ستعلن خطة جديدة لخفض الأسعار الشهر المقبل.", {
    count: 1,
  });
});

test("a sentence repeated word for word gives one bullet, not two", () => {
  const unique = [
    "أعلنت الحكومة خطة جديدة لخفض أسعار الوقود في البلاد.",
    "وقال الوزير إن الخطة تبدأ مطلع الشهر المقبل وتستمر عاما كاملا.",
    "ورحبت النقابات بالقرار ودعت إلى توسيعه ليشمل النقل العام.",
  ];
  const text = [...unique, ...unique, ...unique, ...unique].join("\n");
  assertInvariants(text, {});
  const texts = summarize(text).highlights.map((h) => h.text);
  assert.equal(texts.length, 3);
  assert.equal(new Set(texts).size, 3);
});

test("sentences that differ only in what a highlight leaves out give one bullet, not two", () => {
  const news = "أعلنت الوزارة افتتاح مستشفى جديد في العاصمة.";
  const other = "وقال الوزير إن المستشفى يستقبل المرضى من جميع المحافظات ابتداء من الشهر المقبل.";
  for (const [first, second, options] of [
    [news, `و${news}`, {}],
    [`الرياض (رويترز) - ${news}`, news, {}],
    [
      "يذكر أن الشرطة اعتقلت ثلاثة أشخاص في الحادث الذي وقع أمس.",
      "الشرطة اعتقلت ثلاثة أشخاص في الحادث الذي وقع أمس.",
      {},
    ],
    [news, news.replace(" ", "  "), { compress: false }],
    [news, news.replace(" ", "\t"), { compress: false }],
  ] as [string, string, SummarizeOptions][]) {
    for (const text of [`${first}\n${second}`, `${first}\n${second}\n${other}`]) {
      for (const count of [null, 2, 4]) {
        const opts = { ...options, count };
        assertInvariants(text, opts);
        const texts = summarize(text, opts).highlights.map((h) => h.text);
        assert.equal(new Set(texts).size, texts.length, JSON.stringify(texts));
      }
    }
  }
});

test("a headline given alone is its own highlight", () => {
  const text = "زلزال بقوة ست درجات يضرب جنوب البلاد";
  assertInvariants(text, {});
  assert.deepEqual(
    summarize(text).highlights.map((h) => h.text),
    [text],
  );
});

test("a headline of three words given alone is its own highlight; one-word lines are not", () => {
  const text = "الحكومة تخفض الأسعار";
  assertInvariants(text, {});
  assert.deepEqual(
    summarize(text).highlights.map((h) => h.text),
    [text],
  );
  assert.throws(
    () => summarize("كلمة\nكلمة\nأخرى"),
    (e) =>
      e instanceof KhulasaError && e.code === "EMPTY_INPUT" && /one or two words/.test(e.message),
  );
});

test("text that is only a dateline, a photo credit and a teaser is EMPTY_INPUT", () => {
  const text = "القاهرة (رويترز) -\nتصوير: أحمد علي\nاقرأ أيضا: خبر آخر";
  assert.throws(
    () => summarize(text),
    (e) => e instanceof KhulasaError && e.code === "EMPTY_INPUT" && /dateline/.test(e.message),
  );
});

test("a line that only tells a date, after a dateline's place too, is EMPTY_INPUT; it never is a bullet", () => {
  for (const text of [
    "عمّان - الأحد 12 أيار 2024",
    "الأحد 12 أيار 2024",
    "يوم الخميس الموافق 5 رمضان 1445 هـ",
  ]) {
    assert.throws(
      () => summarize(text),
      (e) => e instanceof KhulasaError && e.code === "EMPTY_INPUT",
      text,
    );
  }
  const news = "أعلنت الحكومة اليوم خطة جديدة لدعم المزارعين بقيمة 20 مليون دينار.";
  assert.deepEqual(
    summarize(`عمّان - الأحد 12 أيار 2024\n${news}`).highlights.map((h) => h.text),
    [news],
  );
  // A headline that names a month is a headline, not a date.
  assert.equal(summarize("الحكومة تخفض الأسعار في أيار").highlights.length, 1);
});

test("a quotation right after a dateline keeps its opening mark", () => {
  const text =
    'القاهرة (رويترز) - "سنواصل دعم المزارعين حتى نهاية العام" قال وزير الزراعة في مؤتمر صحفي.';
  assertInvariants(text, { count: 1 });
  assert.equal(
    summarize(text, { count: 1 }).highlights[0]?.text,
    '"سنواصل دعم المزارعين حتى نهاية العام" قال وزير الزراعة في مؤتمر صحفي.',
  );
});

test("questions, list introductions and sentences that go on from the previous one are no highlights", () => {
  const statements = [
    "أعلنت الحكومة خطة جديدة لخفض أسعار الوقود في البلاد.",
    "وقال الوزير إن الخطة تبدأ مطلع الشهر المقبل وتستمر عاما كاملا.",
    "ورحبت النقابات بالقرار ودعت إلى توسيعه ليشمل النقل العام.",
  ];
  const text = [
    statements[0],
    "فهل تنجح الحكومة هذه المرة في ضبط الأسعار بعد سنوات من الفشل؟",
    statements[1],
    "وتشمل الخطة ثلاثة محاور هي:",
    "حيث يتوقع الخبراء أن تنخفض الأسعار بنسبة عشرة في المئة خلال أشهر.",
    statements[2],
  ].join("\n");
  assertInvariants(text, {});
  const texts = summarize(text, { compress: false }).highlights.map((h) => h.text);
  assert.deepEqual(texts, statements);
});

test("an article of questions only is summarized from its questions", () => {
  const text = "هل تنجح الحكومة في ضبط الأسعار؟ ومتى تبدأ الخطة الجديدة في المدن الكبرى؟";
  assertInvariants(text, {});
  assert.equal(summarize(text).highlights.length, 2);
});

test("a NEL (U+0085) line break inside a sentence is white space in the bullet, not kept", () => {
  // The segmenter joins the two lines (the first ends on a word that needs the next); `\s` has
  // no U+0085, so the bullet once kept it: a line break inside a bullet.
  const text = "أعلنت الحكومة خطة جديدة في\u0085الشهر المقبل لخفض الأسعار.";
  assertInvariants(text, {});
  assert.equal(
    summarize(text).highlights[0]?.text,
    "أعلنت الحكومة خطة جديدة في الشهر المقبل لخفض الأسعار.",
  );
});

test("a haraka after a space or a sentence end is left out: no sentence starts with a bare haraka", () => {
  for (const text of [
    "أعلنت الحكومة خطة جديدة لخفض الأسعار. ًوقال الوزير إن الخطة تبدأ الشهر المقبل.",
    "ً أعلنت الحكومة خطة جديدة لخفض الأسعار.",
    "- ًوقال الوزير إن الخطة تبدأ الشهر المقبل.",
  ]) {
    assertInvariants(text, { compress: false });
    assertInvariants(text, {});
  }
});

test("a connective glued to the next word stays: the bullet does not open inside a word", () => {
  // `كما3` is two tokens (letters, then a digit) but one word: cutting `كما` left `3 …`.
  for (const text of [
    "كما3 آلاف شخص غادروا القرية بعد الفيضانات التي ضربت المنطقة الأحد.",
    "أيضاBBC نشرت تقريرا عن الفيضانات التي ضربت المنطقة يوم الأحد الماضي.",
  ]) {
    assertInvariants(text, {});
    assert.equal(summarize(text).highlights[0]?.text, text);
  }
});

test("a dateline with a tatweel dash or a ZWNJ inside a word is stripped whole", () => {
  // Normalization removes tatweel and format characters: the raw prefix was counted one word
  // too long (a lone `ـ`) or too short (`القا‌هرة` in two), and the bullet kept `(رويترز) -`.
  const body = "أعلنت الحكومة خطة جديدة لخفض الأسعار في الشهر المقبل.";
  for (const dateline of ["القاهرة ـ (رويترز) - ", "القا\u200cهرة (رويترز) - "]) {
    assertInvariants(dateline + body, {});
    assert.equal(summarize(dateline + body).highlights[0]?.text, body);
  }
});

test("the default count leaves out a run-on list while sentences of a highlight's length are left; a count asked for takes it", () => {
  const list = Array.from(
    { length: 30 },
    (_, i) => `${i + 1} - المرشح رقم ${i + 1} من المحافظة الشمالية`,
  ).join(" ");
  const text = [
    "أعلنت اللجنة العليا للانتخابات اليوم القائمة النهائية للمرشحين إلى المجلس البلدي.",
    "وقال رئيس اللجنة إن عدد المرشحين بلغ ثلاثين مرشحا في جميع الدوائر.",
    `وضمت القائمة: ${list}.`,
  ].join("\n");
  const byDefault = summarize(text, {});
  assertInvariants(text, {});
  assert.equal(byDefault.highlights.length, 2, JSON.stringify(byDefault.highlights));
  assert.ok(byDefault.highlights.every((h) => h.text.split(" ").length < 80));
  assertInvariants(text, { count: 3 });
  assert.equal(summarize(text, { count: 3 }).highlights.length, 3);
});
