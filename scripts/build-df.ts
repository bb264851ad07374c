// Builds src/lang/ar/data/df.json: document frequencies of content-word stems over
// ../shared/data/ant-news-unlabeled.jsonl (25,109 Arabic news articles). Only derived counts are
// written, never text. Re-run after any change to the normalizer, tokenizer or stemmer:
//   npx tsx scripts/build-df.ts [CORPUS.jsonl] [--min-df 3]
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { analyze } from "../src/analysis/analyze.js";
import { articles, corpusOrExit, defaultCorpus, root } from "./lib/corpus.js";

const args = process.argv.slice(2);
const minDfAt = args.indexOf("--min-df");
const minDf = minDfAt >= 0 ? Number(args[minDfAt + 1]) : 3;
const corpus = corpusOrExit(
  "build-df",
  args.find((a, i) => !a.startsWith("--") && i !== minDfAt + 1) ?? defaultCorpus,
);

const df = new Map<string, number>();
let docs = 0;
for await (const article of articles(corpus)) {
  const seen = new Set<string>();
  for (const s of analyze(article).sentences) {
    for (const t of s.tokens) if (!t.stop && t.stem.length >= 2) seen.add(t.stem);
  }
  for (const stem of seen) df.set(stem, (df.get(stem) ?? 0) + 1);
  docs++;
}
const kept = [...df].filter(([, n]) => n >= minDf).sort((a, b) => (a[0] < b[0] ? -1 : 1));
if (kept.some(([stem]) => stem.includes(" "))) throw new Error("a stem holds a space");
const out = resolve(root, "src", "lang", "ar", "data", "df.json");
// Compact: the stems in one string, their frequencies in one array (see DfTable).
const table = {
  docs,
  minDf,
  stems: kept.map(([stem]) => stem).join(" "),
  df: kept.map(([, n]) => n),
};
writeFileSync(out, `${JSON.stringify(table)}\n`);
console.log(
  `build-df: ${docs} articles, ${df.size} stems, ${kept.length} with df >= ${minDf} -> ${out}`,
);
