import assert from "node:assert/strict";
import { test } from "node:test";
import { KhulasaError } from "../../src/errors.js";
import { prepareArticle } from "../../src/io/article.js";

// A page's own footer (outside its article) is site chrome, as the fallback reader already
// takes it: Readability, given a page of links with no article, took its copyright line for
// the article, and the page was EMPTY_INPUT ("no sentence") instead of NO_ARTICLE.

const LINKS = [
  "وزير المالية يعلن خطة جديدة لخفض عجز الموازنة العامة للدولة.",
  "الفريق الأول يفوز بهدفين نظيفين في قمة الدوري المحلي.",
  "هيئة الأرصاد تحذر من موجة حارة تبدأ من الغد.",
  "ارتفاع أسعار الذهب في السوق المحلية مع تراجع العملة.",
]
  .map((headline, i) => `<li><a href="/news/${i + 1}">${headline}</a></li>`)
  .join("");

const STORY =
  "<p>أعلنت البلدية اليوم افتتاح حديقة عامة جديدة في وسط المدينة بعد عامين من العمل.</p>" +
  "<p>وقالت البلدية إن الحديقة تضم ملعبا للأطفال ومسارا للدراجات ومكتبة صغيرة.</p>" +
  "<p>وأضافت أن الحديقة ستفتح أبوابها للزوار يوميا من السادسة صباحا حتى منتصف الليل.</p>";

const page = (body: string) =>
  `<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>الرئيسية - صحيفة الوادي</title></head><body>${body}</body></html>`;

test("a home page of links with a footer is NO_ARTICLE, not EMPTY_INPUT", async () => {
  const home = page(
    `<header><nav><ul><li><a href="/">الرئيسية</a></li><li><a href="/economy">اقتصاد</a></li></ul></nav></header>` +
      `<div class="latest"><h2>آخر الأخبار</h2><ul>${LINKS}</ul></div>` +
      "<footer><p>جميع الحقوق محفوظة لصحيفة الوادي 2024</p></footer>",
  );
  await assert.rejects(
    prepareArticle(home),
    (error: unknown) => error instanceof KhulasaError && error.code === "NO_ARTICLE",
  );
});

test("an article on a page with a footer is read without it", async () => {
  const withFooter = await prepareArticle(
    page(
      `<div class="story">${STORY}</div>` +
        "<footer><p>جميع الحقوق محفوظة لصحيفة الوادي 2024، ويمنع النسخ دون إذن مسبق.</p></footer>",
    ),
  );
  assert.ok(withFooter.text.includes("افتتاح حديقة عامة"), withFooter.text);
  assert.ok(!withFooter.text.includes("جميع الحقوق"), withFooter.text);
});
