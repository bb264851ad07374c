import { existsSync, readFileSync } from "node:fs";
import { HAND_WEIGHTS } from "./hand-weights.js";
import { type LinearModel, validateModel } from "./linear-model.js";

/** Where the learned model lives: `model/ar-news.json` at the package root (from src/ or dist/). */
export const MODEL_URL = new URL("../../model/ar-news.json", import.meta.url);

let cached: LinearModel | null = null;

/** The model `summarize` uses by default: the learned one when shipped, else the hand weights. */
export function defaultModel(): LinearModel {
  if (cached) return cached;
  cached = existsSync(MODEL_URL)
    ? validateModel(JSON.parse(readFileSync(MODEL_URL, "utf8")), MODEL_URL.pathname)
    : HAND_WEIGHTS;
  return cached;
}
