// Builds src/lang/ar/data/clitics.json: the words that open a sentence in
// ../shared/data/ant-news-unlabeled.jsonl (25,109 articles) with a clitic `و` ("and") in front of
// a word of their own (`وتأهلت` = و + `تأهلت`), as opposed to words whose `و` is their first
// letter (`وصف`, `وزارة`, `وراء`). Compression drops the clitic at the start of a bullet. Only
// normalized word forms and the thresholds are written, never text. Re-run after any change to
// the normalizer or tokenizer:
//   npx tsx scripts/build-clitics.ts [CORPUS.jsonl]
//
// A word `و` + R counts as clitic when, over the corpus:
//   - R is a word of its own: it occurs at least MIN_REST times, and at least REST_SHARE times as
//     often as the whole word (`وراء` is 717 times the bare `راء`'s 3);
//   - the word itself takes the clitic: `و` + the word (`ووصف`, `ووزارة`) is at most
//     DOUBLED_SHARE of its count (at most once for rare words). A word that begins with a root
//     `و` can take a clitic `و` in front; a word that already has one cannot.
//   - it opens at least one sentence and occurs at least MIN_COUNT times (the table stays small).
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { analyze } from "../src/analysis/analyze.js";
import { articles, corpusOrExit, defaultCorpus, root } from "./lib/corpus.js";

const MIN_REST = 10;
const REST_SHARE = 0.05;
const DOUBLED_SHARE = 0.005;
const MIN_COUNT = 3;

const corpus = corpusOrExit("build-clitics", process.argv[2] ?? defaultCorpus);
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
const words = [...opens]
  .filter((word) => {
    if (!word.startsWith("و") || word.length < 3 || n(word) < MIN_COUNT) return false;
    const rest = n(word.slice(1));
    const doubled = n(`و${word}`);
    return (
      rest >= MIN_REST &&
      rest >= REST_SHARE * n(word) &&
      doubled <= Math.max(1, DOUBLED_SHARE * n(word))
    );
  })
  .sort();
if (words.some((w) => w.includes(" "))) throw new Error("a word holds a space");
const out = resolve(root, "src", "lang", "ar", "data", "clitics.json");
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
writeFileSync(out, `${JSON.stringify(table)}\n`);
console.log(
  `build-clitics: ${docs} articles, ${opens.size} sentence openers, ${words.length} with a clitic و -> ${out}`,
);
