import assert from "node:assert/strict";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { type RunningServer, startServer } from "../../src/server/start.js";
import { browserSkip, CHROMIUM, CHROMIUM_ARGS } from "../helpers/browser.js";
import { ROOT } from "../helpers/shared.js";

const SCREENSHOT = join(ROOT, "test-results", "web.png");

/** The example article, or this test's own fixture while examples/ is not written. */
function exampleArticle(): string {
  const example = join(ROOT, "examples", "article.txt");
  const fixture = join(ROOT, "test", "server", "fixtures", "article.txt");
  return readFileSync(existsSync(example) ? example : fixture, "utf8");
}

// The browser globals that the callbacks below use (they run in the page, not in Node; the
// project's tsconfig has no DOM library).
interface PageElement {
  textContent: string | null;
  getAttribute(name: string): string | null;
  tagName: string;
  dataset: Record<string, string | undefined>;
  classList: { contains(name: string): boolean };
  getBoundingClientRect(): { top: number; bottom: number };
  innerHTML: string;
}
declare const document: {
  activeElement: (PageElement & { id: string }) | null;
  documentElement: { dir: string; lang: string; scrollWidth: number; clientWidth: number };
  title: string;
  getElementById(id: string): PageElement | null;
  querySelector(selector: string): PageElement | null;
  querySelectorAll(selector: string): Iterable<PageElement> & { length: number };
};
declare const window: { innerHeight: number; __pwned?: number };
declare const navigator: {
  clipboard: { readText(): Promise<string>; writeText(text: string): Promise<void> };
};

interface Style {
  color: string;
  backgroundColor: string;
  borderTopColor: string;
  outlineColor: string;
  content: string;
}
declare function getComputedStyle(e: PageElement, pseudo?: string): Style;

/** WCAG contrast ratio of two opaque `rgb(r, g, b)` colours, as getComputedStyle gives them. */
function contrast(a: string, b: string): number {
  const luminance = (colour: string) => {
    const m = /^rgb\((\d+), (\d+), (\d+)\)$/.exec(colour);
    assert.ok(m, `${colour} is an opaque rgb() colour`);
    const [r, g, bl] = [m[1], m[2], m[3]].map((c) => {
      const v = Number(c) / 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const words = (s: string) => s.split(/\s+/u).filter((w) => w !== "");

describe("the web page in a real browser", browserSkip(), () => {
  let server: RunningServer;
  let context: BrowserContext;
  let page: Page;
  let profile: string;
  const requested: string[] = [];

  before(async () => {
    assert.ok(existsSync(CHROMIUM), `${CHROMIUM} is missing: run scripts/install-browser.sh`);
    server = await startServer({ port: 0, workers: 1, logLevel: "silent", handleSignals: false });
    profile = mkdtempSync(join(tmpdir(), "khulasa-chromium-"));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width: 1280, height: 900 },
      deviceScaleFactor: 1,
    });
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.url });
    page = context.pages()[0] ?? (await context.newPage());
    page.on("request", (r) => requested.push(r.url()));
  });

  after(async () => {
    await context?.close();
    await server?.shutdown();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  async function summarize(text: string, count: string): Promise<void> {
    await page.goto(`${server.url}/`);
    await page.fill("#article", text);
    await page.selectOption("#count", count);
    await page.click("#submit");
    await page.waitForSelector("#results:not([hidden]) #bullets li");
  }

  test("Arabic, right to left, every asset from khulasa itself", async () => {
    await page.goto(`${server.url}/`);
    const root = await page.evaluate(() => ({
      dir: document.documentElement.dir,
      lang: document.documentElement.lang,
      title: document.title,
    }));
    assert.deepEqual([root.dir, root.lang], ["rtl", "ar"]);
    assert.match(root.title, /خلاصة/);
    assert.ok(requested.length >= 3, "the page loaded its assets");
    for (const url of requested)
      assert.ok(url.startsWith(server.url), `${url} is served by khulasa`);
    // The page summarizes nothing itself: it posts the text to the server it came from, which
    // may be another machine (`--host 0.0.0.0`). The footer says so, not "on your device".
    const where = await page.evaluate(() => document.getElementById("where")?.textContent ?? "");
    assert.match(where, /^يُرسَل النص إلى خادم خلاصة الذي فتحتَ منه هذه الصفحة، /);
    assert.doesNotMatch(where, /جهازك/);
  });

  test("paste, submit: bullets, their marked sources, click to reveal, copy as Markdown", async () => {
    const article = exampleArticle();
    await summarize(article, "3");
    const bullets = await page.$$eval("#bullets .bullet", (els) =>
      els.map((e) => e.textContent ?? ""),
    );
    assert.equal(bullets.length, 3);
    const marks = await page.$$eval("#article-body mark", (els) =>
      els.map((e) => ({
        bullet: Number((e as PageElement).dataset.bullet),
        text: e.textContent ?? "",
      })),
    );
    assert.ok(marks.length >= bullets.length, "at least one mark a bullet");
    assert.deepEqual([...new Set(marks.map((m) => m.bullet))].sort(), [0, 1, 2]);
    const flat = article.replace(/\s+/gu, " ");
    bullets.forEach((bullet, i) => {
      const source = words(
        marks
          .filter((m) => m.bullet === i)
          .map((m) => m.text)
          .join(" "),
      );
      for (const m of marks.filter((x) => x.bullet === i)) {
        assert.ok(flat.includes(m.text.replace(/\s+/gu, " ")), "a mark is article text");
      }
      let at = 0;
      for (const w of words(bullet)) {
        while (at < source.length && source[at] !== w) at++;
        assert.ok(at < source.length, `bullet ${i + 1}: "${w}" is in its marked source`);
        at++;
      }
    });
    const shown = await page.$eval("#article-body", (e) => e.textContent ?? "");
    assert.equal(
      shown.replace(/\s+/gu, ""),
      article.replace(/\s+/gu, ""),
      "the whole article is shown",
    );

    mkdirSync(join(ROOT, "test-results"), { recursive: true });
    await page.screenshot({ path: SCREENSHOT.replace(/\.png$/, "-full.png"), fullPage: true });
    await page.click('#bullets .bullet[data-bullet="2"]');
    const first = page.locator('#article-body mark[data-bullet="2"]').first();
    await first.evaluate(
      (e) => e.classList.contains("flash") || Promise.reject(new Error("no flash")),
    );
    await page.waitForFunction(
      () => {
        const m = document.querySelector('#article-body mark[data-bullet="2"]');
        const r = m?.getBoundingClientRect();
        return r !== undefined && r.top >= 0 && r.bottom <= window.innerHeight;
      },
      undefined,
      { timeout: 5000 },
    );
    const active = await page.$eval('#bullets .bullet[data-bullet="2"]', (e) =>
      e.classList.contains("active"),
    );
    assert.equal(active, true);
    // The focus moves to the source, so that a screen reader reads it.
    const focused = await page.evaluate(() => ({
      tag: document.activeElement?.tagName,
      bullet: document.activeElement?.dataset.bullet,
    }));
    assert.deepEqual(focused, { tag: "MARK", bullet: "2" });
    mkdirSync(join(ROOT, "test-results"), { recursive: true });
    await page.waitForTimeout(250);
    await page.screenshot({ path: SCREENSHOT });

    await page.click("#copy");
    await page.waitForFunction(() =>
      /نُسخت/.test(document.getElementById("status")?.textContent ?? ""),
    );
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(copied, bullets.map((b) => `- ${b.replace(/\s+/gu, " ").trim()}\n`).join(""));
  });

  test("article text containing <script> is shown as text, never run", async () => {
    const hostile =
      "قال المتحدث إن الرسالة احتوت على <script>window.__pwned = 1</script> وعلى " +
      '<img src="x" onerror="window.__pwned = 2"> قبل حذفها. ' +
      "وأضاف أن فريق الأمن راجع الرسائل الأخرى ولم يجد فيها شيئا. وأكد أن التحقيق مستمر.";
    await summarize(hostile, "");
    const result = await page.evaluate(() => ({
      pwned: window.__pwned,
      scripts: document.querySelectorAll("#results script, #results img").length,
      article: document.getElementById("article-body")?.textContent ?? "",
      bulletTags: [
        ...new Set([...document.querySelectorAll("#bullets li *")].map((e) => e.tagName)),
      ],
    }));
    assert.equal(result.pwned, undefined);
    assert.equal(result.scripts, 0);
    assert.ok(result.article.includes("<script>window.__pwned = 1</script>"));
    assert.ok(result.article.includes('<img src="x" onerror="window.__pwned = 2">'));
    assert.deepEqual(result.bulletTags, ["BUTTON"], "bullets hold text only");
  });

  test("after a refused article, the previous article's results are gone", async () => {
    await summarize(exampleArticle(), "3");
    assert.equal(await page.isHidden("#results"), false);
    await page.fill("#article", "Only English words in this article.");
    await page.click("#submit");
    await page.waitForSelector("#status.error");
    assert.match((await page.textContent("#status")) ?? "", /عربي/);
    assert.equal(await page.isHidden("#results"), true, "the results are hidden");
    const left = await page.evaluate(() => ({
      bullets: document.querySelectorAll("#bullets li").length,
      marks: document.querySelectorAll("#article-body mark").length,
      meta: document.getElementById("meta")?.textContent ?? "",
    }));
    assert.deepEqual(left, { bullets: 0, marks: 0, meta: "" }, "and emptied");
  });

  test("an empty submit after a summary hides the previous article's results", async () => {
    await summarize(exampleArticle(), "3");
    await page.fill("#article", "   ");
    await page.click("#submit");
    await page.waitForSelector("#status.error");
    assert.equal(await page.isHidden("#results"), true);
    assert.equal(await page.evaluate(() => document.querySelectorAll("#bullets li").length), 0);
  });

  test("auto format: the server tells a page from text (an XHTML page, a page after a line)", async () => {
    const paragraphs = exampleArticle()
      .split(/\n\s*\n/u)
      .map((p) => `<p>${p.trim()}</p>`)
      .join("\n");
    const pages = [
      `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html>\n<html xmlns="http://www.w3.org/1999/xhtml" lang="ar"><head><title>خبر</title></head><body><article>${paragraphs}</article></body></html>`,
      `خبر اليوم\n<div class="story">\n${paragraphs}</div><div class="footer"><a href="/">الرئيسية</a></div>`,
    ];
    for (const html of pages) {
      await page.goto(`${server.url}/`);
      await page.fill("#article", html);
      const sent = page.waitForRequest("**/v1/summarize");
      await page.click("#submit");
      const body = (await sent).postDataJSON() as Record<string, unknown>;
      assert.equal(typeof body.article, "string", "auto sends the input as `article`");
      await page.waitForSelector("#results:not([hidden]) #bullets li");
      const bullets = await page.$$eval("#bullets .bullet", (els) =>
        els.map((e) => (e as PageElement).textContent ?? ""),
      );
      assert.ok(bullets.length > 0);
      for (const b of bullets) assert.doesNotMatch(b, /[<>]|\bp>/u, "no markup in a bullet");
    }
  });

  test("a source span of punctuation alone (the full stop after a cut tail) has no number", async () => {
    const long =
      "أعلنت وزارة الزراعة في العاصمة اليوم خطة جديدة لدعم صغار المزارعين في المحافظات الجنوبية " +
      "والشمالية بقروض ميسرة وبذور محسنة وأسمدة بأسعار مخفضة خلال الأشهر المقبلة من هذا العام، " +
      "بحسب ما ذكرت وكالة الأنباء الرسمية على موقعها الإلكتروني.";
    await summarize(`${long}\nوقال الوزير إن الخطة تبدأ الشهر المقبل في ثلاث محافظات.`, "2");
    const marks = await page.$$eval("#article-body mark", (els) =>
      els.map((e) => ({
        text: (e as PageElement).textContent ?? "",
        shown: getComputedStyle(e as PageElement, "::after").content,
      })),
    );
    const bare = marks.filter((m) => !/[\p{L}\p{N}]/u.test(m.text));
    assert.ok(
      bare.length > 0,
      `the tail's full stop is a span of its own: ${JSON.stringify(marks)}`,
    );
    for (const m of bare) assert.equal(m.shown, "none");
    for (const m of marks.filter((x) => !bare.includes(x))) assert.notEqual(m.shown, "none");
  });

  test("on a 360 px phone, long unbroken words wrap instead of widening the page", async () => {
    const article =
      "أعلن المكتب الإعلامي للبلدية أن استمارة التسجيل صارت على الرابط " +
      `https://example.org/${"register".repeat(30)} ابتداء من يوم الأحد المقبل. ` +
      `وقال مدير المكتب إن الرمز ${"ب".repeat(120)} يكتب كما هو دون مسافات. ` +
      "وأكد أن الخدمة مجانية لجميع السكان.";
    await page.setViewportSize({ width: 360, height: 740 });
    try {
      await summarize(article, "");
      const widths = await page.evaluate(() => ({
        page: document.documentElement.scrollWidth,
        viewport: document.documentElement.clientWidth,
      }));
      assert.ok(
        widths.page <= widths.viewport,
        `the page is ${widths.page} px wide in a ${widths.viewport} px viewport`,
      );
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  });

  test("while an answer is slow, the page shows it is busy and sends the article once", async () => {
    let posts = 0;
    await page.route("**/v1/summarize", async (route) => {
      posts++;
      await new Promise((resolve) => setTimeout(resolve, 800));
      await route.continue();
    });
    try {
      await page.goto(`${server.url}/`);
      await page.fill("#article", exampleArticle());
      await page.click("#submit");
      assert.match((await page.textContent("#status")) ?? "", /جارٍ التلخيص/);
      await page.focus("#article");
      await page.keyboard.press("Control+Enter");
      await page.keyboard.press("Control+Enter");
      await page.waitForSelector("#results:not([hidden]) #bullets li");
      await page.waitForTimeout(1000);
      assert.equal(posts, 1, "one request for one article");
    } finally {
      await page.unroute("**/v1/summarize");
    }
  });

  test("a submit after an edit while an answer is out cancels it: the answer shown is the new form's", async () => {
    const counts: (number | undefined)[] = [];
    await page.route("**/v1/summarize", async (route) => {
      const body = JSON.parse(route.request().postData() ?? "{}") as { count?: number };
      counts.push(body.count);
      // The first answer never comes (a stuck proxy); the page must not wait for it.
      if (counts.length === 1) {
        await new Promise((resolve) => setTimeout(resolve, 3000));
        await route.abort().catch(() => {});
        return;
      }
      await route.continue();
    });
    try {
      await page.goto(`${server.url}/`);
      // Count the page's cancels: calls of AbortController's abort (the timeout's signal is not
      // one).
      await page.evaluate(() => {
        const w = window as unknown as { aborted: number };
        const abort = AbortController.prototype.abort;
        w.aborted = 0;
        AbortController.prototype.abort = function (this: AbortController, reason?: unknown) {
          w.aborted++;
          return abort.call(this, reason);
        };
      });
      await page.fill("#article", exampleArticle());
      await page.selectOption("#count", "4");
      await page.click("#submit");
      await page.waitForFunction(
        () => document.getElementById("form")?.getAttribute("aria-busy") === "true",
      );
      await page.selectOption("#count", "1");
      // Forced: Playwright waits for an aria-disabled button to be enabled, which it is only
      // once the first answer is in; a user can click it at once.
      await page.click("#submit", { force: true });
      await page.waitForSelector("#results:not([hidden]) #bullets li");
      assert.deepEqual(counts, [4, 1], "the edited form is sent at once");
      const aborted = await page.evaluate(() => (window as unknown as { aborted: number }).aborted);
      assert.equal(aborted, 1, "the page cancelled the first request");
      assert.equal(await page.evaluate(() => document.querySelectorAll("#bullets li").length), 1);
      await page.waitForTimeout(3500); // the first request's end changes nothing
      const after = await page.evaluate(() => ({
        bullets: document.querySelectorAll("#bullets li").length,
        said: document.getElementById("status")?.textContent ?? "",
        busy: document.getElementById("form")?.getAttribute("aria-busy"),
      }));
      assert.deepEqual(after, { bullets: 1, said: "تم التلخيص: نقطة واحدة.", busy: "false" });
    } finally {
      await page.unroute("**/v1/summarize");
    }
  });

  test("results go stale on an edit: dimmed, said so, not copied; undoing the edit restores them", async () => {
    await summarize(exampleArticle(), "3");
    const state = () =>
      page.evaluate(() => ({
        stale: document.getElementById("results")?.classList.contains("stale"),
        said: document.getElementById("status")?.textContent ?? "",
        copy: document.getElementById("copy")?.getAttribute("aria-disabled"),
      }));
    assert.deepEqual(await state(), { stale: false, said: "تم التلخيص: ٣ نقاط.", copy: "false" });
    await page.fill("#title", "عنوان جديد");
    const stale = await state();
    assert.equal(stale.stale, true);
    assert.match(stale.said, /أعد التلخيص/);
    assert.equal(stale.copy, "true");
    await page.evaluate(() => navigator.clipboard.writeText("before"));
    // A click on the button itself (aria-disabled still takes clicks; the page may still be
    // scrolling to the results, so no click at coordinates).
    await page.locator("#copy").dispatchEvent("click");
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), "before");
    assert.match((await page.textContent("#status.error")) ?? "", /أعد التلخيص/);
    await page.fill("#title", "");
    assert.deepEqual(await state(), { stale: false, said: "تم التلخيص: ٣ نقاط.", copy: "false" });
    await page.uncheck("#compress");
    assert.equal((await state()).stale, true, "an option is an edit too");
  });

  test("a proxy's own error page (no JSON) is explained from its status", async () => {
    await page.goto(`${server.url}/`);
    await page.fill("#article", exampleArticle());
    for (const [status, said] of [
      [413, /أطول من الحد/],
      [503, /مشغول/],
      [504, /وقتًا أطول/],
    ] as const) {
      await page.route("**/v1/summarize", (route) =>
        route.fulfill({ status, contentType: "text/html", body: "<html><h1>nginx</h1></html>" }),
      );
      await page.selectOption("#count", String(status % 10)); // a new form each time
      await page.click("#submit");
      await page.waitForSelector("#status.error");
      assert.match((await page.textContent("#status")) ?? "", said, `status ${status}`);
      await page.unroute("**/v1/summarize");
    }
  });

  test("served under a path prefix (a reverse proxy), the page calls the API under it", async () => {
    const prefix = `${server.url}/khulasa/`;
    const outside: string[] = [];
    await page.route(`${server.url}/khulasa/**`, (route) =>
      route.continue({ url: route.request().url().replace("/khulasa/", "/") }),
    );
    await page.route(`${server.url}/v1/**`, (route) => {
      outside.push(route.request().url());
      return route.fulfill({ status: 404, body: "" });
    });
    try {
      await page.goto(prefix);
      await page.fill("#article", exampleArticle());
      await page.click("#submit");
      await page.waitForSelector("#results:not([hidden]) #bullets li");
      assert.deepEqual(outside, [], "nothing outside the prefix");
      const api = await page.getAttribute('a[href$="openapi.json"]', "href");
      assert.equal(new URL(api ?? "", prefix).href, `${prefix}openapi.json`);
    } finally {
      await page.unroute(`${server.url}/khulasa/**`);
      await page.unroute(`${server.url}/v1/**`);
    }
  });

  test("without the Clipboard API (plain http on a LAN), copying keeps the focus on the button", async () => {
    const plain = await context.newPage();
    try {
      await plain.addInitScript(() => {
        Object.defineProperty(navigator, "clipboard", { value: undefined });
      });
      await plain.goto(`${server.url}/`);
      await plain.fill("#article", exampleArticle());
      await plain.click("#submit");
      await plain.waitForSelector("#results:not([hidden]) #bullets li");
      await plain.focus("#copy");
      await plain.keyboard.press("Enter");
      await plain.waitForFunction(() =>
        /نُسخت|تعذّر النسخ/.test(document.getElementById("status")?.textContent ?? ""),
      );
      assert.equal(await plain.evaluate(() => document.activeElement?.id), "copy");
    } finally {
      await plain.close();
    }
  });

  test("keyboard only: Tab to the button, Enter; focus stays, the result is announced", async () => {
    await page.goto(`${server.url}/`);
    for (const id of ["title", "article"]) {
      await page.keyboard.press("Tab");
      assert.equal(await page.evaluate(() => document.activeElement?.id), id);
    }
    await page.fill("#article", exampleArticle());
    for (const id of ["count", "format", "compress", "submit"]) {
      await page.keyboard.press("Tab");
      assert.equal(await page.evaluate(() => document.activeElement?.id), id);
    }
    await page.keyboard.press("Enter");
    await page.waitForSelector("#results:not([hidden]) #bullets li");
    const after = await page.evaluate(() => ({
      focused: document.activeElement?.id,
      live: document.getElementById("status")?.getAttribute("aria-live"),
      said: document.getElementById("status")?.textContent ?? "",
      bullets: document.querySelectorAll("#bullets li").length,
    }));
    assert.equal(after.focused, "submit", "focus is not dropped to the page's start");
    assert.equal(after.live, "polite");
    assert.ok(after.said.includes("نقاط"), `the live region says what came: "${after.said}"`);
    assert.ok(after.bullets >= 3);
    await page.keyboard.press("Tab");
    assert.equal(await page.evaluate(() => document.activeElement?.id), "copy");
  });

  test("keyboard only: from a revealed source, Shift+Tab or Escape goes back to its bullet, Tab to the next", async () => {
    await page.goto(`${server.url}/`);
    await page.fill("#article", exampleArticle());
    await page.click("#submit");
    await page.waitForSelector("#results:not([hidden]) #bullets li");
    const focused = () =>
      page.evaluate(() => {
        const e = document.activeElement;
        return `${e?.tagName}:${e?.getAttribute("data-bullet")}`;
      });
    for (const [key, to] of [
      ["Shift+Tab", "BUTTON:1"],
      ["Escape", "BUTTON:1"],
      ["Tab", "BUTTON:2"],
    ]) {
      await page.focus('.bullet[data-bullet="1"]');
      await page.keyboard.press("Enter");
      assert.equal(await focused(), "MARK:1", "Enter reveals the source and focuses it");
      await page.keyboard.press(key as string);
      assert.equal(await focused(), to, key);
    }
  });

  test("every refusal shows the server's own message and hint, not only a code", async () => {
    await page.goto(`${server.url}/`);
    const refusal = async (): Promise<{ said: string; detail: string | null | undefined }> => {
      await page.click("#submit");
      await page.waitForSelector("#status.error");
      return page.evaluate(() => ({
        said: document.getElementById("status")?.textContent ?? "",
        detail: document.querySelector("#status [lang='en']")?.getAttribute("dir"),
      }));
    };

    await page.fill("#article", "Only English words in this article.");
    const english = await refusal();
    assert.match(english.said, /عربي/, "the Arabic explanation");
    assert.ok(english.said.includes("found no Arabic letters"), english.said);
    assert.ok(english.said.includes("Give an article written in Arabic"), "and the hint");
    assert.equal(english.detail, "ltr", "English detail is marked as such");
    assert.ok(english.said.includes("NOT_ARABIC: "), "and the code, to look up or report");

    // Over the body limit (2 MiB): the message says what the limit is.
    await page.$eval(
      "#article",
      (e, text) => {
        (e as unknown as { value: string }).value = text;
      },
      "قال الوزير إن المشروع سيبدأ قريبا. ".repeat(40_000),
    );
    const large = await refusal();
    assert.ok(large.said.includes("2097152 bytes"), large.said);

    // A code the page has no Arabic text for still gets the server's words.
    await page.route("**/v1/summarize", (route) =>
      route.fulfill({
        status: 500,
        contentType: "application/json",
        body: JSON.stringify({
          error: {
            code: "INTERNAL",
            message: "internal error while summarizing",
            hint: "Report it.",
          },
        }),
      }),
    );
    try {
      await page.fill("#article", exampleArticle());
      const internal = await refusal();
      assert.ok(internal.said.includes("internal error while summarizing"), internal.said);
      assert.ok(internal.said.includes("Report it."), internal.said);
    } finally {
      await page.unroute("**/v1/summarize");
    }
  });

  test("no answer, a bad answer, an old browser: each said as what it is", async () => {
    await page.goto(`${server.url}/`);
    await page.fill("#article", exampleArticle());
    const said = async (count: string): Promise<string> => {
      await page.selectOption("#count", count); // a new form each time
      await page.click("#submit");
      await page.waitForSelector("#status.error");
      return (await page.textContent("#status")) ?? "";
    };
    try {
      // The server gone: a code and what to do.
      await page.route("**/v1/summarize", (route) => route.abort("connectionrefused"));
      const gone = await said("1");
      assert.match(gone, /تعذّر الاتصال بالخادم/);
      assert.match(gone, /NO_SERVER: .*khulasa serve/);
      await page.unroute("**/v1/summarize");
      // A 200 that holds no summary is not taken for the server being unreachable.
      await page.route("**/v1/summarize", (route) =>
        route.fulfill({ status: 200, contentType: "application/json", body: '{"foo":1}' }),
      );
      const odd = await said("2");
      assert.match(odd, /لا يحمل نقاطًا/);
      assert.match(odd, /BAD_ANSWER: HTTP 200/);
    } finally {
      await page.unroute("**/v1/summarize");
    }
    // A browser without AbortSignal.any (Safari before 17.4) still summarizes.
    const old = await context.newPage();
    try {
      await old.addInitScript(() => {
        delete (AbortSignal as unknown as { any?: unknown }).any;
      });
      await old.goto(`${server.url}/`);
      await old.fill("#article", exampleArticle());
      await old.click("#submit");
      await old.waitForSelector("#results:not([hidden]) #bullets li");
      assert.equal(await old.evaluate(() => "any" in AbortSignal), false);
    } finally {
      await old.close();
    }
  });

  test("a headline line above one sentence a line keeps its own line on screen", async () => {
    const headline = "الحكومة تخفض أسعار الوقود ابتداء من الشهر المقبل";
    await summarize(`${headline}\n${exampleArticle()}`, "3");
    const shown = await page.$eval("#article-body p", (p) => (p as PageElement).innerHTML);
    // Inside a mark or not (the engine may read the two lines as one sentence).
    assert.ok(shown.includes(`${headline}<br>`), shown.slice(0, 200));
  });

  test("contrast, light and dark: error text 4.5:1, control edges and the focus ring 3:1", async () => {
    try {
      for (const colorScheme of ["light", "dark"] as const) {
        await page.emulateMedia({ colorScheme });
        await page.goto(`${server.url}/`);
        await page.fill("#article", "Only English words in this article.");
        await page.click("#submit");
        await page.waitForSelector("#status.error");
        await page.focus("#article");
        // One selector a colour (a helper function would not survive tsx's transform in the page).
        const colours = await page.evaluate(() => {
          const [form, article, status, count] = ["#form", "#article", "#status", "#count"].map(
            (selector) => {
              const e = document.querySelector(selector);
              if (!e) throw new Error(`no ${selector}`);
              return getComputedStyle(e);
            },
          ) as [Style, Style, Style, Style];
          return {
            card: form.backgroundColor,
            paper: article.backgroundColor,
            error: status.color,
            textareaEdge: article.borderTopColor,
            selectEdge: count.borderTopColor,
            focusRing: article.outlineColor,
            placeholder: getComputedStyle(
              document.querySelector("#article") as PageElement,
              "::placeholder",
            ).color,
          };
        });
        const { card, paper } = colours;
        const check = (name: string, fg: string, bg: string, least: number) => {
          const ratio = contrast(fg, bg);
          assert.ok(
            ratio >= least,
            `${colorScheme}: ${name} ${fg} on ${bg} is ${ratio.toFixed(2)}:1`,
          );
        };
        check("error text", colours.error, card, 4.5);
        check("textarea edge", colours.textareaEdge, card, 3);
        check("textarea edge", colours.textareaEdge, paper, 3);
        check("select edge", colours.selectEdge, card, 3);
        check("focus ring", colours.focusRing, card, 3);
        check("placeholder text", colours.placeholder, paper, 4.5);
      }
    } finally {
      await page.emulateMedia({ colorScheme: null });
    }
  });

  test("each marked source shows its bullet's number, not only its colour", async () => {
    await summarize(exampleArticle(), "3");
    const labels = await page.$$eval("#article-body mark", (els) =>
      els.map((e) => ({
        bullet: Number((e as PageElement).dataset.bullet),
        shown: getComputedStyle(e as PageElement, "::after").content,
      })),
    );
    assert.ok(labels.length >= 3);
    const digits = ["١", "٢", "٣"];
    for (const { bullet, shown } of labels) assert.equal(shown, `"${digits[bullet]}"`);
  });

  test("a title and whole sentences: both sent, the title shown as text", async () => {
    const title = '<img src="x" onerror="window.__pwned = 3"> خطة لتحلية مياه البحر';
    await page.goto(`${server.url}/`);
    await page.fill("#article", exampleArticle());
    await page.fill("#title", title);
    await page.uncheck("#compress");
    await page.selectOption("#count", "3");
    const sent = page.waitForRequest("**/v1/summarize");
    await page.click("#submit");
    const body = (await sent).postDataJSON() as { title?: string; compress?: boolean };
    assert.equal(body.title, title);
    assert.equal(body.compress, false);
    await page.waitForSelector("#results:not([hidden]) #bullets li");
    const shown = await page.evaluate(() => ({
      pwned: window.__pwned,
      heading: document.getElementById("article-title")?.textContent,
      images: document.querySelectorAll("#results img").length,
      second: document.querySelector('#bullets .bullet[data-bullet="1"]')?.textContent ?? "",
    }));
    assert.equal(shown.pwned, undefined);
    assert.equal(shown.images, 0);
    assert.equal(shown.heading, title, "the title is the article's heading, as text");
    assert.ok(shown.second.startsWith("وقال"), `a whole sentence, its و kept: ${shown.second}`);
  });

  test("a refused article shows the reason in Arabic", async () => {
    await page.goto(`${server.url}/`);
    await page.fill("#article", "Only English words in this article.");
    await page.click("#submit");
    await page.waitForSelector("#status.error");
    const message = await page.textContent("#status");
    assert.match(message ?? "", /عربي/);
    assert.equal(await page.isHidden("#results"), true);
  });
});
