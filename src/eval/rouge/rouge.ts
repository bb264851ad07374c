/**
 * The public ROUGE functions over one shared default scorer (cached NLTK Arabic stemmer).
 * Use `createRougeScorer` for an isolated scorer.
 */
import { createError } from "../../errors.js";
import {
  createRougeScorer,
  type PreparedText,
  ROUGE_METRICS,
  type RougeScorer,
  type RougeScores,
} from "./score.js";

let shared: RougeScorer | undefined;

function defaultScorer(): RougeScorer {
  shared ??= createRougeScorer();
  return shared;
}

/** Tokenizes `text` once for repeated scoring with `scorePrepared` (default scorer). */
export function prepareText(text: string): PreparedText {
  return defaultScorer().prepare(text);
}

/** ROUGE-1/2/L/Lsum of `candidate` against one `reference`, as the XL-Sum scorer gives them. */
export function rougeScores(reference: string, candidate: string): RougeScores {
  const scorer = defaultScorer();
  return scorer.score(scorer.prepare(reference), scorer.prepare(candidate));
}

/**
 * Best of several prepared references: per metric, the precision/recall/F1 of the reference
 * with the highest F1 (the first one on ties).
 */
export function bestOfPrepared(
  references: readonly PreparedText[],
  candidate: PreparedText,
): RougeScores {
  if (references.length === 0) {
    throw createError(
      "BAD_RECORD",
      "There is no reference summary to score against.",
      "Each gold record needs at least one reference summary.",
    );
  }
  const score = defaultScorer().score;
  let best: RougeScores | undefined;
  for (const ref of references) {
    const s = score(ref, candidate);
    if (best === undefined) {
      best = s;
      continue;
    }
    for (const m of ROUGE_METRICS) if (s[m].fmeasure > best[m].fmeasure) best[m] = s[m];
  }
  return best as RougeScores;
}

/** `bestOfPrepared` on raw texts: the best score per metric over `references`. */
export function bestOf(references: readonly string[], candidate: string): RougeScores {
  if (references.length === 0) return bestOfPrepared([], prepareText(candidate));
  const cand = prepareText(candidate);
  return bestOfPrepared(references.map(prepareText), cand);
}
