import type { LanguagePack } from "../types.js";
import { normalize } from "./normalize.js";
import { segment, segmentDocument } from "./segment.js";
import { stem } from "./stem.js";
import { isStopWord, tokenize } from "./tokenize.js";

/** The Arabic language pack. */
export const arabic: LanguagePack = {
  code: "ar",
  normalize,
  segment: (input) => segment(input),
  segmentDocument: (input) => segmentDocument(input),
  tokenize,
  stem,
  isStopWord,
};

export { normalize } from "./normalize.js";
export {
  DEFAULT_SEGMENT_OPTIONS,
  type Segmentation,
  type SegmentOptions,
  segment,
  segmentDocument,
} from "./segment.js";
export { stem } from "./stem.js";
export { isStopWord, tokenize } from "./tokenize.js";
