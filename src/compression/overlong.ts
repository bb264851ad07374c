import { WAW_CLITIC_WORDS } from "../lang/ar/data/clitics.js";
import { quoteOpenAt } from "../text/quotes.js";
import type { Span, Token } from "../text/types.js";
import { clauseMarkAt } from "./scan.js";
import { cutAt, type TailCut } from "./tail.js";

const WAW: ReadonlySet<string> = new Set(WAW_CLITIC_WORDS);
/** Fewest words the cut keeps: it looks for a boundary among the words after these. */
const MIN_KEPT_WORDS = 12;

/**
 * The cut of a sentence that would still be longer than any highlight (rule `length`): more
 * than `maxWords` words with no cut of the other rules that brings it under (text with no full
 * stop, a transcript, a list run into one line with no clause to end on). It keeps at most
 * `keptWords` words: up to the last clause mark among them, outside a quotation, else before the
 * last clitic `و` (`… في جميع المحافظات وقال الوزير …`), else the first `keptWords` words. The
 * bullet ends where the cut is, with no final mark, as the sentence does not end there. Null for
 * a sentence of at most `maxWords` words.
 */
export function findOverlong(
  input: string,
  body: Span,
  words: readonly Token[],
  maxWords: number,
  keptWords: number,
): TailCut | null {
  if (words.length <= maxWords) return null;
  const last = Math.min(keptWords, words.length - 1);
  let waw = -1;
  for (let k = last; k >= MIN_KEPT_WORDS; k--) {
    const before = words[k - 1] as Token;
    const next = words[k] as Token;
    const mark = clauseMarkAt(input, before.span.end, next.span.start);
    if (mark >= 0 && !quoteOpenAt(input, body.start, mark)) {
      const cut = cutAt(input, body, words, k, "length");
      if (cut) return { ...cut, final: null };
    }
    if (waw < 0 && WAW.has(next.norm)) waw = k;
  }
  const k = waw > 0 ? waw : last;
  return { rule: "length", word: k, end: (words[k - 1] as Token).span.end, final: null };
}
