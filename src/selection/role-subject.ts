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
  const roles = sentences.map((sentence) => {
    const role = unnamedRole(input, sentence.tokens);
    return role === null || title?.some((t) => holdsRole(t, role)) ? null : role;
  });
  const holders = roleHolders(sentences, roles);
  return roles.map((role, i) => {
    if (role === null) return null;
    const all = holders.get(roleKey(role)) ?? [];
    const before = countBelow(all, i);
    return before > 0 ? all.slice(0, before) : null;
  });
}

/** What `holdsRole` reads of a role: its stem and its form. */
function roleKey(role: Token): string {
  return `${role.stem}\u0000${role.norm}`;
}

/**
 * Per role of `roles` (by `roleKey`), the sentences with a word that holds it (`holdsRole`), in
 * order. One pass over the words, looking each one up by its stem and its forms, so a long input
 * with many reports stays linear: each report against every earlier sentence made a 5 MB input
 * take minutes.
 */
function roleHolders(
  sentences: readonly Sentence[],
  roles: readonly (Token | null)[],
): Map<string, number[]> {
  const holders = new Map<string, number[]>();
  const byStem = new Map<string, string[]>();
  const byBare = new Map<string, string[]>();
  const add = (map: Map<string, string[]>, word: string, key: string) => {
    const keys = map.get(word);
    if (keys === undefined) map.set(word, [key]);
    else if (!keys.includes(key)) keys.push(key);
  };
  for (const role of roles) {
    if (role === null) continue;
    const key = roleKey(role);
    if (holders.has(key)) continue;
    holders.set(key, []);
    add(byStem, role.stem, key);
    add(byBare, role.norm.slice(2), key);
  }
  if (holders.size === 0) return holders;
  sentences.forEach((sentence, j) => {
    const hold = (keys: readonly string[] | undefined) => {
      for (const key of keys ?? []) {
        const list = holders.get(key) as number[];
        if (list[list.length - 1] !== j) list.push(j);
      }
    };
    for (const t of sentence.tokens) {
      hold(byStem.get(t.stem));
      hold(byBare.get(t.norm));
      hold(byBare.get(t.norm.replace(GLUED, "")));
    }
  });
  return holders;
}

/** How many of the ascending `sorted` are below `i` (binary search). */
function countBelow(sorted: readonly number[], i: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) < i) lo = mid + 1;
    else hi = mid;
  }
  return lo;
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
