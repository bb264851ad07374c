// `khulasa/core` (src/core.ts) is the engine with nothing of Node in it, for web pages, web
// workers, Deno and Bun. These tests bundle it as a bundler would for a platform that is not Node
// and run the bundle in a bare JavaScript context: no `process`, `require`, `Buffer` or file
// system. It must give, byte for byte, the summaries that Node gives.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import vm from "node:vm";
import { build } from "esbuild";
import { type Browser, chromium, type Page } from "playwright-core";
import { summarize } from "../../src/core.js";
import type { Highlight, SummarizeOptions, Summary } from "../../src/index.js";
import { loadGold } from "../../src/io/eval-files.js";
import { browserSkip, CHROMIUM, CHROMIUM_ARGS } from "../helpers/browser.js";
import { ROOT, sharedPath, sharedSkip } from "../helpers/shared.js";
import { stableJson } from "./check.js";

/**
 * The bundle of an entry point for a platform that is not Node, as one script. esbuild fails on
 * an import it cannot resolve there, `node:fs` among them.
 */
async function bundle(entry: string, platform: "neutral" | "browser" = "neutral") {
  return build({
    entryPoints: [join(ROOT, entry)],
    bundle: true,
    platform,
    format: "iife",
    globalName: "khulasa",
    write: false,
    metafile: true,
    logLevel: "silent",
  });
}

interface CoreInContext {
  summarize(text: string, options?: SummarizeOptions): Summary;
}

/** A context with the language's globals only, plus a clock (`performance`), and the core in it. */
async function bareCore(): Promise<{ core: CoreInContext; context: vm.Context }> {
  const result = await bundle("src/core.ts");
  const code = result.outputFiles[0]?.text ?? "";
  const context = vm.createContext({ performance: { now: () => 0 } });
  vm.runInContext(code, context, { filename: "khulasa-core.js" });
  return { core: vm.runInContext("khulasa", context) as CoreInContext, context };
}

/** The articles of easc-dev.jsonl (from ../shared), read as `khulasa eval` reads gold files. */
function eascArticles(path: string): { name: string; text: string }[] {
  return loadGold(path).map((item) => ({ name: item.id, text: item.article }));
}

/** Articles written for this project: the bundled examples, and the server tests' fixture. */
function ownArticles(): { name: string; text: string }[] {
  const file = (path: string) => readFileSync(join(ROOT, path), "utf8");
  const texts = [
    { name: "examples/article.txt", text: file("examples/article.txt") },
    { name: "test/server/fixtures/article.txt", text: file("test/server/fixtures/article.txt") },
  ];
  for (const line of file("examples/articles.jsonl").split("\n")) {
    if (line.trim() === "") continue;
    const { id, article } = JSON.parse(line) as { id: string; article?: unknown };
    // The example of a bad record has no article.
    if (typeof article === "string")
      texts.push({ name: `examples/articles.jsonl ${id}`, text: article });
  }
  return texts;
}

const EASC = sharedPath("data/easc-dev.jsonl");

const OPTION_SETS: SummarizeOptions[] = [
  {},
  { count: 1 },
  { count: 6, compress: false },
  { title: "الأردن يطلق مشروعا لتحلية مياه البحر في العقبة" },
];

describe("khulasa/core without Node", () => {
  test("bundles for a platform that is not Node, from the project's own files only", async () => {
    const result = await bundle("src/core.ts");
    assert.deepEqual(result.errors, []);
    assert.deepEqual(result.warnings, []);
    const inputs = Object.keys(result.metafile.inputs);
    const foreign = inputs.filter((p) => !/^(src|model)\//.test(p));
    assert.deepEqual(foreign, [], "the core imports no package");
    assert.ok(inputs.includes("model/ar-news.json"), "the learned model is bundled");
    assert.ok(inputs.includes("src/lang/ar/data/df.json"), "the document frequencies are bundled");
  });

  test("a face that reads files does not bundle so (the check can fail)", async () => {
    // esbuild's message shows only its first errors; the list has them all.
    await assert.rejects(bundle("src/cli/main.ts"), (error: { errors?: { text: string }[] }) => {
      const texts = (error.errors ?? []).map((e) => e.text);
      assert.ok(texts.includes('Could not resolve "node:fs"'), texts.slice(0, 5).join("; "));
      return true;
    });
  });

  test("in a bare context, gives the summaries Node gives", async () => {
    const { core, context } = await bareCore();
    assert.equal(
      vm.runInContext("typeof process + typeof require + typeof Buffer", context),
      "undefinedundefinedundefined",
    );
    const articles = ownArticles();
    assert.equal(articles.length, 4);
    for (const { name, text } of articles) {
      for (const options of OPTION_SETS) {
        const inNode = summarize(text, options);
        assert.ok(inNode.highlights.length > 0, name);
        assert.equal(
          stableJson(core.summarize(text, options)),
          stableJson(inNode),
          `${name} ${JSON.stringify(options)}`,
        );
      }
    }
  });

  test("in a bare context, bad input throws the coded errors Node throws", async () => {
    const { core } = await bareCore();
    const cases: [unknown, SummarizeOptions, string][] = [
      ["   \n ", {}, "EMPTY_INPUT"],
      ["This article is written in English only.", {}, "NOT_ARABIC"],
      ["أعلنت الحكومة خطة جديدة.", { count: 11 }, "BAD_OPTION"],
      // Options of Node's realm are plain objects there too; one made from another is not.
      ["أعلنت الحكومة خطة جديدة.", Object.create({ count: 2 }), "BAD_OPTION"],
      [42, {}, "NOT_TEXT"],
    ];
    for (const [input, options, code] of cases) {
      assert.throws(
        () => core.summarize(input as string, options),
        (error: { name?: string; code?: string; hint?: string }) =>
          error.name === "KhulasaError" &&
          error.code === code &&
          typeof error.hint === "string" &&
          error.hint !== "",
        code,
      );
      assert.throws(() => summarize(input as string, options), { code });
    }
  });

  test(
    "in a bare context, gives Node's summaries on every easc-dev article",
    sharedSkip(EASC),
    async () => {
      const { core } = await bareCore();
      const articles = eascArticles(EASC);
      assert.equal(articles.length, 89);
      for (const { name, text } of articles) {
        assert.equal(stableJson(core.summarize(text)), stableJson(summarize(text)), name);
      }
    },
  );
});

// In the page, the bundle's global (the project's tsconfig has no DOM library).
declare const khulasa: CoreInContext;

describe("khulasa/core in a web page (chromium)", browserSkip(), () => {
  let browser: Browser;
  let page: Page;

  before(async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
    });
    page = await browser.newPage();
    await page.setContent(
      '<!doctype html><html lang="ar" dir="rtl"><meta charset="utf-8"><title>khulasa</title></html>',
    );
    const result = await bundle("src/core.ts", "browser");
    await page.addScriptTag({ content: result.outputFiles[0]?.text ?? "" });
  });

  after(async () => {
    await browser?.close();
  });

  /** `summarize` run in the page. */
  async function inPage(text: string, options: SummarizeOptions): Promise<Summary> {
    const json = await page.evaluate(([t, o]) => JSON.stringify(khulasa.summarize(t, o)), [
      text,
      options,
    ] as const);
    return JSON.parse(json) as Summary;
  }

  /**
   * The page's summary is Node's: the same highlights, texts and spans. Scores may differ in
   * their last bits: chromium's Math.log (IDF) and Node's differ by an ulp on some numbers.
   */
  function assertSame(actual: Summary, expected: Summary, name: string): void {
    const unscored = (s: Summary) => ({
      ...s,
      ms: 0,
      highlights: s.highlights.map((h) => ({ ...h, score: 0 })),
    });
    assert.deepEqual(unscored(actual), unscored(expected), name);
    actual.highlights.forEach((h, i) => {
      const score = (expected.highlights[i] as Highlight).score;
      const close = Math.abs(h.score - score) <= 1e-12 * Math.max(1, Math.abs(score));
      assert.ok(close, `${name}: score ${h.score} against ${score}`);
    });
  }

  test("gives the summaries Node gives", async () => {
    for (const { name, text } of ownArticles()) {
      for (const options of OPTION_SETS) {
        assertSame(
          await inPage(text, options),
          summarize(text, options),
          `${name} ${JSON.stringify(options)}`,
        );
      }
    }
  });

  test("bad input throws the coded error Node throws", async () => {
    const thrown = await page.evaluate(() => {
      try {
        khulasa.summarize("This article is written in English only.");
        return null;
      } catch (error) {
        const e = error as { name: string; code: string; hint: string };
        return { name: e.name, code: e.code, hint: e.hint };
      }
    });
    assert.deepEqual(thrown, {
      name: "KhulasaError",
      code: "NOT_ARABIC",
      hint: "Give an article written in Arabic: khulasa summarizes Arabic only.",
    });
  });

  test("gives Node's summaries on every easc-dev article", sharedSkip(EASC), async () => {
    for (const { name, text } of eascArticles(EASC)) {
      assertSame(await inPage(text, {}), summarize(text), name);
    }
  });
});
