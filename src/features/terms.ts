import type { Idf } from "./vectors.js";

/** Most stems remembered per IDF before the table starts afresh (keeps memory bounded). */
export const TERM_CACHE_SIZE = 100_000;

/** A stem's IDF, and its id in the document whose number is `doc`. */
interface Term {
  idf: number;
  doc: number;
  id: number;
}

/** Term tables by IDF function (a stem's IDF never changes for a given function). */
const tables = new WeakMap<Idf, Map<string, Term>>();
let documents = 0;

/**
 * Term ids of one document: the first stem seen gets 0, the next new one 1, and so on (as a
 * per-document map would give), each with its IDF. Stems are looked up once in a table shared
 * across documents, so neither the IDF nor the id needs a second lookup.
 */
export class TermIds {
  /** IDF of each id. */
  readonly idfs: number[] = [];
  private readonly terms: Map<string, Term>;
  private readonly idf: Idf;
  private readonly doc = ++documents;

  constructor(idf: Idf) {
    let terms = tables.get(idf);
    if (terms === undefined || terms.size >= TERM_CACHE_SIZE) {
      terms = new Map();
      tables.set(idf, terms);
    }
    this.terms = terms;
    this.idf = idf;
  }

  /** The id of `stem` in this document. */
  idOf(stem: string): number {
    let term = this.terms.get(stem);
    if (term === undefined) {
      term = { idf: this.idf(stem), doc: 0, id: 0 };
      this.terms.set(stem, term);
    }
    if (term.doc !== this.doc) {
      term.doc = this.doc;
      term.id = this.idfs.length;
      this.idfs.push(term.idf);
    }
    return term.id;
  }
}
