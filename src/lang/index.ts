import { createError } from "../errors.js";
import { arabic } from "./ar/index.js";
import type { LanguagePack } from "./types.js";

/** The language packs khulasa ships, by code. */
export const LANGUAGE_PACKS: ReadonlyMap<string, LanguagePack> = new Map([[arabic.code, arabic]]);

/** The language pack for a BCP 47 code (`"ar"`, case-insensitive; `"ar-EG"` falls back to `"ar"`). */
export function getLanguagePack(code: string): LanguagePack {
  const wanted = typeof code === "string" ? code.trim().toLowerCase() : "";
  const pack = LANGUAGE_PACKS.get(wanted) ?? LANGUAGE_PACKS.get(wanted.split(/[-_]/)[0] ?? "");
  if (pack === undefined) {
    const known = [...LANGUAGE_PACKS.keys()].join(", ");
    throw createError(
      "BAD_OPTION",
      `Unknown language ${JSON.stringify(code)}.`,
      `Supported languages: ${known}.`,
    );
  }
  return pack;
}

export type { DocumentSegmentation, LanguagePack, SentenceSpan } from "./types.js";
