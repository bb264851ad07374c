// The words that open a sentence with a clitic `و`: what scripts/build-clitics.ts writes to
// src/lang/ar/data/clitics.json, and what the tests check that file against. The rules are in
// that script's header.
import { analyze } from "../../src/analysis/analyze.js";
import { articles } from "./corpus.js";

export const MIN_REST = 10;
export const REST_SHARE = 0.05;
export const DOUBLED_SHARE = 0.005;
export const MIN_COUNT = 3;
/** `و` + the future `س` + a present prefix (`ي`, `ت`, `ن`; not `ا`: `وسام`, `وساند`). */
const FUTURE = /^وس[يتن]/u;

/** The table as clitics.json holds it, with how many words opened a sentence. */
export interface BuiltCliticTable {
  table: {
    docs: number;
    thresholds: { minRest: number; restShare: number; doubledShare: number; minCount: number };
    words: string;
  };
  openers: number;
}

/** Build the table of clitic `و` words from `corpus`. */
export async function buildCliticTable(corpus: string): Promise<BuiltCliticTable> {
  const count = new Map<string, number>();
  const opens = new Set<string>();
  let docs = 0;
  for await (const article of articles(corpus)) {
    for (const s of analyze(article).sentences) {
      const first = s.tokens[0];
      if (first) opens.add(first.norm);
      for (const t of s.tokens) count.set(t.norm, (count.get(t.norm) ?? 0) + 1);
    }
    docs++;
  }
  const n = (word: string): number => count.get(word) ?? 0;
  const isWord = (rest: string, word: string): boolean =>
    n(rest) >= MIN_REST && n(rest) >= REST_SHARE * n(word);
  const words = [...opens]
    .filter((word) => {
      if (!word.startsWith("و") || word.length < 3 || n(word) < MIN_COUNT) return false;
      if (n(`و${word}`) > Math.max(1, DOUBLED_SHARE * n(word))) return false;
      if (isWord(word.slice(1), word)) return true;
      // `وسيمر`, `وستلتقي`: the future `س` between the clitic and a present verb of its own.
      const verb = word.slice(2);
      return FUTURE.test(word) && verb.length >= 3 && isWord(verb, word);
    })
    .sort();
  if (words.some((w) => w.includes(" "))) throw new Error("a word holds a space");
  const table = {
    docs,
    thresholds: {
      minRest: MIN_REST,
      restShare: REST_SHARE,
      doubledShare: DOUBLED_SHARE,
      minCount: MIN_COUNT,
    },
    words: words.join(" "),
  };
  return { table, openers: opens.size };
}
