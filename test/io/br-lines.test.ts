import assert from "node:assert/strict";
import { test } from "node:test";
import { prepareArticle } from "../../src/io/article.js";
import { summarize } from "../../src/summarize.js";

// A `<br>` is a line break, which the segmenter reads as plain text's: in text whose paragraphs
// are set apart by blank lines (as a page's are), a long line that ends open goes on into the
// next. That joins a sentence broken for the layout, but also lines that stand apart.

const page = (...paragraphs: string[]) =>
  `<!DOCTYPE html><html lang="ar"><head><meta charset="utf-8"><title>خبر</title></head><body><article>${paragraphs.map((p) => `<p>${p}</p>`).join("")}</article></body></html>`;

const CLOSING = "ورحب سكان المنطقة بالمشروع الجديد وقالوا إنه سيخفف الضغط على المستشفيات القديمة.";

test("<br>: lines of a paragraph with no full stop are sentences of their own, not one", async () => {
  const lines = [
    "أعلنت وزارة الصحة اليوم افتتاح مستشفى جديد في العاصمة عمان",
    "وقال الوزير إن المستشفى يضم مئتي سرير ويخدم نصف مليون نسمة",
    "وأضاف أن كلفة المشروع بلغت ثلاثين مليون دينار من ميزانية الدولة",
  ];
  const article = await prepareArticle(page(lines.join("<br>"), CLOSING));
  assert.equal(article.text, [...lines, CLOSING].join("\n\n"));
  const summary = summarize(article.text, { count: 4 });
  assert.equal(summary.sentences, 4);
  for (const h of summary.highlights) assert.ok(h.text.split(" ").length < 15, h.text);
});

test("<br>: a list item after a <br> is not run into the line before it", async () => {
  const intro = "أعلنت الحكومة اليوم خطة جديدة لخفض أسعار الوقود. وتشمل الخطة ما يلي:";
  const items = [
    "- دعم مباشر للأسر محدودة الدخل لمدة عام كامل",
    "- خفض أسعار البنزين والديزل بنسبة عشرة في المئة",
    "- إعفاء وسائل النقل العام من الرسوم الجمركية الجديدة",
  ];
  const article = await prepareArticle(page([intro, ...items].join("<br>"), CLOSING));
  assert.equal(article.text, [intro, ...items, CLOSING].join("\n\n"));
  const summary = summarize(article.text, { count: 10 });
  for (const h of summary.highlights) assert.doesNotMatch(h.text, / - /, h.text);
});

test("<br>: inside a paragraph that ends a sentence, it stays a line break (a sentence broken for the layout)", async () => {
  const lede = "انطلق سباق الصحراء الدولي صباح اليوم بمشاركة ثلاثة آلاف عداء من عشرين دولة.";
  const broken =
    "وفاز بالمركز الأول في فئة الرجال عداء كيني<br>أنهى السباق في ساعتين وأربعين دقيقة.";
  const article = await prepareArticle(page(lede, broken, CLOSING));
  assert.equal(article.text, [lede, broken.replace("<br>", "\n"), CLOSING].join("\n\n"));
  const summary = summarize(article.text, { count: 3 });
  assert.equal(summary.sentences, 3);
});
