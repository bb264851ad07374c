import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { KhulasaError } from "../../src/errors.js";
import { prepareArticle } from "../../src/io/article.js";
import { decodeInput } from "../../src/io/encoding.js";
import { ROOT } from "../helpers/shared.js";

const FIXTURES = join(ROOT, "test", "io", "fixtures");
const FIRST = "أعلنت وزارة الزراعة، اليوم الثلاثاء، عن خطة لزراعة مليون شجرة زيتون";
const STORY = "أعلنت البلدية افتتاح حديقة عامة جديدة. وقالت إن الحديقة تضم ملعبا للأطفال.\n";

function hasCode(code: string, hint?: RegExp) {
  return (error: unknown) =>
    error instanceof KhulasaError && error.code === code && (!hint || hint.test(error.hint));
}

function utf16(text: string, endian: "le" | "be"): Uint8Array {
  const le = Buffer.from(text, "utf16le");
  return endian === "le" ? le : Buffer.from(le).swap16();
}

test("a page in the charset its <meta> declares (windows-1256, ISO-8859-6) is decoded", async () => {
  for (const name of ["windows-1256-page.html", "iso-8859-6-page.html"]) {
    const bytes = readFileSync(join(FIXTURES, name));
    const page = decodeInput(bytes, name);
    assert.ok(page.includes(FIRST), `${name}: ${page.slice(0, 200)}`);
    const article = await prepareArticle(page);
    assert.equal(article.title, "مليون شجرة زيتون في الجنوب");
    assert.ok(article.text.startsWith(FIRST), article.text);
  }
});

test("a <meta> charset past the first 1024 bytes (after a long script) is still honoured", async () => {
  const page = readFileSync(join(FIXTURES, "windows-1256-page.html"));
  const head = Buffer.from("<head>");
  const at = page.indexOf(head) + head.length;
  // 1,500 bytes of inline script put the declaration past the prescan's 1024 bytes; a `<meta`
  // that declares nothing, and one inside the script's text before the page's own, are passed over.
  const script = Buffer.from(
    `<meta name="viewport" content="width=device-width"><script>var s = "<meta name='x'>${"x".repeat(1500)}";</script>`,
  );
  const late = Buffer.concat([page.subarray(0, at), script, page.subarray(at)]);
  assert.ok(late.indexOf(Buffer.from("<meta charset")) > 1024);
  const text = decodeInput(late, "late.html");
  assert.ok(text.includes(FIRST), text.slice(0, 300));
  assert.equal((await prepareArticle(text)).title, "مليون شجرة زيتون في الجنوب");
  // Without any declaration the same bytes stay NOT_TEXT: the charset is never guessed.
  const undeclared = Buffer.from(
    late.toString("latin1").replace('charset="windows-1256"', 'lang="ar"'),
    "latin1",
  );
  assert.throws(() => decodeInput(undeclared, "late.html"), hasCode("NOT_TEXT", /iconv/));
  // Past the prescan, a declaration in a comment or in a script's text is no declaration: the
  // wrong single-byte charset would turn the Arabic into Latin letters without an error.
  for (const hidden of [
    '<!-- <meta charset="windows-1252"> -->',
    '<script>var s = "<meta charset=windows-1252>";</script>',
  ]) {
    const text = late.toString("latin1").replace('charset="windows-1256"', 'lang="ar"');
    const padded = Buffer.from(text.replace("</head>", `${hidden}</head>`), "latin1");
    assert.ok(padded.indexOf(Buffer.from(hidden)) > 1024);
    assert.throws(() => decodeInput(padded, "hidden.html"), hasCode("NOT_TEXT", /iconv/), hidden);
  }
  // A tag that runs across byte 1024, which the prescan stops reading in the middle.
  const tag = '<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">';
  const bare = page.toString("latin1").replace('<meta charset="windows-1256">', "");
  const fill = 1024 - 20 - bare.indexOf("<title>") - "<script></script>".length;
  const straddle = Buffer.from(
    bare.replace("<title>", `<script>${"x".repeat(fill)}</script>${tag}<title>`),
    "latin1",
  );
  const tagAt = straddle.indexOf(Buffer.from(tag));
  assert.ok(
    tagAt < 1024 && tagAt + tag.length > 1024,
    `the tag spans ${tagAt}..${tagAt + tag.length}`,
  );
  assert.ok(decodeInput(straddle, "straddle.html").includes(FIRST));
});

test("valid UTF-8 stays UTF-8 under a stale <meta charset=windows-1256>", () => {
  const page = `<html><head><meta charset="windows-1256"></head><body><p>${STORY}</p></body></html>`;
  assert.equal(decodeInput(Buffer.from(page)), page);
});

test("UTF-16 with a byte-order mark is decoded; keepBom keeps the mark as one unit", () => {
  for (const endian of ["le", "be"] as const) {
    const bytes = utf16(`\uFEFF${STORY}`, endian);
    assert.equal(decodeInput(bytes), STORY, endian);
    assert.equal(decodeInput(bytes, "x", { keepBom: true }), `\uFEFF${STORY}`, endian);
  }
});

test("undeclared legacy text is NOT_TEXT with a hint to convert it, never guessed", () => {
  const page = readFileSync(join(FIXTURES, "windows-1256-page.html"));
  const text = page.subarray(page.indexOf("<article>") + "<article>".length);
  assert.throws(() => decodeInput(text, "old.txt"), hasCode("NOT_TEXT", /iconv -f windows-1256/));
  // A page that declares UTF-8 but is not, or bytes invalid in the declared charset.
  const lying = Buffer.concat([Buffer.from('<meta charset="utf-8"><p>'), text]);
  assert.throws(() => decodeInput(lying), hasCode("NOT_TEXT", /iconv/));
  const iso = Buffer.concat([Buffer.from('<meta charset="iso-8859-6"><p>'), Buffer.from([0xa1])]);
  assert.throws(() => decodeInput(iso), hasCode("NOT_TEXT", /iconv/));
});

test("an Arabic page whose <meta> names a charset with no Arabic letters is NOT_TEXT naming its encoding", () => {
  // Before: read as declared (windows-1252), it held no Arabic letter: NOT_ARABIC, "found no
  // Arabic letters in the article", of an Arabic article.
  for (const [fixture, declared, encoding] of [
    ["windows-1256-page.html", "windows-1256", "windows-1256"],
    ["iso-8859-6-page.html", "iso-8859-6", "iso-8859-6"],
  ] as const) {
    const page = readFileSync(join(FIXTURES, fixture)).toString("latin1");
    for (const wrong of ["latin1", "iso-8859-1", "windows-1252", "iso-8859-15"]) {
      const bytes = Buffer.from(page.replace(declared, wrong), "latin1");
      assert.throws(
        () => decodeInput(bytes, "old.html"),
        (error: unknown) =>
          error instanceof KhulasaError &&
          error.code === "NOT_TEXT" &&
          /^old\.html declares the charset \S+, which has no Arabic letters, but its text reads as Arabic in /.test(
            error.message,
          ) &&
          error.message.endsWith(` ${encoding}`) &&
          error.hint.includes(`iconv -f ${encoding} -t utf-8 FILE`),
        `${fixture} as ${wrong}`,
      );
    }
  }
  // A page in Latin letters that declares latin1 is read as declared.
  const french = Buffer.from(
    '<meta charset="latin1"><p>Le ministre a annoncé un été très chargé à la capitale.</p>',
    "latin1",
  );
  assert.match(decodeInput(french), /annoncé un été/);
});

test("UTF-16 without a byte-order mark is named as such, not decoded by guess", () => {
  for (const [endian, label] of [
    ["le", "UTF-16LE"],
    ["be", "UTF-16BE"],
  ] as const) {
    const bytes = utf16(STORY.repeat(3), endian);
    assert.throws(
      () => decodeInput(bytes, "saved.txt"),
      (error: unknown) =>
        error instanceof KhulasaError &&
        error.code === "NOT_TEXT" &&
        error.message === `saved.txt looks like ${label} text without a byte-order mark` &&
        error.hint.includes(`iconv -f ${label} -t UTF-8`),
    );
  }
  // Binary data with its zeros on one side is not taken for UTF-16: it is not letters.
  const binary = Buffer.alloc(4000);
  for (let i = 0; i < binary.length; i += 2) binary[i] = ((i * 7) % 251) + 1;
  assert.throws(
    () => decodeInput(binary, "data.bin"),
    (error: unknown) =>
      error instanceof KhulasaError && error.code === "NOT_TEXT" && !/UTF-16/.test(error.message),
  );
});
