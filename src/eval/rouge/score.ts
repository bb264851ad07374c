/**
 * ROUGE-1, ROUGE-2, ROUGE-L and ROUGE-Lsum exactly as the multilingual scorer released with
 * XL-Sum computes them for `lang="arabic", use_stemmer=True` (see `tokenize.ts`).
 *
 * Texts are tokenized once into a `PreparedText` (interned token ids, n-gram counts, Lsum
 * sentences), so a reference can be scored against many candidates cheaply.
 */
import { createError } from "../../errors.js";
import { lcsLength, markLcs } from "./lcs.js";
import { cachedStem } from "./stem-cache.js";
import { type Stem, tokenize, tokenizeLsum } from "./tokenize.js";

/** Precision, recall and F1 of one metric, each in 0..1. */
export interface Score {
  precision: number;
  recall: number;
  fmeasure: number;
}

/** The four scores the scorer reports. */
export interface RougeScores {
  rouge1: Score;
  rouge2: Score;
  rougeL: Score;
  rougeLsum: Score;
}

/** The metric names of `RougeScores`, in report order. */
export const ROUGE_METRICS = ["rouge1", "rouge2", "rougeL", "rougeLsum"] as const;

/** A text tokenized for scoring. Only valid with the scorer that prepared it. */
export interface PreparedText {
  /** Token ids for ROUGE-N and ROUGE-L. */
  readonly tokens: Int32Array;
  readonly unigrams: ReadonlyMap<number, number>;
  readonly bigrams: ReadonlyMap<number, number>;
  /** ROUGE-Lsum sentences (lines), as token ids. */
  readonly sentences: readonly Int32Array[];
  /** Token counts over all ROUGE-Lsum sentences. */
  readonly sentenceCounts: ReadonlyMap<number, number>;
  /** Number of ROUGE-Lsum tokens. */
  readonly sentenceTokens: number;
}

/** Ids must stay below this so that a bigram key `a * ID_LIMIT + b` is an exact integer. */
const ID_LIMIT = 2 ** 26;

/** Scores a prepared reference against a prepared candidate. */
export type ScorePrepared = (reference: PreparedText, candidate: PreparedText) => RougeScores;

/** A scorer: one stemmer (with its cache and state) and one token-id table. */
export interface RougeScorer {
  /** Tokenizes `text` for scoring (ROUGE-N/L tokens and Lsum sentences). */
  prepare(text: string): PreparedText;
  /** Scores prepared texts. */
  score: ScorePrepared;
}

const ZERO: Score = Object.freeze({ precision: 0, recall: 0, fmeasure: 0 });

/** F1 as the scorer computes it: 2PR/(P+R), 0 when P+R is 0. */
export function fmeasure(precision: number, recall: number): number {
  return precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
}

function score(overlap: number, candidateTotal: number, referenceTotal: number): Score {
  const precision = overlap / Math.max(candidateTotal, 1);
  const recall = overlap / Math.max(referenceTotal, 1);
  return { precision, recall, fmeasure: fmeasure(precision, recall) };
}

function countIds(ids: Int32Array, into: Map<number, number>): void {
  for (const id of ids) into.set(id, (into.get(id) ?? 0) + 1);
}

function overlap(a: ReadonlyMap<number, number>, b: ReadonlyMap<number, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let hits = 0;
  for (const [key, n] of small) {
    const m = large.get(key);
    if (m !== undefined) hits += Math.min(n, m);
  }
  return hits;
}

function rougeN(ref: PreparedText, cand: PreparedText, n: 1 | 2): Score {
  const refTotal = Math.max(ref.tokens.length - n + 1, 0);
  const candTotal = Math.max(cand.tokens.length - n + 1, 0);
  const hits = n === 1 ? overlap(ref.unigrams, cand.unigrams) : overlap(ref.bigrams, cand.bigrams);
  return score(hits, candTotal, refTotal);
}

function rougeL(ref: PreparedText, cand: PreparedText): Score {
  if (ref.tokens.length === 0 || cand.tokens.length === 0) return { ...ZERO };
  const lcs = lcsLength(ref.tokens, cand.tokens);
  const precision = lcs / cand.tokens.length;
  const recall = lcs / ref.tokens.length;
  return { precision, recall, fmeasure: fmeasure(precision, recall) };
}

/** Summary-level LCS: union LCS per reference sentence, each token counted at most as often as it occurs on both sides. */
function rougeLsum(ref: PreparedText, cand: PreparedText): Score {
  if (ref.sentences.length === 0 || cand.sentences.length === 0) return { ...ZERO };
  const m = ref.sentenceTokens;
  const n = cand.sentenceTokens;
  if (m === 0 || n === 0) return { ...ZERO };
  const refLeft = new Map(ref.sentenceCounts);
  const candLeft = new Map(cand.sentenceCounts);
  let hits = 0;
  for (const r of ref.sentences) {
    const marks = new Uint8Array(r.length);
    for (const c of cand.sentences) markLcs(r, c, marks);
    for (let i = 0; i < r.length; i++) {
      if (marks[i] === 0) continue;
      const t = r[i] as number;
      const inCand = candLeft.get(t) ?? 0;
      const inRef = refLeft.get(t) ?? 0;
      if (inCand > 0 && inRef > 0) {
        hits++;
        candLeft.set(t, inCand - 1);
        refLeft.set(t, inRef - 1);
      }
    }
  }
  const recall = hits / m;
  const precision = hits / n;
  return { precision, recall, fmeasure: fmeasure(precision, recall) };
}

/** ROUGE-1 and ROUGE-2 only (no LCS): what a greedy oracle needs at every step. */
export function scoreNgrams(
  reference: PreparedText,
  candidate: PreparedText,
): Pick<RougeScores, "rouge1" | "rouge2"> {
  return { rouge1: rougeN(reference, candidate, 1), rouge2: rougeN(reference, candidate, 2) };
}

/** All four scores of prepared texts. */
export const scorePrepared: ScorePrepared = (reference, candidate) => ({
  rouge1: rougeN(reference, candidate, 1),
  rouge2: rougeN(reference, candidate, 2),
  rougeL: rougeL(reference, candidate),
  rougeLsum: rougeLsum(reference, candidate),
});

/** Options of `createRougeScorer`. */
export interface RougeScorerOptions {
  /** The stemmer for tokens longer than 3 code points. Default: a cached NLTK Arabic stemmer. */
  stem?: Stem;
}

/** A scorer with its own stemmer cache and token-id table. */
export function createRougeScorer(options: RougeScorerOptions = {}): RougeScorer {
  const stem = options.stem ?? cachedStem();
  const ids = new Map<string, number>();
  const intern = (tokens: readonly string[]): Int32Array => {
    const out = new Int32Array(tokens.length);
    tokens.forEach((t, i) => {
      let id = ids.get(t);
      if (id === undefined) {
        id = ids.size;
        if (id >= ID_LIMIT) throw createError("INTERNAL", "ROUGE token table is full.");
        ids.set(t, id);
      }
      out[i] = id;
    });
    return out;
  };
  const prepare = (text: string): PreparedText => {
    if (typeof text !== "string") {
      throw createError(
        "BAD_RECORD",
        `ROUGE needs text, got ${typeof text}.`,
        "Give summaries as strings.",
      );
    }
    // The scorer tokenizes ROUGE-N/L tokens first, then the Lsum sentences (stemmer state).
    const tokens = intern(tokenize(text, stem));
    const sentences = tokenizeLsum(text, stem).map(intern);
    const unigrams = new Map<number, number>();
    countIds(tokens, unigrams);
    const bigrams = new Map<number, number>();
    for (let i = 0; i + 1 < tokens.length; i++) {
      const key = (tokens[i] as number) * ID_LIMIT + (tokens[i + 1] as number);
      bigrams.set(key, (bigrams.get(key) ?? 0) + 1);
    }
    const sentenceCounts = new Map<number, number>();
    let sentenceTokens = 0;
    for (const s of sentences) {
      countIds(s, sentenceCounts);
      sentenceTokens += s.length;
    }
    return { tokens, unigrams, bigrams, sentences, sentenceCounts, sentenceTokens };
  };
  return { prepare, score: scorePrepared };
}
