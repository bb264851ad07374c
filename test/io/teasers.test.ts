import assert from "node:assert/strict";
import { test } from "node:test";
import { prepareArticle } from "../../src/io/article.js";

const STORY = [
  "أعلنت وزارة النقل، صباح الأربعاء، تشغيل خط جديد للحافلات الكهربائية يربط وسط العاصمة بالمطار الدولي.",
  "وقال وزير النقل في مؤتمر صحفي إن الخط يضم أربعين حافلة تعمل على مدار الساعة بأجرة مخفضة للطلاب.",
  "وأضاف أن الوزارة تخطط لتحويل نصف أسطول الحافلات العامة إلى الكهرباء قبل نهاية العقد الحالي.",
  "ويأتي المشروع ضمن خطة حكومية لخفض الانبعاثات وتخفيف الازدحام المروري في شوارع العاصمة الرئيسية.",
];
const OTHER = [
  "ارتفعت أسعار تذاكر القطارات بين المدن بنسبة عشرة في المئة اعتبارا من مطلع الشهر الجاري.",
  "افتتحت البلدية جسرا جديدا للمشاة فوق الطريق السريع بعد عامين من أعمال البناء المتواصلة.",
  "حمّل تطبيق الصحيفة الآن على هاتفك الذكي لتصلك الأخبار العاجلة لحظة وقوعها.",
];

const page = (body: string) =>
  `<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>حافلات كهربائية إلى المطار</title></head><body>${body}</body></html>`;
const paragraphs = (sentences: readonly string[]) => sentences.map((s) => `<p>${s}</p>`).join("");

test("a related-stories, read-also or promo box inside the story is not article text", async () => {
  const [s1, s2, s3, s4] = STORY;
  const [o1, o2, o3] = OTHER;
  const body = `<article><p>${s1}</p><p>${s2}</p>
<div class="read-also"><span>اقرأ أيضا:</span><div class="teaser"><a href="/1">أسعار التذاكر</a><p>${o1}</p></div></div>
<p>${s3}</p><div class="app-promo"><p>${o3}</p></div><p>${s4}</p>
<section data-component="related-content"><h2>قصص ذات صلة</h2><p>${o2}</p></section></article>`;
  const article = await prepareArticle(page(body));
  assert.equal(article.text, STORY.join("\n\n"));
});

test("on a short article, which Readability reads whole, a related box is not article text", async () => {
  const brief = STORY.slice(0, 3);
  for (const name of ['class="related-stories"', 'id="readMore"', 'class="most_read"']) {
    const body = `<div class="story">${paragraphs(brief)}<div ${name}><p>${OTHER[0]}</p><p>${OTHER[1]}</p></div></div>`;
    const article = await prepareArticle(page(body));
    assert.equal(article.text, brief.join("\n\n"), name);
  }
});

test("a story whose container is named as related holds most of the page: it stays", async () => {
  const body = `<div class="related-topics-story">${paragraphs(STORY)}</div><div class="box"><p>${OTHER[0]}</p></div>`;
  const article = await prepareArticle(page(body));
  for (const sentence of STORY) assert.ok(article.text.includes(sentence), article.text);
});
