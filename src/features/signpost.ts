import { ADJUNCT_OPENINGS, SIGNPOST_OPENINGS } from "../lang/ar/data/compression.js";
import { PERFECT_VERBS } from "../lang/ar/data/perfect-verbs.js";
import { CLAUSE_MARKS } from "../lang/ar/data/punctuation.js";
import { inWithWaw, matchAt, phraseWords } from "../text/phrases.js";
import type { Token } from "../text/types.js";

/** Openings of a signpost to what follows (`فيما يلي`, `إليكم`, `نستعرض`). */
export const SIGNPOSTS = phraseWords(SIGNPOST_OPENINGS);

/** Openings of a leading adjunct (`مع`, `بعد`, `في الوقت`): all a sentence may hold besides. */
export const LEADING_ADJUNCTS = phraseWords(ADJUNCT_OPENINGS);

const PERFECT: ReadonlySet<string> = new Set(PERFECT_VERBS);

/** Fewest words before a signpost for what precedes it to stand as a highlight. */
export const MIN_WORDS_BEFORE_SIGNPOST = 6;

/**
 * Whether the words from `first` go on, after a clause mark and at least
 * MIN_WORDS_BEFORE_SIGNPOST words, into a signpost to what follows (`أعلن الملك تعيين … وزيرا،
 * وفيما يلي أبرز ما جاء في الأوامر:`), and what precedes it is more than a leading adjunct
 * (`مع اقتراب البطولة، نستعرض …` is not). Compression cuts such a signpost.
 */
export function endsOnSignpost(input: string, tokens: readonly Token[], first: number): boolean {
  if (matchAt(tokens, first, LEADING_ADJUNCTS) > 0) return false;
  for (let i = first + MIN_WORDS_BEFORE_SIGNPOST; i < tokens.length; i++) {
    if (matchAt(tokens, i, SIGNPOSTS) === 0) continue;
    const gap = input.slice((tokens[i - 1] as Token).span.end, (tokens[i] as Token).span.start);
    if ([...gap].some((c) => CLAUSE_MARKS.has(c))) return true;
  }
  return false;
}

/**
 * Whether a sentence that ends as a list's introduction (a colon) or a question is news up to a
 * signpost (`endsOnSignpost`) that compression cuts: it opens on a past verb, as a report does
 * (`أعلن الرئيس …، وفيما يلي أبرز ردود الفعل:`). Not a condition or a purpose (`إذا كنت تريد …،
 * إليك …:`, `ولمساعدتك …، إليك …`), whose main clause the signpost is.
 */
export function newsBeforeSignpost(
  input: string,
  tokens: readonly Token[],
  first: number,
): boolean {
  return inWithWaw(PERFECT, tokens[first]?.norm ?? "") && endsOnSignpost(input, tokens, first);
}
