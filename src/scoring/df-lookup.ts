import type { DfTable } from "../lang/types.js";

/**
 * The document frequency of a stem in a DF table, found by binary search in the table's own
 * string of sorted stems: no stem is cut out of it and no map is built. A map of the 33,000
 * stems (one string and one entry each) took some 45 ms of every worker thread's start-up;
 * the index of where each stem starts, a few.
 */
export class DfLookup {
  private readonly stems: string;
  private readonly df: readonly number[];
  /** Where stem k starts in `stems`; entry k + 1 is one past its end (after its space). */
  private readonly starts: Int32Array;

  /**
   * `table.stems` must be in the order `<` gives (scripts/lib/df-table.ts sorts them so; a test
   * checks the shipped table). Throws RangeError when stems and frequencies differ in count.
   */
  constructor(table: DfTable) {
    const { stems, df } = table;
    this.stems = stems;
    this.df = df;
    this.starts = new Int32Array(df.length + 1);
    // Stem k runs from starts[k] to the next space (or the end); "" holds no stem.
    let found = 0;
    let at = 0;
    while (stems !== "" && at <= stems.length) {
      if (found === df.length) break;
      this.starts[found++] = at;
      const space = stems.indexOf(" ", at);
      at = space < 0 ? stems.length + 1 : space + 1;
    }
    this.starts[found] = at;
    if (found !== df.length || (stems !== "" && at <= stems.length)) {
      const count = stems === "" ? 0 : stems.split(" ").length;
      throw new RangeError(`DF table: ${count} stems but ${df.length} frequencies`);
    }
  }

  /** Stems in the table. */
  get size(): number {
    return this.starts.length - 1;
  }

  /** The document frequency of `stem`, or undefined when the table does not hold it. */
  get(stem: string): number | undefined {
    let lo = 0;
    let hi = this.size;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const order = this.compareAt(mid, stem, 0, stem.length);
      if (order === 0) return this.df[mid];
      if (order < 0) lo = mid + 1;
      else hi = mid;
    }
    return undefined;
  }

  /** One past the last unit of stem `k` (its space, or the string's end). */
  private end(k: number): number {
    return (this.starts[k + 1] as number) - 1;
  }

  /**
   * Stem `k` against `text[start, end)`, unit by unit as `<` orders strings: negative when the
   * stem comes first, 0 when they are equal, positive when it comes after.
   */
  private compareAt(k: number, text: string, start: number, end: number): number {
    const from = this.starts[k] as number;
    const length = this.end(k) - from;
    const other = end - start;
    const shared = Math.min(length, other);
    for (let i = 0; i < shared; i++) {
      const d = this.stems.charCodeAt(from + i) - text.charCodeAt(start + i);
      if (d !== 0) return d;
    }
    return length - other;
  }
}
