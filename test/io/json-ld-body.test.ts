import assert from "node:assert/strict";
import { test } from "node:test";
import { prepareArticle } from "../../src/io/article.js";
import { articleBodyMarkup } from "../../src/io/json-ld-body.js";

const SENTENCES = [
  "افتتحت وزارة الصحة، صباح الخميس، مركزا جديدا لعلاج الأورام في مدينة أسوان بسعة مئة وعشرين سريرا.",
  "وقال وزير الصحة إن المركز سيخدم سكان محافظات الصعيد الذين كانوا يسافرون إلى القاهرة للعلاج.",
  "وبلغت كلفة إنشاء المركز وتجهيزه نحو ثمانمئة مليون جنيه بتمويل حكومي كامل.",
];
const escapeOnce = (html: string) =>
  html.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** A page drawn by a script, its story in its JSON-LD `articleBody`. */
function scriptPage(articleBody: string): string {
  const ld = JSON.stringify({ "@type": "NewsArticle", headline: "مركز للأورام", articleBody });
  return `<!DOCTYPE html><html><head><title>مركز للأورام</title><script type="application/ld+json">${ld}</script></head><body><div id="app"></div></body></html>`;
}

test("a JSON-LD articleBody of markup escaped once (&lt;p&gt;) is read as markup", async () => {
  const paragraphs = escapeOnce(SENTENCES.map((s) => `<p>${s}</p>`).join(""));
  const article = await prepareArticle(scriptPage(paragraphs));
  assert.equal(article.text, SENTENCES.join("\n\n"));
  const lines = escapeOnce(`<p class="lead">${SENTENCES.join("<br />")}</p>`);
  assert.equal((await prepareArticle(scriptPage(lines))).text, SENTENCES.join("\n"));
});

test("an articleBody of text that names an escaped tag stays text, the tag decoded", async () => {
  const body = `${SENTENCES[0]} ويبدأ الوسم &lt;p&gt; فقرة في صفحة الموقع الجديد.`;
  assert.equal(articleBodyMarkup(body), null);
  const article = await prepareArticle(scriptPage(body));
  assert.equal(article.text, `${SENTENCES[0]} ويبدأ الوسم <p> فقرة في صفحة الموقع الجديد.`);
});
