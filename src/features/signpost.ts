import { PROMPT_OPENINGS } from "../lang/ar/data/boilerplate.js";
import {
  ACCUSATIVE_CONNECTIVES,
  ADJUNCT_OPENINGS,
  QUESTION_TAIL_OPENINGS,
  SIGNPOST_OPENINGS,
} from "../lang/ar/data/compression.js";
import { PERFECT_VERBS } from "../lang/ar/data/perfect-verbs.js";
import { CLAUSE_MARKS } from "../lang/ar/data/punctuation.js";
import { inWithWaw, matchAt, phraseWords } from "../text/phrases.js";
import type { Token } from "../text/types.js";
import { asksReader, questionEnds } from "./cues.js";

/** Prompts to the reader to watch or read (`شاهد الفيديو أعلاه`, `اقرأ المزيد`). */
export const PROMPTS = phraseWords(PROMPT_OPENINGS);

/**
 * Openings of a signpost to what follows (`فيما يلي`, `إليكم`, `نستعرض`), or to what the page
 * holds besides the text (PROMPTS).
 */
export const SIGNPOSTS = phraseWords([...SIGNPOST_OPENINGS, ...PROMPT_OPENINGS]);

/**
 * Openings of a question that a report ends on (`، فهل …؟`, `، وأين؟`): a signpost too, in a
 * sentence that ends asking.
 */
export const QUESTION_TAILS = phraseWords(QUESTION_TAIL_OPENINGS);

/** Openings of a leading adjunct (`مع`, `بعد`, `في الوقت`): all a sentence may hold besides. */
export const LEADING_ADJUNCTS = phraseWords(ADJUNCT_OPENINGS);

const PERFECT: ReadonlySet<string> = new Set(PERFECT_VERBS);

/**
 * A verb in the present, third person masculine (`يلتقي`, `يستعد`), normalized: a lede's report
 * of what is under way. Not `ت…`, which also addresses the reader (`تريد أن تعرف`).
 */
const PRESENT_THIRD = /^ي\S{3,}$/u;

/** `غير أن`, `لكن`: a turn, whose first word may also be a past verb (`غيّر`, "changed"). */
const TURNS = phraseWords(ACCUSATIVE_CONNECTIVES);

/** Fewest words before a signpost for what precedes it to stand as a highlight. */
export const MIN_WORDS_BEFORE_SIGNPOST = 6;

/**
 * Whether the words from `first` go on, after a clause mark and at least
 * MIN_WORDS_BEFORE_SIGNPOST words, into a signpost to what follows (`أعلن الملك تعيين … وزيرا،
 * وفيما يلي أبرز ما جاء في الأوامر:`), or, when the sentence (`start` to `end`) ends on a
 * question put to the reader (`asksReader`), into that question (`خسر الفريق …، فهل هي لعنة
 * حامل اللقب؟`), and what precedes it is more than a leading adjunct (`مع اقتراب البطولة، نستعرض
 * …` is not). Compression cuts such a signpost. A question in a quotation is the speaker's, and
 * no signpost.
 */
export function endsOnSignpost(
  input: string,
  tokens: readonly Token[],
  first: number,
  { start = tokens[0]?.span.start ?? 0, end = start }: SignpostSentence = {},
): boolean {
  if (matchAt(tokens, first, LEADING_ADJUNCTS) > 0) return false;
  const asks = questionEnds(input, start, end);
  for (let i = first + MIN_WORDS_BEFORE_SIGNPOST; i < tokens.length; i++) {
    const signpost = matchAt(tokens, i, SIGNPOSTS) > 0;
    if (!signpost && !(asks && matchAt(tokens, i, QUESTION_TAILS) > 0)) continue;
    const gap = input.slice((tokens[i - 1] as Token).span.end, (tokens[i] as Token).span.start);
    if (![...gap].some((c) => CLAUSE_MARKS.has(c))) continue;
    if (signpost || asksReader(input, start, (tokens[i] as Token).span.start, end)) return true;
  }
  return false;
}

/** Where a sentence starts and ends, and how it stands, for `newsBeforeSignpost`. */
export interface SignpostSentence {
  /** Where it starts (a quotation may open before its first word). */
  start?: number;
  /** Where it ends: when it ends asking (`questionEnds`), a question may be its signpost. */
  end?: number;
  /** It is the article's lede. */
  lede?: boolean;
}

/**
 * Whether a sentence that ends as a list's introduction (a colon) or a question (`questionEnds`)
 * is news up to a signpost (`endsOnSignpost`) that compression cuts: it opens on a past verb, as
 * a report does (`أعلن الرئيس …، وفيما يلي أبرز ردود الفعل:`, `خسر الفريق …، فهل هي لعنة …؟`), or, a lede
 * that ends on a question, on a present verb (`يلتقي المنتخب … اليوم، فهل يفعلها …؟`). Not a
 * condition or a purpose (`إذا كنت تريد …، إليك …:`, `ولمساعدتك …، إليك …`), whose main clause the
 * signpost is, nor a turn (`غير أن هذا الواقع …`: `غير` is also the verb "changed").
 */
export function newsBeforeSignpost(
  input: string,
  tokens: readonly Token[],
  first: number,
  sentence: SignpostSentence = {},
): boolean {
  const { start = tokens[0]?.span.start ?? 0, end = start, lede = false } = sentence;
  const asks = questionEnds(input, start, end);
  const opener = tokens[first]?.norm ?? "";
  const reports =
    inWithWaw(PERFECT, opener) || (lede && asks && PRESENT_THIRD.test(opener.replace(/^و/u, "")));
  return (
    reports &&
    matchAt(tokens, first, TURNS) === 0 &&
    endsOnSignpost(input, tokens, first, { start, end })
  );
}
