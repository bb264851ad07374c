import { existsSync } from "node:fs";

/** Debian's chromium (installed by scripts/install-browser.sh). */
export const CHROMIUM = process.env.KHULASA_CHROMIUM ?? "/usr/bin/chromium";

/** Flags for a headless chromium in a container, with no traffic of its own. */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Skip outside CI when chromium is missing; in CI a missing browser is a failure. */
export function browserSkip(): { skip?: string } {
  if (existsSync(CHROMIUM) || process.env.CI) return {};
  return { skip: `${CHROMIUM} is missing: run scripts/install-browser.sh` };
}
