import { SPEECH_VERBS } from "../lang/ar/data/boilerplate.js";
import { AFTER_UNNAMED_ROLE, ROLE_SUBJECTS, SAID_IN } from "../lang/ar/data/roles.js";
import { inWithWaw } from "../text/phrases.js";
import type { Sentence, Token } from "../text/types.js";

const SAYS: ReadonlySet<string> = new Set(SPEECH_VERBS);
const ROLES: ReadonlySet<string> = new Set(ROLE_SUBJECTS);
const UNNAMED: ReadonlySet<string> = new Set(AFTER_UNNAMED_ROLE);
/** A colon: what the role said follows (`قالت المتحدثة: …`). */
const COLON = /[:：]/u;

/**
 * Per sentence, the earlier sentences that introduce the bearer of the role its subject names
 * and nothing else (`قالت المنظمة في بيان …` after `المنظمة الأوروبية للسلامة الجوية …`): a
 * verb of saying, then a role (ROLE_SUBJECTS), then what it said (AFTER_UNNAMED_ROLE, `في` and
 * where it was said, or a colon). A highlight that opens so is read right only after one of
 * them. Null for every other sentence, for one whose role no earlier sentence holds (nothing
 * to lean on), and for one whose role the title holds (the headline above the highlights).
 */
export function roleAntecedents(
  input: string,
  sentences: readonly Sentence[],
  title: readonly Token[] | null = null,
): (readonly number[] | null)[] {
  return sentences.map((sentence, i) => {
    const role = unnamedRole(input, sentence.tokens);
    if (role === null || title?.some((t) => holdsRole(t, role))) return null;
    const earlier: number[] = [];
    for (let j = 0; j < i; j++) {
      if ((sentences[j] as Sentence).tokens.some((t) => holdsRole(t, role))) earlier.push(j);
    }
    return earlier.length > 0 ? earlier : null;
  });
}

/** A preposition glued to a word (`لمنظمة`, `بالبيان`, `وللمجلس`). */
const GLUED = /^و?(?:[لبك]|لل|بال|كال)/u;

/** Whether a word is the role, with or without its article or a preposition (`لمنظمة`). */
function holdsRole(token: Token, role: Token): boolean {
  if (token.stem === role.stem) return true;
  const bare = role.norm.slice(2);
  return token.norm === bare || token.norm.replace(GLUED, "") === bare;
}

/** The role a sentence's report opens on with nothing to name its bearer, or null. */
function unnamedRole(input: string, tokens: readonly Token[]): Token | null {
  const [verb, role, next, after] = tokens;
  if (!verb || !role || !ROLES.has(role.norm)) return null;
  if (!inWithWaw(SAYS, verb.norm) && !inWithWaw(SAYS, verb.norm.replace(/ت$/u, ""))) return null;
  if (next === undefined) return null;
  if (COLON.test(input.slice(role.span.end, next.span.start))) return role;
  // `في بيان`, `في موقعها`: where it was said; `في حرس الحدود` may say who the role is.
  if (next.norm === "في") {
    const where = after?.norm.replace(/^ال/u, "") ?? "";
    return SAID_IN.some((noun) => where.startsWith(noun)) ? role : null;
  }
  // `على` as written; `علي` is also a name (`المحامي علي طه`).
  if (next.norm === "علي" && input.slice(next.span.start, next.span.end) !== "على") return null;
  return UNNAMED.has(next.norm) ? role : null;
}
