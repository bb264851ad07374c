import { LIST_OPENINGS } from "../lang/ar/data/boilerplate.js";
import { phraseWords } from "../text/phrases.js";

/** A text that ends with a colon: the introduction of a list, or of a quotation. */
export const ENDS_WITH_COLON = /[:：]\s*$/u;

/** Openings of a sentence that introduces a list (`فيما يلي أبرز …`, `إليكم …`). */
export const LIST_OPENING = phraseWords(LIST_OPENINGS);
