import assert from "node:assert/strict";
import { test } from "node:test";
import { prepareArticle } from "../../src/io/article.js";

// An <h1> left open (`<h1>headline` and then the story's `<p>`s, no `</h1>`) holds the whole
// article in the DOM, as in a browser: its text had been taken whole as the title. The headline
// is the text before its first block; an h1 that is all blocks, or too long to be a headline,
// is none.

const HEADLINE = "البلدية تفتتح حديقة عامة جديدة";
const PARAGRAPHS = [
  "أعلنت البلدية اليوم افتتاح حديقة عامة جديدة في وسط المدينة بعد عامين من العمل.",
  "وقالت البلدية إن الحديقة تضم ملعبا للأطفال ومسارا للدراجات ومكتبة صغيرة.",
  "وأضافت أن الحديقة ستفتح أبوابها للزوار يوميا من السادسة صباحا حتى منتصف الليل.",
];
const OPEN_PS = PARAGRAPHS.map((p) => `<p>${p}\n`).join("");

test("an h1 left open gives the headline before its first paragraph, not the article", async () => {
  const page = `<html><head><meta charset=utf-8><title>أخبار المدينة | صحيفة الوادي</title><body><div class=article><h1>${HEADLINE}\n${OPEN_PS}</div></body></html>`;
  const article = await prepareArticle(page);
  assert.equal(article.title, HEADLINE);
  for (const p of PARAGRAPHS) assert.ok(article.text.includes(p), article.text);
});

test("an h1 that opens on a block, or runs past a headline's length, is no headline", async () => {
  const title = "البلدية تفتتح حديقة عامة جديدة في وسط المدينة";
  const onBlock = `<html><head><title>${title}</title></head><body><div class=article><h1><p>${PARAGRAPHS.join("</p><p>")}</p></h1></div></body></html>`;
  assert.equal((await prepareArticle(onBlock)).title, title);
  const long = PARAGRAPHS.join(" ");
  const wordy = `<html><head><title>${title}</title></head><body><div class=article><h1>${long}</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join("")}</div></body></html>`;
  assert.equal((await prepareArticle(wordy)).title, title);
});
