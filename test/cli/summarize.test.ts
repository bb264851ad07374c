import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { errorCodes } from "../../src/errors.js";
import { collapseWhitespace } from "../../src/text/span.js";
import type { Summary } from "../../src/text/types.js";
import {
  assertCodedError,
  FULL_DEVICE,
  ONE_LINE_ERROR,
  runCli,
  runCliWithClosedStdout,
  STACK,
} from "../helpers/run-cli.js";
import { ROOT } from "../helpers/shared.js";

const EXAMPLE = join(ROOT, "examples", "article.txt");
const ARTICLE = readFileSync(EXAMPLE, "utf8");
const PAGE = join(ROOT, "test", "io", "fixtures", "arabic-page.html");
const dir = mkdtempSync(join(tmpdir(), "khulasa-cli-"));
after(() => rmSync(dir, { recursive: true, force: true }));

/** The `- ` bullets of text output (every line must be one). */
function bullets(stdout: string): string[] {
  return stdout
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => {
      assert.ok(line.startsWith("- "), `not a bullet line: ${line}`);
      return line.slice(2);
    });
}

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** Bullets are pieces of the article (whitespace collapsed), in article order. */
function assertFromArticle(items: string[], article: string): void {
  const flat = collapseWhitespace(article);
  let last = -1;
  for (const item of items) {
    const at = flat.indexOf(item);
    assert.ok(at >= 0, `not in the article: ${item}`);
    assert.ok(at > last, `out of article order: ${item}`);
    last = at;
  }
}

test("the example article gives 3 or 4 bullets taken from it", () => {
  const result = runCli(["summarize", EXAMPLE]);
  assert.equal(result.code, 0, result.stderr);
  assert.equal(result.stderr, "");
  const items = bullets(result.stdout);
  assert.ok(items.length === 3 || items.length === 4, result.stdout);
  assertFromArticle(items, ARTICLE);
});

test("the example article: exact stdout (update test/cli/fixtures/example.expected.txt on purpose)", () => {
  const result = runCli(["summarize", EXAMPLE]);
  assert.equal(result.code, 0, result.stderr);
  const expected = readFileSync(
    join(ROOT, "test", "cli", "fixtures", "example.expected.txt"),
    "utf8",
  );
  assert.equal(result.stdout, expected);
});

test("--count fixes the number of bullets; the same input gives the same output", () => {
  const two = runCli(["summarize", "--count", "2", EXAMPLE]);
  assert.equal(two.code, 0, two.stderr);
  assert.equal(bullets(two.stdout).length, 2);
  assertFromArticle(bullets(two.stdout), ARTICLE);
  assert.equal(runCli(["summarize", "-n", "2", EXAMPLE]).stdout, two.stdout);
});

test("stdin: `-` and no file argument read the piped article", () => {
  const fromFile = runCli(["summarize", EXAMPLE]).stdout;
  assert.equal(runCli(["summarize", "-"], { input: ARTICLE }).stdout, fromFile);
  assert.equal(runCli(["summarize"], { input: ARTICLE }).stdout, fromFile);
});

test("--format json: the Summary with valid spans and the input metadata", () => {
  const result = runCli(["summarize", "--format", "json", EXAMPLE]);
  assert.equal(result.code, 0, result.stderr);
  const out = JSON.parse(result.stdout) as Summary & { input: Record<string, unknown> };
  assert.equal(out.language, "ar");
  assert.ok(out.highlights.length === 3 || out.highlights.length === 4);
  assert.ok(out.sentences >= out.highlights.length);
  assert.equal(typeof out.ms, "number");
  assert.deepEqual(out.input, {
    source: EXAMPLE,
    bytes: Buffer.byteLength(ARTICLE),
    format: "text",
    title: null,
    offset: 0,
  });
  for (const h of out.highlights) {
    assert.ok(Number.isInteger(h.sentence) && h.sentence >= 0 && h.sentence < out.sentences);
    assert.equal(typeof h.score, "number");
    for (const s of h.sources)
      assert.ok(0 <= s.start && s.start < s.end && s.end <= ARTICLE.length);
    assert.equal(
      collapseWhitespace(h.sources.map((s) => ARTICLE.slice(s.start, s.end)).join(" ")),
      h.text,
    );
  }
});

test("--format markdown: bullets with footnotes naming their sentence", () => {
  const result = runCli(["summarize", "--format", "markdown", "--title", "مشروع تحلية", EXAMPLE]);
  assert.equal(result.code, 0, result.stderr);
  const lines = result.stdout.split("\n");
  assert.equal(lines[0], "## مشروع تحلية");
  const items = lines.filter((l) => l.startsWith("- "));
  const notes = lines.filter((l) =>
    /^\[\^\d+\]: Sentence \d+ of \d+ \(characters [\d, -]+\)\.$/.test(l),
  );
  assert.ok(items.length === 3 || items.length === 4);
  assert.equal(notes.length, items.length);
  items.forEach((item, i) => {
    assert.ok(item.endsWith(`[^${i + 1}]`), item);
  });
  assertFromArticle(
    items.map((item) => item.slice(2).replace(/\[\^\d+\]$/, "")),
    ARTICLE,
  );
});

test("--format markdown: a title on several lines is one heading, not a heading and a bullet", () => {
  const title = "مشروع تحلية\n## عنوان آخر\n- بند مزيف";
  const result = runCli(["summarize", "--format", "markdown", "--title", title, EXAMPLE]);
  assert.equal(result.code, 0, result.stderr);
  const lines = result.stdout.split("\n");
  assert.equal(lines[0], "## مشروع تحلية ## عنوان آخر - بند مزيف");
  assert.ok(!lines.includes("- بند مزيف"), result.stdout);
});

test("control characters in the article (a terminal's escape sequences) never reach the output", () => {
  const sentences = ARTICLE.split("\n").filter((line) => line.trim() !== "");
  // An escape that sets the window title, one that clears the screen, a stray U+0002.
  const tainted = sentences
    .map((line, i) => (i % 2 === 0 ? line.replace(" ", " \u001b]0;x\u0007\u001b[2J\u0002 ") : line))
    .join("\n");
  const path = file("escapes.txt", tainted);
  for (const format of ["text", "markdown", "json"]) {
    const result = runCli(["summarize", "--format", format, "--count", "10", path]);
    assert.equal(result.code, 0, result.stderr);
    assert.doesNotMatch(result.stdout, /\p{Cc}(?<!\n)/u, format);
    if (format === "json") {
      assert.doesNotMatch(result.stdout, /\\u00(?:0[0-9a-f]|1[0-9a-f])/i, format);
    }
  }
});

test("highlights printed above the article are not part of it", () => {
  const input = `- هذا سطر ملخص قديم.\n- وهذا سطر ملخص آخر.\n\n${ARTICLE}`;
  const result = runCli(["summarize", "--format", "json"], { input });
  assert.equal(result.code, 0, result.stderr);
  const out = JSON.parse(result.stdout) as Summary & { input: { offset: number } };
  assert.equal(out.input.offset, input.indexOf(ARTICLE));
  assert.ok(out.highlights.every((h) => !h.text.includes("ملخص")));
  assertFromArticle(
    out.highlights.map((h) => h.text),
    ARTICLE,
  );
});

test("a BOM counts in input.offset: the input sliced at offset + start is the span", () => {
  const story =
    "أعلنت وزارة الصحة افتتاح مستشفى جديد في مدينة السلط. ويضم المستشفى مئتي سرير وقسما للطوارئ. وقال الوزير إن العمل بدأ قبل ثلاث سنوات.\n";
  for (const input of [`\uFEFF${story}`, `\uFEFF- سطر ملخص قديم.\n- وسطر آخر.\n\n${story}`]) {
    const path = file("bom.txt", input);
    const result = runCli(["summarize", "--format", "json", "--no-compress", path]);
    assert.equal(result.code, 0, result.stderr);
    const out = JSON.parse(result.stdout) as Summary & { input: { offset: number } };
    assert.equal(out.input.offset, input.indexOf(story));
    assert.ok(out.highlights.length > 0);
    for (const h of out.highlights) {
      const o = out.input.offset;
      const text = h.sources.map((s) => input.slice(o + s.start, o + s.end)).join(" ");
      assert.equal(collapseWhitespace(text), h.text);
    }
  }
});

test("an HTML page: bullets from its article body, title from the page", () => {
  const html = readFileSync(PAGE, "utf8");
  const result = runCli(["summarize", PAGE]);
  assert.equal(result.code, 0, result.stderr);
  const items = bullets(result.stdout);
  assert.ok(items.length >= 3 && items.length <= 4);
  for (const item of items) {
    assert.match(item, /الفقرة_\d+|[\u0600-\u06ff]/u);
    assert.doesNotMatch(item, /مخفي|سكربت|نمط|الرئيسية|[<>{}]/u);
  }
  const json = JSON.parse(runCli(["summarize", "-f", "json", "-"], { input: html }).stdout) as {
    highlights: { text: string; sources: { start: number; end: number }[] }[];
    input: { format: string; title: string; offset: null; text: string };
  };
  assert.deepEqual(
    { format: json.input.format, title: json.input.title, offset: json.input.offset },
    { format: "html", title: "سباق الصحراء يجمع ألفي عداء في وادي رم", offset: null },
  );
  // The sources point into the article text read from the page, which is given with them.
  assert.doesNotMatch(json.input.text, /[<>]/);
  for (const h of json.highlights) {
    const joined = h.sources.map((s) => json.input.text.slice(s.start, s.end)).join("");
    assert.equal(joined.replace(/\s+/gu, " ").trim(), h.text);
  }
});

test("a windows-1256 page is decoded by its <meta charset>; undeclared legacy text is NOT_TEXT", () => {
  const legacy = readFileSync(join(ROOT, "test", "io", "fixtures", "windows-1256-page.html"));
  for (const args of [
    ["summarize", "-"],
    ["summarize", file("legacy.html", legacy)],
  ]) {
    const result = runCli(args, { input: legacy });
    assert.equal(result.code, 0, result.stderr);
    const items = bullets(result.stdout);
    assert.ok(items.length >= 1);
    assert.ok(items[0]?.startsWith("أعلنت وزارة الزراعة"), result.stdout);
  }
  const text = legacy.subarray(legacy.indexOf("<article>"));
  const result = runCli(["summarize", "--text", file("legacy.txt", text)]);
  assert.equal(result.code, 2);
  assert.match(result.stderr, /^khulasa: error NOT_TEXT: .*iconv -f windows-1256/);
  assert.equal(result.stderr.trim().split("\n").length, 1);
});

test("--text reads a page as plain text, --html reads text as a page", () => {
  const asText = runCli(["summarize", "--text", "-f", "json", PAGE]);
  assert.equal(asText.code, 0, asText.stderr);
  assert.equal((JSON.parse(asText.stdout) as { input: { format: string } }).input.format, "text");
  const asHtml = runCli(["summarize", "--html", "-f", "json", EXAMPLE]);
  assert.equal(asHtml.code, 0, asHtml.stderr);
  assert.equal((JSON.parse(asHtml.stdout) as { input: { format: string } }).input.format, "html");
});

test("JSON given to summarize is a USAGE error that points at batch or jq, not bullets of JSON", () => {
  const records = [1, 2].map((i) =>
    JSON.stringify({ id: i, title: "خبر", article: `${ARTICLE.slice(0, 400)}\n\nسطر ${i}.` }),
  );
  const jsonl = file("records.jsonl", `${records.join("\n")}\n`);
  const lines = runCli(["summarize", jsonl]);
  assertCodedError(lines, "USAGE");
  assert.match(
    lines.stderr,
    /records\.jsonl is JSON lines \(JSONL\), not an article\. For \{"id", "article"\} records, one a line, run `khulasa batch \S+records\.jsonl`/,
  );
  const array = runCli(["summarize", "-"], {
    input: `\uFEFF  ${JSON.stringify(
      records.map((r) => JSON.parse(r)),
      null,
      2,
    )}\n`,
  });
  assertCodedError(array, "USAGE");
  assert.match(
    array.stderr,
    /stdin is a JSON array, not an article\..*`jq -c '\.\[\]' FILE \| khulasa batch -`/,
  );
  const object = runCli(["summarize", "-"], {
    input: JSON.stringify({ article: ARTICLE }, null, 2),
  });
  assertCodedError(object, "USAGE");
  assert.match(object.stderr, /stdin is a JSON object, not an article\./);
  // An article that opens with a bracket or a brace is no JSON: it is summarized.
  for (const opening of ["[عاجل] ", "{تحديث} ", "[1] "]) {
    const r = runCli(["summarize", "-"], { input: `${opening}${ARTICLE}` });
    assert.equal(r.code, 0, r.stderr);
    assert.ok(bullets(r.stdout).length >= 3, r.stdout);
  }
});

test("an empty file or stdin is EMPTY_INPUT naming it, with the library's message and hint", () => {
  // prepareArticle says "the article is empty" (test/io/article); the CLI names what it read.
  const hint = errorCodes.EMPTY_INPUT.hint;
  const empty = runCli(["summarize", file("nothing.txt", " \n")]);
  assertCodedError(empty, "EMPTY_INPUT");
  assert.match(empty.stderr, /EMPTY_INPUT: .*nothing\.txt is empty/);
  assert.ok(empty.stderr.endsWith(`nothing.txt is empty. ${hint}\n`), empty.stderr);
  for (const input of ["", "\ufeff \n"]) {
    const stdin = runCli(["summarize", "-"], { input });
    assert.equal(stdin.stderr, `khulasa: error EMPTY_INPUT: stdin is empty. ${hint}\n`);
    assertCodedError(stdin, "EMPTY_INPUT");
  }
});

test("bad input: one coded line on stderr, exit code 2, no stack trace", () => {
  const binary = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));
  const cases: [string[], string, string?][] = [
    [["summarize", file("empty.txt", "")], "EMPTY_INPUT"],
    [["summarize", file("blank.txt", "  \n\t\r\n   \n")], "EMPTY_INPUT"],
    [["summarize", file("binary.bin", binary)], "NOT_TEXT"],
    [["summarize", file("nul.txt", "نص\0عربي")], "NOT_TEXT"],
    [["summarize", dir], "IS_DIRECTORY"],
    [["summarize", join(dir, "missing.txt")], "FILE_NOT_FOUND"],
    [["summarize", "--max-bytes", "1000", EXAMPLE], "TOO_LARGE"],
    [["summarize", "--max-bytes", "1k", "-"], "TOO_LARGE", ARTICLE],
    [
      ["summarize", file("english.txt", "The minister said the plan costs 3.5 million.")],
      "NOT_ARABIC",
    ],
    [
      [
        "summarize",
        file("nav.html", "<html><body><nav><a href='/'>الرئيسية</a></nav></body></html>"),
      ],
      "NO_ARTICLE",
    ],
    [["summarize", "--count", "0", EXAMPLE], "BAD_OPTION"],
    [["summarize", "--count", "abc", EXAMPLE], "BAD_OPTION"],
    [["summarize", "--count", "11", EXAMPLE], "BAD_OPTION"],
    [["summarize", "--count", "2.5", EXAMPLE], "BAD_OPTION"],
    [["summarize", "--format", "xml", EXAMPLE], "BAD_OPTION"],
    [["summarize", "--max-bytes", "lots", EXAMPLE], "BAD_OPTION"],
    [["summarize", "--html", "--text", EXAMPLE], "BAD_OPTION"],
    [["summarize", "-"], "EMPTY_INPUT", ""],
    // A file named by an empty string (an unset shell variable) is a usage error, not a path.
    [["summarize", ""], "USAGE"],
    [["batch", EXAMPLE, "-o", ""], "USAGE"],
    [["eval", "", "--baseline", "lead-1"], "USAGE"],
    // A value or a path with a line break in it is escaped: the error stays on one line.
    [["summarize", "--format", "json\nx", EXAMPLE], "BAD_OPTION"],
    [["summarize", join(dir, "no\nsuch.txt")], "FILE_NOT_FOUND"],
    [["batch", join(dir, "no\u2028such.jsonl")], "FILE_NOT_FOUND"],
    [
      ["summarize", "-"],
      "EMPTY_INPUT",
      "القاهرة (رويترز) -\nتصوير: أحمد علي\nاقرأ أيضا: خبر آخر\n",
    ],
  ];
  for (const [args, code, input] of cases) {
    assertCodedError(runCli(args, { input }), code);
  }
  // A directory on stdin (`< dir`), which Node reads as an empty stream, is named as such.
  for (const args of [
    ["summarize", "-"],
    ["batch", "-"],
    ["eval", "-", "--baseline", "lead-1"],
  ]) {
    const r = runCli(args, { stdinFrom: dir });
    assertCodedError(r, "IS_DIRECTORY");
    assert.match(r.stderr, /: stdin is a directory\./, args.join(" "));
  }
});

test("a stderr that refuses writes (2>/dev/full) leaves the exit code as it is", {
  skip: FULL_DEVICE ? false : "needs /dev/full",
}, () => {
  const device = FULL_DEVICE ?? "";
  assert.equal(runCli(["summarize", join(dir, "missing.txt")], { stderrTo: device }).code, 2);
  assert.equal(runCli(["summarize", EXAMPLE], { stderrTo: device }).code, 0);
  // A batch with a failed record says so on stderr and exits 1, with or without a stderr.
  const out = join(dir, "full-stderr.jsonl");
  const input = file("one-bad.jsonl", '{"id":1}\n');
  assert.equal(runCli(["batch", input, "-o", out, "--workers", "0"], { stderrTo: device }).code, 1);
});

test("a usage or option error points at the help of the command run, which lists its options", () => {
  const cases: [string[], string, string][] = [
    [["summarize", EXAMPLE, "--count", "0"], "BAD_OPTION", "summarize"],
    [["summarize", EXAMPLE, "--bogus"], "USAGE", "summarize"],
    [["batch", EXAMPLE, "--workers", "65"], "BAD_OPTION", "batch"],
    [["eval", EXAMPLE, "--count", "0"], "BAD_OPTION", "eval"],
    [["serve", "--port", "70000"], "BAD_OPTION", "serve"],
  ];
  for (const [args, code, command] of cases) {
    const r = runCli(args);
    assertCodedError(r, code);
    assert.match(r.stderr, new RegExp(`Run \`khulasa ${command} --help\` for `), args.join(" "));
  }
  // With no command, the top-level help is the one that helps.
  const unknown = runCli(["frobnicate"]);
  assertCodedError(unknown, "USAGE");
  assert.match(unknown.stderr, /Run `khulasa --help` for usage\.$/m);
});

test("an option that takes one value, given twice with different values, is a USAGE error", () => {
  // Paths in the test's directory, and a serve that cannot start: without the check, a run
  // would write its output, or serve.
  const cases: [string[], string][] = [
    [["batch", EXAMPLE, "-o", join(dir, "a.jsonl"), "-o", join(dir, "b.jsonl")], "--output"],
    [["batch", EXAMPLE, "--output", join(dir, "a.jsonl"), "-o", join(dir, "b.jsonl")], "--output"],
    [["batch", EXAMPLE, "--workers", "1", "-w", "2"], "--workers"],
    [["summarize", EXAMPLE, "--count", "2", "-n", "3"], "--count"],
    [["summarize", EXAMPLE, "--format", "json", "--format", "text"], "--format"],
    [["summarize", EXAMPLE, "--title", "أ", "--title", "ب"], "--title"],
    [["eval", EXAMPLE, "--pred", join(dir, "a.jsonl"), "--pred", join(dir, "b.jsonl")], "--pred"],
    [["serve", "--port", "0", "--port", "1", "--log-level", "loud"], "--port"],
  ];
  for (const [args, name] of cases) {
    const r = runCli(args);
    assertCodedError(r, "USAGE");
    assert.match(
      r.stderr,
      new RegExp(`: ${name} given twice, as ".+" and as ".+"\\. Give ${name} once\\.$`, "m"),
    );
  }
  // The same value twice is no question; flags without a value are not checked.
  const same = runCli([
    "summarize",
    EXAMPLE,
    "--count",
    "2",
    "-n",
    "2",
    "--no-compress",
    "--no-compress",
  ]);
  assert.equal(same.code, 0, same.stderr);
  assert.equal(same.stdout.split("\n").filter((line) => line.startsWith("- ")).length, 2);
});

test("serve: a bad --log-level or --host is named by its flag, before anything listens", () => {
  const cases: [string[], RegExp][] = [
    [["serve", "--port", "0", "--log-level", "loud"], /BAD_OPTION: --log-level must be one of /],
    [["serve", "--port", "0", "--host", ""], /BAD_OPTION: --host must be a host name/],
  ];
  for (const [args, message] of cases) {
    const r = runCli(args);
    assertCodedError(r, "BAD_OPTION");
    assert.match(r.stderr, message);
  }
});

test("usage errors from the option parser are one line too, with no doubled period", () => {
  const cases: [string[], RegExp][] = [
    // Commander suggests a near name on a second line: it joins the first.
    [
      ["summarize", "--formt", "json", EXAMPLE],
      /unknown option '--formt' \(Did you mean --format\?\)\. Run/,
    ],
    [["sumarize", EXAMPLE], /unknown command 'sumarize' \(Did you mean summarize\?\)\. Run/],
    // Commander's own message ends with a period; the hint follows after one.
    [["summarize", EXAMPLE, "extra"], /but got 2\. Run `khulasa summarize --help`/],
  ];
  for (const [args, message] of cases) {
    const r = runCli(args);
    assertCodedError(r, "USAGE");
    assert.match(r.stderr, ONE_LINE_ERROR);
    assert.match(r.stderr, message);
    assert.doesNotMatch(r.stderr, /\.\./);
  }
});

test("stdout refuses writes: one WRITE_FAILED line, exit 2", {
  skip: FULL_DEVICE ? false : "needs /dev/full",
}, () => {
  for (const format of ["text", "json"]) {
    const r = runCli(["summarize", EXAMPLE, "--format", format], { stdoutTo: FULL_DEVICE ?? "" });
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, ONE_LINE_ERROR);
    assert.match(r.stderr, /^khulasa: error WRITE_FAILED: cannot write stdout \(ENOSPC\)/);
    assert.doesNotMatch(r.stderr, STACK);
  }
});

test("stdout's reader is gone (| head): quiet, exit 0", async () => {
  const r = await runCliWithClosedStdout(["summarize", EXAMPLE]);
  assert.equal(r.stderr, "");
  assert.equal(r.code, 0);
});

test("help and the version to a reader that is gone (--help | head -1): quiet, exit 0", async () => {
  for (const args of [["summarize", "--help"], ["batch", "--help"], ["help", "serve"], ["-V"]]) {
    const r = await runCliWithClosedStdout(args);
    assert.equal(r.stderr, "", args.join(" "));
    assert.equal(r.code, 0, args.join(" "));
  }
});

test("no command, or help for an unknown one: a USAGE error, not silent success", () => {
  for (const args of [[], ["help", "nope"]]) {
    const r = runCli(args);
    assertCodedError(r, "USAGE");
    assert.match(r.stderr, args.length === 0 ? /no command given/ : /unknown command 'nope'/);
  }
  // Help asked for still prints and exits 0.
  for (const args of [["--help"], ["help"], ["help", "batch"]]) {
    const r = runCli(args);
    assert.equal(r.code, 0, args.join(" "));
    assert.match(r.stdout, /^Usage: khulasa/, args.join(" "));
  }
});
