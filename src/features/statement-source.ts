import {
  BEFORE_STATEMENT,
  CAME_IN,
  CAME_VERBS,
  DEMONSTRATIVES,
  IN_IT_WORDS,
  SPEECH_VERBS,
  STATEMENT_NOUNS,
} from "../lang/ar/data/boilerplate.js";
import { inWithWaw } from "../text/phrases.js";
import type { Token } from "../text/types.js";

const CAME: ReadonlySet<string> = new Set(CAME_VERBS);
const DEMONSTRATIVE: ReadonlySet<string> = new Set(DEMONSTRATIVES);
const IN: ReadonlySet<string> = new Set(CAME_IN);
const STATEMENT: ReadonlySet<string> = new Set(STATEMENT_NOUNS);
const LEAD: ReadonlySet<string> = new Set(BEFORE_STATEMENT);
const IN_IT: ReadonlySet<string> = new Set(IN_IT_WORDS);
const SAYS: ReadonlySet<string> = new Set(SPEECH_VERBS);

/**
 * Whether the words from `first` say where the news before was said: "this came in a tweet
 * (an interview, a statement) …" (`جاء ذلك في تغريدة لـ…، حيث قال: «…»`, `وجاء هذا خلال مؤتمر
 * صحفي …`, `جاء ذلك في سلسلة تغريدات …`). Its `ذلك` is that news, and what it quotes usually
 * says it again. Not `جاء ذلك في وقت …` or `جاء ذلك بعد …`: context that a highlight gives.
 */
export function namesStatementSource(tokens: readonly Token[], first: number): boolean {
  const verb = tokens[first]?.norm ?? "";
  if (!inWithWaw(CAME, verb) || !DEMONSTRATIVE.has(tokens[first + 1]?.norm ?? "")) return false;
  if (!IN.has(tokens[first + 2]?.norm ?? "")) return false;
  // The statement, or `سلسلة`/`أول` before it (`في سلسلة تغريدات`, `في أول مقابلة`); not `في
  // أعقاب تصريحات` ("after statements": context).
  const at = (k: number) => withoutArticle(tokens[first + k]?.norm ?? "");
  const named = STATEMENT.has(at(3)) || (LEAD.has(at(3)) && STATEMENT.has(at(4)));
  // A statement whose new words the sentence reports (`… أعلنت فيه أيضا …`, `… لفتت خلاله إلى
  // أن …`) is news.
  return (
    named && !tokens.some((t, k) => k > first + 3 && IN_IT.has(t.norm) && reports(tokens[k - 1]))
  );
}

/** Whether a word is a verb of saying, by its form or its stem (`أكدت`, `ولفتت`). */
function reports(token: Token | undefined): boolean {
  if (!token) return false;
  return (
    inWithWaw(SAYS, token.norm) ||
    SAYS.has(token.stem) ||
    inWithWaw(SAYS, token.norm.replace(/ت$/u, ""))
  );
}

/** A word without its article (`البيان` → `بيان`). */
function withoutArticle(norm: string): string {
  return norm.startsWith("ال") && norm.length > 3 ? norm.slice(2) : norm;
}
