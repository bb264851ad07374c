import assert from "node:assert/strict";
import { test } from "node:test";
import { KhulasaError } from "../../src/errors.js";
import { prepareArticle } from "../../src/io/article.js";

// Elements whose content a browser never shows as the page's text: `<noembed>`, `<noframes>`,
// what an `<iframe>` holds (fallbacks no browser uses), and `<xmp>` (markup shown as its source).

const STORY =
  "<p>أعلنت الحكومة خطة لخفض أسعار الوقود ابتداء من الشهر المقبل.</p><p>وتشمل الخطة دعما مباشرا للأسر محدودة الدخل لمدة عام.</p>";
const HIDDEN =
  "<p>وقال الوزير إن الاتفاق التجاري الجديد مع الدول المجاورة سيوفر آلاف فرص العمل للشباب.</p><p>وأضاف أن المفاوضات استمرت أكثر من عامين قبل التوصل إلى صيغة نهائية.</p>";
const TAGS = ["noembed", "noframes", "iframe", "xmp"];

function page(body: string): string {
  return `<!DOCTYPE html><html><head><title>خطة الوقود</title></head><body>${body}</body></html>`;
}

test("the content of <noembed>, <noframes>, <iframe> and <xmp> is no part of the article", async () => {
  for (const tag of TAGS) {
    const article = await prepareArticle(
      page(`<article>${STORY}<${tag}>${HIDDEN}</${tag}></article>`),
    );
    assert.ok(article.text.startsWith("أعلنت الحكومة خطة"), `${tag}: ${article.text}`);
    assert.ok(!article.text.includes("الاتفاق التجاري"), `${tag}: ${article.text}`);
    assert.doesNotMatch(article.text, /[<>]|&lt;|&gt;|lt;/, `${tag}: ${article.text}`);
  }
});

test("a page whose only text is inside <noembed>, <noframes>, <iframe> or <xmp> is NO_ARTICLE", async () => {
  for (const tag of TAGS) {
    await assert.rejects(
      prepareArticle(page(`<${tag}>${HIDDEN}</${tag}>`)),
      (error: unknown) => error instanceof KhulasaError && error.code === "NO_ARTICLE",
      tag,
    );
  }
});
