import { existsSync, readFileSync } from "node:fs";
import { HAND_WEIGHTS } from "./hand-weights.js";
import { type SentenceModel, validateSentenceModel } from "./model.js";

/** Where the learned model lives: `model/ar-news.json` at the package root (from src/ or dist/). */
export const MODEL_URL = new URL("../../model/ar-news.json", import.meta.url);

let cached: SentenceModel | null = null;

/** The model `summarize` uses by default: the learned one when shipped, else the hand weights. */
export function defaultModel(): SentenceModel {
  if (cached) return cached;
  cached = existsSync(MODEL_URL)
    ? validateSentenceModel(JSON.parse(readFileSync(MODEL_URL, "utf8")), MODEL_URL.pathname)
    : HAND_WEIGHTS;
  return cached;
}
