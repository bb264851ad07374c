// Do BBC editors cut clauses from the lede when they write the standfirst? On ant-bbc-train.jsonl
// and ant-bbc-dev.jsonl, takes the sentence the hand weights choose with `--count 1` (the lede in
// almost every article), splits it at its commas (`،` or `,` before a space), and scores against
// the standfirst (ROUGE-1 F1 ×100):
//   - the whole sentence, and the sentence after khulasa's compression;
//   - the best prefix of its comma segments, and the best subset that keeps the first segment
//     (both oracles: they read the reference);
//   - for each word that opens the last segment (seen at least 8 times on train), the mean change
//     when that segment is cut, and how often cutting it helps.
// About 10 seconds.
//   npx tsx scripts/editor-cuts.ts
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { bestOf } from "../src/eval/rouge/index.js";
import { type GoldItem, loadGold } from "../src/io/eval-files.js";
import { HAND_WEIGHTS } from "../src/scoring/hand-weights.js";
import { summarizeWith } from "../src/summarize.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const data = (file: string) => loadGold(resolve(root, "..", "shared", "data", file));

/** Subsets are tried over at most this many segments; later ones are always kept. */
const SUBSET_SEGMENTS = 11;
/** Openers seen fewer times than this on train are not listed. */
const MIN_OPENER = 8;

const r1 = (item: GoldItem, text: string) => bestOf(item.summaries, text).rouge1.fmeasure * 100;

function lede(item: GoldItem, compress: boolean): string {
  const summary = summarizeWith(HAND_WEIGHTS, item.article, {
    count: 1,
    compress,
    title: item.title,
  });
  return summary.highlights[0]?.text ?? "";
}

/** The best score over every choice of segments that `choices` lists. */
function best(item: GoldItem, choices: Iterable<string[]>): number {
  let top = 0;
  for (const segments of choices) top = Math.max(top, r1(item, segments.join(" ")));
  return top;
}

function* prefixes(segments: readonly string[]): Generator<string[]> {
  for (let k = 1; k <= segments.length; k++) yield segments.slice(0, k);
}

function* subsets(segments: readonly string[]): Generator<string[]> {
  const m = Math.min(segments.length, SUBSET_SEGMENTS);
  for (let mask = 1; mask < 1 << m; mask += 2) {
    yield segments.filter((_, i) => i >= m || ((mask >> i) & 1) === 1);
  }
}

interface Opener {
  n: number;
  gain: number;
  helps: number;
}

function study(file: string, openers: Map<string, Opener> | null) {
  const items = data(file);
  const sums = { whole: 0, compressed: 0, prefix: 0, subset: 0 };
  for (const item of items) {
    const text = lede(item, false);
    const segments = text.split(/(?<=[،,])\s+/);
    const whole = r1(item, text);
    sums.whole += whole;
    sums.compressed += r1(item, lede(item, true));
    sums.prefix += best(item, prefixes(segments));
    sums.subset += best(item, subsets(segments));
    if (openers === null || segments.length < 2) continue;
    const opener = segments[segments.length - 1]?.split(/\s+/)[0] ?? "";
    const cut = r1(item, segments.slice(0, -1).join(" "));
    const o = openers.get(opener) ?? { n: 0, gain: 0, helps: 0 };
    o.n++;
    o.gain += cut - whole;
    if (cut > whole) o.helps++;
    openers.set(opener, o);
  }
  const mean = (v: number) => (v / items.length).toFixed(2);
  console.log(
    `${file} (${items.length} articles): whole ${mean(sums.whole)}, compressed ${mean(sums.compressed)}, ` +
      `best prefix ${mean(sums.prefix)}, best subset ${mean(sums.subset)}`,
  );
}

const openers = new Map<string, Opener>();
study("ant-bbc-train.jsonl", openers);
study("ant-bbc-dev.jsonl", null);
console.log("\nCutting the last comma segment, by its first word (ant-bbc-train.jsonl):");
console.log("opener | times | mean R-1 change | cutting helps");
const rows = [...openers].filter(([, o]) => o.n >= MIN_OPENER);
rows.sort((a, b) => b[1].gain / b[1].n - a[1].gain / a[1].n);
for (const [word, o] of rows) {
  console.log(`${word} | ${o.n} | ${(o.gain / o.n).toFixed(2)} | ${o.helps}`);
}
