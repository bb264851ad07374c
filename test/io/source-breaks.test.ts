import assert from "node:assert/strict";
import { test } from "node:test";
import { prepareArticle } from "../../src/io/article.js";
import { summarize } from "../../src/summarize.js";

// A line break in a page's source is white space where a browser flows the text: inside a
// paragraph by markup (`<p>`, `<li>`, a heading, a cell) only a `<br>` breaks a line. Text set
// directly in a container (a CMS fragment of lines, a `<div>` of text) keeps its lines, and so
// does a `<pre>`.

const page = (body: string) =>
  `<!DOCTYPE html>\n<html lang="ar">\n<head><meta charset="utf-8"><title>خبر</title></head>\n<body>\n<article>\n${body}\n</article>\n</body>\n</html>`;

const LEDE_1 = "أعلنت وزارة الصحة الأردنية اليوم افتتاح مستشفى جديد";
const LEDE_2 = "في العاصمة عمان بكلفة ثلاثين مليون دينار.";
const QUOTE =
  "وقال وزير الصحة إن المستشفى يضم مئتي سرير ويخدم نحو نصف مليون نسمة في المناطق الشرقية.";
const MORE =
  "وأضاف الوزير في مؤتمر صحفي أن المستشفى سيبدأ استقبال المرضى مطلع الشهر المقبل، وأن الوزارة عينت ثلاثمئة طبيب وممرض للعمل فيه.";
const CLOSING =
  "ورحب سكان المنطقة بالمشروع الجديد وقالوا إنه سيخفف الضغط على المستشفيات القديمة التي تعاني من الاكتظاظ منذ سنوات.";

test("a <p> hard-wrapped in the page's source is one paragraph of whole sentences", async () => {
  const html = page(
    `<p>${LEDE_1}\n    ${LEDE_2}\n    ${QUOTE}</p>\n<p>${MORE}</p>\n<ul>\n<li>${CLOSING.slice(0, 40)}\n  ${CLOSING.slice(40)}</li>\n</ul>`,
  );
  const article = await prepareArticle(html);
  assert.equal(article.format, "html");
  assert.equal(article.text, [`${LEDE_1} ${LEDE_2} ${QUOTE}`, MORE, CLOSING].join("\n\n"));
  const summary = summarize(article.text, { count: 10 });
  assert.equal(summary.sentences, 4);
  // The lede is one sentence, not its first source line dropped as a headline.
  assert.ok(summary.highlights[0]?.text.startsWith(LEDE_1), summary.highlights[0]?.text);
});

test("<br> in a hard-wrapped paragraph: its lines are the <br>s', not the source's", async () => {
  // A paragraph without full stops: each <br> line stands apart (a blank line), and a source
  // line break inside one is a space.
  const lines = [
    "أعلنت وزارة الصحة اليوم افتتاح مستشفى جديد في العاصمة عمان",
    "وقال الوزير إن المستشفى يضم مئتي سرير ويخدم نصف مليون نسمة",
    "وأضاف أن كلفة المشروع بلغت ثلاثين مليون دينار من ميزانية الدولة",
  ];
  const wrap = (line: string) => line.replace(/ (?=\S+ \S+ \S+$)/, "\n  ");
  const verse = await prepareArticle(
    page(`<p>${lines.map(wrap).join("<br>\n")}</p><p>${CLOSING}</p>`),
  );
  assert.equal(verse.text, [...lines, CLOSING].join("\n\n"));
  // A punctuated paragraph: the <br> stays a line break, the source's are spaces.
  const broken = `وفاز بالمركز الأول في فئة\n  الرجال عداء كيني<br>\nأنهى السباق في ساعتين\n  وأربعين دقيقة.`;
  const prose = await prepareArticle(page(`<p>${QUOTE}</p>\n<p>${broken}</p>\n<p>${CLOSING}</p>`));
  assert.equal(
    prose.text,
    [
      QUOTE,
      "وفاز بالمركز الأول في فئة الرجال عداء كيني\nأنهى السباق في ساعتين وأربعين دقيقة.",
      CLOSING,
    ].join("\n\n"),
  );
});

test("text set directly in a container keeps its source lines (a CMS fragment, a <div> of text)", async () => {
  const lines = [QUOTE, MORE, CLOSING];
  // A fragment of lines with an inline tag, detected as HTML.
  const fragment = `<strong>عمان - بترا</strong>\n${lines.join("\n")}`;
  const fromFragment = await prepareArticle(fragment, { html: true });
  assert.equal(fromFragment.format, "html");
  assert.equal(fromFragment.text, `عمان - بترا\n${lines.join("\n")}`);
  // A page whose article is a <div> of lines (Readability makes it a <p>: the lines stay).
  const fromDiv = await prepareArticle(page(`<div class="body">\n${lines.join("\n")}\n</div>`));
  assert.equal(fromDiv.text, lines.join("\n"));
  // Plain text read as HTML is unchanged.
  const text = `${LEDE_1}\n${LEDE_2}\n${CLOSING}`;
  assert.equal((await prepareArticle(text, { html: true })).text, text);
});

test("a <pre>, or an element styled white-space: pre-line, keeps its source lines", async () => {
  const lines = [QUOTE, MORE, CLOSING];
  const pre = await prepareArticle(
    page(`<p>${LEDE_1}\n${LEDE_2}</p>\n<pre>${lines.join("\n")}</pre>`),
  );
  assert.equal(pre.text, `${LEDE_1} ${LEDE_2}\n\n${lines.join("\n")}`);
  const styled = await prepareArticle(
    page(`<p>${LEDE_1}\n${LEDE_2}</p>\n<p style="white-space: pre-line">${lines.join("\n")}</p>`),
  );
  assert.equal(styled.text, `${LEDE_1} ${LEDE_2}\n\n${lines.join("\n")}`);
});
