import assert from "node:assert/strict";
import { test } from "node:test";
import { prepareArticle } from "../../src/io/article.js";

// A table of data in an article (rates, results) is not prose: each of its cells had been a
// paragraph of the article, and a note in a cell (`ملاحظة: …`) became a bullet. A table that
// lays out a page (its cells hold paragraphs, or long text) is still read.

const STORY = [
  "استقرت أسعار العملات الأجنبية في تعاملات اليوم الأحد بالبنوك العاملة في السوق المحلية.",
  "وسجل سعر الدولار في البنك الأول 31.20 للشراء و31.30 للبيع، دون تغيير عن تعاملات أمس.",
  "وتراجع سعر اليورو بشكل طفيف مقارنة بالأسبوع الماضي، بينما استقر الريال عند مستواه.",
];
const NOTE = "ملاحظة: الأسعار قابلة للتغيير خلال ساعات العمل الرسمية للبنوك العاملة في السوق.";

const RATES =
  "<table><thead><tr><th>العملة</th><th>الشراء</th><th>البيع</th></tr></thead><tbody>" +
  "<tr><td>الدولار</td><td>31.20</td><td>31.30</td></tr>" +
  "<tr><td>اليورو</td><td>33.90</td><td>34.05</td></tr>" +
  `<tr><td>${NOTE}</td><td colspan="2">المصدر: البنك المركزي.</td></tr></tbody></table>`;

const page = (body: string) =>
  `<!DOCTYPE html><html lang="ar"><head><meta charset="utf-8"><title>أسعار العملات اليوم في البنوك</title></head><body>${body}</body></html>`;

test("a table of rates in an article is not read as its paragraphs", async () => {
  const [first, second, third] = STORY.map((s) => `<p>${s}</p>`);
  const article = await prepareArticle(
    page(`<article>${first}${second}${RATES}${third}</article>`),
  );
  for (const sentence of STORY) assert.ok(article.text.includes(sentence), article.text);
  assert.ok(!article.text.includes("ملاحظة"), article.text);
  assert.ok(!article.text.includes("31.30\n"), article.text);
});

test("a table that lays out the page, its cells holding the story, is read", async () => {
  const paragraphs = STORY.map((s) => `<p>${s}</p>`).join("");
  const layout = await prepareArticle(
    page(
      `<table><tr><td><a href="/">الرئيسية</a></td><td><a href="/economy">اقتصاد</a></td></tr>` +
        `<tr><td colspan="2">${paragraphs}</td></tr></table>`,
    ),
  );
  for (const sentence of STORY) assert.ok(layout.text.includes(sentence), layout.text);
  // Text straight in a cell, long as a story is.
  const long = await prepareArticle(
    page(
      `<table><tr><td>القسم</td><td>${STORY.join(" ")}</td></tr><tr><td></td><td></td></tr></table>`,
    ),
  );
  assert.ok(long.text.includes(STORY[1] ?? ""), long.text);
});
