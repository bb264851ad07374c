/** Matching forms of a surface word. */
export interface Forms {
  norm: string;
  stem: string;
  stop: boolean;
}

/** Slots of a new table (a power of two); the table doubles when half full. */
const INITIAL_SLOTS = 4096;

/** FNV-1a hash of the UTF-16 units of `input` in `[start, end)`. */
export function hashUnits(input: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ input.charCodeAt(i), 0x01000193);
  return h | 0;
}

/**
 * A copy of `text` that shares no memory with the string it was cut from: a long slice would
 * otherwise keep its whole article alive for as long as the cache holds it.
 */
export function detached(text: string): string {
  if (text.length < 13) return text; // V8 copies short slices anyway
  const units: number[] = [];
  for (let i = 0; i < text.length; i++) units.push(text.charCodeAt(i));
  let out = "";
  for (let i = 0; i < units.length; i += 1024) {
    out += String.fromCharCode(...units.slice(i, i + 1024));
  }
  return out;
}

/** An open-addressing table (linear probing) from words to forms, found by a span of any input. */
export class SpanTable {
  private keys: (string | undefined)[] = [];
  private values: (Forms | undefined)[] = [];
  private hashes = new Int32Array(0);
  private mask = 0;
  private count = 0;

  constructor() {
    this.reset(INITIAL_SLOTS);
  }

  /** Words held. */
  get size(): number {
    return this.count;
  }

  /** The slot of the word `input[start, end)` (its hash from `hashUnits`), or -1. */
  find(input: string, start: number, end: number, hash: number): number {
    const length = end - start;
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const key = this.keys[slot];
      if (key === undefined) return -1;
      if (this.hashes[slot] === hash && key.length === length && sameUnits(key, input, start)) {
        return slot;
      }
    }
  }

  /** The word in a slot found by `find`. */
  keyAt(slot: number): string {
    return this.keys[slot] as string;
  }

  /** The forms in a slot found by `find`. */
  valueAt(slot: number): Forms {
    return this.values[slot] as Forms;
  }

  /** Add a word not held yet (`hash` = `hashUnits(word, 0, word.length)`). */
  add(word: string, hash: number, forms: Forms): void {
    if (2 * (this.count + 1) > this.keys.length) this.grow();
    this.place(word, hash, forms);
    this.count++;
  }

  private place(key: string, hash: number, forms: Forms): void {
    let slot = hash & this.mask;
    while (this.keys[slot] !== undefined) slot = (slot + 1) & this.mask;
    this.keys[slot] = key;
    this.values[slot] = forms;
    this.hashes[slot] = hash;
  }

  private reset(slots: number): void {
    this.keys = new Array<string | undefined>(slots).fill(undefined);
    this.values = new Array<Forms | undefined>(slots).fill(undefined);
    this.hashes = new Int32Array(slots);
    this.mask = slots - 1;
    this.count = 0;
  }

  private grow(): void {
    const { keys, values, hashes, count } = this;
    this.reset(keys.length * 2);
    keys.forEach((key, slot) => {
      if (key !== undefined) this.place(key, hashes[slot] as number, values[slot] as Forms);
    });
    this.count = count;
  }
}

/**
 * A bounded memo from surface words to their forms, looked up by a span of the input, so a
 * word seen before costs no substring. Two generations: words go into the young one; when it
 * holds `generation` words it becomes the old one (the previous old one is dropped), and a word
 * found in the old one moves back to the young. Frequent words (Zipf) so never leave; memory
 * stays under two generations.
 */
export class SurfaceCache {
  private young = new SpanTable();
  private old = new SpanTable();
  private readonly generation: number;

  constructor(generation: number) {
    this.generation = generation;
  }

  /** Words held (a word may be counted in both generations). */
  get size(): number {
    return this.young.size + this.old.size;
  }

  /** The forms of the word `input[start, end)` (its hash from `hashUnits`), if held. */
  get(input: string, start: number, end: number, hash: number): Forms | undefined {
    const slot = this.young.find(input, start, end, hash);
    if (slot >= 0) return this.young.valueAt(slot);
    const aged = this.old.find(input, start, end, hash);
    if (aged < 0) return undefined;
    const forms = this.old.valueAt(aged);
    this.set(this.old.keyAt(aged), hash, forms);
    return forms;
  }

  /**
   * Remember the forms of `word`, not in the young generation (`hash` = `hashUnits(word, 0,
   * word.length)`). The cache keeps `word`: give a {@link detached} copy of a slice.
   */
  set(word: string, hash: number, forms: Forms): void {
    if (this.young.size >= this.generation) {
      this.old = this.young;
      this.young = new SpanTable();
    }
    this.young.add(word, hash, forms);
  }
}

function sameUnits(key: string, input: string, start: number): boolean {
  for (let k = 0; k < key.length; k++) {
    if (key.charCodeAt(k) !== input.charCodeAt(start + k)) return false;
  }
  return true;
}
