import { charWidth, classAt, DIGIT, FORMAT, LETTER, MARK } from "../../text/chars.js";
import { digitValue } from "../../text/digits.js";
import { LETTER_FOLDS, TATWEEL } from "./data/letters.js";
import { isQuietAscii, learnUnit, UnitAction, unitActions } from "./normalize-table.js";

/** Passes after which a normalization is always stable (each pass only removes or folds). */
const MAX_PASSES = 4;

/**
 * One pass: NFKC, then drop marks / format characters / tatweel, fold letter variants,
 * map digits of every script to ASCII, lower-case. Returns the result and whether
 * anything was removed (removal can make new NFKC compositions possible).
 */
function pass(text: string): { out: string; removed: boolean } {
  const nfkc = text.normalize("NFKC");
  let out = "";
  let runStart = 0;
  let removed = false;
  let cased = false;
  const n = nfkc.length;
  for (let i = 0; i < n; ) {
    const unit = nfkc.charCodeAt(i);
    if (isQuietAscii(unit)) {
      i++;
      continue;
    }
    const width = charWidth(nfkc, i);
    const flags = classAt(nfkc, i);
    let replacement: string | null = null;
    if ((flags & (MARK | FORMAT)) !== 0 || nfkc[i] === TATWEEL) {
      replacement = "";
      removed = true;
    } else if ((flags & DIGIT) !== 0) {
      const value = digitValue(nfkc.codePointAt(i) ?? unit);
      if (value >= 0) replacement = String.fromCharCode(0x30 + value);
    } else {
      const ch = width === 1 ? (nfkc[i] ?? "") : nfkc.slice(i, i + 2);
      const fold = LETTER_FOLDS.get(ch);
      if (fold !== undefined) replacement = fold;
      else if ((flags & LETTER) !== 0 && (unit < 0x600 || unit > 0x6ff)) cased = true;
    }
    if (replacement !== null) {
      out += nfkc.slice(runStart, i) + replacement;
      runStart = i + width;
    }
    i += width;
  }
  out = runStart === 0 ? nfkc : out + nfkc.slice(runStart);
  if (cased) {
    const lower = out.toLowerCase();
    if (lower !== out) return { out: lower, removed: true };
  }
  return { out, removed };
}

/**
 * One pass by the per-unit table, or null when a unit needs the full pass. `settled`: the
 * result is already stable (a further pass would change nothing), as it is unless lower-casing
 * changed it.
 */
function quickPass(text: string): { out: string; removed: boolean; settled: boolean } | null {
  const actions = unitActions();
  let out = "";
  let runStart = 0;
  let removed = false;
  let cased = false;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const unit = text.charCodeAt(i);
    let action = actions[unit] as number;
    if (action === UnitAction.Keep) continue;
    if (action === UnitAction.Unknown) {
      action = learnUnit(unit);
      if (action === UnitAction.Keep) continue;
    }
    if (action === UnitAction.Slow) return null;
    if (action === UnitAction.Cased) {
      cased = true;
      continue;
    }
    let replacement = "";
    if (action === UnitAction.Remove) removed = true;
    else replacement = String.fromCharCode(action - UnitAction.Replace);
    out += text.slice(runStart, i) + replacement;
    runStart = i + 1;
  }
  out = runStart === 0 ? text : out + text.slice(runStart);
  if (cased) {
    const lower = out.toLowerCase();
    if (lower !== out) return { out: lower, removed: true, settled: false };
  }
  return { out, removed, settled: true };
}

/**
 * The matching form of Arabic (and mixed) text: NFKC (presentation forms, ligatures),
 * harakat and all other combining marks removed (dagger alef included), tatweel and
 * bidi/format characters removed, `أ إ آ ٱ → ا`, `ى → ي`, `ة → ه`, digits of every script
 * to ASCII, Latin (and any cased script) lower-cased. Idempotent. Never used to rewrite input.
 *
 * @example normalize("الْمَدْرَسَةُ ٣") === "المدرسه 3"
 */
export function normalize(text: string): string {
  const quick = quickPass(text);
  if (quick === null) return settle(pass(text));
  return quick.settled ? quick.out : settle(quick);
}

/**
 * The same normalization without the per-unit table: every pass starts with NFKC. What
 * {@link normalize} must equal on any input (its tests compare the two).
 */
export function referenceNormalize(text: string): string {
  return settle(pass(text));
}

/** Passes after the first, until the text is stable. */
function settle(first: { out: string; removed: boolean }): string {
  let { out, removed } = first;
  for (let k = 1; removed && k < MAX_PASSES; k++) {
    if (out.normalize("NFKC") === out && !/\p{M}|\p{Cf}|\u0640/u.test(out)) break;
    const next = pass(out);
    if (next.out === out) break;
    out = next.out;
    removed = next.removed;
  }
  return out;
}
