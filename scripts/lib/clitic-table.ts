// The words that open a sentence with a clitic `و`, the past verbs that follow the particle `قد`,
// and the verbs of any tense that follow `قد` or `لم`: what scripts/build-clitics.ts writes to
// src/lang/ar/data/clitics.json, perfect-verbs.json and particle-verbs.json, and what the tests
// check those files against. The rules are in that script's header.
import { analyze } from "../../src/analysis/analyze.js";
import { pastShape } from "../../src/lang/ar/past-shape.js";
import { articles } from "./corpus.js";

export const MIN_REST = 10;
export const REST_SHARE = 0.05;
export const DOUBLED_SHARE = 0.005;
/**
 * Fewest times a word occurs to be listed: once (it opens a sentence). Rare words are what the
 * table is for (`وجرفت`, `ونفدت`: seen once or twice, each a clitic before a word seen dozens
 * of times); at 3 a reading found 430 bullets opening on a clitic `و` (reading 24), of which this
 * takes 152 more. The table has 5,218 words.
 */
export const MIN_COUNT = 1;
/** A word after `قد` at least this often is a verb (nouns do not follow the particle). */
export const MIN_AFTER_QAD = 3;
/** The particle `قد` as the corpus spells it before a verb: alone, after `و`, or as `لقد`. */
const QAD = new Set(["قد", "وقد", "لقد"]);
/** The particles that only a verb follows: `قد` as above, and the negation `لم` (`لم`, `ولم`). */
const BEFORE_A_VERB = new Set([...QAD, "لم", "ولم"]);
/**
 * A present prefix (`ي`, `ت`, `ن`, `ا` for the first person's `أ`) on three letters or more, not
 * the article (`فقد الاتصال بالطائرة`, "contact with the plane was lost"): the shapes that may be
 * either tense, which the table of past verbs leaves out. Particles (`في`, `لا`) and nouns (`لم
 * الشمل`) fall out with them.
 */
const PRESENT_PREFIX = /^(?!ال)[يتنا]../u;
/**
 * Whether `و` + the rest of `word` is a verb that the corpus shows conjugated, when the rest is too
 * rare for the word test (`ويعزو`, `وتستهل`, `وتجمعت`: seen a few times each): a present verb
 * (`ي`, `ت` or `ن` + a stem of three letters or more) whose stem the corpus also has with both
 * `ي` and `ت` ("he", "she": `يعزو`, `تعزو`), or `ت` + a past of Form V or VI (`تجمعت`, `تقمص`)
 * whose present the corpus has (`يتجمع`). No word whose `و` is a root letter passes: its rest is
 * no stem that takes those prefixes (`وتيرة`, `ويلات`; names: `ويندوز`, `ويستهام`).
 */
function conjugated(word: string, n: (word: string) => number): boolean {
  const prefix = word[1] ?? "";
  const stem = word.slice(2);
  if (stem.length < 3 || !PRESENT_PREFIXES.has(prefix)) return false;
  if (n(`ي${stem}`) > 0 && n(`ت${stem}`) > 0) return true;
  const past = stem.replace(/(?:ت|وا|ا)$/u, "");
  return prefix === "ت" && past.length >= 3 && n(`يت${past}`) > 0;
}
/** The present prefixes of "he", "she" or "you", and "we". */
const PRESENT_PREFIXES = new Set(["ي", "ت", "ن"]);
/** `و` + the future `س` + a present prefix (`ي`, `ت`, `ن`; not `ا`: `وسام`, `وساند`). */
const FUTURE = /^وس[يتن]/u;

/**
 * The tables as clitics.json and perfect-verbs.json hold them, with how many words opened a
 * sentence.
 */
export interface BuiltCliticTable {
  table: {
    docs: number;
    thresholds: { minRest: number; restShare: number; doubledShare: number; minCount: number };
    words: string;
  };
  perfect: { docs: number; thresholds: { minCount: number }; words: string };
  verbs: { docs: number; thresholds: { minCount: number }; words: string };
  openers: number;
}

/**
 * Build the tables of clitic `و` words, of past verbs after `قد`, and of verbs of any tense after
 * `قد` or `لم`, from `corpus`, in one pass.
 */
export async function buildCliticTable(corpus: string): Promise<BuiltCliticTable> {
  const count = new Map<string, number>();
  const afterQad = new Map<string, number>();
  const afterParticle = new Map<string, number>();
  const opens = new Set<string>();
  let docs = 0;
  for await (const article of articles(corpus)) {
    for (const s of analyze(article).sentences) {
      const first = s.tokens[0];
      if (first) opens.add(first.norm);
      s.tokens.forEach((t, i) => {
        count.set(t.norm, (count.get(t.norm) ?? 0) + 1);
        const next = s.tokens[i + 1]?.norm;
        if (next && QAD.has(t.norm)) afterQad.set(next, (afterQad.get(next) ?? 0) + 1);
        if (next && BEFORE_A_VERB.has(t.norm)) {
          afterParticle.set(next, (afterParticle.get(next) ?? 0) + 1);
        }
      });
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
      if (conjugated(word, n)) return true;
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
  const verbs = [...afterQad]
    .filter(([word, n]) => n >= MIN_AFTER_QAD && pastShape(word))
    .map(([word]) => word)
    .sort();
  const perfect = { docs, thresholds: { minCount: MIN_AFTER_QAD }, words: verbs.join(" ") };
  const anyTense = [...afterParticle]
    .filter(([word, n]) => n >= MIN_AFTER_QAD && PRESENT_PREFIX.test(word))
    .map(([word]) => word)
    .sort();
  const particleVerbs = {
    docs,
    thresholds: { minCount: MIN_AFTER_QAD },
    words: anyTense.join(" "),
  };
  return { table, perfect, verbs: particleVerbs, openers: opens.size };
}
