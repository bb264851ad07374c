import { MAX_TEASER_WORDS, TEASER_LINE } from "../lang/ar/data/boilerplate.js";
import type { Sentence } from "../text/types.js";
import { terminatorEnds } from "./cues.js";

/** A teaser of at most this many words is only its mark (`أيضاً..`, `اقرأ أيضا:`). */
const MAX_MARK_WORDS = 3;

/**
 * Per sentence, whether it belongs to a teaser for another article (`قد يهمك أيضا: …`, `اقرأ
 * أيضا| …`): it opens with one, or follows one in a paragraph of at most MAX_TEASER_WORDS words
 * from the teaser on (the other article's headline, split at `..` or `؟`), or, when the teaser
 * is only its mark and ends its paragraph, is the next paragraph's one sentence with no final mark
 * (`أيضاً..`, then `روسيا: الضربات الجوية هي السبب …` on a line of its own). `norms` are the
 * sentences' normalized texts.
 */
export function teaserSentences(
  sentences: readonly Sentence[],
  norms: readonly string[],
): boolean[] {
  const out = sentences.map((_, i) => TEASER_LINE.some((re) => re.test(norms[i] as string)));
  for (let i = 0; i < sentences.length; i++) {
    if (!out[i]) continue;
    const paragraph = (sentences[i] as Sentence).paragraph;
    let end = i + 1;
    let words = (sentences[i] as Sentence).tokens.length;
    // Stop once the paragraph is too long: each teaser reads at most MAX_TEASER_WORDS words on.
    while (
      words <= MAX_TEASER_WORDS &&
      end < sentences.length &&
      (sentences[end] as Sentence).paragraph === paragraph
    ) {
      words += (sentences[end] as Sentence).tokens.length;
      end++;
    }
    if (words > MAX_TEASER_WORDS) continue;
    if (end === i + 1 && words <= MAX_MARK_WORDS && headlineAt(sentences, norms, end)) end++;
    for (let j = i + 1; j < end; j++) out[j] = true;
    i = end - 1;
  }
  return out;
}

/** Whether sentence `i` is a paragraph's only sentence, with no final mark and few words. */
function headlineAt(sentences: readonly Sentence[], norms: readonly string[], i: number): boolean {
  const s = sentences[i];
  if (s === undefined || s.tokens.length > MAX_TEASER_WORDS) return false;
  if (sentences[i + 1]?.paragraph === s.paragraph) return false;
  return !terminatorEnds(norms[i] as string);
}
