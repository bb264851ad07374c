import assert from "node:assert/strict";
import { test } from "node:test";
import { analyze } from "../../src/analysis/analyze.js";
import { featureContext } from "../../src/features/extract.js";
import { opensInQuote } from "../../src/features/in-quote.js";
import { arabic } from "../../src/lang/ar/index.js";
import { arabicNewsIdf } from "../../src/scoring/idf.js";
import { quoteHeads } from "../../src/selection/quote-head.js";
import { assertComesWith } from "../helpers/comes-with.js";

test("quoteHeads: the sentence that opened the quotation a sentence goes on with", () => {
  const text = [
    'أعلن الوزير خطة جديدة للنقل. وكتب على صفحته: "الخطة تبدأ غدا في العاصمة. ستشمل الخطة كل المدن الكبرى خلال عام. نريد نقلا أفضل للجميع".',
    "وأضاف المتحدث أن التمويل جاهز.",
  ].join("\n\n");
  const doc = analyze(text, { pack: arabic });
  const inQuote = opensInQuote(featureContext(doc, arabic, arabicNewsIdf()));
  const texts = doc.sentences.map((s) => text.slice(s.span.start, s.span.end));
  assert.deepEqual(inQuote, [false, false, true, true, false], texts.join(" | "));
  // Both rest on sentence 1, which names the writer.
  const paragraphs = doc.sentences.map((s) => s.paragraph);
  assert.deepEqual(quoteHeads(inQuote, paragraphs), [null, null, [1], [1], null]);
  // A quotation left open at a paragraph's end is not looked for in the next paragraph.
  assert.deepEqual(quoteHeads([false, true], [0, 1]), [null, null]);
});

test("summarize: the rest of a quotation comes with the sentence that says whose words they are", () => {
  const text = [
    "وافق مجلس المدينة على ميزانية العام المقبل بعد نقاش استمر ثلاث ساعات.",
    'جاء ذلك في تغريدة لرئيس البلدية على صفحته في تويتر، حيث قال: "نفتتح اليوم أول حديقة في الحي الشرقي. الحديقة الجديدة تضم ملعبا للأطفال ومكتبة صغيرة ومسارا للدراجات الهوائية بطول ثلاثة كيلومترات".',
  ].join("\n\n");
  const title = "حديقة جديدة تضم ملعبا للأطفال ومكتبة ومسارا للدراجات";
  // Without the rule, two highlights were sentence 0 and the rest of the quotation (2).
  assertComesWith(text, title, 2, 1);
});
