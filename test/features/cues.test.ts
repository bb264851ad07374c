import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { analyze } from "../../src/analysis/analyze.js";
import {
  asksReader,
  connectiveOpens,
  questionEnds,
  quoteOpens,
  terminatorEnds,
} from "../../src/features/cues.js";
import { featureContext } from "../../src/features/extract.js";
import { computeFeatures } from "../../src/features/index.js";
import { arabic } from "../../src/lang/ar/index.js";
import { arabicNewsIdf } from "../../src/scoring/idf.js";

/**
 * The definition: a question mark, maybe followed by more sentence-final marks (`؟!`, `؟..`),
 * then only white space, quotes and brackets.
 */
const QUESTION_END = /[؟?？][.!؟?？…]*[\s»«"“”'()\u200f]*$/u;
/** The definition: a sentence-final mark followed only by white space, quotes and brackets. */
const TERMINATOR_END = /[.!؟?？…][\s»«"“”'()\u200f]*$/u;

test("questionEnds and terminatorEnds look only at the end, and agree with their definitions", () => {
  const pieces = [
    "هل",
    "قال",
    "؟",
    "?",
    " ",
    "\n",
    "»",
    "”",
    '"',
    "'",
    ")",
    "(",
    ".",
    "!",
    "«",
    "“",
    "？",
    "…",
    "\u200f",
    "a",
  ];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 20 }), (parts) => {
      const text = parts.join("");
      assert.equal(questionEnds(text), QUESTION_END.test(text), JSON.stringify(text));
      assert.equal(terminatorEnds(text), TERMINATOR_END.test(text), JSON.stringify(text));
    }),
    { numRuns: 3000 },
  );
  assert.equal(questionEnds("هل تعود الحياة إلى طبيعتها؟"), true);
  assert.equal(questionEnds("وسأل: «إلى متى؟» "), true);
  assert.equal(questionEnds("سأل الوزير: إلى متى؟ ثم غادر."), false);
  assert.equal(questionEnds(""), false);
  assert.equal(questionEnds("ما القصيدة سوى صورة وموسيقى؟!"), true);
  assert.equal(questionEnds("متى يعود الفريق؟..»"), true);
  assert.equal(questionEnds("يا له من يوم!"), false);
  assert.equal(terminatorEnds('قال الوزير: "سنواصل العمل."'), true);
  assert.equal(terminatorEnds("ارتفعت الأرباح (بنسبة 5%)."), true);
  assert.equal(terminatorEnds('حلم الأكراد في "عفرين"'), false);
  assert.equal(terminatorEnds("لندن، المملكة المتحدة (2.7 تريليون دولار)"), false);
  assert.equal(terminatorEnds(""), false);
});

test("asksReader: a question tail is the writer's unless a quotation holds it", () => {
  const asks = (text: string) => asksReader(text, 0, text.indexOf("فهل"), text.length);
  assert.equal(asks("خسر الفريق مساء السبت، فهل هي لعنة حامل اللقب؟ "), true);
  // It opens the quotation that closes the sentence: its own words.
  assert.equal(asks('خسر الفريق مساء السبت، فهل هي "لعنة حامل اللقب؟"'), true);
  assert.equal(asks("خسر الفريق مساء السبت، فهل هي «لعنة حامل اللقب؟»"), true);
  // A quotation open before it, here or in an earlier sentence: someone's question.
  assert.equal(asks("قال المدرب: «خسرنا مساء السبت، فهل هي لعنة حامل اللقب؟»"), false);
  assert.equal(asks("خسرنا مساء السبت، فهل هي لعنة حامل اللقب؟»"), false);
  assert.equal(asks("خسرنا مساء السبت، فهل هي لعنة حامل اللقب?”"), false);
  // No question at the end.
  assert.equal(asks("خسر الفريق مساء السبت، فهل كانت لعنة؟ لم يقل أحد ذلك."), false);
});

test("quoteOpens and connectiveOpens", () => {
  assert.equal(quoteOpens("«سنواصل العمل» قال الوزير."), true);
  assert.equal(quoteOpens("قال الوزير «سنواصل العمل»."), false);
  const doc = analyze(
    "أعلنت الحكومة خطة جديدة للنقل. وأضاف الوزير أن التنفيذ يبدأ غدا. كما تشمل الخطة القطارات. " +
      "والتقى الوزير بالنواب. من جهته رحب البرلمان بالخطة. الوزارة تستعد للتنفيذ. " +
      "بينما تنتظر المدن الخطة، بدأت الوزارة التنفيذ.",
  );
  // `بينما …، …` opens a subordinate clause before its main one: it leans on nothing before it
  // (compression cuts `بينما` only where no clause follows it).
  assert.deepEqual(
    doc.sentences.map((s) => connectiveOpens(s)),
    [false, true, true, true, true, false, false],
  );
});

test("the first-sentence cues are the cue of sentence 0, and 0 everywhere else", () => {
  const text = "«لن نتراجع» هكذا بدأ الوزير كلمته؟\nوقال الوزير إن الخطة جاهزة. «نعم» قالها بوضوح؟";
  const ctx = featureContext(analyze(text), arabic, arabicNewsIdf());
  const [quote, question, connective, firstQuote, firstQuestion, firstConnective] = computeFeatures(
    ctx,
    [
      "opensWithQuote",
      "isQuestion",
      "opensWithConnective",
      "firstQuote",
      "firstQuestion",
      "firstConnective",
    ],
  );
  const onlyFirst = (column: Float64Array | undefined) =>
    Array.from(column ?? [], (v, i) => (i === 0 ? v : 0));
  assert.deepEqual([...(firstQuote ?? [])], onlyFirst(quote));
  assert.deepEqual([...(firstQuestion ?? [])], onlyFirst(question));
  assert.deepEqual([...(firstConnective ?? [])], onlyFirst(connective));
  assert.deepEqual([...(quote ?? [])], [1, 0, 1]);
  assert.deepEqual([...(question ?? [])], [1, 0, 1]);
  assert.deepEqual([...(connective ?? [])], [0, 1, 0]);
});
