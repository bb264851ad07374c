import assert from "node:assert/strict";
import { test } from "node:test";
import { prepareArticle } from "../../src/io/article.js";

// A date stamp that begins a paragraph (a `<time>` line above the lede, a `span.date` that opens
// it) is the page's, not the article's: read, it became sentence 0 or the opening of bullet 1.

const HEADLINE = "البلدية تفتتح جسرا جديدا فوق النهر";
const LEDE =
  "افتتحت البلدية، صباح الاثنين، جسرا جديدا فوق النهر يربط الحي الشرقي بوسط المدينة بعد عامين من العمل.";
const BODY = [
  "ويبلغ طول الجسر أربعمئة متر ويتسع لأربعة مسارات للسيارات وممر للمشاة والدراجات.",
  "وقال رئيس البلدية إن الجسر سيختصر زمن الرحلة إلى وسط المدينة إلى النصف في ساعات الذروة.",
  "وتعتزم البلدية افتتاح جسر ثان في الجنوب قبل نهاية العام المقبل إذا توفر التمويل اللازم.",
];
const body = BODY.map((p) => `<p>${p}</p>`).join("\n");
const page = (inner: string) =>
  `<!DOCTYPE html><html lang="ar"><head><meta charset="utf-8"><title>${HEADLINE}</title></head><body><article><h1>${HEADLINE}</h1>${inner}</article></body></html>`;
const deep = (inner: string) => page(`${"<div>".repeat(110)}${inner}${"</div>".repeat(110)}`);

test("a <time> line above the lede, or a date span that opens it, is not article text", async () => {
  for (const make of [page, deep]) {
    const alone = await prepareArticle(
      make(`<time datetime="2024-05-12">12 مايو 2024</time><p>${LEDE}</p>${body}`),
    );
    assert.equal(alone.text, [LEDE, ...BODY].join("\n\n"));
    const opening = await prepareArticle(
      make(
        `<p><span class="date">الأحد 5 ذو القعدة 1445 هـ - 12 مايو 2024 م</span> ${LEDE}</p>${body}`,
      ),
    );
    assert.equal(opening.text, [LEDE, ...BODY].join("\n\n"));
    const published = await prepareArticle(
      make(`<div class="publish-date">نشر في: 12 مايو 2024 - 10:45 ص</div><p>${LEDE}</p>${body}`),
    );
    assert.equal(published.text, [LEDE, ...BODY].join("\n\n"));
  }
});

test("a date inside a sentence, and a date word without a digit, stay", async () => {
  const inside =
    "وأعلنت البلدية أن الجسر سيفتح أمام الشاحنات في <time>15 يونيو</time> بعد اختبارات الحمولة.";
  const article = await prepareArticle(page(`<p>${LEDE}</p><p>${inside}</p>${body}`));
  assert.ok(article.text.includes("في 15 يونيو بعد"), article.text);
  const named = await prepareArticle(page(`<p><span class="time">صباحا</span> ${LEDE}</p>${body}`));
  assert.ok(named.text.startsWith(`صباحا ${LEDE}`), named.text);
});
