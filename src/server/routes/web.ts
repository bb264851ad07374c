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

/** One range of a `bytes` Range header (RFC 9110, 14.1.2): `first-last`, `first-` or `-suffix`. */
const RANGE_SPEC = /^\s*(?:(\d+)-(\d*)|-(\d+))\s*$/;

/**
 * Whether a `Range: bytes=…` header is valid (RFC 9110, 14.1.1): each range well formed, with no
 * last position before its first. A header of another unit is left to the file server, which
 * ignores it, as it should.
 */
export function validBytesRange(header: string): boolean {
  const unit = /^\s*bytes\s*=/i.exec(header);
  if (unit === null) return true;
  return header
    .slice(unit[0].length)
    .split(",")
    .every((spec) => {
      const m = RANGE_SPEC.exec(spec);
      if (m === null) return false;
      const [, first, last] = m;
      return (
        first === undefined || last === undefined || last === "" || BigInt(last) >= BigInt(first)
      );
    });
}

/** The web page at `/` and its assets, all served by khulasa (no CDN). */
export async function webRoutes(app: FastifyInstance): Promise<void> {
  // An invalid Range (`bytes=abc`) is ignored, as RFC 9110 has it (14.2): the whole file, 200.
  // The file server would answer 416, which is for a valid range outside the file.
  app.addHook("onRequest", async (request) => {
    const range = request.raw.headers.range;
    if (typeof range === "string" && !validBytesRange(range)) delete request.raw.headers.range;
  });
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
