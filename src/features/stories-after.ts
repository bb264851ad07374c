import { SITE_CANNOT_CONFIRM } from "../lang/ar/data/boilerplate.js";
import { WAW_CLITIC_WORDS } from "../lang/ar/data/clitics.js";
import type { Sentence } from "../text/types.js";

/** Words that open on a clitic `و` (`وقالت`, `وذكرت`): a paragraph that opens so goes on. */
const GOES_ON: ReadonlySet<string> = new Set(WAW_CLITIC_WORDS);

/**
 * Whether the paragraph after the one that sentence `i` is in opens on a clitic `و`: the story
 * goes on after a dateline (an update, a second dispatch) or a closing note placed mid-article.
 */
function storyGoesOn(sentences: readonly Sentence[], i: number): boolean {
  const paragraph = (sentences[i] as Sentence).paragraph;
  const next = sentences.find((s, k) => k > i && s.paragraph !== paragraph);
  return next !== undefined && GOES_ON.has(next.tokens[0]?.norm ?? "");
}

/** The source in a dateline's brackets (`(CNN)`, `(رويترز)`), as written. */
const BRACKETED_SOURCE = /\(([^()]{1,20})\)/u;

/**
 * Per sentence, whether it belongs to another story that the page runs after the article: from
 * the first later paragraph that opens with a dateline naming the same source in brackets as the
 * article's own opening one (`دبي، الإمارات العربية المتحدة (CNN)— …` twice: CNN's pages append
 * the openings of other stories, each with its dateline), to the end; unless the paragraph after
 * it goes on with a clitic `و` (`وقالت …`), as an update or a second dispatch of the story does.
 * `dateline(i)` is the dateline that opens sentence `i` (empty when none).
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
    if (!storyGoesOn(sentences, i)) out.fill(true, i);
    break;
  }
  return out;
}

/**
 * Per sentence, whether it comes after the site's closing note (SITE_CANNOT_CONFIRM, matched on
 * `norms`), in a later paragraph: other stories' openings (unless the paragraph after the note
 * goes on with a clitic `و`: the note stood mid-article).
 */
export function afterClosingNote(
  sentences: readonly Sentence[],
  norms: readonly string[],
): boolean[] {
  const found = norms.findIndex((norm) => SITE_CANNOT_CONFIRM.test(norm));
  const note = found >= 0 && storyGoesOn(sentences, found) ? -1 : found;
  const paragraph = sentences[note]?.paragraph;
  return sentences.map((s, i) => note >= 0 && i > note && s.paragraph !== paragraph);
}

function sourceOf(dateline: string): string | null {
  return BRACKETED_SOURCE.exec(dateline)?.[1]?.trim() ?? null;
}
