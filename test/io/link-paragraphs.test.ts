import assert from "node:assert/strict";
import { test } from "node:test";
import { parseHTML } from "linkedom";
import { prepareArticle } from "../../src/io/article.js";
import { type DomNode, pageText } from "../../src/io/html-text.js";

const BRIEF = [
  "ارتفع سعر صرف الدينار أمام الدولار، الثلاثاء، للمرة الأولى منذ ثلاثة أشهر في السوق الموازية.",
  'وقال <a href="/bank">محافظ البنك المركزي</a> إن البنك ضخ مئة مليون دولار في السوق خلال الأسبوع.',
  "وتوقع متعاملون أن يستقر السعر حتى نهاية الشهر الجاري.",
];
const plain = (html: string) => html.replace(/<[^>]+>/g, "");

test("a paragraph all of whose letters are in links is not article text; one with a link in it is", () => {
  const { document } = parseHTML(
    `<html><body>${BRIEF.map((s) => `<p>${s}</p>`).join("")}<ul><li><a href="/1">الذهب يتراجع مع صعود العملة المحلية</a>.</li></ul><h3><a href="/2">أسعار الخضار في الأسواق</a></h3></body></html>`,
  );
  const text = pageText(document.body as unknown as DomNode);
  assert.deepEqual(
    text.paragraphs.map((p) => p.text),
    BRIEF.map(plain),
  );
});

test("on a short article, a link to another story in its container is not a bullet's sentence", async () => {
  const other = "البنك الدولي يخفض توقعاته لنمو اقتصادات المنطقة في العام المقبل.";
  const page = `<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>الدينار يرتفع</title></head><body><main><div class="story">${BRIEF.map((s) => `<p>${s}</p>`).join("")}
<section data-e2e="top-stories-heading"><h2>أهم الأخبار</h2><ul><li><a href="/d">${other}</a></li></ul></section></div></main></body></html>`;
  const article = await prepareArticle(page);
  assert.equal(article.format, "html");
  assert.ok(!article.text.includes(other), article.text);
  for (const sentence of BRIEF) assert.ok(article.text.includes(plain(sentence)), article.text);
});
