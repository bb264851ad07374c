import {
  CLAUSE_AFTER_PRONOUN,
  CLAUSE_OPENERS,
  KAMA_AS,
  MAX_APPOSITION_WORDS,
  NOT_A_VERB_AFTER_WAW,
  OPEN_FRAMES,
  SAID_COMPLEMENTS,
  SAID_VERBS,
  SOURCE_ONLY_OPENINGS,
  SOURCE_ONLY_PREPOSITIONS,
  TURN_WORDS,
  WAW_CLAUSE_WORDS,
} from "../lang/ar/data/clauses.js";
import { PERFECT_VERBS } from "../lang/ar/data/perfect-verbs.js";
import { matchAt, phraseWords } from "../text/phrases.js";
import { quoteOpenAt } from "../text/quotes.js";
import type { Span, Token } from "../text/types.js";
import { clauseMarkAt } from "./scan.js";
import { cutAt, type TailCut } from "./tail.js";

const OPENERS: ReadonlySet<string> = new Set(CLAUSE_OPENERS);
const AFTER_WAW: ReadonlySet<string> = new Set(WAW_CLAUSE_WORDS);
const PERFECT: ReadonlySet<string> = new Set(PERFECT_VERBS);
const NOT_A_VERB: ReadonlySet<string> = new Set(NOT_A_VERB_AFTER_WAW);
const TURNS: ReadonlySet<string> = new Set(TURN_WORDS);
const PRONOUN_CLAUSE: ReadonlySet<string> = new Set(CLAUSE_AFTER_PRONOUN);
const AS: ReadonlySet<string> = new Set(KAMA_AS);
const SAID: ReadonlySet<string> = new Set(SAID_VERBS);
const COMPLEMENTS: ReadonlySet<string> = new Set(SAID_COMPLEMENTS);
const SOURCE_ONLY = phraseWords(SOURCE_ONLY_OPENINGS);
const SOURCE_PREPOSITIONS: ReadonlySet<string> = new Set(SOURCE_ONLY_PREPOSITIONS);
const FRAMES = phraseWords(OPEN_FRAMES);
/** `أما` (normalized), whose answer opens with `ف`. */
const AMMA = "اما";
/** `كما` (normalized): "also", or "as" before KAMA_AS. */
const KAMA = "كما";
/** Pronouns that open a clause about what comes before them, or an apposition. */
const PRONOUNS: ReadonlySet<string> = new Set(["وهو", "وهي", "وهم"]);
/** Fewest words the leading clauses keep: less is a fragment of the sentence, not its point. */
const MIN_KEPT_WORDS = 12;
/** Fewest words the cut clauses hold: a shorter rest is the sentence's last detail, kept. */
const MIN_CUT_WORDS = 8;
/** A colon or a quotation mark after a verb of saying: what was said follows. */
const SAID_MARK = /[:："«“]/u;

/**
 * The cut of a long sentence's trailing clauses (rule `clause`): a sentence of more than
 * `longClauses` words (a column's paragraph run into one sentence, a report that strings its
 * facts on commas) keeps its leading clauses, the most that fit in `maxKept` words, up to a
 * clause mark that a clause of its own follows (`لا أحد ينكر ما قدمه اللاعب لناديه، حيث حقق
 * …، وأثبت أنه …` keeps the first two clauses). A clause opens with a word of CLAUSE_OPENERS
 * (`حيث`, `كما` but not `كما حدث`, `وهو` but not before an apposition), a clitic `و` or `ف` and a
 * past verb (`وأثبت`, `فخسر`; not `وقبل`, `وغير`, nor a `ف` that may answer an `أما` before it),
 * or `و` and a word of WAW_CLAUSE_WORDS (`وقد`, `ولم`, `وكان`, `وذلك`); or the mark is a
 * semicolon (not before `ف` and no past verb, the answer of a condition). Never before a turn
 * (`لكن`, `إلا أن`, `وإنما`: TURN_WORDS), never inside a quotation or a bracket, never when the
 * kept clauses hold a condition, a frame or a concession (`إذا …`, `في الوقت الذي …`, `رغم …`)
 * whose main clause may be among the cut ones, or a verb of saying with nothing said after it
 * (`قالت في تغريدة …، حيث …`); and no sentence that only says where it was said (`جاء ذلك في
 * مقابلة …، حيث قال: …`) is cut. The bullet ends with the sentence's final marks, unless they ask.
 */
export function findTrailingClauses(
  input: string,
  body: Span,
  words: readonly Token[],
  longClauses: number,
  maxKept: number,
): TailCut | null {
  if (words.length <= longClauses || sourceOnly(words)) return null;
  const last = Math.min(maxKept, words.length - MIN_CUT_WORDS);
  let best = -1;
  // Brackets opened and not yet closed before `scanned` (`(أم سوزان، …)`).
  let brackets = 0;
  let scanned = body.start;
  // An `أما` among the kept words: a `ف` after it may open its answer.
  let amma = false;
  // The offset after a verb of saying among the kept words that nothing said follows yet.
  let said = -1;
  for (let k = 1; k <= last; k++) {
    const word = words[k - 1] as Token;
    // The kept clauses would hold a condition or a frame: no cut from here on.
    if (matchAt(words, k - 1, FRAMES) > 0) break;
    if (word.norm === AMMA) amma = true;
    if (SAID.has(withoutClitic(word.norm))) said = word.span.end;
    else if (said >= 0 && saysWhat(input, said, word)) said = -1;
    if (k < MIN_KEPT_WORDS) continue;
    const next = words[k] as Token;
    const mark = clauseMarkAt(input, word.span.end, next.span.start);
    if (mark < 0) continue;
    brackets += bracketDelta(input, scanned, mark);
    scanned = mark;
    if (brackets > 0 || said >= 0 || quoteOpenAt(input, body.start, mark)) continue;
    if (TURNS.has(next.norm) || TURNS.has(withoutClitic(next.norm))) continue;
    if (input[mark] === "؛" || input[mark] === ";") {
      if (!next.norm.startsWith("ف") || opensClause(input, words, k, amma)) best = k;
    } else if (opensClause(input, words, k, amma)) best = k;
  }
  return best > 0 ? cutAt(input, body, words, best, "clause") : null;
}

/** Whether word `k` opens a clause of its own after a clause mark (see `findTrailingClauses`). */
function opensClause(input: string, words: readonly Token[], k: number, amma: boolean): boolean {
  const norm = (words[k] as Token).norm;
  if (norm === KAMA) return !AS.has(words[k + 1]?.norm ?? "");
  if (PRONOUNS.has(norm)) return !apposition(input, words, k);
  if (OPENERS.has(norm)) return true;
  const bare = norm.slice(1);
  if (NOT_A_VERB.has(bare)) return false;
  if (norm.startsWith("و")) return AFTER_WAW.has(bare) || PERFECT.has(bare);
  return norm.startsWith("ف") && !amma && PERFECT.has(bare);
}

/**
 * Whether `وهو`, `وهي` or `وهم` at word `k` opens an apposition: at most MAX_APPOSITION_WORDS words
 * up to the next clause mark, not a clause of its own (`وهو ما …`, `وهو الأمر الذي …`).
 */
function apposition(input: string, words: readonly Token[], k: number): boolean {
  if (PRONOUN_CLAUSE.has(words[k + 1]?.norm ?? "")) return false;
  for (let j = k + 1; j <= k + MAX_APPOSITION_WORDS && j < words.length; j++) {
    const before = (words[j - 1] as Token).span.end;
    if (clauseMarkAt(input, before, (words[j] as Token).span.start) >= 0) return true;
  }
  return false;
}

/** Whether what was said follows a verb of saying by `word`: `أن`, a colon or a quotation mark. */
function saysWhat(input: string, from: number, word: Token): boolean {
  return (
    COMPLEMENTS.has(withoutClitic(word.norm)) || SAID_MARK.test(input.slice(from, word.span.end))
  );
}

/** A sentence that opens by saying where it was said: `جاء ذلك في …`, `يأتي ذلك خلال …`. */
function sourceOnly(words: readonly Token[]): boolean {
  const n = matchAt(words, 0, SOURCE_ONLY);
  return n > 0 && SOURCE_PREPOSITIONS.has(words[n]?.norm ?? "");
}

/** A word without a clitic `و` or `ف` (`وإنما` → `إنما`). */
function withoutClitic(norm: string): string {
  return norm.length > 2 && (norm.startsWith("و") || norm.startsWith("ف")) ? norm.slice(1) : norm;
}

/** Brackets opened minus brackets closed in `input[from, to)`. */
function bracketDelta(input: string, from: number, to: number): number {
  let delta = 0;
  for (let i = from; i < to; i++) {
    const c = input[i];
    if (c === "(" || c === "[") delta++;
    else if (c === ")" || c === "]") delta--;
  }
  return delta;
}
