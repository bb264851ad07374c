import type { Idf } from "./vectors.js";

/**
 * Stems per generation of a term table: at most two generations are held (the young one only
 * changes between documents, so a document's stems all stay while it is being built).
 */
export const TERM_CACHE_GENERATION = 32_768;

/**
 * Longest stem held in the shared table. A longer one (a base64 blob, a long URL) is held by its
 * document only, so that it never outlives it (4 MB for a 2-million-unit word).
 */
const MAX_SHARED_STEM = 64;

/** A stem's IDF, and its id in the document whose number is `doc`. */
interface Term {
  idf: number;
  doc: number;
  id: number;
}

/** Terms by stem in two generations: a stem found in the old one moves to the young one. */
interface TermTable {
  young: Map<string, Term>;
  old: Map<string, Term>;
}

/** Term tables by IDF function (a stem's IDF never changes for a given function). */
const tables = new WeakMap<Idf, TermTable>();
let documents = 0;

function tableOf(idf: Idf): TermTable {
  let table = tables.get(idf);
  if (table === undefined) {
    table = { young: new Map(), old: new Map() };
    tables.set(idf, table);
  } else if (table.young.size >= TERM_CACHE_GENERATION) {
    table.old = table.young;
    table.young = new Map();
  }
  return table;
}

/**
 * Term ids of one document: the first stem seen gets 0, the next new one 1, and so on (as a
 * per-document map would give), each with its IDF. Stems are looked up once in a table shared
 * across documents, so neither the IDF nor the id needs a second lookup.
 */
export class TermIds {
  /** IDF of each id. */
  readonly idfs: number[] = [];
  private readonly table: TermTable;
  private readonly idf: Idf;
  private readonly doc = ++documents;
  /** Terms of stems longer than MAX_SHARED_STEM, in this document. */
  private readonly own = new Map<string, Term>();

  constructor(idf: Idf) {
    this.table = tableOf(idf);
    this.idf = idf;
  }

  /** The id of `stem` in this document. */
  idOf(stem: string): number {
    const { young, old } = this.table;
    const table = stem.length > MAX_SHARED_STEM ? this.own : young;
    let term = table.get(stem);
    if (term === undefined) {
      term = (table === young ? old.get(stem) : undefined) ?? {
        idf: this.idf(stem),
        doc: 0,
        id: 0,
      };
      table.set(stem, term);
    }
    if (term.doc !== this.doc) {
      term.doc = this.doc;
      term.id = this.idfs.length;
      this.idfs.push(term.idf);
    }
    return term.id;
  }
}

/**
 * `idf` read through its shared term table: a stem that a document's `TermIds` has seen costs a
 * map lookup, not `idf`'s own search of the DF table; any other is asked of `idf`. The table is
 * only read, never changed, so ids and generations stay as `TermIds` keeps them.
 */
export function seenIdf(idf: Idf): Idf {
  return (stem) => {
    const table = tables.get(idf);
    const term = table?.young.get(stem) ?? table?.old.get(stem);
    return term === undefined ? idf(stem) : term.idf;
  };
}
