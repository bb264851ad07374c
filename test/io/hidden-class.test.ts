import assert from "node:assert/strict";
import { test } from "node:test";
import { parseHTML } from "linkedom";
import { prepareArticle } from "../../src/io/article.js";
import { type DomNode, pageText } from "../../src/io/html-text.js";

const STORY = [
  "أطلقت هيئة البريد، الأحد، خدمة جديدة لتتبع الطرود عبر الهاتف في جميع مكاتبها بالمحافظات.",
  "وقال رئيس الهيئة إن الخدمة مجانية وتتيح للمواطن معرفة موعد وصول طرده بدقة.",
  "وأضاف أن الهيئة تسلم نحو مليون طرد شهريا، وتتوقع أن يتضاعف العدد خلال عامين.",
];
const HIDDEN = [
  '<p class="hidden">نص بديل لا يظهر للقارئ في الصفحة المعروضة على الإطلاق.</p>',
  '<div class="d-none"><p>عرض خاص للمشتركين الجدد يظهر بعد الضغط على الزر.</p></div>',
  '<p class="notice is-hidden">رسالة تظهر عند انقطاع الاتصال بالشبكة فقط.</p>',
];
const SHOWN = [
  "ويمكن الاستفسار عن الخدمة عبر الخط الساخن للهيئة على مدار الساعة.",
  "وتعمل الهيئة على ربط الخدمة بمتاجر الإنترنت الكبرى قبل نهاية العام.",
];

/** The story, the hidden elements between its paragraphs, and two shown on wider screens. */
const body = () =>
  `<article><h1>خدمة لتتبع الطرود</h1><p>${STORY[0]}</p>${HIDDEN[0]}<p>${STORY[1]}</p>${HIDDEN[1]}<p>${STORY[2]}</p>${HIDDEN[2]}<p class="d-none d-md-block">${SHOWN[0]}</p><p class="hidden md:block">${SHOWN[1]}</p></article>`;

test("an element a CSS utility class hides (hidden, d-none, is-hidden) is not article text", async () => {
  const article = await prepareArticle(
    `<!DOCTYPE html><html lang="ar"><head><title>خدمة لتتبع الطرود</title></head><body>${body()}</body></html>`,
  );
  assert.equal(article.format, "html");
  assert.equal(article.text, [...STORY, ...SHOWN].join("\n\n"));
  // An <article> hidden until a script shows it is still the article.
  const shownLater = await prepareArticle(
    `<!DOCTYPE html><html lang="ar"><head><title>خدمة لتتبع الطرود</title></head><body><article class="hidden">${STORY.map((s) => `<p>${s}</p>`).join("")}</article></body></html>`,
  );
  assert.equal(shownLater.text, STORY.join("\n\n"));
});

test("the text walker skips a class-hidden element; one shown again on wider screens is read", () => {
  const { document } = parseHTML(`<html><body>${body()}</body></html>`);
  const text = pageText(document.body as unknown as DomNode);
  assert.deepEqual(
    text.paragraphs.filter((p) => !p.heading).map((p) => p.text),
    [...STORY, ...SHOWN],
  );
});
