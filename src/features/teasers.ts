import { MAX_TEASER_WORDS, TEASER_LINE } from "../lang/ar/data/boilerplate.js";
import type { Sentence } from "../text/types.js";

/**
 * Per sentence, whether it belongs to a teaser for another article (`قد يهمك أيضا: …`, `اقرأ
 * أيضا| …`): it opens with one, or follows one in a paragraph of at most MAX_TEASER_WORDS words
 * from the teaser on (the other article's headline, split at `..` or `؟`). `norms` are the
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
    for (let j = i + 1; j < end; j++) out[j] = true;
    i = end - 1;
  }
  return out;
}
