import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { analyze } from "../../src/analysis/analyze.js";
import { compressSentence } from "../../src/compression/compress.js";
import { highlightText } from "../../src/summarize.js";

/** Compress the single sentence of `input`; return the bullet text and the rules that fired. */
function compress(input: string): { text: string; rules: string[] } {
  const doc = analyze(input);
  assert.equal(doc.sentences.length, 1, `fixture must be one sentence: ${input}`);
  const s = doc.sentences[0];
  assert.ok(s);
  const out = compressSentence(input, s.span, s.tokens);
  // Invariant: sources are ordered, disjoint, inside the sentence.
  let at = s.span.start;
  for (const span of out.sources) {
    assert.ok(span.start >= at && span.end > span.start && span.end <= s.span.end);
    at = span.end;
  }
  return { text: highlightText(input, out.sources), rules: out.rules };
}

const cases: [name: string, input: string, expected: string, rules: string[]][] = [
  [
    "attribution tail with بحسب ما ذكرت",
    "ارتفعت أسعار القمح في الأسواق العالمية إلى أعلى مستوى منذ عامين، بحسب ما ذكرت وكالة أنباء محلية.",
    "ارتفعت أسعار القمح في الأسواق العالمية إلى أعلى مستوى منذ عامين.",
    ["attribution"],
  ],
  [
    "attribution tail with حسبما أفاد",
    "أغلقت السلطات المعبر الحدودي أمام حركة الشاحنات لمدة ثلاثة أيام، حسبما أفاد مسؤول في الجمارك.",
    "أغلقت السلطات المعبر الحدودي أمام حركة الشاحنات لمدة ثلاثة أيام.",
    ["attribution"],
  ],
  [
    "attribution tail with وفقا",
    "تراجع عدد السياح الوافدين إلى المدينة بنسبة عشرين في المئة خلال الصيف، وفقا لإحصاءات رسمية.",
    "تراجع عدد السياح الوافدين إلى المدينة بنسبة عشرين في المئة خلال الصيف.",
    ["attribution"],
  ],
  [
    "trailing adjunct وسط",
    "خرج آلاف المتظاهرين إلى شوارع العاصمة للمطالبة بإصلاحات اقتصادية، وسط انتشار أمني كثيف.",
    "خرج آلاف المتظاهرين إلى شوارع العاصمة للمطالبة بإصلاحات اقتصادية.",
    ["adjunct"],
  ],
  [
    "trailing adjunct في إشارة إلى",
    "حذر الوزير من عواقب وخيمة إذا استمرت الأزمة حتى نهاية العام، في إشارة إلى تراجع احتياطي العملة.",
    "حذر الوزير من عواقب وخيمة إذا استمرت الأزمة حتى نهاية العام.",
    ["adjunct"],
  ],
  [
    "leading connective كما",
    "كما أعلنت الوزارة عن خطة لتوظيف خمسة آلاف معلم جديد في المدارس الحكومية.",
    "أعلنت الوزارة عن خطة لتوظيف خمسة آلاف معلم جديد في المدارس الحكومية.",
    ["connective"],
  ],
  [
    "leading connective من جهته with its comma",
    "من جهته، قال رئيس البلدية إن أعمال الصيانة ستنتهي قبل حلول فصل الشتاء.",
    "قال رئيس البلدية إن أعمال الصيانة ستنتهي قبل حلول فصل الشتاء.",
    ["connective"],
  ],
  [
    "leading connective في حين",
    "في حين رفضت النقابة العرض الجديد الذي قدمته إدارة الشركة للعمال المضربين.",
    "رفضت النقابة العرض الجديد الذي قدمته إدارة الشركة للعمال المضربين.",
    ["connective"],
  ],
  [
    "clitic و on a verb of saying",
    "وقال المتحدث باسم الشرطة إن التحقيقات ما زالت جارية لمعرفة أسباب الحادث.",
    "قال المتحدث باسم الشرطة إن التحقيقات ما زالت جارية لمعرفة أسباب الحادث.",
    ["clitic"],
  ],
  [
    "clitic و before the definite article",
    "والحكومة مطالبة بتقديم تقرير مفصل عن الإنفاق العام قبل نهاية الشهر.",
    "الحكومة مطالبة بتقديم تقرير مفصل عن الإنفاق العام قبل نهاية الشهر.",
    ["clitic"],
  ],
  [
    "clitic و found by the corpus table, on a verb",
    "وتأهل الفريق المحلي إلى الدور النهائي بعد فوزه على منافسه بهدفين.",
    "تأهل الفريق المحلي إلى الدور النهائي بعد فوزه على منافسه بهدفين.",
    ["clitic"],
  ],
  [
    "clitic و found by the corpus table, on a preposition",
    "ومع اقتراب موعد الانتخابات تزداد حدة الخلافات بين الأحزاب المتنافسة.",
    "مع اقتراب موعد الانتخابات تزداد حدة الخلافات بين الأحزاب المتنافسة.",
    ["clitic"],
  ],
  [
    "a detached و",
    "و قد أعلنت الشركة عن خطة جديدة لتوسيع أعمالها في المنطقة.",
    "قد أعلنت الشركة عن خطة جديدة لتوسيع أعمالها في المنطقة.",
    ["clitic"],
  ],
  [
    "a detached و that would leave fewer than six words stays",
    "و قد أعلنت الشركة ذلك أمس.",
    "و قد أعلنت الشركة ذلك أمس.",
    [],
  ],
  [
    "a verb whose و is a root letter keeps it",
    "وصف الوزير الاتفاق الجديد بأنه خطوة مهمة نحو الاستقرار في المنطقة.",
    "وصف الوزير الاتفاق الجديد بأنه خطوة مهمة نحو الاستقرار في المنطقة.",
    [],
  ],
  [
    "والي (governor) keeps its و although it spells وإلى without hamza",
    "والي المدينة يفتتح المستشفى الجديد بحضور عدد من المسؤولين المحليين.",
    "والي المدينة يفتتح المستشفى الجديد بحضور عدد من المسؤولين المحليين.",
    [],
  ],
  [
    "a word that begins with و keeps it",
    "وزير الخارجية يصل إلى القاهرة في زيارة رسمية تستمر يومين.",
    "وزير الخارجية يصل إلى القاهرة في زيارة رسمية تستمر يومين.",
    [],
  ],
  [
    "والد is a word, not و + ال",
    "والدة اللاعب حضرت المباراة النهائية في الملعب الكبير مساء السبت.",
    "والدة اللاعب حضرت المباراة النهائية في الملعب الكبير مساء السبت.",
    [],
  ],
  [
    "parenthetical aside",
    "وافق مجلس النواب (الغرفة الأولى في البرلمان) على مشروع قانون الموازنة الجديدة بالأغلبية.",
    "وافق مجلس النواب على مشروع قانون الموازنة الجديدة بالأغلبية.",
    ["aside"],
  ],
  [
    "هذا as a subject stays",
    "هذا أول فيلم يجمع النجمين معا على الشاشة منذ عشر سنوات.",
    "هذا أول فيلم يجمع النجمين معا على الشاشة منذ عشر سنوات.",
    [],
  ],
  [
    "وهذا as a subject loses only its clitic",
    "وهذا أول فيلم يجمع النجمين معا على الشاشة منذ عشر سنوات.",
    "هذا أول فيلم يجمع النجمين معا على الشاشة منذ عشر سنوات.",
    ["clitic"],
  ],
  [
    "هذا before a clitic و is a connective",
    "هذا وقد أعلنت الحكومة عن خطة جديدة لدعم المزارعين في المناطق الريفية.",
    "قد أعلنت الحكومة عن خطة جديدة لدعم المزارعين في المناطق الريفية.",
    ["connective", "clitic"],
  ],
  [
    "في حين before a main clause stays",
    "في حين رفضت النقابة العرض الجديد، فإن الإدارة أعلنت أنها ستواصل الحوار مع العمال.",
    "في حين رفضت النقابة العرض الجديد، فإن الإدارة أعلنت أنها ستواصل الحوار مع العمال.",
    [],
  ],
  [
    "asides after a stop word and glued to و stay (a list of titles)",
    "أخرج المخرج الشاب أفلاما مثل (الطريق) و(البحر) ونالت إعجاب النقاد.",
    "أخرج المخرج الشاب أفلاما مثل (الطريق) و(البحر) ونالت إعجاب النقاد.",
    [],
  ],
  [
    "an aside glued to a word goes",
    "يعد الإثنا عشري(بالإنجليزية: Duodenum) أول جزء من الأمعاء الدقيقة في جسم الإنسان.",
    "يعد الإثنا عشري أول جزء من الأمعاء الدقيقة في جسم الإنسان.",
    ["aside"],
  ],
  [
    "an aside glued to a proclitic stays",
    "ناقشت المجموعة المعروفة اختصارا بـ(إي آر جي) أفضل السبل لتغيير قواعد انتخاب القيادة.",
    "ناقشت المجموعة المعروفة اختصارا بـ(إي آر جي) أفضل السبل لتغيير قواعد انتخاب القيادة.",
    [],
  ],
  [
    "an aside after a title noun stays",
    "فازت الممثلة بالجائزة عام 2010 عن دورها في فيلم (الرحلة) الذي أخرجه زوجها.",
    "فازت الممثلة بالجائزة عام 2010 عن دورها في فيلم (الرحلة) الذي أخرجه زوجها.",
    [],
  ],
  [
    "two asides each count toward the six words left",
    "التقى الوزير (وزير المالية) نظيره (وزير الاقتصاد) أمس بالعاصمة.",
    "التقى الوزير نظيره (وزير الاقتصاد) أمس بالعاصمة.",
    ["aside"],
  ],
  [
    "a tail inside a quotation is kept",
    "قال الوزير «سنمضي في الإصلاح الاقتصادي حتى النهاية، بحسب الخطة التي أقرها البرلمان».",
    "قال الوزير «سنمضي في الإصلاح الاقتصادي حتى النهاية، بحسب الخطة التي أقرها البرلمان».",
    [],
  ],
  [
    "never leaves fewer than six words",
    "ارتفعت الأسعار أمس، بحسب وكالة الأنباء الرسمية.",
    "ارتفعت الأسعار أمس، بحسب وكالة الأنباء الرسمية.",
    [],
  ],
  [
    "a connective that would leave a fragment stays",
    "كما ارتفعت الأسعار في السوق.",
    "كما ارتفعت الأسعار في السوق.",
    [],
  ],
  [
    "several rules together",
    "وأضاف الوزير أن الحكومة ستدعم صغار المزارعين (نحو مليون أسرة) بقروض ميسرة، حسبما نقلت صحيفة محلية.",
    "أضاف الوزير أن الحكومة ستدعم صغار المزارعين بقروض ميسرة.",
    ["attribution", "clitic", "aside"],
  ],
  [
    "a long aside stays",
    "أكد التقرير (الذي أعدته لجنة مستقلة من الخبراء والقضاة والمحامين وممثلي المجتمع المدني على مدى ستة أشهر كاملة) وجود مخالفات جسيمة.",
    "أكد التقرير (الذي أعدته لجنة مستقلة من الخبراء والقضاة والمحامين وممثلي المجتمع المدني على مدى ستة أشهر كاملة) وجود مخالفات جسيمة.",
    [],
  ],
];

describe("compression rules", () => {
  for (const [name, input, expected, rules] of cases) {
    test(name, () => {
      const out = compress(input);
      assert.equal(out.text, expected);
      assert.deepEqual([...out.rules].sort(), [...rules].sort());
    });
  }

  test("words are only dropped, never added, and stay in order", () => {
    for (const [, input] of cases) {
      const words = input.split(/\s+/u);
      let at = 0;
      for (const w of compress(input).text.split(/\s+/u)) {
        const found = words.findIndex((x, i) => i >= at && x.includes(w.replace(/[.،]$/u, "")));
        assert.ok(found >= 0, `${w} not in order in ${input}`);
        at = found;
      }
    }
  });
});
