import { prepareText, scoreNgrams } from "../eval/rouge/index.js";

/**
 * Soft labels of sentences against references: the mean of ROUGE-1 and ROUGE-2 (F1, or recall) of each
 * sentence alone, best over the references (0..1), with the official tokenizer and stemmer.
 */
export function softLabels(
  sentences: readonly string[],
  references: readonly string[],
  measure: "fmeasure" | "recall" = "fmeasure",
): Float64Array {
  const refs = references.map(prepareText);
  return Float64Array.from(sentences, (text) => {
    const cand = prepareText(text);
    let best = 0;
    for (const ref of refs) {
      const s = scoreNgrams(ref, cand);
      best = Math.max(best, (s.rouge1[measure] + s.rouge2[measure]) / 2);
    }
    return best;
  });
}
