// Bundle the batch worker thread's modules (dist/batch/worker.js and all it imports of dist/) into
// dist/batch/bundle/worker.js, with a chunk of its own for each module it imports only when
// needed (HTML pages): a worker thread then loads a few files instead of some 110 modules, each
// resolved, read and compiled by Node's ES-module loader, and starts ~90 ms sooner. Packages and
// the JSON tables are left to be imported as they are (JSON.parse reads a table faster than V8
// parses it as a JavaScript literal), from where tsc and the repository put them. Run after tsc.
//   node scripts/bundle-worker.mjs [OUT_DIR]   (default: dist)
import { existsSync, rmSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const dist = resolve(root, process.argv[2] ?? "dist");
const entry = join(dist, "batch", "worker.js");
const outdir = join(dist, "batch", "bundle");

if (!existsSync(entry)) {
  console.error(`bundle-worker: ${entry} is missing (run tsc first)`);
  process.exit(2);
}

/** A JSON table stays a file: imported from the bundle by its path relative to `outdir`. */
const jsonAsFile = {
  name: "json-as-file",
  setup(b) {
    b.onResolve({ filter: /\.json$/ }, (args) => {
      const target = relative(outdir, resolve(args.resolveDir, args.path)).split(sep).join("/");
      return { path: target.startsWith(".") ? target : `./${target}`, external: true };
    });
  },
};

// No chunk of an earlier run is left beside the new ones.
rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: [entry],
  outdir,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  // The oldest Node of engines.node: esbuild keeps the JSON imports' `with { type: "json" }`.
  target: "node20.19",
  packages: "external",
  chunkNames: "[name]-[hash]",
  plugins: [jsonAsFile],
  logLevel: "warning",
});
// On stderr: lifecycle output on stdout would corrupt `npm pack --json`, which runs the build.
console.error(`bundle-worker: ${entry} -> ${join(outdir, "worker.js")}`);
