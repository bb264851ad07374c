import { SITE_CANNOT_CONFIRM } from "../lang/ar/data/boilerplate.js";
import type { Sentence } from "../text/types.js";

/** The source in a dateline's brackets (`(CNN)`, `(رويترز)`), as written. */
const BRACKETED_SOURCE = /\(([^()]{1,20})\)/u;

/**
 * Per sentence, whether it belongs to another story that the page runs after the article: from
 * the first later paragraph that opens with a dateline naming the same source in brackets as the
 * article's own opening one (`دبي، الإمارات العربية المتحدة (CNN)— …` twice: CNN's pages append
 * the openings of other stories, each with its dateline), to the end. `dateline(i)` is the
 * dateline that opens sentence `i` (empty when none).
 */
export function fromRepeatedDateline(
  sentences: readonly Sentence[],
  dateline: (i: number) => string,
): boolean[] {
  const out = sentences.map(() => false);
  const own = sentences.length > 0 ? sourceOf(dateline(0)) : null;
  if (own === null) return out;
  for (let i = 1; i < sentences.length; i++) {
    const opensParagraph =
      (sentences[i - 1] as Sentence).paragraph !== (sentences[i] as Sentence).paragraph;
    if (!opensParagraph || sourceOf(dateline(i)) !== own) continue;
    out.fill(true, i);
    break;
  }
  return out;
}

/**
 * Per sentence, whether it comes after the site's closing note (SITE_CANNOT_CONFIRM, matched on
 * `norms`), in a later paragraph: other stories' openings.
 */
export function afterClosingNote(
  sentences: readonly Sentence[],
  norms: readonly string[],
): boolean[] {
  const note = norms.findIndex((norm) => SITE_CANNOT_CONFIRM.test(norm));
  const paragraph = sentences[note]?.paragraph;
  return sentences.map((s, i) => note >= 0 && i > note && s.paragraph !== paragraph);
}

function sourceOf(dateline: string): string | null {
  return BRACKETED_SOURCE.exec(dateline)?.[1]?.trim() ?? null;
}
