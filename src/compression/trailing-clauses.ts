import {
  CLAUSE_OPENERS,
  OPEN_FRAMES,
  TURN_WORDS,
  WAW_CLAUSE_WORDS,
} from "../lang/ar/data/clauses.js";
import { PERFECT_VERBS } from "../lang/ar/data/perfect-verbs.js";
import { matchAt, phraseWords } from "../text/phrases.js";
import type { Span, Token } from "../text/types.js";
import { clauseMarkAt } from "./scan.js";
import { cutAt, type TailCut } from "./tail.js";

const OPENERS: ReadonlySet<string> = new Set(CLAUSE_OPENERS);
const AFTER_WAW: ReadonlySet<string> = new Set(WAW_CLAUSE_WORDS);
const PERFECT: ReadonlySet<string> = new Set(PERFECT_VERBS);
const TURNS: ReadonlySet<string> = new Set(TURN_WORDS);
const FRAMES = phraseWords(OPEN_FRAMES);
/** `أما` (normalized), whose answer opens with `ف`. */
const AMMA = "اما";
/** Fewest words the leading clauses keep: less is a fragment of the sentence, not its point. */
const MIN_KEPT_WORDS = 12;
/** Fewest words the cut clauses hold: a shorter rest is the sentence's last detail, kept. */
const MIN_CUT_WORDS = 8;

/**
 * The cut of a long sentence's trailing clauses (rule `clause`): a sentence of more than
 * `longClauses` words (a column's paragraph run into one sentence, a report that strings its
 * facts on commas) keeps its leading clauses, the most that fit in `maxKept` words, up to a
 * clause mark that a clause of its own follows (`لا أحد ينكر ما قدمه اللاعب لناديه، حيث حقق
 * …، وأثبت أنه …` keeps the first two clauses). A clause opens with a word of CLAUSE_OPENERS
 * (`حيث`, `كما`, `وهو`), a clitic `و` or `ف` and a past verb (`وأثبت`, `فخسر`; not a `ف` that
 * may answer an `أما` before it), or `و` and a word of WAW_CLAUSE_WORDS (`وقد`, `ولم`, `وكان`,
 * `وذلك`); or the mark is a semicolon. Never before a turn (`لكن`, `إلا أن`: TURN_WORDS), never
 * inside a quotation or a bracket, and never when the kept clauses hold a condition or a frame
 * (`إذا …`, `في الوقت الذي …`) whose main clause may be among the cut ones. The bullet ends with
 * the sentence's final marks.
 */
export function findTrailingClauses(
  input: string,
  body: Span,
  words: readonly Token[],
  longClauses: number,
  maxKept: number,
): TailCut | null {
  if (words.length <= longClauses) return null;
  const last = Math.min(maxKept, words.length - MIN_CUT_WORDS);
  let best = -1;
  // Brackets opened and not yet closed before `scanned` (`(أم سوزان، …)`).
  let brackets = 0;
  let scanned = body.start;
  // An `أما` among the kept words: a `ف` after it may open its answer.
  let amma = false;
  for (let k = 1; k <= last; k++) {
    // The kept clauses would hold a condition or a frame: no cut from here on.
    if (matchAt(words, k - 1, FRAMES) > 0) break;
    if ((words[k - 1] as Token).norm === AMMA) amma = true;
    if (k < MIN_KEPT_WORDS) continue;
    const mark = clauseMarkAt(
      input,
      (words[k - 1] as Token).span.end,
      (words[k] as Token).span.start,
    );
    if (mark < 0) continue;
    brackets += bracketDelta(input, scanned, mark);
    scanned = mark;
    if (brackets > 0) continue;
    const norm = (words[k] as Token).norm;
    if (TURNS.has(norm)) continue;
    const semicolon = input[mark] === "؛" || input[mark] === ";";
    if (semicolon || opensClause(norm, amma)) best = k;
  }
  return best > 0 ? cutAt(input, body, words, best, "clause") : null;
}

/** Whether a word opens a clause of its own after a clause mark (see `findTrailingClauses`). */
function opensClause(norm: string, answersAmma: boolean): boolean {
  if (OPENERS.has(norm)) return true;
  const bare = norm.slice(1);
  if (norm.startsWith("و") && AFTER_WAW.has(bare)) return true;
  if (norm.startsWith("ف")) return !answersAmma && PERFECT.has(bare);
  return norm.startsWith("و") && PERFECT.has(bare);
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
