import type { Token } from "./types.js";

/** Split normalized phrases into word lists once. */
export function phraseWords(phrases: readonly string[]): string[][] {
  return phrases.map((p) => p.split(" ")).sort((a, b) => b.length - a.length);
}

/**
 * Whether `norm` is one of `words` as it is, or once `prefix` (a pattern anchored at the start:
 * the article, a preposition) is taken off it (`لوزارة` for `وزاره`). Looked up whole too, since
 * a word's first letter may be a root letter that the pattern also takes (`بلدين`).
 */
export function inWithPrefix(
  words: { has(word: string): boolean },
  norm: string,
  prefix: RegExp,
): boolean {
  return words.has(norm) || words.has(norm.replace(prefix, ""));
}

/**
 * Whether `norm` is one of `words`, or a clitic `و` and one of them (`وجاء` for `جاء`), as
 * `matchAt` reads a first token.
 */
export function inWithWaw(words: ReadonlySet<string>, norm: string): boolean {
  return words.has(norm) || (norm.startsWith("و") && words.has(norm.slice(1)));
}

/** A list's phrases by their first word, each with its place in the list (see `matchAt`). */
type PhraseIndex = Map<string, Candidate[]>;

/** A phrase's words, and its place in its list. */
interface Candidate {
  words: readonly string[];
  place: number;
}

const indexes = new WeakMap<readonly (readonly string[])[], PhraseIndex>();

/** The index of `phrases` by first word, made on first use (a list is never changed). */
function indexOf(phrases: readonly (readonly string[])[]): PhraseIndex {
  let index = indexes.get(phrases);
  if (index === undefined) {
    index = new Map();
    for (let place = 0; place < phrases.length; place++) {
      const words = phrases[place] as readonly string[];
      const first = words[0] as string;
      const starting = index.get(first);
      if (starting === undefined) index.set(first, [{ words, place }]);
      else starting.push({ words, place });
    }
    indexes.set(phrases, index);
  }
  return index;
}

/**
 * Length (in tokens) of the first phrase of `phrases` (the longest, in a list from
 * `phraseWords`) that starts at token `i`, or 0. A first token may also match with a clitic `و`
 * in front of it (`وبحسب` matches `بحسب`). Only the phrases that open with the token's word (or
 * that word after its `و`) are tried: a list is looked up by first word, not walked.
 */
export function matchAt(
  tokens: readonly Token[],
  i: number,
  phrases: readonly (readonly string[])[],
): number {
  const norm = tokens[i]?.norm;
  if (norm === undefined) return 0;
  const index = indexOf(phrases);
  const bare = firstMatch(tokens, i, index.get(norm));
  const afterWaw = norm.startsWith("و") ? firstMatch(tokens, i, index.get(norm.slice(1))) : null;
  const found =
    afterWaw === null || (bare !== null && bare.place < afterWaw.place) ? bare : afterWaw;
  return found === null ? 0 : found.words.length;
}

/** The first of `candidates` (phrases whose first word matched token `i`) whose other words follow. */
function firstMatch(
  tokens: readonly Token[],
  i: number,
  candidates: readonly Candidate[] | undefined,
): Candidate | null {
  if (candidates === undefined) return null;
  for (const candidate of candidates) {
    const { words } = candidate;
    let j = 1;
    while (j < words.length && tokens[i + j]?.norm === words[j]) j++;
    if (j === words.length) return candidate;
  }
  return null;
}
