import assert from "node:assert/strict";
import { join } from "node:path";
import { test } from "node:test";
import { pathToFileURL } from "node:url";
import { markupDepth } from "../../src/io/markup-depth.js";
import { runModuleScript } from "../helpers/run-cli.js";
import { ROOT } from "../helpers/shared.js";

const LIMIT = 1000;

test("markup depth counts open elements, closed or not", () => {
  assert.equal(markupDepth("<html><body><div><span>نص</span></div></body></html>", LIMIT), 4);
  assert.equal(markupDepth("<DIV><Div>نص</div></DIV><div>", LIMIT), 2);
  assert.equal(markupDepth("<div><div><div>unclosed", LIMIT), 3);
});

test("void, self-closed and implied-end elements do not nest", () => {
  assert.equal(
    markupDepth("<div><p>أ<p>ب<p>ج<li>د<li>هـ<br><img src=x><hr/><x-y/></div>", LIMIT),
    1,
  );
  assert.equal(markupDepth(`<table>${"<tr><td>خلية".repeat(500)}</table>`, LIMIT), 1);
});

test("comments and the content of scripts and styles are not tags", () => {
  const page = `<div><!-- ${"<div>".repeat(50)} --><script>if (a<b) x = "${"<div>".repeat(50)}";</script><style>p>a{}</style></div>`;
  assert.equal(markupDepth(page, LIMIT), 1);
  // An unclosed script swallows the rest of the page, as in a browser.
  assert.equal(markupDepth(`<div><script>${"<div>".repeat(50)}`, LIMIT), 1);
});

test("the scan stops past the limit", () => {
  assert.equal(markupDepth("<div>".repeat(5000), 10), 11);
});

test("text full of stray `<` is read once (a child process, stopped at a deadline)", () => {
  // Quadratic if each `<` re-read the text up to a distant `>`: hours for these inputs. Run in a
  // child process, since node:test cannot stop a synchronous test at a timeout.
  const module = pathToFileURL(join(ROOT, "src", "io", "markup-depth.ts")).href;
  const code = `import { markupDepth } from ${JSON.stringify(module)};
console.log(markupDepth("<a ".repeat(400000), 1000), markupDepth("<script>".repeat(400000), 1000));`;
  const run = runModuleScript(code, { tsx: true, timeout: 60_000 });
  assert.equal(run.signal, null, "stopped at the 60 s deadline");
  assert.equal(run.stdout.trim(), "0 0", run.stderr);
});
