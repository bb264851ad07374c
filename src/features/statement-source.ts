import {
  CAME_IN,
  CAME_VERBS,
  DEMONSTRATIVES,
  STATEMENT_NOUNS,
} from "../lang/ar/data/boilerplate.js";
import type { Token } from "../text/types.js";

const CAME: ReadonlySet<string> = new Set(CAME_VERBS);
const DEMONSTRATIVE: ReadonlySet<string> = new Set(DEMONSTRATIVES);
const IN: ReadonlySet<string> = new Set(CAME_IN);
const STATEMENT: ReadonlySet<string> = new Set(STATEMENT_NOUNS);

/**
 * Whether the words from `first` say where the news before was said: "this came in a tweet
 * (an interview, a statement) …" (`جاء ذلك في تغريدة لـ…، حيث قال: «…»`, `وجاء هذا خلال مؤتمر
 * صحفي …`, `جاء ذلك في سلسلة تغريدات …`). Its `ذلك` is that news, and what it quotes usually
 * says it again. Not `جاء ذلك في وقت …` or `جاء ذلك بعد …`: context that a highlight gives.
 */
export function namesStatementSource(tokens: readonly Token[], first: number): boolean {
  const verb = tokens[first]?.norm ?? "";
  const came = CAME.has(verb) || (verb.startsWith("و") && CAME.has(verb.slice(1)));
  if (!came || !DEMONSTRATIVE.has(tokens[first + 1]?.norm ?? "")) return false;
  if (!IN.has(tokens[first + 2]?.norm ?? "")) return false;
  // The statement, or one word before it (`في سلسلة تغريدات`, `في أول مقابلة`).
  return [3, 4].some((k) => STATEMENT.has(withoutArticle(tokens[first + k]?.norm ?? "")));
}

/** A word without its article (`البيان` → `بيان`). */
function withoutArticle(norm: string): string {
  return norm.startsWith("ال") && norm.length > 3 ? norm.slice(2) : norm;
}
