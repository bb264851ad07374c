import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The project root. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** Path of `rel` under ../shared (relative to the project root). */
export function sharedPath(rel: string): string {
  return resolve(ROOT, "..", "shared", rel);
}

/**
 * For `test(name, sharedSkip(path), fn)`: `{ skip: message }` naming the missing path when a
 * file from ../shared is not there (outside CI), `{}` when it is.
 */
export function sharedSkip(...paths: string[]): { skip?: string } {
  const missing = paths.filter((p) => !existsSync(p));
  return missing.length ? { skip: `missing ${missing.join(", ")}` } : {};
}

/** The built CLI entry point (run `npm run build` first; `npm test` does). */
export const CLI = join(ROOT, "dist", "cli", "main.js");
