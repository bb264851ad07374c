import assert from "node:assert/strict";
import { test } from "node:test";
import { prepareArticle } from "../../src/io/article.js";

const STORY = [
  "افتتحت وزارة الثقافة، مساء السبت، مهرجان المسرح العربي في دورته الثانية عشرة بمشاركة عشرين فرقة.",
  "ويستمر المهرجان عشرة أيام تعرض خلالها ثلاثون مسرحية على خشبات المسرح القومي ومسرح الشباب.",
  "وقال مدير المهرجان إن لجنة التحكيم ستعلن الجوائز في حفل الختام بحضور عدد من كبار الفنانين.",
  "وتخصص إدارة المهرجان هذا العام جائزة جديدة لأفضل نص مسرحي يكتبه مؤلف شاب دون الثلاثين.",
];
const CAPTIONS = [
  "وزيرة الثقافة تتوسط الفرق المشاركة على خشبة المسرح القومي.",
  "جمهور المهرجان يصطف أمام شباك التذاكر قبل العرض الأول.",
  "ممثلون من فرقة الشباب خلال البروفة الأخيرة للعرض الافتتاحي.",
];

const page = (body: string) =>
  `<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>افتتاح مهرجان المسرح</title></head><body>${body}</body></html>`;

test("a photo's caption outside <figcaption> (WordPress, a gallery, p.caption) is not article text", async () => {
  const [s1, s2, s3, s4] = STORY.map((s) => `<p>${s}</p>`);
  const [c1, c2, c3] = CAPTIONS;
  const body = `<article class="post hentry"><div class="entry-content">
<div class="wp-caption aligncenter"><img src="1.jpg" alt=""><p class="wp-caption-text">${c1}</p></div>
${s1}${s2}
<div class="gallery"><div class="gallery-item"><img src="2.jpg"><p class="caption">${c2}</p></div>
<div class="gallery-item"><img src="3.jpg"><span class="image-caption">${c3}</span></div></div>
${s3}${s4}</div></article>`;
  const article = await prepareArticle(page(body));
  assert.equal(article.format, "html");
  assert.equal(article.text, STORY.join("\n\n"));
});

test("a story whose container is named as a caption is longer than a caption: it stays", async () => {
  assert.ok(STORY.join("").length > 300, "longer than any credit or caption removed");
  const note = "تنشر الصحيفة برنامج العروض كاملا في عدد الغد مع مواعيد بيع التذاكر.";
  const body = `<div class="article-caption-wrapper">${STORY.map((s) => `<p>${s}</p>`).join("")}</div><div class="box"><p>${note}</p></div>`;
  const article = await prepareArticle(page(body));
  for (const sentence of STORY) assert.ok(article.text.includes(sentence), article.text);
});
