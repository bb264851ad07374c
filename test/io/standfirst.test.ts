import assert from "node:assert/strict";
import { test } from "node:test";
import { prepareArticle } from "../../src/io/article.js";

// The standfirst under a story's headline, in its <header>, is the story's lede: readers skip a
// <header>, and the story was read from its second sentence.

const HEADLINE = "تراجع أسعار الخضروات في أسواق الجملة";
const LEDE =
  "قالت غرفة التجارة إن أسعار الخضروات في أسواق الجملة تراجعت بنحو الخمس خلال الأسبوع الماضي مع وفرة المحصول.";
const BODY = [
  "وأوضح رئيس شعبة الخضروات أن الطماطم سجلت أكبر تراجع بعد دخول إنتاج المزارع الجديدة إلى السوق.",
  "وأضاف أن الأسعار مرشحة لمزيد من الانخفاض إذا استمرت الأحوال الجوية المعتدلة حتى نهاية الشهر.",
  "في المقابل، شكا مزارعون من أن الأسعار الحالية لا تغطي تكاليف النقل والأسمدة التي ارتفعت مؤخرا.",
];
const body = BODY.map((p) => `<p>${p}</p>`).join("\n");
const BYLINE = '<span class="byline">كتب: مراد يوسف</span>';

const page = (inner: string) =>
  `<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>${HEADLINE} | صحيفة السوق</title></head><body><header class="site"><a href="/">صحيفة السوق</a><nav><a href="/eco">اقتصاد</a></nav></header>${inner}</body></html>`;
/** Nested past Readability's depth: the fallback reader reads it. */
const deep = (inner: string) => page(`${"<div>".repeat(110)}${inner}${"</div>".repeat(110)}`);

/** A story whose <header> holds `standfirst` after its headline. */
const story = (standfirst: string) =>
  `<main><article><header><h1>${HEADLINE}</h1>${standfirst}${BYLINE}</header>${body}</article></main>`;

test("the standfirst in the story's <header> is its first paragraph", async () => {
  const standfirsts = [
    `<p class="standfirst">${LEDE}</p>`,
    `<div class="article-summary">${LEDE}</div>`,
    `<p class="lead">${LEDE}</p>`,
    `<h2 class="sub-title">${LEDE}</h2>`,
    `<div class="dek"><p>${LEDE}</p></div>`,
    // Not named, but a sentence.
    `<p>${LEDE}</p>`,
  ];
  for (const make of [page, deep]) {
    for (const standfirst of standfirsts) {
      const article = await prepareArticle(make(story(standfirst)));
      assert.equal(article.text, [LEDE, ...BODY].join("\n\n"), standfirst);
      assert.equal(article.title, HEADLINE);
    }
    // The story's header outside its <article>, the body in a <div> after the header.
    const layouts = [
      `<header><h1>${HEADLINE}</h1><p class="intro">${LEDE}</p></header><article>${body}</article>`,
      `<article><header><h1>${HEADLINE}</h1><p class="excerpt">${LEDE}</p></header><div class="article-body">${body}</div></article>`,
    ];
    for (const layout of layouts) {
      const article = await prepareArticle(make(layout));
      assert.equal(article.text, [LEDE, ...BODY].join("\n\n"), layout);
    }
  }
});

test("the byline, the date, breadcrumbs, a label and the headline in the header are not", async () => {
  const others = [
    '<p class="byline">بقلم مراد يوسف، مراسل الصحيفة في العاصمة منذ عشر سنوات.</p>',
    '<p class="date">نشر يوم الاثنين 3 مارس 2025 الساعة العاشرة صباحا بتوقيت العاصمة.</p>',
    '<p><time datetime="2025-03-03">الاثنين 3 مارس 2025، العاشرة صباحا بتوقيت العاصمة.</time></p>',
    '<ol class="breadcrumb"><li><a href="/">الرئيسية</a></li><li><a href="/eco">اقتصاد</a></li></ol>',
    '<p class="kicker">اقتصاد وأسواق وأسعار وتجارة داخلية وخارجية.</p>',
    `<p class="summary">${HEADLINE}</p>`,
    // A sentence that ends open, and one mostly in links.
    "<p>تقرير خاص من أسواق الجملة في العاصمة والمحافظات</p>",
    '<p>اقرأ أيضا: <a href="/x">التقرير الكامل عن أسعار الخضروات في أسواق الجملة.</a></p>',
  ];
  for (const make of [page, deep]) {
    for (const other of others) {
      const article = await prepareArticle(make(story(other)));
      assert.equal(article.text, BODY.join("\n\n"), other);
    }
  }
});

test("a site's header, and a standfirst the page repeats in its body, are read as before", async () => {
  for (const make of [page, deep]) {
    // The site's header: its h1 is the site's name, its sentence the site's motto.
    const site = await prepareArticle(
      make(
        `<header><h1><a href="/">صحيفة السوق</a></h1><p>صحيفة يومية مستقلة تصدر كل صباح منذ عام 1990.</p></header><article><h1>${HEADLINE}</h1>${body}</article>`,
      ),
    );
    assert.equal(site.text, BODY.join("\n\n"));
    const repeated = await prepareArticle(
      make(story(`<p class="standfirst">${LEDE}</p>`).replace(body, `<p>${LEDE}</p>${body}`)),
    );
    assert.equal(repeated.text, [LEDE, ...BODY].join("\n\n"));
  }
});
