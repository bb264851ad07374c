// Remove dist/ before a build, so a source file that was moved or deleted leaves no stale
// module behind in the package.
//   node scripts/clean-dist.mjs
import { rmSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
rmSync(join(root, "dist"), { recursive: true, force: true });
