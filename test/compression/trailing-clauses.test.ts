import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { analyze } from "../../src/analysis/analyze.js";
import { DEFAULT_COMPRESSION } from "../../src/compression/compress.js";
import { summarize } from "../../src/summarize.js";
import { compressOne } from "../helpers/compress-one.js";

/** Compress the single sentence of `input`, with the default settings unless given. */
const compress = compressOne;

/** The number of words (tokens) of `text`. */
const words = (text: string) =>
  analyze(text).sentences.reduce((n, sentence) => n + sentence.tokens.length, 0);

// Clauses of one long report, written for these tests. LEAD has 16 words.
const LEAD =
  "أعلنت وزارة الزراعة في المملكة يوم الأحد عن خطة جديدة لدعم صغار المزارعين في المناطق الريفية";
const WHERE = "، حيث ستقدم الوزارة قروضا ميسرة بلا فوائد لمدة خمس سنوات";
const STRESSED = "، وأكدت أن البرنامج سيشمل أكثر من عشرين ألف مزارع في المرحلة الأولى";
const ALSO =
  "، كما ستوفر الوزارة البذور المحسنة والأسمدة بأسعار مدعومة عبر الجمعيات التعاونية المنتشرة في القرى";
const EXPECTED =
  "، ومن المتوقع أن ترتفع إنتاجية الحقول بنسبة كبيرة خلال الموسمين المقبلين وفق تقديرات خبراء الوزارة";

describe("compression: the trailing clauses of a long sentence (rule `clause`)", () => {
  test("a sentence of more than 60 words keeps its leading clauses, the most that fit in 40 words", () => {
    const input = `${LEAD}${WHERE}${STRESSED}${ALSO}${EXPECTED}.`;
    assert.ok(words(input) > 60, "fixture is long");
    const out = compress(input);
    assert.equal(out.text, `${LEAD}${WHERE}${STRESSED}.`);
    assert.ok(words(out.text) <= 40);
    assert.deepEqual(out.rules, ["clause"]);
  });

  test("a sentence of 60 words or fewer is not cut", () => {
    const input = `${LEAD}${WHERE}${STRESSED}${ALSO}.`;
    assert.ok(words(input) <= 60);
    assert.deepEqual(compress(input), { text: input, rules: [] });
  });

  test("no cut before `و` and a noun, which goes on with a list; a semicolon cuts", () => {
    // `، وزيادة …` goes on with a list: the cut is at `حيث`.
    const list =
      "، وزيادة عدد المرشدين الزراعيين وتدريب الشباب على أساليب الري الحديثة وتوفير مخازن للتبريد في كل محافظة من محافظات البلاد الشمالية والجنوبية";
    assert.equal(compress(`${LEAD}${WHERE}${list}${EXPECTED}.`).text, `${LEAD}.`);
    // `وستزيد` is no past verb: only the semicolon before it makes a clause of its own.
    const semicolon = list.replace("، وزيادة", "؛ وستزيد الوزارة");
    assert.equal(compress(`${LEAD}${WHERE}${semicolon}${EXPECTED}.`).text, `${LEAD}${WHERE}.`);
  });

  test("never before a turn (`إلا أن`, `لكن`), even at a semicolon: the clause kept would say the opposite", () => {
    const turn =
      "، إلا أن عددا من المزارعين في الجنوب يطالبون منذ سنوات بزيادة المبالغ المخصصة للقروض الزراعية وتمديد مدة السداد إلى عشر سنوات على الأقل";
    const input = `${LEAD}${turn}${EXPECTED} في الأعوام الثلاثة المقبلة على أقل تقدير.`;
    assert.ok(words(input) > 60);
    assert.equal(compress(input).text, input);
    const but = `${LEAD}${turn.replace("، إلا أن", "؛ لكن")}${EXPECTED} في الأعوام الثلاثة المقبلة وفي السنوات التي تليها على أقل تقدير.`;
    assert.ok(words(but) > 60);
    assert.equal(compress(but).text, but);
  });

  test("never inside a quotation", () => {
    const input = `قال وزير الزراعة في مؤتمر صحفي: "${LEAD}${WHERE}${STRESSED}${ALSO}${EXPECTED}".`;
    assert.equal(compress(input).text, input);
  });

  test("never inside a bracket: the cut is at a clause mark outside it", () => {
    const aside =
      " (وهي الخطة الثالثة من نوعها في البلاد خلال عقد واحد من الزمن، وكانت الأولى قد أطلقت في الشمال)";
    const input = `${LEAD}${WHERE}${aside}${ALSO}${EXPECTED}.`;
    assert.equal(compress(input).text, `${LEAD}.`);
  });

  test("never when the clauses kept hold a condition, whose main clause may be cut", () => {
    const input = `إذا نجحت الخطة في عامها الأول ${LEAD}${WHERE}${STRESSED}${ALSO}${EXPECTED}.`;
    assert.equal(compress(input).text, input);
  });

  test("a `ف` that answers `أما` is no clause of its own", () => {
    const amma =
      "أما المزارعون في المناطق الجبلية البعيدة عن المدن الكبرى والأسواق الرئيسية في شمال البلاد وجنوبها";
    const answer = "، فحصلوا على منح إضافية لشراء المعدات والآلات الزراعية الحديثة";
    const input = `${amma}${answer}${ALSO}${EXPECTED} في الأعوام الثلاثة المقبلة على أقل تقدير وما بعدها.`;
    assert.ok(words(input) > 60);
    // Cut at `كما` (the `ف` clause stays with its `أما`), not at `فحصلوا`.
    assert.equal(compress(input).text, `${amma}${answer}.`);
  });

  test("`وهو`, `وهي`, `وهم` before an apposition (a few words up to the next mark) open no clause", () => {
    // `، وهم …،` names who the predicate after it is about: no cut there, so the cut is at `حيث`.
    const named = `${LEAD}${WHERE}، وهم أصحاب الحيازات الصغيرة والمتوسطة، سيحصلون على الدعم المالي والفني خلال الأسابيع القليلة المقبلة من خلال فروع المصارف الزراعية${ALSO}${EXPECTED}.`;
    assert.equal(compress(named).text, `${LEAD}.`);
    // `، وهو ما …` is a clause of its own.
    const clause = `${LEAD}${WHERE}، وهو ما يطالب به المزارعون في القرى والمناطق الجبلية البعيدة منذ سنوات طويلة دون جدوى${ALSO}${EXPECTED}.`;
    assert.equal(compress(clause).text, `${LEAD}${WHERE}.`);
  });

  test('`كما حدث` is "as happened", no clause of its own', () => {
    const before =
      "، كما حدث في الخطة السابقة التي أطلقتها الوزارة قبل سنوات في المناطق الجبلية والساحلية والصحراوية";
    const as = `${LEAD}${WHERE}${before}${ALSO}${EXPECTED}.`;
    assert.equal(compress(as).text, `${LEAD}.`);
  });

  test("a turn behind a clitic (`؛ ولكن`) and a word that only looks past (`وقبل`) are no cut", () => {
    const turn = `${LEAD}${WHERE}؛ ولكن ستقدم الوزارة منحا للجمعيات التعاونية في القرى البعيدة${EXPECTED} في الأعوام الثلاثة المقبلة وما بعدها على أقل تقدير في كل المناطق.`;
    assert.ok(words(turn) > 60);
    assert.equal(compress(turn).text, `${LEAD}.`);
    const before = `${LEAD}${WHERE}، وقبل أن تبدأ الوزارة تنفيذ الخطة ستعقد لقاءات مع المزارعين${EXPECTED} في الأعوام الثلاثة المقبلة وما بعدها على أقل تقدير في كل المناطق.`;
    assert.ok(words(before) > 60);
    assert.equal(compress(before).text, `${LEAD}.`);
  });

  test("a sentence that only says where it was said keeps what was said", () => {
    const input = `جاء ذلك في مؤتمر صحفي عقده وزير الزراعة في العاصمة مساء الأحد بحضور عدد من المسؤولين${WHERE.replace("حيث ستقدم", "حيث قال إن")}${STRESSED}${ALSO}${EXPECTED}.`;
    assert.ok(words(input) > 60);
    assert.equal(compress(input).text, input);
  });

  test("a verb of saying with nothing said after it is not left at the bullet's end", () => {
    const tweet =
      "قالت المتحدثة باسم وزارة الزراعة في تغريدة على حسابها الرسمي في موقع تويتر مساء الأحد";
    const asked = "، وطالبت بزيادة الدعم المقدم للمزارعين في المناطق الجبلية البعيدة";
    const input = `${tweet}${WHERE}${asked}${ALSO}${EXPECTED}.`;
    assert.ok(words(input) > 60);
    assert.equal(compress(input).text, input);
    // With what she said, the clauses after it may go.
    const said = `${tweet} إن ${LEAD}${WHERE}${STRESSED}${ALSO}${EXPECTED}.`;
    assert.equal(compress(said).rules.includes("clause"), true);
  });

  test("the leading clauses of a sentence that ends asking do not take its question mark", () => {
    const input = `${LEAD}${WHERE}${STRESSED}، كما ستوفر الوزارة البذور والأسمدة، فهل تكفي هذه الخطة لإنقاذ الزراعة في القرى البعيدة والمناطق الجبلية بعد سنوات الجفاف الطويلة التي عاشها المزارعون وأسرهم في انتظار المطر؟`;
    assert.ok(words(input) > 60);
    assert.equal(compress(input).text, `${LEAD}${WHERE}${STRESSED}`);
  });

  test("a quotation closed inside a quotation does not close it: no cut in the outer one", () => {
    const lend =
      "، حيث سنقدم قروضا ميسرة بلا فوائد لمدة خمس سنوات لكل مزارع يملك أرضا صغيرة في القرى والمناطق الجبلية";
    const input = `قال الوزير: "${LEAD}، وهي خطة تحمل اسم "الحقول الخضراء"${lend}${ALSO}${EXPECTED}".`;
    assert.ok(words(input) > 60);
    assert.equal(compress(input).text, input);
  });

  test("at a semicolon, a `ف` that answers what came before opens no clause", () => {
    const input = `من يزرع أرضه في هذه الظروف الصعبة ويصبر على الجفاف وقلة المياه وارتفاع أسعار البذور والأسمدة؛ فذلك مزارع يستحق الدعم الكامل من الوزارة ومن المصارف الزراعية ومن الجمعيات التعاونية في كل المحافظات والمدن والقرى البعيدة وفي المناطق الجبلية والساحلية دون استثناء${ALSO}${EXPECTED}.`;
    assert.ok(words(input) > 60);
    assert.equal(compress(input).text, input);
  });

  test("`--no-compress` and a rule set without `clause` keep the sentence whole", () => {
    const input = `${LEAD}${WHERE}${STRESSED}${ALSO}${EXPECTED}.`;
    const rules = new Set([...DEFAULT_COMPRESSION.rules].filter((r) => r !== "clause"));
    assert.equal(compress(input, { rules }).text, input);
    assert.equal(summarize(input, { compress: false, count: 1 }).highlights[0]?.text, input);
  });

  test("a sentence that ends on a quotation's full stop and its closing mark: the bullet ends on the full stop", () => {
    // The cut tail opened the quotation (or the bracket): its closing mark goes with it.
    const quoted = `${EXPECTED.replace("، ومن المتوقع", '، وقال الوزير: "نتوقع')} في الموسمين`;
    for (const [open, close] of [
      ['"', '"'],
      ["«", "»"],
      ["(", ")"],
    ]) {
      const tail = quoted.replace('"', open as string);
      const input = `${LEAD}${WHERE}${STRESSED}${ALSO}${tail}.${close}`;
      assert.ok(words(input) > 60, "fixture is long");
      assert.deepEqual(compress(input), { text: `${LEAD}${WHERE}${STRESSED}.`, rules: ["clause"] });
    }
  });
});

describe("summarize: a run-on that compression cuts fills the default count", () => {
  // Two sentences of a highlight's length and one of more than 80 words.
  const first =
    "افتتح رئيس الوزراء صباح اليوم مصنعا جديدا لتعبئة التمور في مدينة الأحساء شرقي البلاد.";
  const second =
    "ويبلغ إنتاج المصنع السنوي نحو ثلاثين ألف طن من التمور المعبأة للتصدير إلى الأسواق الخارجية.";
  const runOn = `${LEAD}${WHERE}${STRESSED}${ALSO}${EXPECTED} والمهندسين الذين درسوا أحوال التربة والمياه والمناخ في كل منطقة من مناطق الإنتاج الزراعي الرئيسية طوال الأشهر الماضية قبل إعداد الخطة النهائية ورفعها إلى مجلس الوزراء لإقرارها.`;
  const article = `${first}\n\n${second}\n\n${runOn}`;

  test("the fixture's third sentence is a run-on of more than 80 words", () => {
    assert.ok(words(runOn) > 80);
    assert.equal(analyze(article).sentences.length, 3);
  });

  test("three highlights, the third the run-on's leading clauses", () => {
    const texts = summarize(article).highlights.map((h) => h.text);
    assert.equal(texts.length, 3);
    assert.ok(texts.includes(`${LEAD}${WHERE}${STRESSED}.`), texts.join("\n"));
  });

  test("without compression the run-on stays whole and does not fill the default", () => {
    assert.equal(summarize(article, { compress: false }).highlights.length, 2);
  });

  test("in an article of run-ons alone, one that compression cuts does not cap the count", () => {
    // Two run-ons with no clause to cut at (one long list each) and one that compression cuts.
    const list = (head: string) =>
      `${head} ${Array.from({ length: 85 }, (_, i) => `البند${i + 1}`).join(" ")}.`;
    const runOns = `${list("تضم القائمة الأولى")}\n\n${list("وتضم القائمة الثانية")}\n\n${runOn}`;
    assert.equal(summarize(runOns, { compress: false }).highlights.length, 3);
    const texts = summarize(runOns).highlights.map((h) => h.text);
    assert.equal(texts.length, 3);
    assert.ok(texts.includes(`${LEAD}${WHERE}${STRESSED}.`), texts.join("\n"));
  });
});
