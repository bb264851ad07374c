import assert from "node:assert/strict";
import { test } from "node:test";
import { prepareArticle } from "../../src/io/article.js";
import { withoutTrailingNames } from "../../src/io/title-sections.js";

const BODY =
  "<p>أعلن البنك المركزي، الخميس، رفع سعر الفائدة الرئيسي نصف نقطة مئوية لكبح التضخم.</p><p>وقال محافظ البنك إن القرار يهدف إلى حماية القدرة الشرائية للمواطنين.</p>";

test("a <title> without og:title or h1 loses the section and site names after its headline", async () => {
  for (const [given, expected] of [
    ["المركزي يرفع الفائدة نصف نقطة | اقتصاد | صحيفة الوادي", "المركزي يرفع الفائدة نصف نقطة"],
    ["المركزي يرفع الفائدة نصف نقطة :: الوادي", "المركزي يرفع الفائدة نصف نقطة"],
  ]) {
    const article = await prepareArticle(
      `<html><head><title>${given}</title></head><body><article>${BODY}</article></body></html>`,
    );
    assert.equal(article.title, expected, given);
  }
});

test("a headline's own separator stays: only short names after a longer headline are dropped", () => {
  assert.equal(
    withoutTrailingNames("غزة - مراسلنا يروي ما جرى في المخيم"),
    "غزة - مراسلنا يروي ما جرى في المخيم",
  );
  assert.equal(withoutTrailingNames("الوزير - لن نتراجع"), "الوزير - لن نتراجع");
  assert.equal(
    withoutTrailingNames("المركزي يرفع الفائدة - وخبراء يتوقعون تباطؤ النمو هذا العام"),
    "المركزي يرفع الفائدة - وخبراء يتوقعون تباطؤ النمو هذا العام",
  );
  assert.equal(withoutTrailingNames("المركزي يرفع الفائدة"), "المركزي يرفع الفائدة");
  assert.equal(
    withoutTrailingNames("المركزي يرفع الفائدة - BBC News عربي"),
    "المركزي يرفع الفائدة",
  );
});
