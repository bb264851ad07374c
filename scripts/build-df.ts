// Builds src/lang/ar/data/df.json: document frequencies of content-word stems over
// ../shared/data/ant-news-unlabeled.jsonl (25,109 Arabic news articles). Only derived counts are
// written, never text. Re-run after any change to the normalizer, tokenizer or stemmer:
//   npx tsx scripts/build-df.ts [CORPUS.jsonl] [--min-df 3]
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { corpusOrExit, defaultCorpus, root } from "./lib/corpus.js";
import { buildDfTable } from "./lib/df-table.js";

const args = process.argv.slice(2);
const minDfAt = args.indexOf("--min-df");
const minDf = minDfAt >= 0 ? Number(args[minDfAt + 1]) : 3;
const corpus = corpusOrExit(
  "build-df",
  args.find((a, i) => !a.startsWith("--") && i !== minDfAt + 1) ?? defaultCorpus,
);

const { table, stems } = await buildDfTable(corpus, minDf);
const out = resolve(root, "src", "lang", "ar", "data", "df.json");
writeFileSync(out, `${JSON.stringify(table)}\n`);
console.log(
  `build-df: ${table.docs} articles, ${stems} stems, ${table.df.length} with df >= ${minDf} -> ${out}`,
);
