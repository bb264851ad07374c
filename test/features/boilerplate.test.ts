import assert from "node:assert/strict";
import { test } from "node:test";
import { analyze } from "../../src/analysis/analyze.js";
import { Boilerplate, boilerplateKinds, stripDateline } from "../../src/features/boilerplate.js";
import { featureContext } from "../../src/features/extract.js";
import { arabic } from "../../src/lang/ar/index.js";
import { arabicNewsIdf } from "../../src/scoring/idf.js";

const STATEMENT = "أعلنت الحكومة اليوم خطة جديدة لخفض أسعار الوقود في البلاد.";

/** Each line as its own paragraph, with the kind the engine gives it. */
function kindsOf(lines: readonly string[]): [string, number][] {
  const text = lines.join("\n");
  const ctx = featureContext(analyze(text, { pack: arabic }), arabic, arabicNewsIdf());
  const kinds = boilerplateKinds(ctx);
  return ctx.doc.sentences.map((s, i) => [
    text.slice(s.span.start, s.span.end),
    kinds[i] as number,
  ]);
}

const CASES: [string, number, string[]][] = [
  [
    "tags, credits, teasers, promos and a book's details are lines, never highlights",
    Boilerplate.Line,
    [
      "القاهرة (رويترز) -",
      "تصوير: أحمد علي",
      "اقرأ أيضا: الحكومة تدرس رفع الدعم",
      "شاهد واستمع إلى الحلقة كاملة",
      "وتذاع المقابلة كاملة على شاشة القناة مساء الجمعة.",
      "تأليف: سعيد الخطيب",
      "وفق وكالة الأنباء الإماراتية (وام).",
      "القاهرة (رويترز) - عاجل",
      "شارك الخبر",
      "** جميع المقالات المنشورة تمثل رأي كتابها فقط",
      "المقال يعبر عن رأي كاتبه ولا يعبر بالضرورة عن رأي الموقع.",
    ],
  ],
  [
    "sentences that do not stand alone are dependent",
    Boilerplate.Dependent,
    [
      "فهل تنجح الحكومة هذه المرة في ضبط الأسعار بعد سنوات من الفشل؟",
      "وتشمل الخطة الجديدة ثلاثة محاور رئيسية هي:",
      "حيث يتوقع الخبراء أن تنخفض الأسعار بنسبة عشرة في المئة خلال أشهر.",
      "إذ يرى المحللون أن الخطة تأخرت كثيرا عن موعدها المعلن.",
      "وذلك بعد أن رفض البرلمان مشروع الموازنة للمرة الثانية هذا العام.",
      "وأضاف أن الحكومة ستعلن تفاصيل الخطة خلال الأسبوع المقبل.",
      "قالت في حديث للتلفزيون الرسمي إنها لن تترشح للانتخابات المقبلة.",
      "وأشار إلى أن الأسعار ارتفعت بنسبة عشرين في المئة منذ بداية العام.",
      "وتابعت: «لن نقبل بأي حل لا يضمن حقوق المزارعين في المحافظات».",
      "فأكد بأنه سيواصل العمل على المشروع حتى نهايته مهما كانت الصعوبات.",
      "نفت أن تكون الشركة قد تلقت أي عرض رسمي لشراء أسهمها في السوق.",
      "كما أكد أن المفاوضات مع الدائنين ستستأنف في العاصمة الشهر المقبل.",
      "من جهته، أشار إلى أن المصنع سيعود إلى العمل بكامل طاقته قريبا.",
      "وأضاف قائلا إن الموسم الزراعي هذا العام كان أفضل من كل التوقعات.",
      'وأضاف "نحن نعمل ليلا ونهارا لإعادة الكهرباء إلى كل الأحياء المتضررة".',
      "وتابع «لن نرفع الأسعار قبل أن نسمع رأي النقابات والغرف التجارية».",
      'وقال "سنعود إلى الملعب قريبا".',
      "وقد أضاف أن المعرض سيفتح أبوابه للجمهور مطلع الشهر المقبل.",
      "وكان قد قال في مقابلة سابقة إن الفريق يحتاج إلى مدرب جديد.",
      "حول غياب المهاجم المصاب عن المباراة، قال: القرار بيد الجهاز الطبي وحده.",
      "وعن إمكانية تقديم جزء ثالث من المسلسل، أكد أنه لا يعلم شيئا بعد.",
      "وهو ما دفع الحكومة إلى مراجعة خطتها الاقتصادية قبل نهاية العام.",
      "هي المرة الأولى التي يفوز فيها الفريق بالبطولة منذ عشرين عاما.",
      "وبذلك يرتفع عدد الضحايا إلى خمسين شخصا منذ بداية الأسبوع.",
      "هذا ما أكده وزير الخارجية في مؤتمر صحفي مع نظيره الفرنسي أمس.",
      "ذلك الأمر الذي أثار غضب الجمهور على مواقع التواصل الاجتماعي.",
      "وتلك الكلمات التي قالها المدرب أثارت جدلا واسعا بين المشجعين.",
      "بحسب ما أوردت وكالة رويترز للأنباء.",
      "وفق ما أعلنت عنه وكالة الأنباء الرسمية.",
      "فيما يلي أبرز القرارات التي اتخذتها الحكومة اليوم.",
      "وإليكم قائمة الفائزين بجوائز المهرجان هذا العام..",
      "وهنا قائمة المرشحين الكاملة للجائزة..",
      '"نحن نعمل ليلا ونهارا لإعادة الكهرباء إلى كل الأحياء المتضررة".',
      '"\u200fالأشقاء في الإمارات شريك أساسي للمملكة في خطة الإغاثة".',
      "«سنبدأ العمل في المشروع الجديد الشهر المقبل وننهيه قبل الصيف.",
      "خطة حكومية جديدة لإصلاح منظومة الدعم",
      'أحلام المزارعين في "الوادي الجديد"',
      "«الموسم الأفضل منذ عشر سنوات»",
      "القاهرة، مصر (1.2 مليون زائر)",
      "الحكومة تخفض الأسعار.",
    ],
  ],
  [
    "statements that open like a tag or a teaser are news",
    Boilerplate.None,
    [
      "شاهد مئات الآلاف المباراة النهائية في الملعب الكبير مساء أمس.",
      "وفقا لبيانات رسمية ارتفع التضخم إلى خمسة في المئة في مايو.",
      "تابع الوزير جولته في المحافظات الجنوبية يوم الأحد.",
      "ذلك الاتفاق أنهى سنوات من الخلاف بين البلدين الجارين.",
    ],
  ],
  [
    "a verb of saying with its speaker named is news",
    Boilerplate.None,
    [
      "وأضاف الوزير أن الحكومة ستعلن تفاصيل الخطة خلال الأسبوع المقبل.",
      "قالت وزيرة المالية في حديث للتلفزيون إنها لن تترشح للانتخابات المقبلة.",
      "أعلنت الشركة أرباحا قياسية في الربع الأول من العام الجاري.",
      "كشف تقرير حكومي أن الأسعار ارتفعت بنسبة عشرين في المئة منذ بداية العام.",
      "تابع الوزير: «لن نقبل بأي حل لا يضمن حقوق المزارعين في المحافظات».",
      "كما أكد الوزير أن المفاوضات مع الدائنين ستستأنف في العاصمة الشهر المقبل.",
      "وقد أضاف المدير أن المعرض سيفتح أبوابه للجمهور مطلع الشهر المقبل.",
      "حول غياب المهاجم المصاب عن المباراة، قال المدرب: القرار بيد الجهاز الطبي وحده.",
      'قالت "الرابطة" في بيان إن المباراة النهائية ستقام في موعدها المحدد.',
      'كشف "مؤشر أسعار المستهلك لعام 2025" أن التضخم تراجع في الربع الأخير.',
      "أوضحت «الهيئة» أن الطلبات تقبل عبر موقعها الإلكتروني حتى نهاية الشهر.",
      "هذا القرار يدخل حيز التنفيذ مطلع الشهر المقبل في جميع المحافظات.",
      "هذه الخطوة الأولى من نوعها في المنطقة منذ عقود طويلة من الزمن.",
      "وهران مدينة ساحلية في غرب الجزائر يقصدها آلاف السياح كل صيف.",
      "وفقا لرويترز، ارتفعت أسعار النفط في التعاملات المبكرة اليوم.",
      "بحسب الدراسة فإن الازدحام يكلف الاقتصاد مليارات الدولارات كل عام.",
      "هنا على سطح الأرض ستنطلق جولات استكشاف الفضاء قريبا.",
      "«نحن هنا» بهذه الكلمات بدأ الرئيس خطابه أمام البرلمان أمس.",
      'أعلن الوزير أمس: "انتهت الأزمة."',
    ],
  ],
];

for (const [name, expected, lines] of CASES) {
  test(`boilerplate: ${name}`, () => {
    // After a plain statement, so that the lines are not the whole text.
    for (const [text, kind] of kindsOf([STATEMENT, ...lines])) {
      assert.equal(kind, text === STATEMENT ? Boilerplate.None : expected, text);
    }
  });
}

test("stripDateline: a city and a paper between dashes are a dateline", () => {
  for (const dateline of ["عمان- الرأي- ", "الدوحة - - ", "بيروت (أ ف ب) - "]) {
    const text = `${dateline}${STATEMENT}`;
    const ctx = featureContext(analyze(text, { pack: arabic }), arabic, arabicNewsIdf());
    const body = stripDateline(ctx, 0);
    assert.equal(text.slice(body.start, body.end), STATEMENT, dateline);
  }
});

test("boilerplate: the rest of a quotation opened in an earlier sentence is dependent", () => {
  const text = [
    STATEMENT,
    'وقال الوزير في مؤتمر صحفي عقده في العاصمة مساء أمس: "سنواصل دعم المزارعين في كل المحافظات خلال الموسم المقبل مهما كانت الظروف.',
    "لن نتخلى عنهم أبدا، وسنعلن قريبا عن قروض ميسرة جديدة لصغار المنتجين في الريف والمدن على حد سواء.",
    'وهذه الخطة جزء من برنامج أوسع للإصلاح الاقتصادي".',
  ].join(" ");
  const ctx = featureContext(analyze(text, { pack: arabic }), arabic, arabicNewsIdf());
  assert.deepEqual(Array.from(boilerplateKinds(ctx)), [
    Boilerplate.None,
    Boilerplate.None,
    Boilerplate.Dependent,
    Boilerplate.Dependent,
  ]);
});

test("boilerplate: a sentence of more than 80 words is a run-on; one of 80 words is news", () => {
  const words = (text: string): number => text.split(/\s+/).length;
  // A list of winners run into one line: 15 items of 7 words.
  const items = Array.from(
    { length: 15 },
    (_, k) => `${k + 2} - الفائز رقم ${k + 2} من المحافظة الشمالية`,
  );
  const list = `أعلنت اللجنة أسماء الفائزين 1 - ${items.join(" ")}.`;
  const long = (n: number): string => `أعلنت الحكومة ${"خطة ".repeat(n - 3)}جديدة.`;
  assert.ok(words(list) > 80, `${words(list)} words`);
  assert.equal(words(long(80)), 80);
  const kinds = new Map(kindsOf([STATEMENT, list, long(80), long(81)]));
  assert.equal(kinds.get(list), Boilerplate.RunOn);
  assert.equal(kinds.get(long(80)), Boilerplate.None);
  assert.equal(kinds.get(long(81)), Boilerplate.RunOn);
  // A question stays a question, however long.
  const question = `${long(81).slice(0, -1)}؟`;
  assert.equal(new Map(kindsOf([STATEMENT, question])).get(question), Boilerplate.Dependent);
});
