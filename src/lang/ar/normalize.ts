import {
  ARABIC,
  charWidth,
  classAt,
  classTable,
  DIGIT,
  FORMAT,
  LETTER,
  MARK,
} from "../../text/chars.js";
import { digitValue } from "../../text/digits.js";
import { LETTER_FOLDS, TATWEEL } from "./data/letters.js";

/** Passes after which a normalization is always stable (each pass only removes or folds). */
const MAX_PASSES = 4;

/** Whether a BMP code unit is plain ASCII that needs no work (not A-Z). */
function isQuietAscii(unit: number): boolean {
  return unit < 0x80 && !(unit >= 0x41 && unit <= 0x5a);
}

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

let plainTable: Uint8Array | null = null;

/**
 * BMP code units that normalization leaves alone when every unit of a word is one of them:
 * ASCII other than A-Z, and Arabic-script letters that NFKC keeps as they are and that are
 * not folded (tatweel excluded). Canonical composition never joins two such letters (the
 * second element of an Arabic composition is always a mark), so a run of them is stable.
 */
function buildPlainTable(): Uint8Array {
  const table = new Uint8Array(0x10000);
  const classes = classTable();
  for (let code = 0; code < 0x80; code++) table[code] = isQuietAscii(code) ? 1 : 0;
  for (let code = 0x80; code < 0x10000; code++) {
    const flags = classes[code] ?? 0;
    if ((flags & (ARABIC | LETTER)) !== (ARABIC | LETTER)) continue;
    const ch = String.fromCharCode(code);
    if (ch === TATWEEL || LETTER_FOLDS.has(ch) || ch.normalize("NFKC") !== ch) continue;
    table[code] = 1;
  }
  return table;
}

/** Whether `text` is already in matching form by the fast test (plain letters only). */
function isPlain(text: string): boolean {
  if (plainTable === null) plainTable = buildPlainTable();
  const table = plainTable;
  for (let i = 0; i < text.length; i++) if (table[text.charCodeAt(i)] !== 1) return false;
  return true;
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
  if (isPlain(text)) return text;
  let { out, removed } = pass(text);
  for (let k = 1; removed && k < MAX_PASSES; k++) {
    if (out.normalize("NFKC") === out && !/\p{M}|\p{Cf}|\u0640/u.test(out)) break;
    const next = pass(out);
    if (next.out === out) break;
    out = next.out;
    removed = next.removed;
  }
  return out;
}
