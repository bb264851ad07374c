import { HAND_WEIGHTS } from "./hand-weights.js";
import type { LinearModel } from "./linear-model.js";

/** The model `summarize` uses by default. */
export function defaultModel(): LinearModel {
  return HAND_WEIGHTS;
}
