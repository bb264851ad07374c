import assert from "node:assert/strict";
import { test } from "node:test";
import { analyze } from "../../src/analysis/analyze.js";
import { arabic } from "../../src/lang/ar/index.js";
import { quantities, shareQuantity } from "../../src/selection/quantities.js";
import { summarize } from "../../src/summarize.js";

/** The quantities of a one-sentence text. */
function of(text: string): string[] {
  const [sentence, ...rest] = analyze(text, { pack: arabic }).sentences;
  assert.ok(sentence && rest.length === 0, text);
  return [...quantities(sentence)].sort();
}

test("quantities: a number and the word it counts, by stem, in either digits", () => {
  assert.deepEqual(of("قتل 12 شخصا وأصيب 31 آخرون في التفجير."), ["12 شخص", "31 اخر"]);
  assert.deepEqual(of("أعلن المتحدث أن ١٢ شخصا على الأقل قتلوا."), ["12 شخص"]);
  assert.deepEqual(of("أوقف اللاعب لمدة 14 شهرا."), of("وكان قد أوقف 14 شهراً إثر سقوطه."));
  assert.deepEqual(of("بلغ النمو 6,5 بالمئة."), ["6,5 مئه"]);
});

test("quantities: a number in words is the same quantity as in digits", () => {
  assert.deepEqual(of("قتل ثلاثون جنديا في الهجوم."), of("قتل 30 جنديا في الهجوم."));
  assert.deepEqual(of("لقي ما لا يقل عن ثلاثين جنديا مصرعهم."), ["30 جندي"]);
  assert.deepEqual(of("أعلنت الحكومة الطوارئ لمدة عشرة أيام."), ["10 ايام"]);
  // A unit, `و` and a ten are one number; a ten of a thousand is a multiplied sum.
  assert.deepEqual(of("صوت خمسة وسبعين نائبا لصالح القرار."), ["75 نائب"]);
  assert.deepEqual(of("تظاهر ثمانين ألف شخص في العاصمة."), of("تظاهر 80 ألف شخص في العاصمة."));
  // A unit alone is no quantity (`ثلاث مباريات` in two sentences may be two facts); before a
  // multiplier it is.
  assert.deepEqual(of("أوقف اللاعب ثلاث مباريات بسبب الطرد."), []);
  assert.deepEqual(of("بلغت الصفقة ثلاثة مليارات دولار."), of("بلغت الصفقة 3 مليارات دولار."));
  // A teen is two words, the second `عشر`, which counts nothing.
  assert.deepEqual(of("وصل خمسة عشر لاعبا إلى المعسكر."), of("وصل 15 لاعبا إلى المعسكر."));
});

test("quantities: a multiplier takes the word after it, so that two sums of money differ", () => {
  // `رنك`: the light stemmer takes `ف` for a clitic; both sentences are stemmed alike.
  assert.deepEqual(of("غرم الاتحاد المنتخب 50 ألف فرنك."), ["50 الف رنك"]);
  const pounds = new Set(of("غرم الاتحاد المنتخب 50 ألف جنيه."));
  assert.equal(shareQuantity(new Set(of("غرم الاتحاد المنتخب 50 ألف فرنك.")), pounds), false);
  assert.deepEqual(of("تعهدت بتمويل قدره 1.5 مليار دولار."), ["1.5 مليار دولار"]);
  // A multiplier at the sentence's end: the number and the multiplier alone.
  assert.deepEqual(of("ارتفع الدولار إلى 87 ألفا."), ["87 الفا "]);
});

test("quantities: no year, no day of a month, no number before a word of no content", () => {
  assert.deepEqual(of("بدأت الحرب عام 1956 وانتهت في 2018 بعد اتفاق."), []);
  assert.deepEqual(of("بدأت الحرب في 13 سبتمبر وانتهت في 17 حزيران."), []);
  assert.deepEqual(of("وصل إلى 11 أيار/مايو."), []);
  assert.deepEqual(of("بلغ العجز 8.5 و8.8 في المئة."), []);
  assert.deepEqual(of("فاز الفريق 2-1 في المباراة."), []);
});

test("shareQuantity: whether two sets share one", () => {
  assert.equal(shareQuantity(new Set(["12 شخص", "31 اخر"]), new Set(["12 شخص"])), true);
  assert.equal(shareQuantity(new Set(["12 شخص"]), new Set(["13 شخص"])), false);
  assert.equal(shareQuantity(new Set(), new Set(["12 شخص"])), false);
});

// Written for this test: the toll in the lede, and again in a spokesman's words two paragraphs
// below, in other words (they share no more than the toll and a few topic words).
const TOLL_TWICE = [
  "قتل 12 شخصا وأصيب 31 آخرون في تفجير انتحاري استهدف مدخل وزارة التنمية الريفية في العاصمة الأفغانية كابول صباح الأحد.",
  "وقع الانفجار عند البوابة الرئيسية للوزارة أثناء خروج الموظفين في نهاية دوام العمل، بحسب شهود.",
  "وأعلن المتحدث باسم وزارة الصحة الأفغانية أن 12 شخصا على الأقل قتلوا في التفجير فيما أصيب 31 بجروح متفاوتة.",
  "وتبنى تنظيم متشدد الهجوم في بيان نشره على الإنترنت بعد ساعات من وقوعه.",
  "وأدانت الحكومة الأفغانية الهجوم ووصفته بأنه جريمة ضد المدنيين الأبرياء، وتعهدت بملاحقة المسؤولين عنه.",
  "وتشهد العاصمة منذ مطلع العام موجة هجمات أودت بحياة المئات من المدنيين وعناصر الأمن.",
].join("\n\n");

test("summarize: a sentence that states a chosen one's figure again only fills the count", () => {
  const texts = summarize(TOLL_TWICE).highlights.map((h) => h.text);
  assert.equal(texts.length, 3);
  assert.match(texts[0] ?? "", /^قتل 12 شخصا/);
  assert.ok(!texts.some((t) => t.includes("المتحدث باسم وزارة الصحة")), texts.join("\n"));
  // Still a highlight when the count asks for every sentence.
  const all = summarize(TOLL_TWICE, { count: 6 }).highlights.map((h) => h.text);
  assert.ok(
    all.some((t) => t.includes("المتحدث باسم وزارة الصحة")),
    all.join("\n"),
  );
});
