// Builds src/lang/ar/data/df.json: document frequencies of content-word stems over
// ../shared/data/ant-news-unlabeled.jsonl (25,109 Arabic news articles). Only derived counts are
// written, never text. Re-run after any change to the normalizer, tokenizer or stemmer:
//   npx tsx scripts/build-df.ts [CORPUS.jsonl] [--min-df 3]
import { createReadStream, existsSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { analyze } from "../src/analysis/analyze.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const minDfAt = args.indexOf("--min-df");
const minDf = minDfAt >= 0 ? Number(args[minDfAt + 1]) : 3;
const corpus =
  args.find((a, i) => !a.startsWith("--") && i !== minDfAt + 1) ??
  resolve(root, "..", "shared", "data", "ant-news-unlabeled.jsonl");
if (!existsSync(corpus)) {
  console.error(`build-df: ${corpus} not found (it lives in ../shared/data)`);
  process.exit(2);
}

const df = new Map<string, number>();
let docs = 0;
const lines = createInterface({ input: createReadStream(corpus, "utf8"), crlfDelay: Infinity });
for await (const line of lines) {
  if (!line.trim()) continue;
  const { article } = JSON.parse(line) as { article: string };
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
