// The package as npm packs it and as a user installs it: what an installed khulasa needs at run
// time is in the tarball, and what it does not need (sources, tests, scripts, the training code)
// is not. Offline: the file list comes from `npm pack --dry-run --ignore-scripts` (no build).
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, posix } from "node:path";
import { test } from "node:test";
import { runModuleScript } from "./helpers/run-cli.js";
import { ROOT } from "./helpers/shared.js";

interface PackJson {
  files: { path: string }[];
}

const DIST_JS = join(ROOT, "dist", "index.js");
const distSkip = existsSync(DIST_JS) ? {} : { skip: `missing ${DIST_JS} (run npm run build)` };

const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
  engines: { node: string };
  license: string;
};

/** The files `npm pack` would put in the tarball, sorted. */
function packedFiles(): string[] {
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const r = spawnSync(npm, ["pack", "--dry-run", "--json", "--ignore-scripts"], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 60_000,
  });
  assert.equal(r.status, 0, `npm pack --dry-run failed: ${r.stderr}`);
  const [pack] = JSON.parse(r.stdout) as PackJson[];
  assert.ok(pack, "npm pack printed no package");
  return pack.files.map((f) => f.path).sort();
}

/** Static relative imports of a compiled module (`from "./x.js"`, `import("./x.js")`). */
function relativeImports(source: string): string[] {
  const found: string[] = [];
  for (const m of source.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*)"(\.{1,2}\/[^"]+)"/g)) {
    if (m[1]) found.push(m[1]);
  }
  return found;
}

test("package.json: engines.node names the oldest Node that runs khulasa, as the README does", () => {
  // 20.10 brought `import … with { type: "json" }` (the word tables); 20.19 brought `require` of
  // ES modules, which @fastify/static (khulasa serve) and a CommonJS consumer need.
  assert.equal(pkg.engines.node, ">=20.19");
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  assert.match(readme, /Node\.js 20\.19 or later is needed/);
});

test(
  "the tarball holds what the CLI, the library, the server and the web page read",
  distSkip,
  () => {
    const files = new Set(packedFiles());
    const needed = [
      "package.json",
      "README.md",
      "LICENSE",
      // The README links to it.
      "docs/quality.md",
      "dist/index.js",
      "dist/index.d.ts",
      "dist/core.js",
      "dist/core.d.ts",
      "dist/cli/main.js",
      "dist/server/worker.js",
      "dist/batch/worker.js",
      // What batch's worker threads load (scripts/bundle-worker.mjs).
      "dist/batch/bundle/worker.js",
      "model/ar-news.json",
      "dist/lang/ar/data/df.json",
      "dist/lang/ar/data/clitics.json",
      "dist/lang/ar/data/perfect-verbs.json",
      "dist/lang/ar/data/particle-verbs.json",
      "dist/web/assets/index.html",
      "dist/web/assets/app.js",
      "dist/web/assets/model.js",
      "dist/web/assets/style.css",
      "dist/web/assets/favicon.svg",
      "examples/article.txt",
      "examples/articles.jsonl",
    ];
    assert.deepEqual(
      needed.filter((f) => !files.has(f)),
      [],
    );
    // Every relative import of a packed module is packed too (JSON tables included).
    const missing: string[] = [];
    for (const file of files) {
      if (!file.endsWith(".js")) continue;
      for (const spec of relativeImports(readFileSync(join(ROOT, file), "utf8"))) {
        const target = posix.join(posix.dirname(file), spec);
        if (!files.has(target)) missing.push(`${file} -> ${spec}`);
      }
    }
    assert.deepEqual(missing, []);
  },
);

test("the tarball leaves out sources, tests, scripts and the training code", distSkip, () => {
  const files = packedFiles();
  const unwanted = files.filter((f) =>
    /^(src|test|scripts|bench|test-results|\.ci)\/|^docs\/(?!quality\.md$)|^dist\/train\/|^model\/.*\.ts$|\.d\.ts\.map$|\.tgz$/.test(
      f,
    ),
  );
  assert.deepEqual(unwanted, []);
  // A bound against shipping a folder by mistake, not a budget: each module is 3 files (.js,
  // .js.map, .d.ts), and the package held 600 at the twenty-first session.
  assert.ok(files.length < 700, `${files.length} files in the tarball`);
});

test("a packed source map carries its sources (they are not in the tarball)", distSkip, () => {
  const maps = packedFiles().filter((f) => f.endsWith(".js.map"));
  assert.ok(maps.length > 0);
  const without = maps.filter((f) => {
    const map = JSON.parse(readFileSync(join(ROOT, f), "utf8")) as {
      sources: string[];
      sourcesContent?: (string | null)[];
    };
    return (
      map.sourcesContent?.length !== map.sources.length ||
      map.sourcesContent.some((s) => typeof s !== "string")
    );
  });
  assert.deepEqual(without, []);
});

test("copy-assets writes nothing on stdout (npm pack --json prints its JSON there)", () => {
  const out = mkdtempSync(join(tmpdir(), "khulasa-assets-"));
  try {
    const r = spawnSync(process.execPath, [join(ROOT, "scripts", "copy-assets.mjs"), out], {
      encoding: "utf8",
    });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, "");
    assert.ok(existsSync(join(out, "web", "assets", "index.html")));
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

test("the license file matches package.json", () => {
  assert.equal(pkg.license, "MIT");
  const text = readFileSync(join(ROOT, "LICENSE"), "utf8");
  assert.match(text, /^MIT License\n/);
});

test("khulasa/package.json resolves through the package name (tools read the version there)", () => {
  const script =
    'import p from "khulasa/package.json" with { type: "json" }; console.log(p.name, p.version);';
  const r = runModuleScript(script);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^khulasa \d+\.\d+\.\d+/);
});

test("typesVersions gives khulasa/core its types where `exports` is not read (moduleResolution node10)", () => {
  const manifest = pkg as unknown as {
    exports: Record<string, { types: string }>;
    typesVersions: Record<string, Record<string, string[]>>;
  };
  const core = manifest.exports["./core"]?.types;
  assert.equal(core, "./dist/core.d.ts");
  assert.deepEqual(manifest.typesVersions, { "*": { core: [core.slice(2)] } });
});

test("khulasa/core resolves through the package name and summarizes", distSkip, () => {
  const script = [
    'import { summarize } from "khulasa/core";',
    'import * as main from "khulasa";',
    'const s = summarize("أعلنت الحكومة خطة جديدة لخفض أسعار الوقود. وقالت المعارضة إنها لا تكفي.");',
    "console.log(s.highlights.length, main.summarize === summarize);",
  ].join("\n");
  const r = runModuleScript(script);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, "2 true\n");
});

test(
  "require() from CommonJS gives the package and khulasa/core, as the README says",
  distSkip,
  () => {
    // Node 20.19 loads an ES module with require() unless the module graph awaits at its top level:
    // a top-level await in any module khulasa imports would break every CommonJS user.
    const script = [
      'const main = require("khulasa");',
      'const core = require("khulasa/core");',
      'const s = main.summarize("أعلنت الحكومة خطة جديدة لخفض أسعار الوقود. وقالت المعارضة إنها لا تكفي.");',
      "let code = null;",
      'try { core.summarize(""); } catch (e) { code = e instanceof main.KhulasaError && e.code; }',
      "console.log(s.highlights.length, core.summarize === main.summarize, code);",
    ].join("\n");
    const r = spawnSync(process.execPath, ["--input-type=commonjs", "-e", script], {
      cwd: ROOT,
      encoding: "utf8",
      timeout: 60_000,
    });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, "2 true EMPTY_INPUT\n");
  },
);

test("the README's library example runs as printed", distSkip, () => {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  const section = readme.slice(readme.indexOf("As a library:"));
  const block = /```ts\n([\s\S]*?)```/.exec(section)?.[1];
  if (!block?.includes('from "khulasa"')) assert.fail("no ```ts block after `As a library:`");
  const r = runModuleScript(block);
  assert.equal(r.status, 0, r.stderr);
  // Three highlights of the bundled example, each printed with its spans.
  const lines = r.stdout.trim().split("\n");
  assert.equal(lines.length, 3, r.stdout);
  for (const line of lines) assert.match(line, /^\S.*\[ \{ start: \d+, end: \d+ \} \]$/u);
  // The page with no body is caught as the KhulasaError it is, with its code and hint.
  assert.match(r.stderr, /^NO_ARTICLE found no article text .* Give the article itself/);
});
