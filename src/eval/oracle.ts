import { type PreparedText, prepareText, scoreNgrams } from "./rouge/index.js";

/** ROUGE-1 F1 + ROUGE-2 F1 of a candidate, each the best over the references. */
function objective(references: readonly PreparedText[], candidate: PreparedText): number {
  let r1 = 0;
  let r2 = 0;
  for (const ref of references) {
    const s = scoreNgrams(ref, candidate);
    r1 = Math.max(r1, s.rouge1.fmeasure);
    r2 = Math.max(r2, s.rouge2.fmeasure);
  }
  return r1 + r2;
}

/**
 * The greedy extractive oracle: add, one at a time, the sentence that most raises ROUGE-1 F1 +
 * ROUGE-2 F1 against the references, until `k` are chosen or no sentence raises it. Returns the
 * chosen indices in article order. A ceiling for sentence extraction (it reads the references).
 */
export function oracleSelect(
  sentences: readonly string[],
  references: readonly string[],
  k: number,
): number[] {
  const refs = references.map(prepareText);
  const chosen: number[] = [];
  let current = 0;
  while (chosen.length < k) {
    let best = -1;
    let bestValue = current;
    for (let i = 0; i < sentences.length; i++) {
      if (chosen.includes(i)) continue;
      const picked = [...chosen, i].sort((a, b) => a - b);
      const text = picked.map((j) => sentences[j]).join("\n");
      const value = objective(refs, prepareText(text));
      if (value > bestValue) {
        bestValue = value;
        best = i;
      }
    }
    if (best < 0) break;
    chosen.push(best);
    current = bestValue;
  }
  return chosen.sort((a, b) => a - b);
}
