import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";

/**
 * The web page's files: `../web/assets/` next to this build (src/ or dist/, where the build
 * copies them), else the sources' copy (a dist/ built without the copy step).
 */
export function assetsDir(): string {
  const candidates = [
    new URL("../../web/assets/", import.meta.url),
    new URL("../../../src/web/assets/", import.meta.url),
  ];
  for (const url of candidates) {
    const dir = fileURLToPath(url);
    if (existsSync(`${dir}index.html`)) return dir;
  }
  throw new Error(`the web page's files are missing (looked in ${candidates.join(", ")})`);
}

/** Security headers of every response: the page loads only its own files, no inline code. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  "content-security-policy":
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
    "connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "x-frame-options": "DENY",
});

/** The web page at `/` and its assets, all served by khulasa (no CDN). */
export async function webRoutes(app: FastifyInstance): Promise<void> {
  await app.register(fastifyStatic, {
    root: assetsDir(),
    prefix: "/",
    index: ["index.html"],
    wildcard: false,
    cacheControl: true,
    maxAge: 0,
    // Serve only the page's files: no directory listings, no dotfiles.
    dotfiles: "deny",
    list: false,
    globIgnore: ["**/*.d.ts"],
  });
}
