import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { pathToFileURL } from "node:url";
import { errorCodes, KhulasaError } from "../../src/errors.js";
import { prepareArticle } from "../../src/io/article.js";
import { looksLikeHtml } from "../../src/io/detect-html.js";
import { MAX_MARKUP_DEPTH } from "../../src/io/html.js";
import { runModuleScript } from "../helpers/run-cli.js";
import { ROOT } from "../helpers/shared.js";

const PAGE = readFileSync(join(ROOT, "test", "io", "fixtures", "arabic-page.html"), "utf8");
const EMPTY_HINT = errorCodes.EMPTY_INPUT.hint;
const STORY = "أعلنت البلدية افتتاح حديقة عامة جديدة. وقالت إن الحديقة تضم ملعبا للأطفال.\n";

function hasCode(code: string) {
  return (error: unknown) => error instanceof KhulasaError && error.code === code;
}

test("HTML detection: pages and fragments are HTML", () => {
  assert.ok(looksLikeHtml(PAGE));
  assert.ok(looksLikeHtml("  <!doctype html><title>x</title><p>نص</p>"));
  assert.ok(looksLikeHtml("<!-- saved page -->\n<html lang='ar'><p>نص</p></html>"));
  assert.ok(looksLikeHtml("<p>الفقرة الأولى من الخبر.</p>\n<p>الفقرة الثانية.</p>"));
  assert.ok(looksLikeHtml("<body><div>نص</div><div>نص آخر</div></body>"));
  const lines = Array.from(
    { length: 6 },
    (_, i) => `<span class="s">جملة ${i}</span> وكلمات بعدها`,
  );
  assert.ok(looksLikeHtml(`مقدمة قصيرة\n${lines.join("\n")}`));
});

test("HTML detection: a CMS's text fields are markup (lines broken by <br>, inline links, entities)", async () => {
  const s1 = "أعلنت وزارة الكهرباء اليوم خطة لتخفيف الأحمال خلال فصل الصيف في المناطق السكنية.";
  const s2 = "وقال المتحدث باسم الوزارة إن الخطة مؤقتة وستنتهي مع انخفاض درجات الحرارة.";
  const s3 = "وأضاف أن الوزارة تعمل على تشغيل ثلاث محطات جديدة قبل نهاية العام الجاري.";
  const pages = [
    `<strong>القاهرة - أ ش أ</strong><br /><br />${s1}<br /><br />${s2}<br /><br />${s3}`,
    `${s1}<br>${s2}<br>${s3}`,
    `${s1} <strong>في المناطق</strong>.\n\nوقال <a href="/pm">المتحدث</a> إن الخطة مؤقتة&nbsp;وستنتهي قريبا.\n\n${s3.slice(0, -1)}&#1548; كما قال.`,
  ];
  for (const page of pages) {
    assert.ok(looksLikeHtml(page), page);
    const article = await prepareArticle(page);
    assert.equal(article.format, "html");
    assert.doesNotMatch(article.text, /[<>]|&nbsp;|&#/, article.text);
  }
  // Two <br> in a long text are a quotation of the tag, not lines.
  const prose = `${s1} ${s2} ${s3} `.repeat(6);
  assert.equal(
    looksLikeHtml(`${prose}وقال إن الوسم <br> يكسر السطر، وإن <br> آخر يترك سطرا فارغا.`),
    false,
  );
});

test("HTML detection: Arabic prose with a literal `<` or a quoted tag is text", () => {
  assert.equal(looksLikeHtml("إذا كان س < 5 فإن النتيجة صحيحة. وقيمة ص > 3 أيضا."), false);
  assert.equal(
    looksLikeHtml(
      "حذر الباحث من ثغرة تسمح بحقن الوسم <script> في الصفحات، وقال إن الوسم </script> يغلقه.",
    ),
    false,
  );
  const prose =
    "قال الخبير إن المواقع تستخدم الوسم <p> لبدء الفقرة و</p> لإنهائها، وإن الوسم <b> يميز النص. ";
  assert.equal(looksLikeHtml(prose.repeat(3)), false);
  assert.equal(looksLikeHtml(STORY), false);
  assert.equal(looksLikeHtml("<<<عنوان>>> نص الخبر"), false);
});

test("an Arabic RTL page: the article body, in order, without scripts, styles or boilerplate", async () => {
  const article = await prepareArticle(PAGE);
  assert.equal(article.format, "html");
  assert.equal(article.offset, null);
  assert.equal(article.title, "سباق الصحراء يجمع ألفي عداء في وادي رم"); // og:title
  const paragraphs = article.text.split("\n\n");
  assert.equal(paragraphs.length, 10, article.text);
  paragraphs.forEach((p, i) => {
    assert.ok(p.startsWith(`الفقرة_${i + 1}:`), `paragraph ${i + 1}: ${p}`);
  });
  for (const leak of [
    "مخفي",
    "نمط_",
    "سكربت_",
    "track",
    "function",
    "{",
    "<",
    "رابط_جانبي",
    "إعلان_جانبي",
    "الرئيسية",
    "تذييل_الصفحة",
    "تعليق_صورة",
    "نموذج_تعليق",
    "نص_بلا_سكربت",
    "تعليق_في_الصفحة",
    "عنوان_من_البيانات",
    "سباق الصحراء يجمع", // the headline repeats the title: not part of the body
  ]) {
    assert.ok(!article.text.includes(leak), `"${leak}" leaked into the article text`);
  }
  assert.ok(article.text.includes('"ستة أشهر"'), "entities are decoded");
  assert.ok(article.text.includes("عداء كيني\nأنهى"), "<br> is a line break inside the paragraph");
  assert.ok(
    article.text.includes("إن اللجنة المنظمة وفرت"),
    "link text inside a paragraph is kept",
  );
});

test("a given title wins over the page title; <title> and h1 are fallbacks", async () => {
  assert.equal((await prepareArticle(PAGE, { title: "عنوان آخر" })).title, "عنوان آخر");
  const body = `<p>${STORY}</p><p>${STORY}</p>`;
  const withTitle = await prepareArticle(
    `<html><head><title>عنوان الصفحة</title></head><body>${body}</body></html>`,
  );
  assert.equal(withTitle.title, "عنوان الصفحة");
  assert.ok(!withTitle.text.includes("عنوان الصفحة"));
  const withH1 = await prepareArticle(`<html><body><h1>عنوان الخبر</h1>${body}</body></html>`);
  assert.equal(withH1.title, "عنوان الخبر");
  assert.equal((await prepareArticle(body)).title, null);
});

test("a page with no article body is NO_ARTICLE", async () => {
  const links = `<!DOCTYPE html><html><head><title>الموقع</title><script>var a = "نص طويل جدا داخل سكربت لا يعد مقالا أبدا";</script></head>
<body><nav><a href="/">الرئيسية</a> <a href="/x">أخبار محلية وعربية ودولية</a></nav>
<aside><a href="/y">الأكثر قراءة اليوم في الموقع</a></aside><footer>جميع الحقوق محفوظة للموقع منذ سنوات طويلة</footer></body></html>`;
  await assert.rejects(prepareArticle(links), hasCode("NO_ARTICLE"));
  await assert.rejects(
    prepareArticle("<html><body></body></html>", { html: true }),
    hasCode("NO_ARTICLE"),
  );
});

test("an error or sign-in page of a few lines is NO_ARTICLE by its title; an article titled so is read", async () => {
  const page = (title: string, h1: string, text: string) =>
    `<!DOCTYPE html><html><head><title>${title}</title></head><body><div class="content"><h1>${h1}</h1><p>${text}</p></div></body></html>`;
  const message = "عذرا، لم نعثر على الصفحة المطلوبة. ربما تم نقلها أو حذفها من الموقع.";
  const cases: [string, RegExp][] = [
    [page("404 - الصفحة غير موجودة", "الصفحة غير موجودة", message), /title says "404"/],
    [page("صحيفة الوادي", "الصفحةُ غير موجودة!", message), /title says "الصفحةُ غير موجودة!"/],
    [page("الصفحة غير موجودة - 404 | صحيفة الوادي", "عذرا", message), /"الصفحة غير موجودة"/],
    [page("Page Not Found | Example", "Oops", message), /"Page Not Found"/],
    [
      page("تسجيل الدخول - صحيفة الوادي", "تسجيل الدخول", "سجل دخولك للوصول إلى المحتوى الحصري."),
      /"تسجيل الدخول"/,
    ],
  ];
  for (const [html, says] of cases) {
    await assert.rejects(prepareArticle(html), (error: unknown) => {
      assert.ok(error instanceof KhulasaError && error.code === "NO_ARTICLE", String(error));
      assert.match(error.message, says);
      return true;
    });
  }
  // A headline that holds such words among others is a story; so is an article whose title a
  // site got wrong (a breadcrumb, a CMS's default, a column called "خطأ"), when it has a body.
  for (const title of [
    "404 مهاجرين يصلون إلى الجزيرة | صحيفة الوادي",
    "تسجيل الدخول إلى المنصة يتعطل ساعات",
  ]) {
    const article = await prepareArticle(page(title, title.split(" | ")[0] as string, STORY));
    assert.equal(article.text, STORY.trim(), title);
  }
  const body = Array.from({ length: 8 }, () => STORY.trim()).join(" ");
  for (const title of [
    "الرئيسية - اقتصاد - افتتاح حديقة",
    "Home | Alwadi News",
    "خطأ - بقلم سعيد الخطيب",
    "404",
  ]) {
    const article = await prepareArticle(page(title, "افتتاح حديقة عامة", body));
    assert.equal(article.text, body, title);
  }
});

test("a page drawn by a script is read from its JSON-LD articleBody", async () => {
  const sentences = [
    "أعلنت هيئة الانتخابات أن نسبة المشاركة بلغت 31% عند إغلاق مكاتب الاقتراع.",
    "وسجلت المدن الجنوبية أعلى نسب المشاركة، بينما سجلت العاصمة أدناها.",
    "وقال رئيس الهيئة إن النتائج الأولية ستعلن مساء الثلاثاء.",
  ];
  const ld = (value: unknown) =>
    `<script type="application/ld+json">${JSON.stringify(value)}</script>`;
  const page = (scripts: string, body = '<div id="app"></div>') =>
    `<!DOCTYPE html><html><head><title>المشاركة في الانتخابات 31%</title>${scripts}</head><body>${body}<script>render()</script></body></html>`;
  const graph = {
    "@context": "https://schema.org",
    "@graph": [
      { "@type": "WebSite", name: "صحيفة الوادي" },
      { "@type": "NewsArticle", headline: "المشاركة 31%", articleBody: sentences.join("\n") },
    ],
  };
  const plain = await prepareArticle(
    page(`<script type="application/ld+json">{ not json</script>${ld(graph)}`),
  );
  assert.equal(plain.text, sentences.join("\n\n"));
  // An articleBody in HTML, in an array of objects.
  const html = await prepareArticle(
    page(
      ld([{ "@type": "NewsArticle", articleBody: sentences.map((x) => `<p>${x}</p>`).join("") }]),
    ),
  );
  assert.equal(html.text, sentences.join("\n\n"));
  // A page with a body of its own is read from its body.
  const own = `<article><p>${STORY}</p><p>${STORY}</p></article>`;
  const read = await prepareArticle(page(ld(graph), own));
  assert.equal(read.text, `${STORY.trim()}\n\n${STORY.trim()}`);
  // Only the page's own article: not one of a list of related stories, however long.
  const related = {
    "@context": "https://schema.org",
    "@graph": [
      { "@type": "NewsArticle", headline: "المشاركة في الانتخابات 31%", articleBody: sentences[0] },
      {
        "@type": "ItemList",
        itemListElement: [{ "@type": "NewsArticle", articleBody: `${STORY.repeat(20)}` }],
      },
    ],
  };
  const itself = await prepareArticle(page(ld(related)));
  assert.equal(itself.text, sentences[0]);
  // A loading line is no article; the JSON-LD's character references are decoded, and its
  // headline is the title when the page has no og:title or h1 (its <title> may carry the site).
  const shell = await prepareArticle(
    page(
      ld({
        "@type": "NewsArticle",
        headline: "نسبة المشاركة",
        articleBody:
          "بلغت نسبة المشاركة في الانتخابات البلدية 31&nbsp;في المئة &amp; قال رئيس الهيئة: &quot;النتائج الأولية مساء الثلاثاء&quot;.",
      }),
      '<div class="loader">جاري تحميل المحتوى، يرجى الانتظار</div>',
    ),
  );
  assert.equal(
    shell.text,
    'بلغت نسبة المشاركة في الانتخابات البلدية 31 في المئة & قال رئيس الهيئة: "النتائج الأولية مساء الثلاثاء".',
  );
  assert.equal(shell.title, "نسبة المشاركة");
  // No article in the page nor in its JSON-LD.
  await assert.rejects(
    prepareArticle(page(ld({ "@type": "WebSite", name: "صحيفة الوادي" }))),
    hasCode("NO_ARTICLE"),
  );
});

test("--html / --text force the reading", async () => {
  const forcedText = await prepareArticle(`<p>${STORY}</p><p>${STORY}</p>`, { html: false });
  assert.equal(forcedText.format, "text");
  assert.ok(forcedText.text.startsWith("<p>"));
  const forcedHtml = await prepareArticle(STORY, { html: true });
  assert.equal(forcedHtml.format, "html");
  assert.equal(forcedHtml.text, STORY.trim());
});

test("plain text is returned as is, with offset 0", async () => {
  const text = `${STORY}\r\n  ${STORY}`;
  const article = await prepareArticle(text);
  assert.deepEqual(article, { text, title: null, format: "text", offset: 0 });
});

test("a leading block of `- ` highlight lines is cut off; text === raw.slice(offset)", async () => {
  const raw = `- أعلنت البلدية افتتاح حديقة.\n- تضم ملعبا للأطفال.\n\n${STORY}- سطر داخل المقال يبقى.\n`;
  const article = await prepareArticle(raw, { title: "حديقة" });
  assert.equal(article.text, `${STORY}- سطر داخل المقال يبقى.\n`);
  assert.equal(article.offset, raw.indexOf(STORY));
  assert.equal(raw.slice(article.offset ?? -1), article.text);
  assert.equal(article.title, "حديقة");
  const crlf = `\uFEFF- أولا\r\n- ثانيا\r\n${STORY}`;
  const cut = await prepareArticle(crlf);
  assert.equal(cut.text, STORY);
  assert.equal(crlf.slice(cut.offset ?? -1), STORY);
  // Lines may end as the segmenter's do: a CR alone, U+2028, NEL; a dash may have a tab after it.
  const shapes: [string, string][] = [
    ["\r", "- "],
    ["\u2028", "- "],
    ["\u0085", "- "],
    ["\n", "-\t"],
  ];
  for (const [lineBreak, dash] of shapes) {
    const block = `${dash}أعلنت البلدية افتتاح حديقة.${lineBreak}${dash}تضم ملعبا للأطفال.${lineBreak}${lineBreak}`;
    const other = await prepareArticle(block + STORY);
    assert.equal(other.text, STORY, JSON.stringify(lineBreak + dash));
    assert.equal(other.offset, block.length);
  }
});

test("a block of `- ` lines with fewer words after it than in it is the article", async () => {
  // A column written as `- ` paragraphs, then only its source: highlights are shorter than what
  // they summarize, so these lines are not highlights.
  const column = `- ${STORY.trim()}\n- ${STORY.trim()}\n- ${STORY.trim()}\n`;
  const raw = `${column}* نقلا عن صحيفة محلية\n`;
  const article = await prepareArticle(raw);
  assert.equal(article.text, raw);
  assert.equal(article.offset, 0);
  // More words after the block than in it: the block is highlights above an article.
  const above = "- أعلنت البلدية افتتاح حديقة.\nأعلنت البلدية افتتاح حديقة عامة.\n";
  assert.equal((await prepareArticle(above)).text, "أعلنت البلدية افتتاح حديقة عامة.\n");
});

test("input made only of `- ` lines is all article (nothing follows the block)", async () => {
  const raw = "- أعلنت البلدية افتتاح حديقة.\n- تضم ملعبا للأطفال.\n";
  const article = await prepareArticle(raw);
  assert.equal(article.text, raw);
  assert.equal(article.offset, 0);
});

test("empty and whitespace-only input is EMPTY_INPUT; no Arabic letters is NOT_ARABIC", async () => {
  // The CLI gives the same message with the file's name for "the article" (test/cli/summarize).
  const empty = { code: "EMPTY_INPUT", message: "the article is empty", hint: EMPTY_HINT };
  await assert.rejects(prepareArticle(""), empty);
  await assert.rejects(prepareArticle(" \n\t\r\n "), empty);
  await assert.rejects(prepareArticle("\ufeff \n"), empty);
  await assert.rejects(
    prepareArticle("The minister said on Sunday. 3.5 million."),
    hasCode("NOT_ARABIC"),
  );
  // Arabic-Indic digits and the Arabic comma are not Arabic letters.
  await assert.rejects(prepareArticle("١٢٣ ، ٤٥٦؟"), hasCode("NOT_ARABIC"));
  await assert.rejects(
    prepareArticle(
      "<html><body><article><p>English only text in a page, long enough to be an article body.</p></article></body></html>",
    ),
    hasCode("NOT_ARABIC"),
  );
});

test("a deeply nested page is read without Readability; one nested past 1,000 levels is refused unparsed", async () => {
  const inner = `<p>${STORY}</p><p>${STORY}</p>`;
  const nested = (depth: number) =>
    `<!DOCTYPE html><html><body>${"<div>".repeat(depth)}${inner}${"</div>".repeat(depth)}</body></html>`;
  // `<html>`, `<body>`, the `<div>`s and a `<p>`: 1,000 levels.
  const article = await prepareArticle(nested(MAX_MARKUP_DEPTH - 3));
  assert.equal(article.format, "html");
  assert.equal(article.text, `${STORY.trim()}\n\n${STORY.trim()}`);
  // 200,000 levels took the HTML parser 16 s; refused, it takes no parse at all.
  await assert.rejects(prepareArticle(nested(200_000)), (error: unknown) => {
    assert.ok(error instanceof KhulasaError && error.code === "NO_ARTICLE");
    assert.match(error.message, /more than 1000 levels deep/);
    // The page may well hold an article: the hint says what to give, not that it has none.
    assert.equal(error.hint, "Give the article itself as plain text.");
    return true;
  });
});

test("list items that open paragraphs nest in the parser: 2,000 of them are refused, not parsed", async () => {
  // htmlparser2 (linkedom's parser) closes an open <li> at the next one only when it is the
  // innermost element, so `<li><p>` nests each item in the one before: 100,000 had taken a minute.
  const items = `<html><body><ul>${"<li><p>خبر عن الأسعار".repeat(2000)}</ul></body></html>`;
  await assert.rejects(prepareArticle(items), /more than 1000 levels deep/);
});

test("a page too large for Readability is read by the linear fallback (a child process, stopped at a deadline)", () => {
  // 60,000 short paragraphs (3 MB) had taken Readability 95 s; the fallback reads them in 1 s.
  const module = pathToFileURL(join(ROOT, "src", "io", "article.ts")).href;
  const code = `import { prepareArticle } from ${JSON.stringify(module)};
const page = "<html><body><article><p>${STORY.trim()}</p></article>" + "<div><p>خبر قصير عن الطقس.</p></div>".repeat(60000) + "</body></html>";
const article = await prepareArticle(page);
console.log(article.format, article.text.startsWith(${JSON.stringify(STORY.trim())}), article.text.split("\\n\\n").length);`;
  const run = runModuleScript(code, { tsx: true, timeout: 60_000 });
  assert.equal(run.signal, null, "stopped at the 60 s deadline");
  assert.equal(run.stdout.trim(), "html true 60001", run.stderr);
});

test("a byline, a photo credit and a copyright notice never reach the article text", async () => {
  const body = `<p>${STORY}</p><p>${STORY}</p><p>${STORY}</p>`;
  const page = `<html><body><main><article><h1>افتتاح حديقة عامة</h1>
<div data-component="byline-block"><span>سعيد الخطيب</span><span>صحيفة الوادي</span><time datetime="2024-03-05">5 مارس/آذار 2024</time></div>
<figure><img src="a.jpg" alt=""><p class="photo-credit">صدر الصورة، وكالة الصور</p></figure>
${body}<div class="articleByline">كتب: سعيد الخطيب</div></article>
<div class="copyright">جميع الحقوق محفوظة لصحيفة الوادي 2024، ويمنع نسخ المحتوى دون إذن.</div></main></body></html>`;
  const article = await prepareArticle(page);
  assert.equal(article.format, "html");
  for (const chrome of ["سعيد الخطيب", "صدر الصورة", "جميع الحقوق", "مارس/آذار"]) {
    assert.ok(!article.text.includes(chrome), `${chrome} in:\n${article.text}`);
  }
  assert.ok(article.text.includes(STORY.trim().split(".")[0] as string));
  // A story whose container is named so by mistake is longer than any credit: it stays.
  const named = await prepareArticle(
    `<html><body><div class="credit-news"><p>${STORY}</p><p>${STORY}</p><p>${STORY}</p><p>${STORY}</p><p>${STORY}</p></div></body></html>`,
  );
  assert.ok(named.text.includes(STORY.trim().split(".")[0] as string));
});

test("a short brief loses neither sentences nor gains the readers' comments or the meta line", async () => {
  const brief = [
    "أقر مجلس الوزراء اليوم زيادة رواتب موظفي القطاع العام ثلاثة أضعاف اعتبارا من الشهر المقبل.",
    "وتشمل الزيادة نحو 300 ألف موظف ومتقاعد، بكلفة سنوية تقارب 700 مليون دولار.",
    "وكانت رابطة الموظفين قد نفذت إضرابا استمر ستة أسابيع للمطالبة بتصحيح الرواتب.",
  ];
  const page = `<!DOCTYPE html><html><head><title>الحكومة تقر زيادة الرواتب | صحيفة الوادي</title></head><body>
<header class="masthead"><a href="/">صحيفة الوادي</a><nav><a href="/economy">اقتصاد</a></nav></header>
<div class="container"><div class="post"><h1>الحكومة تقر زيادة الرواتب</h1>
<div class="post-meta"><span>صحيفة الوادي</span> <span>7 شباط 2025 - 14:05</span> <span>مدة القراءة: 3 دقائق</span></div>
<div class="post-content">${brief.map((sentence) => `<p>${sentence}</p>`).join("")}</div></div>
<section class="comments-section" id="comments"><h3>التعليقات (2)</h3>
<div class="comment"><span>مواطن</span><p>الزيادة لا تكفي لدفع فاتورة الكهرباء وحدها، والأسعار ترتفع كل يوم في الأسواق.</p></div>
<div class="comment"><span>جورج</span><p>كان يجب إقرار هذه الزيادة قبل سنتين على الأقل، فقد هاجر آلاف الموظفين من القطاع العام.</p></div>
</section></div></body></html>`;
  const article = await prepareArticle(page);
  assert.equal(article.text, brief.join("\n\n"));
  // A post whose topics or container are named after newsletters or subscriptions stays.
  const named = await prepareArticle(
    `<!DOCTYPE html><html><body><article class="post-881 post tag-newsletter category-media"><h1>نشرة بريدية جديدة</h1><div class="article-subscription-content">${brief.map((sentence) => `<p>${sentence}</p>`).join("")}</div></article></body></html>`,
  );
  assert.equal(named.text, brief.join("\n\n"));
});

test("embedded posts, screen-reader text and a newsletter sign-up never reach the article text", async () => {
  const paragraphs = [
    'افتتح <a href="https://example.org/">وزير الصحة<span class="screen-reader-text"> (يفتح في علامة تبويب جديدة)</span></a>، صباح اليوم، مستشفى جديدا في المدينة بسعة 200 سرير.',
    "وقال الوزير إن المستشفى سيخدم نحو نصف مليون نسمة في المحافظة والقرى المجاورة لها.",
    '<blockquote class="twitter-tweet"><p lang="ar">سعدت اليوم بافتتاح المستشفى، وأشكر كل من ساهم في إنجازه</p>— الوزير (@minister) <a href="https://twitter.com/x/status/1">7 شباط 2025</a></blockquote>',
    '<div class="newsletter-signup"><h4>النشرة الإخبارية</h4><p>اشترك الآن لتصلك أبرز الأخبار كل صباح إلى بريدك الإلكتروني.</p><input type="email"><button>اشترك</button></div>',
    "وبلغت كلفة بناء المستشفى وتجهيزه نحو 40 مليون دولار، بتمويل من الحكومة وصندوق للتنمية.",
    "وتتضمن المرحلة الثانية من المشروع بناء كلية للتمريض بجوار المستشفى خلال العامين المقبلين.",
  ];
  const page = `<!DOCTYPE html><html><body><article><h1>افتتاح مستشفى جديد</h1>${paragraphs
    .map((p) => (p.startsWith("<blockquote") || p.startsWith("<div") ? p : `<p>${p}</p>`))
    .join("\n")}</article></body></html>`;
  const article = await prepareArticle(page);
  for (const extra of ["يفتح في علامة", "سعدت اليوم", "@minister", "النشرة", "اشترك الآن"]) {
    assert.ok(!article.text.includes(extra), `${extra} in:\n${article.text}`);
  }
  assert.equal(article.text.split("\n\n").length, 4, article.text);
  assert.ok(article.text.startsWith("افتتح وزير الصحة، صباح اليوم،"), article.text);
});

test("a <template>'s content, never shown, is not the article; a page of a template alone is NO_ARTICLE", async () => {
  const story =
    "<p>أعلنت الحكومة خطة لخفض أسعار الوقود ابتداء من الشهر المقبل. وتشمل الخطة دعما مباشرا للأسر محدودة الدخل لمدة عام.</p>";
  const hidden =
    "<p>وقال الوزير إن الاتفاق التجاري الجديد مع الدول المجاورة سيوفر آلاف فرص العمل للشباب.</p><p>وأضاف أن المفاوضات استمرت أكثر من عامين قبل التوصل إلى صيغة نهائية ترضي جميع الأطراف.</p><p>ومن المتوقع أن يدخل الاتفاق حيز التنفيذ مطلع العام المقبل بعد مصادقة البرلمان عليه.</p>";
  const page = `<html><body><article>${story}</article><template><div>${hidden}</div></template></body></html>`;
  const article = await prepareArticle(page);
  assert.ok(article.text.startsWith("أعلنت الحكومة خطة"), article.text);
  assert.ok(!article.text.includes("الاتفاق التجاري"), article.text);
  await assert.rejects(
    prepareArticle(`<html><body><template>${hidden}</template></body></html>`),
    hasCode("NO_ARTICLE"),
  );
});

test("elements between </head> and <body> (a stylesheet link, a second head) leave the body read", async () => {
  const body = `<body class="post"><article><h1>خطة الوقود</h1><p>${STORY.trim()}</p><p>وقالت البلدية إن الحديقة تفتح أبوابها للزوار يوم الجمعة المقبل.</p></article></body>`;
  for (const stray of [
    '<link rel="stylesheet" href="a.css">',
    '<meta name="x" content="y">',
    "<head><title>خبر</title></head>",
    "<base href='/'>",
    "<div>إعلان</div>",
  ]) {
    const page = `<html><head><title>خبر</title></head>${stray}${body}</html>`;
    const article = await prepareArticle(page);
    assert.ok(article.text.includes("وقالت البلدية إن الحديقة"), `${stray}: ${article.text}`);
    assert.ok(!article.text.includes("<"), article.text);
  }
  // What belongs in the head is read there: the og:title, and the JSON-LD of a page drawn by a
  // script.
  const body2 =
    "أعلنت الحكومة خطة لخفض أسعار الوقود ابتداء من الشهر المقبل. وتشمل الخطة دعما مباشرا للأسر محدودة الدخل لمدة عام كامل. وقال الوزير إن الخطة ستكلف الموازنة نحو ملياري دولار.";
  const ld = JSON.stringify({ "@type": "NewsArticle", headline: "خطة الوقود", articleBody: body2 });
  for (const wrap of [(x: string) => x, (x: string) => `<head>${x}</head>`]) {
    const stray = wrap(
      `<meta property="og:title" content="خطة الوقود الجديدة"><script type="application/ld+json">${ld}</script>`,
    );
    const page = `<html><head><title>موقع الأخبار</title></head>${stray}<body><div id="app">جاري تحميل المحتوى</div></body></html>`;
    const article = await prepareArticle(page);
    assert.equal(article.title, "خطة الوقود الجديدة", stray);
    assert.ok(article.text.includes("وقال الوزير إن الخطة"), `${stray}: ${article.text}`);
  }
});

test("a site logo in an h1 is not the title: the article's h1, else <title> without the site name", async () => {
  const body = `<p>${STORY}</p><p>${STORY}</p>`;
  const logo = '<header><h1 class="logo"><a href="/">صحيفة الوادي</a></h1></header>';
  const inHeader = await prepareArticle(
    `<html><head><title>ارتفاع صادرات الفوسفات 20 بالمئة | صحيفة الوادي</title></head><body>${logo}<main><h2>ارتفاع صادرات الفوسفات 20 بالمئة</h2>${body}</main></body></html>`,
  );
  assert.equal(inHeader.title, "ارتفاع صادرات الفوسفات 20 بالمئة");
  const homeLink = await prepareArticle(
    `<html><body><div id="top"><h1><a href="https://example.com/">صحيفة الوادي</a></h1></div><article><header><h1><a href="/news/12">افتتاح حديقة عامة</a></h1></header>${body}</article></body></html>`,
  );
  assert.equal(homeLink.title, "افتتاح حديقة عامة");
  assert.ok(!homeLink.text.includes("صحيفة الوادي"), homeLink.text);
  // A logo that links to the home of the site's Arabic edition, in a <div>.
  const story = '<div class="story"><h1>افتتاح حديقة عامة</h1>';
  for (const home of ["/ar/", "/arabic", "https://example.com/ar-ae/"]) {
    const edition = await prepareArticle(
      `<html><body><div class="top"><h1 class="logo"><a href="${home}">صحيفة الوادي</a></h1></div>${story}${body}</div></body></html>`,
    );
    assert.equal(edition.title, "افتتاح حديقة عامة", home);
  }
  // An h1 that is the site's name as <title> gives it, beside the headline.
  const named = await prepareArticle(
    `<html><head><title>افتتاح حديقة عامة في المدينة - صحيفة الوادي</title></head><body><div><h1>صحيفة الوادي</h1></div>${story}${body}</div></body></html>`,
  );
  assert.equal(named.title, "افتتاح حديقة عامة");
  // A site's header inside a wrapper <div> is the page's, with or without its nav.
  const banner = await prepareArticle(
    `<html><head><title>افتتاح حديقة عامة جديدة في المدينة | صحيفة الوادي</title></head><body><div id="page"><header class="site-header"><h1>الوادي</h1></header><p>${STORY}</p></div></body></html>`,
  );
  assert.equal(banner.title, "افتتاح حديقة عامة جديدة في المدينة");
  // The article's own h1 stays the headline even when it is the short end of <title>.
  const short = await prepareArticle(
    `<html><head><title>صحيفة الوادي - أخبار المدن والعالم | افتتاح حديقة</title></head><body><article><h1>افتتاح حديقة</h1>${body}</article></body></html>`,
  );
  assert.equal(short.title, "افتتاح حديقة");
  // An h1 that no reader sees (a sign-in dialog's) is not the headline; nor is an h1 that links
  // to a post (`/?p=4521`, WordPress) taken for a logo.
  const dialog = await prepareArticle(
    `<html><body><div class="modal" aria-hidden="true"><h1>تسجيل الدخول</h1></div>${story}${body}</div></body></html>`,
  );
  assert.equal(dialog.title, "افتتاح حديقة عامة");
  const post = await prepareArticle(
    `<html><body><div class="entry"><h1><a href="https://example.com/?p=4521">افتتاح حديقة عامة</a></h1>${body}</div></body></html>`,
  );
  assert.equal(post.title, "افتتاح حديقة عامة");
});

test("og:title loses the site's name a site adds to it; a headline's own dash stays", async () => {
  const body = `<p>${STORY}</p><p>${STORY}</p>`;
  const page = (og: string, extra = "", h1 = "") =>
    `<html><head><meta property="og:title" content="${og}">${extra}</head><body><article>${h1}${body}</article></body></html>`;
  const site = '<meta property="og:site_name" content="صحيفة الوادي">';
  const cases: Array<[string, string, string, string]> = [
    [
      "حديقة الوادي الكبرى تفتح أبوابها - صحيفة الوادي",
      site,
      "",
      "حديقة الوادي الكبرى تفتح أبوابها",
    ],
    [
      "صحيفة الوادي | حديقة الوادي الكبرى تفتح أبوابها",
      site,
      "",
      "حديقة الوادي الكبرى تفتح أبوابها",
    ],
    // No og:site_name: the article's h1 says where the headline ends.
    [
      "حديقة الوادي الكبرى تفتح أبوابها • Alwadi News",
      "",
      "<h1>حديقة الوادي الكبرى تفتح أبوابها</h1>",
      "حديقة الوادي الكبرى تفتح أبوابها",
    ],
    // A dash that is the headline's own (a dateline, a speaker) is kept.
    ["غزة - حديقة الوادي الكبرى تفتح أبوابها", site, "", "غزة - حديقة الوادي الكبرى تفتح أبوابها"],
    [
      "الوزير - الحديقة مفتوحة للجميع",
      "",
      "<h1>الوزير: الحديقة مفتوحة</h1>",
      "الوزير - الحديقة مفتوحة للجميع",
    ],
    // Guillemets quote in a headline: they set nothing apart, and the site's name still goes.
    [
      "الوزير: « الحديقة مفتوحة للجميع » - صحيفة الوادي",
      site,
      "",
      "الوزير: « الحديقة مفتوحة للجميع »",
    ],
    // An h1 that names the section is shorter than the headline: it is not taken for it.
    [
      "اقتصاد - حديقة الوادي الكبرى تفتح أبوابها",
      "",
      "<h1>اقتصاد</h1>",
      "اقتصاد - حديقة الوادي الكبرى تفتح أبوابها",
    ],
  ];
  for (const [og, extra, h1, title] of cases) {
    const article = await prepareArticle(page(og, extra, h1));
    assert.equal(article.title, title, og);
    // The h1 that is the headline is not left in the body as a paragraph.
    if (h1 !== "")
      assert.ok(!article.text.includes("حديقة الوادي الكبرى تفتح أبوابها"), article.text);
  }
});

test("when Readability is skipped, site chrome marked by role, class or id stays out of the text", async () => {
  const deep = (html: string) => `${"<div>".repeat(200)}${html}${"</div>".repeat(200)}`;
  const chrome = [
    '<div id="cookie-banner">يستخدم هذا الموقع ملفات تعريف الارتباط</div>',
    '<div class="breadcrumb">الرئيسية &gt; محليات</div>',
    '<div class="shareBar">شارك الخبر على فيسبوك</div>',
    '<div role="complementary">اقرأ أيضا: افتتاح مكتبة عامة</div>',
    '<section id="user_comments"><p>تعليق من قارئ غاضب جدا</p></section>',
    '<blockquote class="twitter-tweet"><p>أشكر جميع الوزراء على تعاونهم</p></blockquote>',
  ].join("");
  const body = `<p>${STORY}</p><div class="commentary"><p>${STORY}</p></div>`;
  const article = await prepareArticle(
    `<!DOCTYPE html><html><body>${deep(`${chrome}${body}`)}</body></html>`,
  );
  assert.equal(article.text, `${STORY.trim()}\n\n${STORY.trim()}`);
});

test("when Readability is skipped, a page held in a form (ASP.NET) or a post named with tags is read", async () => {
  const deep = (html: string) => `${"<div>".repeat(200)}${html}${"</div>".repeat(200)}`;
  const stories = ["حديقة", "مكتبة", "سوق"].map((place) => STORY.replaceAll("حديقة", place).trim());
  const body = stories.map((story) => `<p>${story}</p>`).join("");
  const expected = stories.join("\n\n");
  // A small form (a newsletter sign-up) is still left out; the form that holds the page is read.
  const signUp =
    '<form action="/subscribe"><p>اشترك في النشرة</p><input name="email"><button>اشتراك</button></form>';
  const aspNet = await prepareArticle(
    `<!DOCTYPE html><html><body><form id="aspnetForm" method="post">${deep(`${signUp}${body}`)}</form></body></html>`,
  );
  assert.equal(aspNet.text, expected);
  for (const post of [
    `<div class="post-12 post type-post hentry category-news tag-parks">${body}</div>`,
    // WordPress's post classes without `hentry` (a theme may drop it).
    `<div class="post-12 post type-post status-publish category-news tag-parks">${body}</div>`,
    `<article class="post tag-city has-header">${body}</article>`,
    `<main class="page-header-offset">${body}</main>`,
  ]) {
    const article = await prepareArticle(`<!DOCTYPE html><html><body>${deep(post)}</body></html>`);
    assert.equal(article.text, expected, post);
  }
  // A block named with those words that is not the post is still chrome.
  const tags = await prepareArticle(
    `<!DOCTYPE html><html><body>${deep(`<article>${body}<div class="post-tags">وسوم: حدائق، مدن</div></article>`)}</body></html>`,
  );
  assert.equal(tags.text, expected);
});
