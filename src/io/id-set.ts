import { hash } from "node:crypto";

/** Slots of a new table (a power of two). */
const INITIAL_SLOTS = 1024;

/** 32-bit words of a digest kept per id: 96 bits. */
const WORDS = 3;

/**
 * The ids of a batch seen so far, to find a repeated one (DUPLICATE_ID), in 12 to 24 bytes an id
 * however long the ids are: each is kept as a 96-bit digest (the first 12 bytes of its MD5) in
 * an open-addressing table at most half full. A Set of the id strings took 90-125 bytes a record
 * (30 million records would fill Node's heap), and V8 hashes a string over 16,383 characters by
 * its length alone, so long ids that differ only at the end made the Set quadratic. Two different
 * ids share a digest with a chance of about n²/2^97: 1 in 10^13 for 100 million records. An id
 * is its text: `1` and `"1"` are one id (and `1e3` and `1000`), as `khulasa eval` matches
 * predictions to references, so that a batch's output can always be scored.
 */
export class IdSet {
  /** Digests, WORDS words a slot; all zero is an empty slot. */
  private table = new Uint32Array(WORDS * INITIAL_SLOTS);
  private slots = INITIAL_SLOTS;
  private count = 0;

  /** How many ids the set holds. */
  get size(): number {
    return this.count;
  }

  /** Whether `id` was added before. */
  has(id: string | number): boolean {
    return !this.isEmpty(this.find(digest(id)));
  }

  /** Add `id`; true when it was not there yet. */
  add(id: string | number): boolean {
    const words = digest(id);
    const slot = this.find(words);
    if (!this.isEmpty(slot)) return false;
    this.table.set(words, WORDS * slot);
    this.count++;
    if (2 * this.count > this.slots) this.grow();
    return true;
  }

  private isEmpty(slot: number): boolean {
    const at = WORDS * slot;
    return this.table[at] === 0 && this.table[at + 1] === 0 && this.table[at + 2] === 0;
  }

  /** The slot holding `words`, or the empty slot where they would go (linear probing). */
  private find(words: Uint32Array): number {
    const mask = this.slots - 1;
    let slot = (words[0] as number) & mask;
    for (;;) {
      const at = WORDS * slot;
      const t = this.table;
      if (t[at] === words[0] && t[at + 1] === words[1] && t[at + 2] === words[2]) return slot;
      if (this.isEmpty(slot)) return slot;
      slot = (slot + 1) & mask;
    }
  }

  private grow(): void {
    const old = this.table;
    this.slots *= 2;
    this.table = new Uint32Array(WORDS * this.slots);
    for (let at = 0; at < old.length; at += WORDS) {
      const words = old.subarray(at, at + WORDS);
      if (words[0] === 0 && words[1] === 0 && words[2] === 0) continue;
      this.table.set(words, WORDS * this.find(words));
    }
  }
}

/** The id's 96-bit digest as 32-bit words, never all zero (the empty slot). */
function digest(id: string | number): Uint32Array {
  // Hashed as UTF-16 code units: as UTF-8, every lone surrogate would be one U+FFFD, and
  // `"\ud800"` and `"\udbff"` one id (eval keys ids by their text and keeps them apart).
  // One call (`hash`), not a Hash object to update and digest: about a quarter less CPU an id.
  const bytes = hash("md5", Buffer.from(String(id), "utf16le"), "buffer");
  const words = new Uint32Array([
    bytes.readUInt32LE(0),
    bytes.readUInt32LE(4),
    bytes.readUInt32LE(8),
  ]);
  if (words[0] === 0 && words[1] === 0 && words[2] === 0) words[2] = 1;
  return words;
}
