import { ALSO_WITHIN_WORDS, ALSO_WORDS, NOT_A_LEDE_OPENING } from "../lang/ar/data/boilerplate.js";
import { PERFECT_VERBS } from "../lang/ar/data/perfect-verbs.js";
import { matchAt } from "../text/phrases.js";
import type { Sentence } from "../text/types.js";
import type { FeatureContext } from "./context.js";
import { ENDS_WITH_COLON, LIST_OPENING } from "./list-intro.js";
import { isTerm } from "./vectors.js";

/** Fewest words of a paragraph read as another story's opening (a lede, not a heading). */
const MIN_WORDS = 10;

/** Fewest paragraphs of the article's own before a run of other stories. */
const MIN_STORY_PARAGRAPHS = 2;

/**
 * Largest share of a paragraph's distinct terms found in the rest of the text for it to be about
 * something else: an article's own closing paragraphs share more with what comes before them.
 */
const MAX_SHARED = 0.25;

const PERFECT: ReadonlySet<string> = new Set(PERFECT_VERBS);
const NOT_A_LEDE: ReadonlySet<string> = new Set(NOT_A_LEDE_OPENING);
const ALSO: ReadonlySet<string> = new Set(ALSO_WORDS);

/**
 * Per sentence, whether it belongs to the openings of other stories that a page lists after the
 * article (CNN's pages end with up to five: `قال النائب الكويتي …` under a story on a scholar's
 * tweet, some cut off mid-word). A run of two or more paragraphs at the end of the text, each
 * opening on a past verb with no connective or clitic (`أعلنت`, `هدد`: a lede, where the
 * article's own paragraphs go on with `و`, `كما`, `أضاف`, `كان`, or say `أيضا`), of at least
 * MIN_WORDS words, and sharing under MAX_SHARED of its distinct terms with the title and the
 * paragraphs before it, and with the other paragraphs of the run. At least MIN_STORY_PARAGRAPHS
 * paragraphs stay the article's, and they do not introduce a list (`introducesList`), whose
 * items the run would be. Each paragraph's terms are read once.
 */
export function relatedStories(ctx: FeatureContext): boolean[] {
  const { sentences, title } = ctx.doc;
  const out = sentences.map(() => false);
  const paragraphs = byParagraph(sentences);
  if (!mayOpenRun(sentences, paragraphs)) return out;
  const terms = paragraphs.map((members) => termsOf(sentences, members));
  // How many paragraphs before the one looked at hold each term (all of them, to start with).
  const before = new Map<string, number>();
  for (const set of terms) for (const term of set) before.set(term, (before.get(term) ?? 0) + 1);
  const titleTerms = new Set<string>();
  for (const t of title ?? []) if (isTerm(t)) titleTerms.add(t.stem);
  const after = new Set<string>();
  let start = paragraphs.length;
  for (let p = paragraphs.length - 1; p >= MIN_STORY_PARAGRAPHS; p--) {
    const own = terms[p] as Set<string>;
    for (const term of own) before.set(term, (before.get(term) as number) - 1);
    if (!ledeShaped(sentences, paragraphs[p] as number[]) || own.size === 0) break;
    // An opening cut off in mid-sentence may be about the article's own subject.
    if (!cutOff(ctx.doc.input, sentences, paragraphs[p] as number[])) {
      const earlier = (term: string) => (before.get(term) as number) > 0 || titleTerms.has(term);
      if (share(own, earlier) >= MAX_SHARED) break;
      if (share(own, (term) => after.has(term)) >= MAX_SHARED) break;
    }
    for (const term of own) after.add(term);
    start = p;
  }
  if (paragraphs.length - start < 2) return out;
  // Items that the article introduces are the article: a digest (`نستعرض في هذا الموجز …`), a
  // "what we know" list (`وفيما يلي ما نعرفه حتى الآن:`).
  if (introducesList(sentences, paragraphs, start, ctx.doc.input)) return out;
  for (const members of paragraphs.slice(start)) for (const i of members) out[i] = true;
  return out;
}

/**
 * Whether the paragraphs before `start` introduce a list: a sentence among them opens as a list's
 * introduction does (`فيما يلي`, `إليكم`, `نستعرض`), or the last one ends with a colon.
 */
function introducesList(
  sentences: readonly Sentence[],
  paragraphs: readonly number[][],
  start: number,
  input: string,
): boolean {
  const own = paragraphs.slice(0, start).flat();
  if (own.some((i) => matchAt((sentences[i] as Sentence).tokens, 0, LIST_OPENING) > 0)) return true;
  const last = sentences[own[own.length - 1] as number] as Sentence;
  return ENDS_WITH_COLON.test(input.slice(last.span.start, last.span.end));
}

/** A letter or a digit: a paragraph that ends on one was cut off, with no mark to end it. */
const WORD_END = /[\p{L}\p{N}]$/u;

/**
 * Whether a paragraph was cut off in mid-sentence: it ends on a word, with no final mark, no
 * closing quotation mark or bracket (`… بتفتيش قنصليتها في إسطنبو`), as the openings of other
 * stories under a page's article are.
 */
function cutOff(
  input: string,
  sentences: readonly Sentence[],
  members: readonly number[],
): boolean {
  const last = sentences[members[members.length - 1] as number] as Sentence;
  return WORD_END.test(input.slice(last.span.end - 1, last.span.end));
}

/** Whether the last two paragraphs are shaped as ledes, before any term is read. */
function mayOpenRun(sentences: readonly Sentence[], paragraphs: readonly number[][]): boolean {
  const n = paragraphs.length;
  if (n < MIN_STORY_PARAGRAPHS + 2) return false;
  return paragraphs.slice(n - 2).every((members) => ledeShaped(sentences, members));
}

/** Whether a paragraph opens as another story's lede and is long enough to be one. */
function ledeShaped(sentences: readonly Sentence[], members: readonly number[]): boolean {
  let words = 0;
  for (const i of members) words += (sentences[i] as Sentence).tokens.length;
  return words >= MIN_WORDS && opensLikeALede(sentences[members[0] as number] as Sentence);
}

/** Whether a sentence opens as another story's lede would: a past verb, no "also" near it. */
function opensLikeALede(sentence: Sentence): boolean {
  const opener = sentence.tokens[0]?.norm ?? "";
  if (!PERFECT.has(opener) || NOT_A_LEDE.has(opener)) return false;
  const start = sentence.tokens.slice(0, ALSO_WITHIN_WORDS);
  return !start.some((t) => ALSO.has(t.norm));
}

/** Sentence indexes by paragraph, for the paragraphs that hold a sentence, in order. */
function byParagraph(sentences: readonly Sentence[]): number[][] {
  const out: number[][] = [];
  let paragraph = -1;
  sentences.forEach((s, i) => {
    if (s.paragraph !== paragraph) {
      paragraph = s.paragraph;
      out.push([]);
    }
    (out[out.length - 1] as number[]).push(i);
  });
  return out;
}

function termsOf(sentences: readonly Sentence[], members: readonly number[]): Set<string> {
  const terms = new Set<string>();
  for (const i of members) {
    for (const t of (sentences[i] as Sentence).tokens) if (isTerm(t)) terms.add(t.stem);
  }
  return terms;
}

/** Share of `terms` for which `has` holds. */
function share(terms: ReadonlySet<string>, has: (term: string) => boolean): number {
  let n = 0;
  for (const term of terms) if (has(term)) n++;
  return n / terms.size;
}
