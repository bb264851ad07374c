import assert from "node:assert/strict";
import { test } from "node:test";
import { prepareArticle } from "../../src/io/article.js";
import { looksLikeHtml } from "../../src/io/detect-html.js";
import { tagsAroundSentences } from "../../src/io/sentence-markup.js";

const S1 =
  "أعلنت وزارة الري، الإثنين، خطة لتبطين الترع في ثلاث محافظات بكلفة تتجاوز ملياري جنيه خلال عامين، في إطار برنامج وطني لترشيد استهلاك المياه في الزراعة وتقليل الفاقد منها في شبكات الري القديمة.";
const S2 =
  "وقال المتحدث باسم الوزارة إن المرحلة الأولى تشمل ألف كيلومتر من الترع في محافظات الدلتا، وإن الأعمال ستبدأ مطلع الشهر المقبل بعد انتهاء موسم زراعة الأرز الصيفي في القرى المستهدفة.";
const S3 =
  "وأضاف أن الوزارة ستدعم المزارعين الذين يتحولون إلى الري بالتنقيط بقروض ميسرة دون فوائد تسدد على خمس سنوات، وأن عدد المستفيدين من هذه القروض تجاوز عشرين ألف مزارع منذ بدء البرنامج.";
const S4 = "ويتوقع خبراء أن يوفر المشروع نحو خمسة مليارات متر مكعب من المياه سنويا.";

test("paragraphs in <p>…</p> after a dateline, on one line, are markup", async () => {
  const fragment = `القاهرة - <p>${S1}</p><p>${S2}</p><p>${S3}</p><p>${S4}</p>`;
  assert.ok(tagsAroundSentences(fragment));
  assert.ok(looksLikeHtml(fragment));
  const article = await prepareArticle(fragment);
  assert.equal(article.format, "html");
  assert.doesNotMatch(article.text, /[<>]/, article.text);
  assert.ok(article.text.includes(S2), article.text);
});

test("long paragraphs broken by <br /> after each sentence are markup, however few the tags", async () => {
  // Over 40 words a break: the density rule for <br> took it for prose.
  const fragment = `${S1} ${S2}<br />${S3}<br />${S2}<br />${S4}`;
  assert.ok(looksLikeHtml(fragment));
  const article = await prepareArticle(fragment);
  assert.equal(article.format, "html");
  assert.doesNotMatch(article.text, /br \/>|[<>]/, article.text);
});

test("prose that quotes <p>, </p> or <br> between words is still text", () => {
  const quoting = [
    "قال الخبير إن المواقع تستخدم الوسم <p> لبدء الفقرة و</p> لإنهائها، وإن الوسم <b> يميز النص. ".repeat(
      3,
    ),
    `${S1} ${S2} ${S3} وقال إن الوسم <br> يكسر السطر، وإن <br> آخر يترك سطرا فارغا.`,
    "يكتب المبرمج <p>نص الفقرة</p> ثم يكتب <p>فقرة أخرى</p> في الصفحة نفسها.",
    `${S1} ${S2} ${S3} واستخدم الكاتب <br> مرة واحدة بعد نهاية الجملة.<br> ثم توقف.`,
  ];
  for (const text of quoting) {
    assert.equal(tagsAroundSentences(text), false, text);
    assert.equal(looksLikeHtml(text), false, text);
  }
});

test("a JSON-LD articleBody of <p>…</p> after a dateline, or of <br /> between long paragraphs, is read as markup", async () => {
  const page = (articleBody: string) => {
    const ld = JSON.stringify({ "@type": "NewsArticle", headline: "تبطين الترع", articleBody });
    return `<!DOCTYPE html><html><head><title>تبطين الترع</title><script type="application/ld+json">${ld}</script></head><body><div id="app"></div></body></html>`;
  };
  const paragraphs = await prepareArticle(page(`القاهرة - <p>${S1}</p><p>${S2}</p><p>${S3}</p>`));
  assert.equal(paragraphs.text, ["القاهرة -", S1, S2, S3].join("\n\n"));
  const lines = await prepareArticle(page(`${S1}<br />${S2}<br />${S3}<br />${S4}`));
  assert.equal(lines.text, [S1, S2, S3, S4].join("\n"));
});
