// The public API surface of the package: what `import … from "khulasa"` gives a library user.
// A change here is a change of contract: update this list on purpose, with the README.
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import ts from "typescript";
import type {
  ErrorCode,
  Highlight,
  Sentence,
  Span,
  SummarizeOptions,
  Summary,
  Token,
} from "../src/index.js";
import * as api from "../src/index.js";
import { runModuleScript } from "./helpers/run-cli.js";
import { ROOT } from "./helpers/shared.js";

/** Runtime exports of src/index.ts, sorted. */
const RUNTIME_EXPORTS = [
  "COUNT_RANGE",
  "DEFAULT_OPTIONS",
  "KhulasaError",
  "createError",
  "errorCodes",
  "highlightText",
  "prepareArticle",
  "summarize",
];

/** Type-only exports (interfaces and aliases), sorted. */
const TYPE_EXPORTS = [
  "ErrorCode",
  "Highlight",
  "HtmlMode",
  "PrepareOptions",
  "PreparedArticle",
  "ResolvedOptions",
  "Sentence",
  "Span",
  "SummarizeOptions",
  "Summary",
  "Token",
];

const DIST_JS = join(ROOT, "dist", "index.js");
const DIST_DTS = join(ROOT, "dist", "index.d.ts");
const distSkip = existsSync(DIST_JS) ? {} : { skip: `missing ${DIST_JS} (run npm run build)` };

/** A module read with the TypeScript checker: the checker and the module's symbol. */
function checkedModule(file: string): { checker: ts.TypeChecker; symbol: ts.Symbol } {
  const program = ts.createProgram([file], {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    noEmit: true,
    skipLibCheck: true,
    types: [],
  });
  const source = program.getSourceFile(file);
  assert.ok(source, `TypeScript cannot read ${file}`);
  const checker = program.getTypeChecker();
  const symbol = checker.getSymbolAtLocation(source);
  assert.ok(symbol, `${file} is not a module`);
  return { checker, symbol };
}

/** Every name a module exports (values and types), sorted, read with the TypeScript checker. */
function declaredExports(file: string): string[] {
  const { checker, symbol } = checkedModule(file);
  return checker
    .getExportsOfModule(symbol)
    .map((s) => s.name)
    .sort();
}

/** Sorted names, compared the way a reader lists them (code-point order). */
function sorted(names: Iterable<string>): string[] {
  return [...names].sort();
}

test("src/index.ts: the runtime exports", () => {
  assert.deepEqual(sorted(Object.keys(api)), sorted(RUNTIME_EXPORTS));
  assert.equal(typeof api.summarize, "function");
  assert.equal(typeof api.createError, "function");
  assert.equal(typeof api.KhulasaError, "function");
  assert.equal(typeof api.errorCodes, "object");
});

test("src/index.ts: the type exports (values and types, read by the TypeScript checker)", () => {
  const names = declaredExports(join(ROOT, "src", "index.ts"));
  assert.deepEqual(names, sorted([...RUNTIME_EXPORTS, ...TYPE_EXPORTS]));
});

test(
  "dist/index.js exports the same at run time as src/index.ts (through the package name)",
  distSkip,
  () => {
    // A child process resolves `khulasa` through package.json "exports", as a user's code would.
    const script =
      'import * as k from "khulasa"; console.log(JSON.stringify(Object.keys(k).sort()));';
    const r = runModuleScript(script);
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout), sorted(RUNTIME_EXPORTS));
  },
);

test("dist/index.d.ts declares the same names as src/index.ts", distSkip, () => {
  assert.ok(existsSync(DIST_DTS), `missing ${DIST_DTS}`);
  assert.deepEqual(declaredExports(DIST_DTS), sorted([...RUNTIME_EXPORTS, ...TYPE_EXPORTS]));
});

test("DEFAULT_OPTIONS: frozen, no count (chosen from the article), no title, compression on", () => {
  assert.deepEqual({ ...api.DEFAULT_OPTIONS }, { count: null, title: null, compress: true });
  assert.ok(Object.isFrozen(api.DEFAULT_OPTIONS));
});

test("errorCodes is frozen, entries too: a caller cannot change later errors", () => {
  assert.ok(Object.isFrozen(api.errorCodes));
  for (const [code, entry] of Object.entries(api.errorCodes))
    assert.ok(Object.isFrozen(entry), code);
  const entry = api.errorCodes.EMPTY_INPUT as { hint: string };
  assert.throws(() => {
    entry.hint = "changed";
  }, TypeError);
  assert.throws(
    () => api.summarize(""),
    (e: unknown) => e instanceof api.KhulasaError && e.hint !== "changed" && e.httpStatus === 422,
  );
});

test("summarize returns the data model of the architecture (shape, not content)", () => {
  const article = [
    "أعلنت الحكومة يوم الأحد خطة جديدة لخفض أسعار الوقود ابتداء من الشهر المقبل.",
    "وتشمل الخطة دعما مباشرا للأسر محدودة الدخل لمدة عام كامل.",
    "وانتقدت المعارضة الخطة وقالت إنها لا تعالج أسباب التضخم.",
  ].join("\n");
  const options: SummarizeOptions = { count: 2 };
  const summary: Summary = api.summarize(article, options);
  assert.deepEqual(Object.keys(summary).sort(), ["highlights", "language", "ms", "sentences"]);
  assert.equal(summary.language, "ar");
  assert.equal(summary.highlights.length, 2);
  for (const h of summary.highlights satisfies Highlight[]) {
    assert.deepEqual(Object.keys(h).sort(), ["score", "sentence", "sources", "text"]);
    for (const s of h.sources satisfies Span[])
      assert.deepEqual(Object.keys(s).sort(), ["end", "start"]);
  }
  // Sentence and Token are exported for users of the analysis types; they must stay importable.
  const token: Token = { span: { start: 0, end: 1 }, norm: "ا", stem: "ا", stop: false };
  const sentence: Sentence = { index: 0, paragraph: 0, span: token.span, tokens: [token] };
  assert.equal(sentence.tokens.length, 1);
});

test("errors: a KhulasaError carries a code from the table, a hint, an exit code and an HTTP status", () => {
  const code: ErrorCode = "NOT_ARABIC";
  assert.throws(
    () => api.summarize("This article has no Arabic letters at all."),
    (e: unknown) =>
      e instanceof api.KhulasaError &&
      e.code === code &&
      e.hint === api.errorCodes[code].hint &&
      e.exitCode === 2 &&
      e.httpStatus === 422,
  );
  const made = api.createError("BAD_OPTION", "count must be 1-10");
  assert.ok(made instanceof api.KhulasaError && made instanceof Error);
  assert.equal(made.code, "BAD_OPTION");
  assert.throws(() => api.summarize("أعلنت الحكومة خطة جديدة.", { count: 0 }), {
    name: "KhulasaError",
    code: "BAD_OPTION",
  });
  for (const documented of ["EMPTY_INPUT", "NOT_ARABIC", "BAD_OPTION", "NOT_TEXT", "INTERNAL"]) {
    assert.ok(documented in api.errorCodes, documented);
  }
  for (const [name, entry] of Object.entries(api.errorCodes)) {
    assert.match(name, /^[A-Z_]+$/);
    assert.ok(Number.isInteger(entry.exit) && Number.isInteger(entry.http), name);
    assert.ok(entry.hint.length > 0, name);
  }
});

test("errors: a bad option of the library gets a hint about the library's options, not `--help`", async () => {
  const article = "أعلنت الحكومة خطة جديدة لخفض أسعار الوقود ابتداء من الشهر المقبل.";
  const untyped = api as unknown as {
    summarize: (text: string, options?: unknown) => Summary;
    prepareArticle: (raw: string, options?: unknown) => Promise<unknown>;
  };
  const hintOf = async (run: () => unknown): Promise<string> => {
    try {
      await run();
    } catch (e) {
      assert.ok(e instanceof api.KhulasaError && e.code === "BAD_OPTION", String(e));
      return e.hint;
    }
    assert.fail("no error");
  };
  for (const options of [{ count: 0 }, { title: 5 }, { compress: "no" }, "count=3"]) {
    const hint = await hintOf(() => untyped.summarize(article, options));
    assert.match(hint, /count: 1-10 or null/, JSON.stringify(options));
    assert.doesNotMatch(hint, /--help/);
  }
  for (const options of [{ html: "yes" }, { title: 5 }, 3]) {
    const hint = await hintOf(() => untyped.prepareArticle(article, options));
    assert.match(hint, /html: true, false or "auto"/, JSON.stringify(options));
  }
});

test("prepareArticle reads bytes as `khulasa summarize` reads a file", async () => {
  const article = "أعلنت الحكومة خطة جديدة لخفض أسعار الوقود ابتداء من الشهر المقبل.";
  const utf8 = await api.prepareArticle(Buffer.from(article));
  assert.deepEqual([utf8.text, utf8.offset], [article, 0]);
  const bytes = await api.prepareArticle(new TextEncoder().encode(`\ufeff${article}`));
  assert.deepEqual([bytes.text, bytes.offset], [article, 1]);
  // UTF-16 with its byte-order mark (the offset counts the mark).
  const utf16 = await api.prepareArticle(Buffer.from(`\ufeff${article}`, "utf16le"));
  assert.deepEqual([utf16.text, utf16.offset], [article, 1]);
  // A windows-1256 page that declares its charset.
  const page = readFileSync(join(ROOT, "test", "io", "fixtures", "windows-1256-page.html"));
  const html = await api.prepareArticle(page);
  assert.equal(html.format, "html");
  assert.match(html.text, /\p{Script=Arabic}{3}/u);
  // Bytes in another encoding that say nothing of it are NOT_TEXT, with the iconv hint.
  const cp1256 = Buffer.from([
    0xc3, 0xda, 0xe1, 0xe4, 0xca, 0x20, 0xc7, 0xe1, 0xcd, 0xdf, 0xe6, 0xe3, 0xc9,
  ]);
  await assert.rejects(api.prepareArticle(cp1256), (e: unknown) => {
    assert.ok(e instanceof api.KhulasaError && e.code === "NOT_TEXT", String(e));
    assert.match(e.hint, /iconv -f windows-1256/);
    return true;
  });
});

test("errors: text of nothing but invisible marks is EMPTY_INPUT, as white space is", async () => {
  const empty = { name: "KhulasaError", code: "EMPTY_INPUT" };
  for (const blank of ["\u200b", "\u200f\u200e", " \ufeff\n\u200c\t", "\u2066\u2069"]) {
    assert.throws(() => api.summarize(blank), empty, JSON.stringify(blank));
    await assert.rejects(api.prepareArticle(blank), empty, JSON.stringify(blank));
  }
  // A mark inside an article does not make it blank.
  const article = "\u200fأعلنت الحكومة خطة جديدة لخفض أسعار الوقود ابتداء من الشهر المقبل.";
  assert.equal(api.summarize(article).highlights.length, 1);
});

test("types: null options and a null compress are typed as the runtime takes them, the defaults", () => {
  // A type test too: without `| null` in the signatures, this file fails `tsc --noEmit`.
  const article = "أعلنت الحكومة خطة جديدة لخفض أسعار الوقود ابتداء من الشهر المقبل.";
  const plain = api.summarize(article).highlights;
  const none: SummarizeOptions | null = null;
  assert.deepEqual(api.summarize(article, none).highlights, plain);
  const nulls: SummarizeOptions = { count: null, title: null, compress: null };
  assert.deepEqual(api.summarize(article, nulls).highlights, plain);
});

test("words set apart by zero-width spaces only are words: a bullet, not EMPTY_INPUT", () => {
  const article = "أعلنت\u200bالحكومة\u200bخطة\u200bجديدة\u200bلدعم\u200bالأسر\u200bالفقيرة.";
  const [bullet] = api.summarize(article).highlights;
  assert.equal(bullet?.text, article);
});

test("errors: arguments of the wrong type from JavaScript are KhulasaErrors, not TypeErrors", async () => {
  const article = "أعلنت الحكومة خطة جديدة لخفض أسعار الوقود ابتداء من الشهر المقبل.";
  const untyped = api as unknown as {
    summarize: (text: unknown, options?: unknown) => Summary;
    prepareArticle: (raw: unknown, options?: unknown) => Promise<unknown>;
  };
  const notText = { name: "KhulasaError", code: "NOT_TEXT" };
  const badOption = { name: "KhulasaError", code: "BAD_OPTION" };
  for (const value of [42, null, undefined, ["نص"]]) {
    assert.throws(() => untyped.summarize(value), notText, String(value));
    await assert.rejects(untyped.prepareArticle(value), notText, String(value));
  }
  // summarize takes text only; its hint sends bytes to prepareArticle.
  assert.throws(
    () => untyped.summarize(Buffer.from(article)),
    (e: unknown) => {
      assert.ok(e instanceof api.KhulasaError && e.code === "NOT_TEXT", String(e));
      assert.match(e.hint, /prepareArticle \(from "khulasa"\) reads bytes/);
      return true;
    },
  );
  // Options are a plain object: one made from another would lend its inherited keys.
  for (const options of [Object.create({ count: 99 }), new Date(), new Map([["count", 2]])]) {
    assert.throws(() => untyped.summarize(article, options), /the options must be a plain object/);
    await assert.rejects(untyped.prepareArticle(article, options), badOption);
  }
  const bare = Object.assign(Object.create(null), { count: 1 });
  assert.equal(untyped.summarize(article, bare).highlights.length, 1);
  assert.throws(() => untyped.summarize(article, "count=3"), badOption);
  await assert.rejects(untyped.prepareArticle(article, 3), badOption);
  await assert.rejects(untyped.prepareArticle(article, { title: 5 }), badOption);
  await assert.rejects(untyped.prepareArticle(article, { html: "yes" }), badOption);
  // A misspelt or unknown key, and an array, are refused rather than ignored.
  for (const options of [{ compres: false }, { cont: 3 }, { count: 1, lang: "ar" }, []]) {
    assert.throws(() => untyped.summarize(article, options), badOption, JSON.stringify(options));
  }
  assert.throws(() => untyped.summarize(article, { compres: false }), /unknown option "compres"/);
  for (const options of [{ htm: true }, { title: "ع", count: 3 }, []]) {
    await assert.rejects(untyped.prepareArticle(article, options), badOption);
  }
  // The valid forms still work.
  assert.equal(untyped.summarize(article, undefined).highlights.length, 1);
  // `null` options, as plain JavaScript often passes, are the defaults.
  assert.equal(untyped.summarize(article, null).highlights.length, 1);
  assert.ok(await untyped.prepareArticle(article, null));
  assert.ok(await untyped.prepareArticle(article, { title: null, html: false }));
});

/** The property names of an interface exported by `file`, read with the TypeScript checker. */
function interfaceFields(file: string, name: string): string[] {
  const program = ts.createProgram([file], { noEmit: true, skipLibCheck: true, types: [] });
  const source = program.getSourceFile(file);
  assert.ok(source, `TypeScript cannot read ${file}`);
  const checker = program.getTypeChecker();
  const module = checker.getSymbolAtLocation(source);
  const symbol = module && checker.getExportsOfModule(module).find((s) => s.name === name);
  assert.ok(symbol, `${file} does not export ${name}`);
  return checker
    .getDeclaredTypeOfSymbol(symbol)
    .getProperties()
    .map((p) => p.name);
}

test("the README's library section names every runtime export and every field of a Summary", () => {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  const start = readme.indexOf("As a library:");
  const section = readme.slice(start, readme.indexOf("\n## ", start));
  const types = join(ROOT, "src", "text", "types.ts");
  const names = [
    ...RUNTIME_EXPORTS,
    ...interfaceFields(types, "Summary"),
    ...interfaceFields(types, "Highlight"),
    ...interfaceFields(types, "Span"),
  ];
  assert.deepEqual(
    names.filter((name) => !new RegExp(`\`[^\`]*\\b${name}\\b[^\`]*\``).test(section)),
    [],
  );
  // A CommonJS user is told whether `require` works (package.test.ts runs it).
  assert.match(section, /`require\("khulasa"\)`/);
});

test("every export, and every member of KhulasaError, has a doc comment (what an editor shows)", () => {
  const { checker, symbol: module } = checkedModule(join(ROOT, "src", "index.ts"));
  const undocumented: string[] = [];
  const check = (name: string, symbol: ts.Symbol) => {
    const doc = ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim();
    if (doc === "") undocumented.push(name);
  };
  for (const exported of checker.getExportsOfModule(module)) {
    const symbol =
      exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    check(exported.name, symbol);
    if (exported.name !== "KhulasaError") continue;
    for (const member of checker.getDeclaredTypeOfSymbol(symbol).getProperties()) {
      // Members of Error (message, name, stack) are documented by the language's lib.
      const ours = member.declarations?.every((d) => d.getSourceFile().fileName.includes("/src/"));
      if (!ours) continue;
      check(`KhulasaError.${member.name}`, member);
    }
  }
  assert.deepEqual(undocumented, []);
});
