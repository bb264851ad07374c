import assert from "node:assert/strict";
import { test } from "node:test";
import { prepareArticle } from "../../src/io/article.js";

// A page that holds several stories in <article>s side by side (the next story, stories added as
// the reader scrolls) is read for the story whose headline it gives, not for all of them joined.

const HEADLINE = "افتتاح مكتبة عامة جديدة في الحي القديم";
const STORY = [
  "افتتحت البلدية صباح اليوم مكتبة عامة جديدة في الحي القديم تضم أكثر من ثلاثين ألف كتاب.",
  "وقال رئيس البلدية إن المكتبة ستفتح أبوابها يوميا حتى العاشرة مساء وستكون مجانية للطلاب.",
  "وتضم المكتبة قاعة للأطفال ومختبرا للحاسوب وقاعة للمحاضرات تتسع لمئة وخمسين شخصا.",
];
const OTHER_HEADLINE = "ارتفاع منسوب المياه في السد الشمالي";
const OTHER = [
  "أعلنت وزارة الموارد المائية أن منسوب المياه في السد الشمالي ارتفع إلى أعلى مستوى منذ عشر سنوات.",
  "ودعت الوزارة سكان القرى القريبة من مجرى النهر إلى الحذر خلال الأيام المقبلة.",
];
const paragraphs = (lines: readonly string[]) => lines.map((p) => `<p>${p}</p>`).join("\n");
const story = `<article class="story"><h1>${HEADLINE}</h1>${paragraphs(STORY)}</article>`;
const other = (heading: string) =>
  `<article class="story"><${heading}>${OTHER_HEADLINE}</${heading}>${paragraphs(OTHER)}</article>`;

const page = (body: string, head = `<title>${HEADLINE} | صحيفة الحي</title>`) =>
  `<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
/** Nested past Readability's depth: the fallback reader reads it. */
const deep = (body: string, head?: string) =>
  page(`${"<div>".repeat(110)}${body}${"</div>".repeat(110)}`, head);

test("the next story's <article> beside the page's own is not read", async () => {
  for (const make of [page, deep]) {
    const after = await prepareArticle(make(`<main>${story}${other("h2")}</main>`));
    assert.equal(after.text, STORY.join("\n\n"));
    // Before it, as a label and a heading (a section's name above the next story's headline).
    const before = await prepareArticle(
      make(
        `<main><article><p class="kicker">محليات</p><h2>${OTHER_HEADLINE}</h2>${paragraphs(OTHER)}</article>${story}</main>`,
      ),
    );
    assert.equal(before.text, STORY.join("\n\n"));
  }
});

test("of stories added as the reader scrolls, each with an h1, the headline's is read", async () => {
  const scrolled = `<div class="post">${story}</div><div class="post">${other("h1")}</div>`;
  for (const make of [page, deep]) {
    const first = await prepareArticle(make(scrolled));
    assert.equal(first.text, STORY.join("\n\n"));
    // The page's og:title names the second.
    const second = await prepareArticle(
      make(scrolled, `<meta property="og:title" content="${OTHER_HEADLINE}"><title>الحي</title>`),
    );
    assert.equal(second.text, OTHER.join("\n\n"));
  }
});

test("one story in several <article>s or <section>s without headlines of their own is read whole", async () => {
  const [one, two, three] = STORY.map((p) => `<p>${p}</p>`);
  const layouts = [
    // One article wrapping the story.
    `<main>${story}</main>`,
    // The story split over articles that open with a paragraph.
    `<article><h1>${HEADLINE}</h1>${one}</article><article>${two}</article><article>${three}</article>`,
    // The headline alone in an article; the body in another, under a subheading.
    `<article><h1>${HEADLINE}</h1></article><article><h2>التفاصيل</h2>${one}${two}${three}</article>`,
    // Sections with subheadings inside the article.
    `<article><h1>${HEADLINE}</h1><section>${one}</section><section><h2>المرافق</h2>${two}${three}</section></article>`,
  ];
  for (const make of [page, deep]) {
    for (const layout of layouts) {
      const article = await prepareArticle(make(layout));
      for (const line of STORY)
        assert.ok(article.text.includes(line), `${layout}\n${article.text}`);
    }
  }
});
