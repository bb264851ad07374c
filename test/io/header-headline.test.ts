import assert from "node:assert/strict";
import { test } from "node:test";
import { prepareArticle } from "../../src/io/article.js";

// An h1 in a <header> outside the article's <article> or <main> had always been taken for the
// site's name, even in a header that is the story's own (a headline with its section label),
// so the page's <title>, here the site's name alone, became the title.

const STORY =
  "<p>أعلنت البلدية اليوم افتتاح حديقة عامة جديدة في وسط المدينة بعد عامين من العمل.</p>" +
  "<p>وقالت البلدية إن الحديقة تضم ملعبا للأطفال ومسارا للدراجات ومكتبة صغيرة.</p>" +
  "<p>وأضافت أن الحديقة ستفتح أبوابها للزوار يوميا من السادسة صباحا حتى منتصف الليل.</p>";

const HEADLINE = "البلدية تفتتح حديقة عامة جديدة في وسط المدينة";

const page = (header: string) =>
  `<html><head><meta charset="utf-8"><title>صحيفة الوادي الإخبارية</title></head><body><div class="site">${header}<div class="article-body">${STORY}</div></div></body></html>`;

test("a story's own header (a headline, no navigation, no home link) gives the title", async () => {
  const own = await prepareArticle(
    page(
      `<header class="article-head"><span class="section">محليات</span><h1>${HEADLINE}</h1></header>`,
    ),
  );
  assert.equal(own.title, HEADLINE);
});

test("a site's header stays the site's: with navigation, a home link, or a name of a few words", async () => {
  for (const header of [
    `<header><h1>${HEADLINE}</h1><nav><a href="/economy">اقتصاد</a><a href="/sport">رياضة</a></nav></header>`,
    `<header role="banner"><h1>${HEADLINE}</h1></header>`,
    `<header><a href="/"><img src="logo.png" alt=""></a><h1>${HEADLINE}</h1></header>`,
    "<header><h1>صحيفة الوادي اليومية</h1></header>",
  ]) {
    const site = await prepareArticle(page(header));
    assert.equal(site.title, "صحيفة الوادي الإخبارية", header);
  }
});
