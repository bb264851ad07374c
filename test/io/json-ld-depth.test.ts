import assert from "node:assert/strict";
import { test } from "node:test";
import { KhulasaError } from "../../src/errors.js";
import { prepareArticle } from "../../src/io/article.js";
import { MAX_MARKUP_DEPTH } from "../../src/io/html.js";

const SENTENCE = "أعلنت وزارة الزراعة، الأحد، بدء موسم حصاد القمح في المحافظات الجنوبية.";

/** A page drawn by a script, its story given whole in its JSON-LD `articleBody`. */
function scriptPage(articleBody: string): string {
  const ld = JSON.stringify({ "@type": "NewsArticle", headline: "موسم القمح", articleBody });
  return `<!DOCTYPE html><html><head><title>موسم القمح</title><script type="application/ld+json">${ld}</script></head><body><div id="app">جاري التحميل</div></body></html>`;
}

const nested = (depth: number) => `${"<div>".repeat(depth)}<p>${SENTENCE}</p>`;

test("a JSON-LD articleBody nested within the depth limit is read as markup", async () => {
  const article = await prepareArticle(scriptPage(nested(MAX_MARKUP_DEPTH - 3)));
  assert.equal(article.format, "html");
  assert.equal(article.text, SENTENCE);
});

test("a JSON-LD articleBody nested past 1,000 levels is refused unparsed, as such a page is", async () => {
  // 200,000 levels (1 MB) had taken the HTML parser 45 s before a summary; refused, no parse.
  await assert.rejects(prepareArticle(scriptPage(nested(200_000))), (error: unknown) => {
    assert.ok(error instanceof KhulasaError && error.code === "NO_ARTICLE", String(error));
    assert.match(error.message, /JSON-LD articleBody .* more than 1000 levels deep/);
    return true;
  });
});
