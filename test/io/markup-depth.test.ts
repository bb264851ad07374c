import assert from "node:assert/strict";
import { join } from "node:path";
import { test } from "node:test";
import { pathToFileURL } from "node:url";
import { parseHTML } from "linkedom";
import { measureMarkup } from "../../src/io/markup-depth.js";
import { runModuleScript } from "../helpers/run-cli.js";
import { ROOT } from "../helpers/shared.js";

const LIMIT = 1000;
const depth = (html: string, limit = LIMIT) => measureMarkup(html, limit).depth;

interface Node {
  nodeType: number;
  childNodes: ArrayLike<Node>;
}

/** The deepest element nesting of linkedom's DOM of `html`, under its `<body>`. */
function domDepth(html: string): number {
  const { document } = parseHTML(`<!DOCTYPE html><html><body>${html}</body></html>`);
  const deepest = (node: Node, d: number): number => {
    let max = d;
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 1) max = Math.max(max, deepest(child, d + 1));
    }
    return max;
  };
  return deepest(document.body as unknown as Node, 0);
}

test("markup depth counts open elements, closed or not", () => {
  assert.equal(depth("<html><body><div><span>نص</span></div></body></html>"), 4);
  assert.equal(depth("<DIV><Div>نص</div></DIV><div>"), 2);
  assert.equal(depth("<div><div><div>unclosed"), 3);
});

test("void and implied-end elements nest as the parser nests them (linkedom's DOM)", () => {
  const pages = [
    "<div><p>أ<p>ب<p>ج</div>",
    `<table>${"<tr><td>خلية".repeat(500)}</table>`,
    `<ul>${"<li>بند".repeat(500)}</ul>`,
    "<div><p>أ<br><img src=x><hr/>ب</div>",
    // An item that opens a paragraph: the next item is not implied to close it, so each item
    // nests in the one before (a hand-written scan had taken this for flat).
    `<ul>${"<li><p>بند".repeat(300)}</ul>`,
    "<div><p>أ<li>د<li>هـ<x-y/></div>",
  ];
  for (const page of pages) assert.equal(depth(page), domDepth(page), page.slice(0, 40));
  assert.equal(depth(`<ul>${"<li><p>بند".repeat(300)}</ul>`), 601);
});

test("comments and the content of scripts and styles are not tags", () => {
  const page = `<div><!-- ${"<div>".repeat(50)} --><script>if (a<b) x = "${"<div>".repeat(50)}";</script><style>p>a{}</style></div>`;
  assert.equal(depth(page), 2); // the div, and the script or style in it
  assert.equal(depth(`<div><script>${"<div>".repeat(50)}`), 2);
});

test("the work is the depths added up; the scan stops past the limit", () => {
  assert.deepEqual(measureMarkup("<div><p>أ</p><p>ب</p></div><div></div>", LIMIT), {
    depth: 2,
    elements: 4,
    work: 1 + 2 + 2 + 1,
  });
  assert.equal(depth("<div>".repeat(5000), 10), 11);
});

test("text full of stray `<` is read once (a child process, stopped at a deadline)", () => {
  // Quadratic if each `<` re-read the text up to a distant `>`: hours for these inputs. Run in a
  // child process, since node:test cannot stop a synchronous test at a timeout.
  const module = pathToFileURL(join(ROOT, "src", "io", "markup-depth.ts")).href;
  const code = `import { measureMarkup } from ${JSON.stringify(module)};
console.log(measureMarkup("<a ".repeat(400000), 1000).depth, measureMarkup("<script>".repeat(400000), 1000).depth);`;
  const run = runModuleScript(code, { tsx: true, timeout: 60_000 });
  assert.equal(run.signal, null, "stopped at the 60 s deadline");
  // A tag never closed by `>` is no element; an unclosed script swallows the rest.
  assert.equal(run.stdout.trim(), "0 1", run.stderr);
});
