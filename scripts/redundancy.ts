// How often two highlights of one article repeat each other, and what the near-duplicate tests on
// distinct words (SelectionOptions.maxDistinctSimilarity, and maxStandfirstSimilarity across a
// standfirst and the paragraph after it), on stated quantities (minQuantitySimilarity) and on a
// quotation of the statement the sentence before reports (minQuotedShare) cost on
// easc-dev.jsonl (docs/quality.md). For each setting: F1 ×100 on easc-dev, and, on every 5th article
// of ../shared/data/ant-news-unlabeled.jsonl, how many articles have a repeated pair: two
// highlights whose shorter one has at least 60% of its content stems in the other (a measure
// apart from the cosines that selection uses). About 30 seconds.
//   npx tsx scripts/redundancy.ts
import { resolve } from "node:path";
import { analyze } from "../src/analysis/analyze.js";
import { evaluate } from "../src/eval/evaluate.js";
import { isTerm } from "../src/features/vectors.js";
import { loadGold } from "../src/io/eval-files.js";
import { arabic } from "../src/lang/ar/index.js";
import { defaultModel } from "../src/scoring/default-model.js";
import { DEFAULT_SELECTION } from "../src/selection/select.js";
import { summarizeWith } from "../src/summarize.js";
import { articles, corpusOrExit, defaultCorpus, root } from "./lib/corpus.js";

/**
 * Settings of [maxDistinctSimilarity, maxStandfirstSimilarity, minQuantitySimilarity,
 * minQuotedShare]; 2 is above any cosine or share: the test off. The standfirst's bound applies
 * only when lower than the other.
 */
const SETTINGS: [number, number, number, number][] = [
  [2, 2, 2, 2],
  [0.4, 2, 2, 2],
  [0.35, 2, 2, 2],
  [0.3, 2, 2, 2],
  [0.25, 2, 2, 2],
  [0.2, 2, 2, 2],
  [0.3, 0.25, 2, 2],
  [0.3, 0.2, 2, 2],
  [0.3, 0.15, 2, 2],
  [0.3, 0.2, 0.1, 2],
  [0.3, 0.2, 0, 2],
  [0.3, 0.2, 0.1, 0.5],
];
/** Share of the shorter highlight's content stems found in the other: a repeat. */
const REPEAT = 0.6;
/** Every STEP-th article of the corpus is read. */
const STEP = 5;

const model = defaultModel();
const gold = loadGold(resolve(root, "..", "shared", "data", "easc-dev.jsonl"));
const sample: string[] = [];
let n = 0;
for await (const article of articles(corpusOrExit("redundancy", defaultCorpus))) {
  if (n++ % STEP === 0) sample.push(article);
}

/** The content stems of a highlight: its terms, as the TF-IDF vectors count them. */
function stems(text: string): Set<string> {
  const out = new Set<string>();
  for (const s of analyze(text, { pack: arabic }).sentences) {
    for (const t of s.tokens) if (isTerm(t)) out.add(t.stem);
  }
  return out;
}

function repeats(a: Set<string>, b: Set<string>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return false;
  let shared = 0;
  for (const s of small) if (large.has(s)) shared++;
  return shared / small.size >= REPEAT;
}

const {
  maxSimilarity,
  maxDistinctSimilarity: shipped,
  maxStandfirstSimilarity,
  minQuantitySimilarity,
  minQuotedShare,
} = DEFAULT_SELECTION;
console.log(
  `easc-dev.jsonl (${gold.length} articles) and every ${STEP}th unlabeled article ` +
    `(${sample.length}); cosine test at ${maxSimilarity}, shipped distinct tests at ` +
    `${shipped} and ${maxStandfirstSimilarity} (standfirst), quantity test from ` +
    `${minQuantitySimilarity}, quotation test from a quoted share of ${minQuotedShare}`,
);
for (const [maxDistinctSimilarity, standfirst, quantity, quoted] of SETTINGS) {
  const tuning = {
    selection: {
      maxDistinctSimilarity,
      maxStandfirstSimilarity: standfirst,
      minQuantitySimilarity: quantity,
      minQuotedShare: quoted,
    },
  };
  const report = evaluate(
    gold,
    (item) =>
      summarizeWith(model, item.article, { title: item.title }, tuning).highlights.map(
        (h) => h.text,
      ),
    { system: "redundancy" },
  );
  let withRepeat = 0;
  for (const article of sample) {
    let texts: string[];
    try {
      texts = summarizeWith(model, article, {}, tuning).highlights.map((h) => h.text);
    } catch {
      continue; // an article the engine refuses (NOT_ARABIC, EMPTY_INPUT) has no pair
    }
    const sets = texts.map(stems);
    if (sets.some((a, i) => sets.slice(i + 1).some((b) => repeats(a, b)))) withRepeat++;
  }
  const { rouge1, rouge2 } = report.scores;
  const name =
    (maxDistinctSimilarity > 1 ? "off" : String(maxDistinctSimilarity)) +
    (standfirst > 1 ? "" : `, standfirst ${standfirst}`) +
    (quantity > 1 ? "" : `, quantity from ${quantity}`) +
    (quoted > 1 ? "" : `, quotation from ${quoted}`);
  const share = ((100 * withRepeat) / sample.length).toFixed(1);
  console.log(
    `distinct test ${name}: easc-dev ${rouge1.fmeasure.toFixed(2)} / ` +
      `${rouge2.fmeasure.toFixed(2)}, articles with a repeated pair ${withRepeat} of ` +
      `${sample.length} (${share}%)`,
  );
}
