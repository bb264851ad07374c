import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { test } from "node:test";
import { ROOT } from "../helpers/shared.js";

// The layers of ../shared/docs/architecture.md, lowest first. Imports point down this list only;
// the faces (cli, server, web, batch) share one level. errors.ts is the shared error table, used
// by every layer; core.ts is the engine's public API (nothing of Node), index.ts the public API over
// everything.
const LAYERS: readonly (readonly string[])[] = [
  ["errors.ts"],
  ["text"],
  ["lang"],
  ["analysis"],
  ["features"],
  ["scoring"],
  ["selection"],
  ["compression"],
  ["options.ts", "summarize.ts"],
  ["core.ts"],
  ["eval"],
  ["train"],
  ["io"],
  ["cli", "server", "web", "batch"],
  ["index.ts"],
];

const SRC = join(ROOT, "src");

/** Rank of a file under src/ in LAYERS (its top folder, or its name at the root). */
function rank(file: string): number {
  const top = relative(SRC, file).split(/[\\/]/)[0] ?? "";
  const r = LAYERS.findIndex((level) => level.includes(top));
  assert.ok(r >= 0, `${relative(ROOT, file)} is in no layer: add its folder to LAYERS`);
  return r;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".ts"))
    .map((name) => join(dir, name));
}

/** Relative module specifiers of a file: static imports and exports, and dynamic `import()`. */
function relativeImports(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|^import\s+)["'](\.[^"']+)["']/gmu)) {
    out.push(m[1] as string);
  }
  return out;
}

test("imports point down the layers of the architecture, never up", () => {
  const files = sourceFiles(SRC);
  assert.ok(files.length > 50, `only ${files.length} source files found under ${SRC}`);
  const upward: string[] = [];
  let checked = 0;
  for (const file of files) {
    for (const spec of relativeImports(readFileSync(file, "utf8"))) {
      const target = resolve(dirname(file), spec.replace(/\.js$/u, ".ts"));
      checked++;
      // The learned model (model/*.json) is data below every layer; nothing else lies outside.
      if (relative(SRC, target).startsWith("..")) {
        if (!/^model\/[^/]+\.json$/u.test(relative(ROOT, target))) {
          upward.push(`${relative(ROOT, file)} imports ${relative(ROOT, target)}, outside src/`);
        }
        continue;
      }
      if (rank(target) > rank(file)) {
        upward.push(`${relative(ROOT, file)} imports ${relative(ROOT, target)}`);
      }
    }
  }
  assert.ok(checked > 200, `only ${checked} relative imports found: is the pattern still right?`);
  assert.deepEqual(upward, []);
});

test("the layer check sees static, re-exported and dynamic imports", () => {
  const text = [
    'import { a } from "../scoring/a.js";',
    'export { b } from "./b.js";',
    'import type { C } from "../text/c.js";',
    'import "./side-effect.js";',
    'const d = await import("../io/d.js");',
    'const e = "not an import from ./e.js";',
    'import { f } from "node:fs";',
  ].join("\n");
  assert.deepEqual(relativeImports(text), [
    "../scoring/a.js",
    "./b.js",
    "../text/c.js",
    "./side-effect.js",
    "../io/d.js",
  ]);
});
