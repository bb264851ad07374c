import { cosine, distinctVectors, type SparseVector } from "../features/vectors.js";
import { shareQuantity } from "./quantities.js";
import { type QuotedTerms, quotesWhatWasSaid } from "./quoted.js";

const NONE: ReadonlySet<string> = new Set();

/** Selection settings. */
export interface SelectionOptions {
  /** MMR trade-off: 1 = scores only, 0 = novelty only. */
  lambda: number;
  /**
   * Two sentences at least this similar (TF-IDF cosine) are near-duplicates: both become
   * highlights only when nothing else is left. 0.7 was chosen on easc-dev (docs/quality.md).
   */
  maxSimilarity: number;
  /**
   * Two sentences at least this similar on their distinct words (`distinctVectors`: the cosine
   * once the article's topic words weigh little) tell the same event: near-duplicates too. 0.3
   * keeps easc-dev flat and halves the repeated bullets of the unlabeled news (docs/quality.md).
   */
  maxDistinctSimilarity: number;
  /**
   * A standfirst (an opening paragraph of at most STANDFIRST_SENTENCES sentences) and the
   * paragraph after it often tell the same news in other words (France24's articles): a sentence
   * of one and a sentence of the other at least this similar on their distinct words are
   * near-duplicates (the lower of this bound and the other applies). 0.2 costs easc-dev 0.06 and
   * takes a quarter of the repeated bullets of the unlabeled news (docs/quality.md).
   */
  maxStandfirstSimilarity: number;
  /**
   * Two sentences that state the same quantity (`quantities`: `12 شخصا` in both) and are at
   * least this similar on their distinct words tell the same fact: near-duplicates. A
   * restatement in other words (the toll in the lede, then in a spokesman's words) shares little
   * but the figure. 0.1 leaves out figures that coincide in sentences of nothing else in
   * common (two players' `19 نقطة`, an age and a span of years); easc-dev is unchanged, and 338
   * unlabeled articles change (docs/quality.md).
   */
  minQuantitySimilarity: number;
  /**
   * A report and then the words it reports: of two adjacent sentences, the later one mostly a
   * quotation (at least `minQuotedShare` of its term weight), with at least
   * `minQuotedContained` of the quotation's weight in the earlier sentence, and the two at least
   * `minQuotationSimilarity` alike (TF-IDF cosine), tell one statement twice: near-duplicates.
   * The shares and the cosine were read off 2,629 bullet pairs an editor labelled in three
   * readings of the unlabeled news; easc-dev loses 0.02 (docs/quality.md).
   */
  minQuotedShare: number;
  minQuotedContained: number;
  minQuotationSimilarity: number;
}

export const DEFAULT_SELECTION: Readonly<SelectionOptions> = Object.freeze({
  lambda: 0.8,
  maxSimilarity: 0.7,
  maxDistinctSimilarity: 0.3,
  maxStandfirstSimilarity: 0.2,
  minQuantitySimilarity: 0.1,
  minQuotedShare: 0.5,
  minQuotedContained: 0.15,
  minQuotationSimilarity: 0.3,
});

/** Most sentences of an opening paragraph read as a standfirst. */
export const STANDFIRST_SENTENCES = 3;

/**
 * How late a sentence is taken: first choices, then sentences that lean on the one before them
 * (`وأضاف أن …`), then run-on sentences that compression cuts to their leading clauses, then the
 * last resort: the other run-ons and near-duplicates of a taken one. The count is a contract:
 * the later tiers fill it only when the earlier ones are used up.
 */
export const Tier = { First: 0, Context: 1, Trimmed: 2, LastResort: 3 } as const;

/** What selection may know of each sentence besides its score and vector, all optional. */
export interface SentenceFacts {
  /** Its `Tier` (First where not given). */
  tiers?: ArrayLike<number>;
  /** Its paragraph (for the standfirst's bound). */
  paragraphs?: ArrayLike<number>;
  /** The figures it states (`quantities`). */
  stated?: readonly ReadonlySet<string>[];
  /** Its terms, and which of them it quotes (`quotedTerms`). */
  quoted?: readonly QuotedTerms[];
  /**
   * The earlier sentences that say who speaks in it: those that introduce the role its subject
   * names (`roleAntecedents`), or the one that opened the quotation it goes on with
   * (`quoteHeads`). While none is taken, the best of them still open is taken in its place.
   */
  antecedents?: readonly (readonly number[] | null)[];
}

/**
 * Maximal marginal relevance: repeatedly take the eligible sentence with the best
 * `λ·score − (1−λ)·max similarity to what is taken` in the earliest `Tier` that has one left
 * (`facts.tiers`); a near-duplicate of a taken sentence (by the similarities of
 * `SelectionOptions`; the standfirst's with `facts.paragraphs`, a shared figure with
 * `facts.stated`, a quoted statement with `facts.quoted`) moves to the last resort; a sentence
 * whose speaker only an earlier one names (a role's report, the rest of a quotation) gives way to
 * that one while none is taken (`facts.antecedents`). Returns
 * sentence indices in the order they were taken (best first); fewer than `k` only when fewer
 * than `k` are eligible.
 */
export function selectMmr(
  scores: Float64Array,
  vectors: readonly SparseVector[],
  eligible: readonly boolean[],
  k: number,
  options: Partial<SelectionOptions> = {},
  facts: SentenceFacts = {},
): number[] {
  const { tiers = [], paragraphs = [], stated = [], quoted = [], antecedents = [] } = facts;
  const {
    lambda,
    maxSimilarity,
    maxDistinctSimilarity,
    maxStandfirstSimilarity,
    minQuantitySimilarity,
    minQuotedShare,
    minQuotedContained,
    minQuotationSimilarity,
  } = {
    ...DEFAULT_SELECTION,
    ...options,
  };
  const standfirst = standfirstOf(eligible, paragraphs);
  // Never above the bound of any two sentences.
  const standfirstBound = Math.min(maxStandfirstSimilarity, maxDistinctSimilarity);
  /** Whether sentences `a` and `b` are one in the standfirst, one in the paragraph after it. */
  const across = (a: number, b: number): boolean => {
    if (standfirst < 0) return false;
    const [pa, pb] = [paragraphs[a], paragraphs[b]];
    return (
      (pa === standfirst && pb === standfirst + 1) || (pb === standfirst && pa === standfirst + 1)
    );
  };
  /** Whether adjacent sentences `a` and `b`, `similarity` alike, are a report and its words. */
  const quotation = (a: number, b: number, similarity: number): boolean => {
    if (Math.abs(a - b) !== 1 || similarity < minQuotationSimilarity) return false;
    const [earlier, later] = a < b ? [quoted[a], quoted[b]] : [quoted[b], quoted[a]];
    if (earlier === undefined || later === undefined) return false;
    return quotesWhatWasSaid(earlier, later, minQuotedShare, minQuotedContained);
  };
  const distinct = k > 1 ? distinctVectors(vectors) : [];
  const taken: number[] = [];
  const maxSim = new Float64Array(scores.length);
  const blocked = eligible.map((e) => !e);
  const tier = Uint8Array.from(scores, (_, i) => tiers[i] ?? Tier.First);
  const isTaken = new Uint8Array(scores.length);
  const marginal = (i: number): number =>
    lambda * (scores[i] as number) - (1 - lambda) * (maxSim[i] as number);
  /**
   * The sentence to take for `best`: itself, unless only earlier sentences name who speaks in it
   * (`facts.antecedents`) and none of them is taken; then the best of those still open in
   * `best`'s tier. None open: `best` itself.
   */
  const introducerFor = (best: number): number => {
    const before = antecedents[best];
    if (!before || before.some((j) => isTaken[j] === 1)) return best;
    let swap = best;
    let swapValue = Number.NEGATIVE_INFINITY;
    for (const j of before) {
      if (blocked[j] || tier[j] !== tier[best]) continue;
      const value = marginal(j);
      if (value > swapValue) {
        swapValue = value;
        swap = j;
      }
    }
    return swap;
  };
  while (taken.length < k) {
    let best = -1;
    let bestValue = Number.NEGATIVE_INFINITY;
    for (let t = Tier.First; t <= Tier.LastResort && best < 0; t++) {
      for (let i = 0; i < scores.length; i++) {
        if (blocked[i] || tier[i] !== t) continue;
        const value = marginal(i);
        if (value > bestValue) {
          bestValue = value;
          best = i;
        }
      }
    }
    if (best < 0) break;
    best = introducerFor(best);
    taken.push(best);
    isTaken[best] = 1;
    if (taken.length === k) break;
    blocked[best] = true;
    const v = vectors[best] as SparseVector;
    const d = distinct[best] as SparseVector;
    for (let i = 0; i < scores.length; i++) {
      if (blocked[i]) continue;
      const s = cosine(v, vectors[i] as SparseVector);
      const sd = cosine(d, distinct[i] as SparseVector);
      const bound = across(best, i) ? standfirstBound : maxDistinctSimilarity;
      const same =
        sd >= minQuantitySimilarity && shareQuantity(stated[best] ?? NONE, stated[i] ?? NONE);
      if (s >= maxSimilarity || sd >= bound || same || quotation(best, i, s)) {
        tier[i] = Tier.LastResort;
      }
      if (s > (maxSim[i] as number)) maxSim[i] = s;
    }
  }
  return taken;
}

/**
 * The paragraph of the first eligible sentence when it holds at most STANDFIRST_SENTENCES
 * sentences (a standfirst), else -1.
 */
function standfirstOf(eligible: readonly boolean[], paragraphs: ArrayLike<number>): number {
  const first = eligible.indexOf(true);
  const paragraph = first < 0 ? undefined : paragraphs[first];
  if (paragraph === undefined) return -1;
  let sentences = 0;
  for (let i = 0; i < paragraphs.length; i++) if (paragraphs[i] === paragraph) sentences++;
  return sentences <= STANDFIRST_SENTENCES ? paragraph : -1;
}
