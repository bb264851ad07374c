import assert from "node:assert/strict";
import { test } from "node:test";
import { analyze } from "../../src/analysis/analyze.js";
import { arabic } from "../../src/lang/ar/index.js";
import { roleAntecedents } from "../../src/selection/role-subject.js";
import { selectMmr, Tier } from "../../src/selection/select.js";
import { assertComesWith } from "../helpers/comes-with.js";
import { onTerm } from "../helpers/vectors.js";

/** `roleAntecedents` of the sentences of `lines`, each line a paragraph. */
function antecedentsOf(lines: readonly string[]): (readonly number[] | null)[] {
  const text = lines.join("\n\n");
  return roleAntecedents(text, analyze(text, { pack: arabic }).sentences);
}

const INTRODUCED =
  "حذرت المنظمة الأوروبية للسلامة الجوية شركات الطيران من التحليق فوق شرق المتوسط.";

test("roleAntecedents: a report whose subject is a role an earlier sentence introduces", () => {
  const lines = [
    INTRODUCED,
    "وأغلقت السلطات المطار الرئيسي في العاصمة أمام الرحلات الليلية.",
    "وقالت المنظمة في بيان إن القيود قد تستمر حتى نهاية الأسبوع.",
    "وأضافت المنظمة: القيود قد تستمر حتى نهاية الأسبوع المقبل.",
    "وأكد البيان أن المنظمة تتابع الوضع مع السلطات المحلية.",
  ];
  const found = antecedentsOf(lines);
  assert.deepEqual(found.slice(0, 4), [null, null, [0], [0, 2]]);
  // `البيان`: the statement named in sentence 2 (`في بيان`).
  assert.deepEqual(found[4], [2]);
});

test("roleAntecedents: a role that says who it is, or that nothing before introduces, is none", () => {
  const found = antecedentsOf([
    INTRODUCED,
    // A name or an adjective after the role names its bearer.
    "وقال المتحدث باسم المنظمة إن القيود قد تستمر حتى نهاية الأسبوع.",
    "وقالت المنظمة الأوروبية إن القيود قد تستمر حتى نهاية الأسبوع.",
    // Not a verb of saying first; not a role of the list (the president); a paper that nothing
    // before names.
    "وفي بيان آخر قالت المنظمة إن القيود ستخفف قريبا.",
    "وقال الرئيس إن الحكومة ستعوض شركات الطيران عن خسائرها.",
    "وقالت الصحيفة إن ثلاث شركات ألغت رحلاتها إلى المنطقة.",
    // No earlier sentence holds the role: nothing to lean on.
    "وقالت اللجنة إن التحقيق في الحادث سيستغرق شهرا.",
    // A name that reads as a preposition (`علي`, not `على`); `في` and not where it was said.
    "وقال المحامي علي حسن إن موكله بريء من التهم الموجهة إليه.",
    "وقال المسؤول في المنظمة إن القيود قد تستمر حتى نهاية الأسبوع.",
  ]);
  assert.deepEqual(found, [null, null, null, null, null, null, null, null, null]);
});

test("roleAntecedents: an outlet (`الصحيفة`, `الوكالة`, `المجلة`) is a role its first mention introduces", () => {
  const found = antecedentsOf([
    INTRODUCED,
    'ذكرت صحيفة "الأنباء" المحلية أن ثلاث شركات ألغت رحلاتها إلى المنطقة.',
    "وأضافت الصحيفة أن شركات أخرى تدرس الخطوة نفسها.",
    "وقالت وكالة الأنباء الرسمية إن المطار سيفتح صباح الغد.",
    "وتابعت الوكالة أن الرحلات الداخلية لن تتأثر.",
  ]);
  assert.deepEqual(found, [null, null, [1], null, [3]]);
});

test("roleAntecedents: a role in the title, or introduced behind a preposition", () => {
  const lines = [
    "نقلت الصحف عن المنظمة الأوروبية للسلامة الجوية تحذيرا لشركات الطيران.",
    "وقالت المنظمة في بيان إن القيود قد تستمر حتى نهاية الأسبوع.",
  ];
  const text = lines.join("\n\n");
  const doc = analyze(text, { pack: arabic, title: "تحذير من المنظمة لشركات الطيران" });
  assert.deepEqual(roleAntecedents(text, doc.sentences), [null, [0]]);
  assert.deepEqual(roleAntecedents(text, doc.sentences, doc.title), [null, null]);
  // `لمنظمة`: the role behind the preposition `ل`.
  const glued = [
    "أعلن ناطق باسم منظمة الصحة العالمية وصول فريق طبي إلى المدينة.",
    "وقالت المنظمة على موقعها إن الفريق سيبقى أسبوعين.",
    "ونقلت الوكالة عن مصدر لمنظمة الصحة أن الفريق يضم عشرين طبيبا.",
    "وأضافت المنظمة أن الفريق سيزور المستشفيات الثلاثة في المدينة.",
  ];
  assert.deepEqual(antecedentsOf(glued), [null, [0], null, [0, 1, 2]]);
});

test("selectMmr: a sentence whose role only an earlier one introduces gives way to it", () => {
  const scores = Float64Array.of(0.5, 0.9, 0.7, 0.6);
  const vectors = [onTerm(1), onTerm(2), onTerm(3), onTerm(4)];
  const eligible = [true, true, true, true];
  // Sentence 1 (the best) leans on 0 for its role: 0 is taken first, then 1.
  const antecedents = [null, [0], null, null];
  assert.deepEqual(selectMmr(scores, vectors, eligible, 1, {}, { antecedents }), [0]);
  assert.deepEqual(selectMmr(scores, vectors, eligible, 2, {}, { antecedents }), [0, 1]);
  // With 0 not eligible, 1 is taken as it is.
  assert.deepEqual(
    selectMmr(scores, vectors, [false, true, true, true], 2, {}, { antecedents }),
    [1, 2],
  );
  // Nor in a later tier than 1's (a sentence that leans on the one before).
  const tiers = [Tier.Context, Tier.First, Tier.First, Tier.First];
  assert.deepEqual(selectMmr(scores, vectors, eligible, 2, {}, { antecedents, tiers }), [1, 2]);
  // Without the fact, the best is taken first.
  assert.deepEqual(selectMmr(scores, vectors, eligible, 2), [1, 2]);
});

test("summarize: the report of a role comes with the sentence that names its bearer, or not at all", () => {
  const text = [
    "وصل وفد تجاري من عشر شركات إلى العاصمة في زيارة تستمر ثلاثة أيام.",
    "حذرت المنظمة الأوروبية للسلامة الجوية يوم الثلاثاء شركات الطيران.",
    "وقالت المنظمة في بيان إن شركات الطيران يجب أن تتجنب التحليق فوق شرق المتوسط خلال الساعات الاثنتين والسبعين المقبلة بسبب احتمال شن غارات جوية.",
    "وأغلقت السلطات المطار الرئيسي في العاصمة أمام الرحلات الليلية.",
    "ويتوقع خبراء أن تنخفض أسعار النقل الداخلي خلال الأشهر المقبلة.",
  ].join("\n\n");
  const title = "تحذير لشركات الطيران من التحليق فوق شرق المتوسط";
  // Without the rule, sentence 2 (the best) was the one highlight, and one of two without 1.
  assertComesWith(text, title, 2, 1);
});

test("roleAntecedents: each word is read once however many reports lean on a role (linear in the words)", () => {
  const report = "وأضافت المنظمة أن القيود قد تستمر حتى نهاية الأسبوع.";
  const lines = [INTRODUCED, ...Array.from({ length: 300 }, () => report)];
  const text = lines.join("\n\n");
  const sentences = analyze(text, { pack: arabic }).sentences;
  // Count the reads of the words' stems: one pass over the words reads each once.
  let reads = 0;
  let words = 0;
  const counted = sentences.map((s) => ({
    ...s,
    tokens: s.tokens.map((t) => {
      words++;
      const { stem, ...rest } = t;
      return Object.defineProperty({ ...rest }, "stem", {
        enumerable: true,
        get: () => {
          reads++;
          return stem;
        },
      }) as typeof t;
    }),
  }));
  const found = roleAntecedents(text, counted);
  // Every report leans on the introduction and on every report before it.
  assert.equal(found[0], null);
  assert.deepEqual(found[1], [0]);
  assert.deepEqual(
    found[300],
    Array.from({ length: 300 }, (_, j) => j),
  );
  // Each report against every earlier sentence read 180,600 stems here.
  assert.ok(reads <= 2 * words, `${reads} stem reads for ${words} words`);
});
