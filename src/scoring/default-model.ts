// The model is imported as a JSON module, not read from disk: the engine then needs no file
// system, so bundlers can put it in a web page (see src/core.ts). The specifier resolves to the
// package root's model/ from both src/scoring and dist/scoring. model/ar-news.d.json.ts types it
// as `unknown` for tsc, so tsc checks it here instead of copying it into dist.
import json from "../../model/ar-news.json" with { type: "json" };
import { createError, KhulasaError } from "../errors.js";
import { type SentenceModel, validateSentenceModel } from "./model.js";

/** Where the learned model lives, as named in errors: written by `npm run train`. */
export const MODEL_PATH = "model/ar-news.json";

let cached: SentenceModel | null = null;

/**
 * The model `summarize` uses by default: the learned `model/ar-news.json`, checked once. A
 * damaged model is an INTERNAL error (a broken install), never a silent fallback.
 */
export function defaultModel(): SentenceModel {
  if (cached) return cached;
  try {
    cached = validateSentenceModel(json, MODEL_PATH);
  } catch (error) {
    if (!(error instanceof KhulasaError)) throw error;
    throw createError(
      "INTERNAL",
      error.message,
      "Reinstall khulasa, or run `npm run train` in a checkout.",
    );
  }
  return cached;
}
