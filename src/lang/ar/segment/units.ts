import { TERMINATORS } from "../data/punctuation.js";

/** A table over UTF-16 code units: 1 for the members of a set of one-unit characters. */
export function unitTable(chars: ReadonlySet<string>): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const ch of chars) {
    if (ch.length !== 1) throw new RangeError(`not one UTF-16 unit: ${JSON.stringify(ch)}`);
    table[ch.charCodeAt(0)] = 1;
  }
  return table;
}

const TERMINATOR_UNITS = unitTable(TERMINATORS);

/** Whether the character at `i` is a sentence terminator (`TERMINATORS`; false past the end). */
export function isTerminatorAt(input: string, i: number): boolean {
  return TERMINATOR_UNITS[input.charCodeAt(i)] === 1;
}
