import { MONTH_WORDS, MULTIPLIER_WORDS } from "../lang/ar/data/numbers.js";
import type { Sentence, Token } from "../text/types.js";

/** A whole number or a decimal (`12`, `3.5`, `6,5`), digits already ASCII in `norm`. */
const NUMBER = /^\d+(?:[.,]\d+)?$/;
/** A year (`2018`): too common across a story's sentences to tell one fact. */
const YEAR = /^(?:19|20)\d\d$/;

/**
 * The quantities a sentence states: each number with the stem of the word right after it
 * (`12 شخصا` → `12 شخص`, `14 شهرا` → `14 شهر`), and of the word after that when the first
 * multiplies (`50 ألف فرنك` and `50 ألف جنيه` differ). Two sentences that state the same quantity
 * most often tell one fact twice: the toll of an attack in the standfirst and again in a
 * spokesman's words, the length of a ban in two paragraphs. Years and days of a month (`13
 * سبتمبر`) are left out, and a number followed by a word of no content (`في`, `و`) states none.
 */
export function quantities(sentence: Sentence): Set<string> {
  const out = new Set<string>();
  const tokens = sentence.tokens;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (!NUMBER.test(t.norm) || YEAR.test(t.norm)) continue;
    const next = counted(tokens[k + 1]);
    if (next === null || MONTH_WORDS.has(next.norm)) continue;
    if (!MULTIPLIER_WORDS.has(next.norm)) out.add(`${t.norm} ${next.stem}`);
    else out.add(`${t.norm} ${next.norm} ${counted(tokens[k + 2])?.stem ?? ""}`);
  }
  return out;
}

/** `t` when it is a content word (not a number), else null. */
function counted(t: Token | undefined): Token | null {
  return t && !t.stop && t.stem.length >= 2 && !NUMBER.test(t.norm) ? t : null;
}

/** Whether two sets of quantities share one. */
export function shareQuantity(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const q of small) if (large.has(q)) return true;
  return false;
}
