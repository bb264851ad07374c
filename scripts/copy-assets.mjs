// Copy the web page's files (src/web/assets) next to the compiled server: tsc only emits .ts.
//   node scripts/copy-assets.mjs [OUT_DIR]   (default: dist)
import { cpSync, existsSync, rmSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const from = join(root, "src", "web", "assets");
const to = join(resolve(root, process.argv[2] ?? "dist"), "web", "assets");

if (!existsSync(join(from, "index.html"))) {
  console.error(`copy-assets: ${from} has no index.html`);
  process.exit(2);
}
rmSync(to, { recursive: true, force: true });
// Type declarations are for the tests only.
cpSync(from, to, { recursive: true, filter: (src) => !src.endsWith(".d.ts") });
// On stderr: lifecycle output on stdout would corrupt `npm pack --json`, which runs the build.
console.error(`copy-assets: ${from} -> ${to}`);
