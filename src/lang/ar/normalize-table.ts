import { classTable, DIGIT, FORMAT, LETTER, MARK } from "../../text/chars.js";
import { digitValue } from "../../text/digits.js";
import { LETTER_FOLDS, TATWEEL } from "./data/letters.js";

/**
 * What one normalization pass does to a BMP code unit, when the unit is "quiet" under NFKC:
 * unchanged by NFKC on its own and never the second element of a canonical composition. A
 * string of quiet units is NFKC up to the order of its combining marks, and every mark is
 * removed anyway, so the pass is a per-unit map. Other units (surrogates, compatibility
 * characters, composing marks such as U+0654) take the full pass.
 */
export const UnitAction = Object.freeze({
  /** Not quiet: the full pass (NFKC first) is needed. */
  Slow: 0,
  /** Kept as it is. */
  Keep: 1,
  /** Removed (combining mark, format character, tatweel). */
  Remove: 2,
  /** Kept, but a letter of a cased script: the result is lower-cased. */
  Cased: 3,
  /** Values from here: replaced by the code unit `action - Replace` (digit or letter fold). */
  Replace: 0x10000,
});

let table: Uint32Array | null = null;

/** Whether a BMP code unit is plain ASCII that needs no work (not A-Z). */
export function isQuietAscii(unit: number): boolean {
  return unit < 0x80 && !(unit >= 0x41 && unit <= 0x5a);
}

/** Units that canonical decompositions put after their first unit (composition seconds). */
function compositionSeconds(): Set<number> {
  const seconds = new Set<number>();
  for (let code = 0; code < 0x10000; code++) {
    if (code >= 0xd800 && code <= 0xdfff) continue;
    const nfd = String.fromCharCode(code).normalize("NFD");
    for (let k = 1; k < nfd.length; k++) seconds.add(nfd.charCodeAt(k));
  }
  return seconds;
}

/** The action of a quiet unit, by the same rules, in the same order, as the full pass. */
function actionOf(code: number, flags: number): number {
  const ch = String.fromCharCode(code);
  if (isQuietAscii(code)) return UnitAction.Keep;
  if ((flags & (MARK | FORMAT)) !== 0 || ch === TATWEEL) return UnitAction.Remove;
  if ((flags & DIGIT) !== 0) return UnitAction.Replace + 0x30 + digitValue(code);
  const fold = LETTER_FOLDS.get(ch);
  if (fold !== undefined && fold.length === 1) return UnitAction.Replace + fold.charCodeAt(0);
  if (fold !== undefined) return UnitAction.Slow;
  if ((flags & LETTER) !== 0 && (code < 0x600 || code > 0x6ff)) return UnitAction.Cased;
  return UnitAction.Keep;
}

function buildTable(): Uint32Array {
  const out = new Uint32Array(0x10000);
  const classes = classTable();
  const seconds = compositionSeconds();
  for (let code = 0; code < 0x10000; code++) {
    if (code >= 0xd800 && code <= 0xdfff) continue;
    const ch = String.fromCharCode(code);
    if (seconds.has(code) || ch.normalize("NFKC") !== ch) continue;
    out[code] = actionOf(code, classes[code] ?? 0);
  }
  return out;
}

/** The per-unit action table (built on first use, about 10 ms). */
export function unitActions(): Uint32Array {
  table ??= buildTable();
  return table;
}
