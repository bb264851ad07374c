// The document frequencies of content-word stems over a corpus: what scripts/build-df.ts writes
// to src/lang/ar/data/df.json, and what the tests check that file against.
import { analyze } from "../../src/analysis/analyze.js";
import { isTerm } from "../../src/features/vectors.js";
import type { DfTable } from "../../src/lang/types.js";
import { articles } from "./corpus.js";

/** The table, with how many stems the corpus had before the cut-off. */
export interface BuiltDfTable {
  table: DfTable & { minDf: number };
  stems: number;
}

/** Document frequencies of the stems of `corpus` that occur in at least `minDf` articles. */
export async function buildDfTable(corpus: string, minDf: number): Promise<BuiltDfTable> {
  const df = new Map<string, number>();
  let docs = 0;
  for await (const article of articles(corpus)) {
    const seen = new Set<string>();
    for (const s of analyze(article).sentences) {
      for (const t of s.tokens) if (isTerm(t)) seen.add(t.stem);
    }
    for (const stem of seen) df.set(stem, (df.get(stem) ?? 0) + 1);
    docs++;
  }
  const kept = [...df].filter(([, n]) => n >= minDf).sort((a, b) => (a[0] < b[0] ? -1 : 1));
  if (kept.some(([stem]) => stem.includes(" "))) throw new Error("a stem holds a space");
  // Compact: the stems in one string, their frequencies in one array (see DfTable).
  const table = {
    docs,
    minDf,
    stems: kept.map(([stem]) => stem).join(" "),
    df: kept.map(([, n]) => n),
  };
  return { table, stems: df.size };
}
