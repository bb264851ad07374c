import { ArabicStemmer } from "./snowball-ar.js";
import type { Stem } from "./tokenize.js";

/**
 * A memoizing `Stem` over one `ArabicStemmer`. Results are cached only once the stemmer's
 * never-reset flag is set (before that, the same token may stem differently later on).
 */
export function cachedStem(stemmer: ArabicStemmer = new ArabicStemmer({ latched: true })): Stem {
  const cache = new Map<string, string>();
  return (token: string): string => {
    let s = cache.get(token);
    if (s === undefined) {
      s = stemmer.stem(token);
      if (stemmer.latched) cache.set(token, s);
    }
    return s;
  };
}
