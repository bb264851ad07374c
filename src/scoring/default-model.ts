import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { createError } from "../errors.js";
import { type SentenceModel, validateSentenceModel } from "./model.js";

/** Where the learned model lives: `model/ar-news.json` at the package root (from src/ or dist/). */
export const MODEL_URL = new URL("../../model/ar-news.json", import.meta.url);

let cached: SentenceModel | null = null;

/**
 * The model `summarize` uses by default: the learned `model/ar-news.json`, read once. A missing
 * or damaged file is an INTERNAL error (a broken install), never a silent fallback.
 */
export function defaultModel(): SentenceModel {
  if (cached) return cached;
  const path = fileURLToPath(MODEL_URL);
  if (!existsSync(path)) {
    throw createError(
      "INTERNAL",
      `the sentence model ${path} is missing`,
      "Reinstall khulasa, or run `npm run train` in a checkout.",
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, "utf8"));
  } catch {
    throw createError("INTERNAL", `the sentence model ${path} is not JSON`, "Reinstall khulasa.");
  }
  cached = validateSentenceModel(json, path);
  return cached;
}
