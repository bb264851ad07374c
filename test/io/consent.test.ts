import assert from "node:assert/strict";
import { test } from "node:test";
import { KhulasaError } from "../../src/errors.js";
import { prepareArticle } from "../../src/io/article.js";

// A cookie or privacy consent notice is the site's, never the article: on a page that a script
// draws, it was all the text there was, and it was summarized as the article.

const TITLE = "مستجدات حركة المرور في العاصمة | موقع المساء";
const NOTICE = [
  "يعتمد موقعنا على ملفات تعريف الارتباط لقياس عدد الزيارات ولعرض إعلانات تناسب اهتماماتك.",
  "إذا واصلت التصفح فأنت تقبل استخدامها كما تشرح ذلك سياسة الخصوصية المنشورة على الموقع.",
]
  .map((p) => `<p>${p}</p>`)
  .join("");
const BUTTONS = "<button>أقبل</button> <button>تخصيص الإعدادات</button>";
const STORY = [
  "أقر مجلس النواب أمس قانونا جديدا لحماية البيانات الشخصية يلزم المواقع بطلب موافقة الزائر.",
  "ويمنع القانون المواقع من وضع ملفات تعريف الارتباط على أجهزة المستخدمين قبل موافقتهم الصريحة.",
  "وقال رئيس لجنة الاتصالات إن الشركات أمامها ستة أشهر لتعديل مواقعها قبل بدء تطبيق العقوبات.",
  "وتصل الغرامة في حال المخالفة إلى اثنين في المئة من الإيرادات السنوية للشركة المخالفة.",
];
const story = STORY.map((p) => `<p>${p}</p>`).join("\n");

const page = (body: string) =>
  `<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>${TITLE}</title></head><body>${body}</body></html>`;
/** Nested past Readability's depth: the fallback reader reads it. */
const deep = (body: string) => page(`${"<div>".repeat(110)}${body}${"</div>".repeat(110)}`);

/** Consent notices as sites mark them: by class, id or a dialog's label. */
const NOTICES = [
  `<div id="cookie-consent" class="consent-banner">${NOTICE}${BUTTONS}</div>`,
  `<div id="onetrust-consent-sdk"><div class="ot-sdk-container">${NOTICE}${BUTTONS}</div></div>`,
  `<section class="cmp-container">${NOTICE}${BUTTONS}</section>`,
  `<div class="privacy-banner">${NOTICE}${BUTTONS}</div>`,
  `<div role="dialog" aria-label="إعدادات ملفات تعريف الارتباط">${NOTICE}${BUTTONS}</div>`,
  `<div role="alertdialog" aria-labelledby="t1"><h2 id="t1">نحن نحترم خصوصيتك</h2>${NOTICE}${BUTTONS}</div>`,
  `<div role="dialog" aria-label="Cookie settings">${NOTICE}${BUTTONS}</div>`,
];

test("a page drawn by a script whose text is a consent notice is NO_ARTICLE", async () => {
  for (const notice of NOTICES) {
    for (const make of [page, deep]) {
      const html = make(
        `<div id="root"></div>${notice}<noscript>يرجى تفعيل جافاسكريبت لعرض هذا الموقع.</noscript>`,
      );
      await assert.rejects(
        prepareArticle(html),
        (error: unknown) => error instanceof KhulasaError && error.code === "NO_ARTICLE",
        notice,
      );
    }
  }
});

test("an article with a consent notice on its page is read without the notice", async () => {
  for (const notice of NOTICES) {
    for (const make of [page, deep]) {
      const before = await prepareArticle(make(`${notice}<article>${story}</article>`));
      assert.equal(before.text, STORY.join("\n\n"), notice);
      const after = await prepareArticle(make(`<article>${story}</article>${notice}`));
      assert.equal(after.text, STORY.join("\n\n"), notice);
    }
  }
});

test("an article that speaks of cookies and privacy is read whole", async () => {
  // Its paragraphs say ملفات تعريف الارتباط; a post's topics are its classes (`tag-cookies`).
  for (const make of [page, deep]) {
    const plain = await prepareArticle(make(`<div class="story-body">${story}</div>`));
    assert.equal(plain.text, STORY.join("\n\n"));
    const tagged = await prepareArticle(
      make(
        `<div class="post hentry tag-cookies tag-gdpr"><h1>قانون جديد لحماية البيانات</h1>${story}</div>`,
      ),
    );
    assert.equal(tagged.text, STORY.join("\n\n"));
  }
});
