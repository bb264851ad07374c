import { createHash } from "node:crypto";

/** Slots of a new table (a power of two). */
const INITIAL_SLOTS = 1024;

/**
 * The ids of a batch seen so far, to find a repeated one (DUPLICATE_ID), in about 8-16 bytes an
 * id however long the ids are: each is kept as a 64-bit digest (the first 8 bytes of its MD5) in
 * an open-addressing table at most half full. A Set of the id strings took 90-125 bytes a record
 * (30 million records would fill Node's heap), and V8 hashes a string over 16,383 characters by
 * its length alone, so long ids that differ only at the end made the Set quadratic. Two different
 * ids share a digest with a chance of about n²/2^65: 1 in 40 billion for a million records. Ids
 * of different JSON types are different ids (`1` and `"1"`).
 */
export class IdSet {
  /** Pairs of 32-bit halves of a digest; (0, 0) is an empty slot. */
  private table = new Uint32Array(2 * INITIAL_SLOTS);
  private count = 0;

  /** How many ids the set holds. */
  get size(): number {
    return this.count;
  }

  /** Whether `id` was added before. */
  has(id: string | number): boolean {
    const [hi, lo] = digest(id);
    return !this.isEmpty(this.find(hi, lo));
  }

  /** Add `id`; true when it was not there yet. */
  add(id: string | number): boolean {
    const [hi, lo] = digest(id);
    const slot = this.find(hi, lo);
    if (!this.isEmpty(slot)) return false;
    this.table[2 * slot] = hi;
    this.table[2 * slot + 1] = lo;
    this.count++;
    if (2 * this.count > this.table.length / 2) this.grow();
    return true;
  }

  private isEmpty(slot: number): boolean {
    return this.table[2 * slot] === 0 && this.table[2 * slot + 1] === 0;
  }

  /** The slot holding (hi, lo), or the empty slot where it would go (linear probing). */
  private find(hi: number, lo: number): number {
    const mask = this.table.length / 2 - 1;
    let slot = (lo ^ hi) & mask;
    for (;;) {
      const h = this.table[2 * slot] as number;
      const l = this.table[2 * slot + 1] as number;
      if ((h === hi && l === lo) || (h === 0 && l === 0)) return slot;
      slot = (slot + 1) & mask;
    }
  }

  private grow(): void {
    const old = this.table;
    this.table = new Uint32Array(2 * old.length);
    for (let i = 0; i < old.length; i += 2) {
      const hi = old[i] as number;
      const lo = old[i + 1] as number;
      if (hi === 0 && lo === 0) continue;
      const slot = this.find(hi, lo);
      this.table[2 * slot] = hi;
      this.table[2 * slot + 1] = lo;
    }
  }
}

/** The id's 64-bit digest as two 32-bit halves, never (0, 0) (the empty slot). */
function digest(id: string | number): [number, number] {
  const bytes = createHash("md5")
    .update(`${typeof id}:${id}`)
    .digest();
  const hi = bytes.readUInt32LE(0);
  const lo = bytes.readUInt32LE(4);
  return hi === 0 && lo === 0 ? [0, 1] : [hi, lo];
}
