import type { Idf } from "../features/vectors.js";
import { DOCUMENT_FREQUENCIES } from "../lang/ar/data/df.js";
import type { DfTable } from "../lang/types.js";
import { DfLookup } from "./df-lookup.js";

/** Smoothed IDF from a DF table: log((N + 1) / (df + 1)) + 1; unseen stems get df = 0. */
export function idfFrom(table: DfTable): Idf {
  const n = table.docs;
  const df = new DfLookup(table);
  const unseen = Math.log(n + 1) + 1;
  return (stem) => {
    const d = df.get(stem);
    return d === undefined ? unseen : Math.log((n + 1) / (d + 1)) + 1;
  };
}

let cached: Idf | null = null;

/** The IDF of Arabic news, from the shipped DF table (built by `scripts/build-df.ts`). */
export function arabicNewsIdf(): Idf {
  cached ??= idfFrom(DOCUMENT_FREQUENCIES);
  return cached;
}
