import {
  DEFINITE_OUTLET_PREFIX,
  OUTLET_NOUN_PREFIX,
  OUTLET_NOUNS,
} from "../lang/ar/data/compression.js";
import type { Token } from "../text/types.js";

const OUTLETS: ReadonlySet<string> = new Set(OUTLET_NOUNS);

/**
 * The outlet nouns (`صحيفه`, `وكاله`) that the words of a cut attribution tail name a source by
 * (`، بحسب ما أفادت صحيفة "وول ستريت جورنال"` → `صحيفه`).
 */
export function outletNouns(tail: readonly Token[]): Set<string> {
  const nouns = new Set<string>();
  for (const word of tail) {
    // Whole first: the `ب` of a word may be its root's (no outlet noun starts so, but stay safe).
    const bare = word.norm.replace(OUTLET_NOUN_PREFIX, "");
    if (OUTLETS.has(word.norm)) nouns.add(word.norm);
    else if (OUTLETS.has(bare)) nouns.add(bare);
  }
  return nouns;
}

/**
 * Whether `words` point back at an outlet by one of `nouns` with the article (`ونقلت الصحيفة عن
 * …`, `قالت الوكالة إن …`, `…، حسب ما نشرت الصحيفة`): a reader who never saw the outlet's name
 * is told what "the paper" said.
 */
export function pointsAtOutlet(words: readonly Token[], nouns: ReadonlySet<string>): boolean {
  if (nouns.size === 0) return false;
  return words.some((word) => {
    const prefix = DEFINITE_OUTLET_PREFIX.exec(word.norm);
    return prefix !== null && nouns.has(word.norm.slice(prefix[0].length));
  });
}
