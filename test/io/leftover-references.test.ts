import assert from "node:assert/strict";
import { test } from "node:test";
import { prepareArticle } from "../../src/io/article.js";
import { decodeLeftoverReferences } from "../../src/io/leftover-references.js";

// A page escaped twice (`&amp;quot;` in its source) shows `&quot;`: the reference's name is no
// word of the article, and never a bullet's.

test("references left in a page's text are decoded, an escaped tag's brackets are not", () => {
  assert.equal(decodeLeftoverReferences("قال &quot;نعم&quot;"), 'قال "نعم"');
  assert.equal(decodeLeftoverReferences("المستشفى&nbsp;الجديد"), "المستشفى\u00a0الجديد");
  assert.equal(decodeLeftoverReferences("&#1548; &#x60C;"), "، ،");
  // Escaped three times: decoded down to the character.
  assert.equal(decodeLeftoverReferences("&amp;quot;"), '"');
  // No reference, or an unknown one, stays text; so do an escaped tag's brackets.
  assert.equal(decodeLeftoverReferences("R&D; &copy2020 &foo; &amp"), "R&D; &copy2020 &foo; &amp");
  assert.equal(decodeLeftoverReferences("&lt;p&gt;"), "&lt;p&gt;");
});

test("a page escaped twice gives its article without reference names", async () => {
  const page =
    "<!DOCTYPE html><html><head><title>خبر</title></head><body><article>" +
    "<p>أعلنت وزارة الصحة افتتاح مستشفى جديد في مدينة السلط.</p>" +
    "<p>وقال الوزير إن العمل بدأ &amp;quot;قبل ثلاث سنوات&amp;quot;.</p>" +
    "<p>ويتوقع أن يخدم المستشفى&amp;nbsp;نحو نصف مليون نسمة&amp;#1548; وفق الوزارة.</p>" +
    "</article></body></html>";
  const article = await prepareArticle(page);
  assert.doesNotMatch(article.text, /&|quot|nbsp|#1548/, article.text);
  assert.match(article.text, /بدأ "قبل ثلاث سنوات"\./);
  assert.match(article.text, /المستشفى نحو نصف مليون نسمة، وفق/);
});
