// Builds src/lang/ar/data/df.json: document frequencies of content-word stems over
// ../shared/data/ant-news-unlabeled.jsonl (25,109 Arabic news articles). Only derived counts are
// written, never text. Re-run after any change to the normalizer, tokenizer or stemmer:
//   npx tsx scripts/build-df.ts [CORPUS.jsonl] [--min-df 3] [--out FILE]
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { corpusOrExit, defaultCorpus, root } from "./lib/corpus.js";
import { buildDfTable } from "./lib/df-table.js";

/** Stop before any work: a misspelt flag or a bad number must not write a wrong table. */
function usage(message: string): never {
  console.error(`build-df: ${message}`);
  console.error("usage: npx tsx scripts/build-df.ts [CORPUS.jsonl] [--min-df N] [--out FILE]");
  process.exit(2);
}

const { values, positionals } = (() => {
  try {
    return parseArgs({
      strict: true,
      allowPositionals: true,
      options: { "min-df": { type: "string" }, out: { type: "string" } },
    });
  } catch (error) {
    return usage(error instanceof Error ? error.message : String(error));
  }
})();
if (positionals.length > 1) usage(`one corpus at most, got ${positionals.length}`);
const given = values["min-df"];
const minDf = given === undefined ? 3 : Number(given);
if (given !== undefined && (given.trim() === "" || !Number.isInteger(minDf) || minDf < 1)) {
  usage(`--min-df must be a whole number at least 1, got ${JSON.stringify(given)}`);
}
if (values.out !== undefined && values.out.trim() === "") usage("--out needs a file name");
const corpus = corpusOrExit("build-df", positionals[0] ?? defaultCorpus);

const { table, stems } = await buildDfTable(corpus, minDf);
const out = resolve(values.out ?? resolve(root, "src", "lang", "ar", "data", "df.json"));
writeFileSync(out, `${JSON.stringify(table)}\n`);
console.log(
  `build-df: ${table.docs} articles, ${stems} stems, ${table.df.length} with df >= ${minDf} -> ${out}`,
);
