import { DIGIT, FORMAT, LETTER, MARK, unitClass } from "../../text/chars.js";
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
  /**
   * Kept, but a letter that lower-casing changes (not A-Z, which is replaced by its lower case):
   * the result is lower-cased. A letter of a cased script that lower-casing keeps (`é`) is Keep:
   * a text whose every unit is kept by lower-casing is kept whole (only the final sigma, `Σ`,
   * lower-cases by its context, and it is changed anyway).
   */
  Cased: 3,
  /** Values from here: replaced by the code unit `action - Replace` (digit or letter fold). */
  Replace: 0x10000,
  /** In the table: not looked at yet (see {@link learnUnit}). */
  Unknown: 0xffffffff,
});

let table: Uint32Array | null = null;

/** Whether a BMP code unit is plain ASCII that needs no work (not A-Z). */
export function isQuietAscii(unit: number): boolean {
  return unit < 0x80 && !(unit >= 0x41 && unit <= 0x5a);
}

/**
 * Whether a unit may be the second element of a canonical composition (base + it → one
 * character): every combining mark except the Arabic ones, of which only U+0653-U+0655
 * compose, and the Hangul vowel and final jamo. A superset of the true list (about 125
 * units), checked against the running ICU by the tests; a unit in it takes the full pass.
 */
export function mayCompose(code: number): boolean {
  if (code >= 0x1161 && code <= 0x1175) return true;
  if (code >= 0x11a8 && code <= 0x11c2) return true;
  if ((unitClass(code) & MARK) === 0) return false;
  return !(code >= 0x0600 && code <= 0x08ff) || (code >= 0x0653 && code <= 0x0655);
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
  if ((flags & LETTER) !== 0 && (code < 0x600 || code > 0x6ff)) {
    if (code >= 0x41 && code <= 0x5a) return UnitAction.Replace + code + 0x20;
    return ch.toLowerCase() === ch ? UnitAction.Keep : UnitAction.Cased;
  }
  return UnitAction.Keep;
}

/** The action of BMP code unit `code`, recorded in the table (each unit is worked out once). */
export function learnUnit(code: number): number {
  const ch = String.fromCharCode(code);
  const slow =
    (code >= 0xd800 && code <= 0xdfff) || mayCompose(code) || ch.normalize("NFKC") !== ch;
  const action = slow ? UnitAction.Slow : actionOf(code, unitClass(code));
  unitActions()[code] = action;
  return action;
}

/** The per-unit action table: `UnitAction.Unknown` until {@link learnUnit} has seen the unit. */
export function unitActions(): Uint32Array {
  table ??= new Uint32Array(0x10000).fill(UnitAction.Unknown);
  return table;
}
