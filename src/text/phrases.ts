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

/**
 * Length (in tokens) of the longest phrase that starts at token `i`, or 0. A first token may
 * also match with a clitic `و` in front of it (`وبحسب` matches `بحسب`).
 */
export function matchAt(tokens: readonly Token[], i: number, phrases: readonly string[][]): number {
  for (const words of phrases) {
    let ok = true;
    for (let j = 0; j < words.length && ok; j++) {
      const norm = tokens[i + j]?.norm;
      const word = words[j];
      ok = norm === word || (j === 0 && norm !== undefined && isWawThen(norm, word as string));
    }
    if (ok) return words.length;
  }
  return 0;
}

/** Whether `norm` is `و` + `word` (compared in place: no string built per phrase tried). */
function isWawThen(norm: string, word: string): boolean {
  return norm.length === word.length + 1 && norm.startsWith("و") && norm.endsWith(word);
}
