import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { formatMarkdown } from "../../src/cli/markdown.js";
import type { Summary } from "../../src/text/types.js";
import { markupLine, readMarkdown as read } from "../helpers/markdown.js";

function summaryOf(texts: readonly string[]): Summary {
  return {
    highlights: texts.map((text, i) => ({
      text,
      sources: [{ start: i * 100, end: i * 100 + text.length }],
      sentence: i,
      score: 1,
    })),
    language: "ar",
    sentences: texts.length + 2,
    ms: 1,
  };
}

/**
 * Read `markdown` back as a renderer would and check it holds `title` as its heading, `texts` as
 * its bullets, each bullet with its footnote mark and each note defined, numbered from 1.
 */
function assertReadsBack(markdown: string, texts: readonly string[], title: string) {
  const result = read(markdown);
  const ids = texts.map((_, i) => `${i + 1}`);
  assert.equal(result.heading, title);
  assert.deepEqual(
    result.bullets.map((b) => b.text),
    texts,
  );
  assert.deepEqual(
    result.bullets.map((b) => b.note),
    ids,
  );
  assert.deepEqual(
    result.notes.map((n) => n.id),
    ids,
  );
  return result;
}

test("markdown: the article's own markup characters render as the characters", () => {
  const texts = [
    "أطلق القائمون على التحرك *رياضة بلا سياسة* شعارا للمبادرة.",
    "قال إن النتائج <b>جيدة</b> & &amp; <script>alert(1)</script> جدا.",
    "2018. كان عاما صعبا على الشركة.",
    "> ليس اقتباسا، بل نص الخبر.",
    "- ليس بندا داخل بند.",
    "# ليس عنوانا.",
    "سعر `الكود` ~~خط~~ \\ و[بيروت](http://x.y) و![صورة](a.png) [^2] _تحته_ |أ|ب|.",
    // After `www.` a link runs to the next space, escapes and all: the dot stays text.
    "العنوان www.*الموقع* و www.[رابط] و WWW./ar وأخيرا www.",
  ];
  const title = "عنوان *مهم* <i>جدا</i>";
  const markdown = formatMarkdown(summaryOf(texts), title);
  const read_ = assertReadsBack(markdown, texts, title);
  assert.equal(
    read_.notes[0]?.text,
    `Sentence 1 of ${texts.length + 2} (characters 0-${texts[0]?.length}).`,
  );
  // Heading, list and one definition per bullet: nothing else became a block.
  assert.equal(read_.blocks, 2 + texts.length);
});

test("markdown: plain bullets print as before (a heading, `- ` lines, the notes one a line)", () => {
  const markdown = formatMarkdown(summaryOf(["أولى النقاط.", "ثانية النقاط."]), "عنوان");
  assert.equal(
    markdown,
    [
      "## عنوان",
      "",
      "- أولى النقاط.[^1]",
      "- ثانية النقاط.[^2]",
      "",
      "[^1]: Sentence 1 of 4 (characters 0-12).",
      "[^2]: Sentence 2 of 4 (characters 100-113).",
      "",
    ].join("\n"),
  );
  assert.ok(!formatMarkdown(summaryOf(["نقطة."]), null).includes("#"));
});

test("markdown: any bullet text and title read back exactly as given", () => {
  fc.assert(
    fc.property(
      fc.array(markupLine, { minLength: 1, maxLength: 4 }),
      markupLine,
      (texts, title) => {
        assertReadsBack(formatMarkdown(summaryOf(texts), title), texts, title);
      },
    ),
    { numRuns: 400, seed: 20261130 },
  );
});
