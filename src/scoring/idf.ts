import type { Idf } from "../features/vectors.js";
import { DOCUMENT_FREQUENCIES } from "../lang/ar/data/df.js";
import type { DfTable } from "../lang/types.js";

/** The stems of a DF table with their document frequencies. */
export function dfEntries(table: DfTable): Map<string, number> {
  const stems = table.stems === "" ? [] : table.stems.split(" ");
  if (stems.length !== table.df.length) {
    throw new RangeError(`DF table: ${stems.length} stems but ${table.df.length} frequencies`);
  }
  // A plain loop: a pair array per stem (`new Map(pairs)`) costs twice as much at start-up.
  const entries = new Map<string, number>();
  for (let i = 0; i < stems.length; i++) entries.set(stems[i] as string, table.df[i] as number);
  return entries;
}

/** Smoothed IDF from a DF table: log((N + 1) / (df + 1)) + 1; unseen stems get df = 0. */
export function idfFrom(table: DfTable): Idf {
  const n = table.docs;
  const df = dfEntries(table);
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
