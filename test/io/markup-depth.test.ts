import assert from "node:assert/strict";
import { test } from "node:test";
import { markupDepth } from "../../src/io/markup-depth.js";

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

test("the scan stops past the limit, and text full of stray `<` is read once", {
  timeout: 30_000,
}, () => {
  assert.equal(markupDepth("<div>".repeat(5000), 10), 11);
  // Quadratic if each `<` re-read the text up to a distant `>` (minutes for 400,000 of them);
  // read once, they finish well inside the test's timeout.
  assert.equal(markupDepth(`${"<a ".repeat(400_000)}>`, LIMIT), 1);
  assert.equal(markupDepth("<script>".repeat(400_000), LIMIT), 0);
});
