import {
  ARABIC,
  charWidth,
  classAt,
  DIGIT,
  FORMAT,
  LETTER,
  MARK,
  unitClass,
} from "../../text/chars.js";
import type { Span, Token } from "../../text/types.js";
import { stopWordSet } from "./data/stopwords.js";
import { normalize } from "./normalize.js";
import { computeStem } from "./stem.js";
import { detached, type Forms, hashUnits, SurfaceCache } from "./surface-cache.js";

/** Separators allowed between two digits of one number: `3.5` `1,000` `٣٫٥` `٢٬٠٠٠`. */
const NUMBER_INNER: ReadonlySet<string> = new Set([".", ",", "\u066b", "\u066c"]);

/**
 * Words per generation of the memo of matching forms (Zipf: most words repeat). At most two
 * generations are held (about 20 MB at most).
 */
export const TOKEN_CACHE_GENERATION = 65_536;

const cache = new SurfaceCache(TOKEN_CACHE_GENERATION);

/** Whether a normalized word is an Arabic stop word. */
export function isStopWord(norm: string): boolean {
  return stopWordSet().has(norm);
}

/** Most stems held by `sharedStem` before it starts again. */
const MAX_SHARED_STEMS = 65_536;

let stems = new Map<string, string>();

/**
 * One string for every word of the same stem (`الوزير`, `وزير`, `والوزير`): a table keyed by
 * stems (the term ids of a document, a title's stems) then finds each one by its own string,
 * without comparing units. Only for memoized words (MAX_CACHED_WORD): the stem of a longer one
 * would be kept, with the normalized word it is cut from, long after its article.
 */
function sharedStem(stem: string): string {
  const known = stems.get(stem);
  if (known !== undefined) return known;
  if (stems.size >= MAX_SHARED_STEMS) stems = new Map();
  stems.set(stem, stem);
  return stem;
}

/**
 * The forms of a word the cache has not seen (so not memoized again by the stemmer); its stem
 * shared (`sharedStem`) when `share` says so.
 */
function formsOf(surface: string, share: boolean): Forms {
  const norm = normalize(surface);
  const stem = computeStem(norm);
  return { norm, stem: share ? sharedStem(stem) : stem, stop: stopWordSet().has(norm) };
}

/**
 * Longest word memoized. A longer one (a base64 blob, a long URL) is rare and seldom seen again;
 * held, each one would stay in memory long after its article (4 MB for a 2-million-unit word).
 */
const MAX_CACHED_WORD = 64;

/** Matching forms of the word `input[start, end)`: normalized, stemmed, stop flag (memoized). */
function formsAt(input: string, start: number, end: number): Forms {
  if (end - start > MAX_CACHED_WORD) return formsOf(input.slice(start, end), false);
  const hash = hashUnits(input, start, end);
  let forms = cache.get(input, start, end, hash);
  if (forms === undefined) {
    const surface = detached(input.slice(start, end));
    forms = formsOf(surface, true);
    cache.set(surface, hash, forms);
  }
  return forms;
}

/** Matching forms of a surface word: normalized, stemmed, stop flag (memoized). */
export function wordForms(surface: string): Forms {
  return formsAt(surface, 0, surface.length);
}

/** Tatweel: Script=Common in Unicode, but it only ever stretches Arabic letters. */
const TATWEEL = 0x0640;

/** U+200B: invisible, but a break between words (a format character that separates, not joins). */
const ZERO_WIDTH_SPACE = 0x200b;

/** Bits of a word class besides the kind (bits 0-1): a mark, a format character, a surrogate. */
const IS_MARK = 4;
const IS_FORMAT = 8;
const SURROGATE = 0x80;

/**
 * What kind of word a character may continue: 1 Arabic letters (tatweel included),
 * 2 other letters, 3 digits, 0 none.
 */
function kindOf(flags: number, unit: number): number {
  if (unit === TATWEEL) return 1;
  if ((flags & LETTER) !== 0) return (flags & ARABIC) !== 0 ? 1 : 2;
  if ((flags & DIGIT) !== 0) return 3;
  return 0;
}

/** The word class of a character: its kind, and whether it is a mark or a format character. */
function wordClass(flags: number, unit: number): number {
  return (
    kindOf(flags, unit) |
    ((flags & MARK) !== 0 ? IS_MARK : 0) |
    ((flags & FORMAT) !== 0 ? IS_FORMAT : 0)
  );
}

/** In the word class table: not worked out yet (no word class has these bits). */
const UNKNOWN = 0xff;

/** Word classes by BMP code unit, `UNKNOWN` until first looked at. */
const classes = new Uint8Array(0x10000).fill(UNKNOWN);

/** The word class of a BMP code unit (a surrogate: `SURROGATE`, classified with its pair). */
function unitWordClass(unit: number): number {
  let c = classes[unit] as number;
  if (c === UNKNOWN) {
    c = unit >= 0xd800 && unit <= 0xdfff ? SURROGATE : wordClass(unitClass(unit), unit);
    classes[unit] = c;
  }
  return c;
}

/**
 * Word tokens of `input` inside `span` (the whole input by default), with spans into
 * `input`. A word is a run of letters of one script (Arabic with its marks, tatweel and
 * joiners; Latin or other letters) or a number (digits of any script, with `.` `,` `٫` `٬`
 * between digits). A change of script or between letters and digits starts a new token
 * (`بـ500` → `بـ`, `500`), and so does a zero-width space, a break between words that does not
 * show (Unicode's word boundaries fall on both sides of it). Tokens whose normalized form is
 * empty are skipped.
 */
export function tokenize(input: string, span?: Span): Token[] {
  const from = Math.max(0, span?.start ?? 0);
  const to = Math.min(input.length, span?.end ?? input.length);
  const tokens: Token[] = [];
  let i = from;
  while (i < to) {
    let c = unitWordClass(input.charCodeAt(i));
    let width = 1;
    if (c === SURROGATE) {
      width = charWidth(input, i);
      if (i + width > to) break; // a surrogate pair cut by the span's end
      c = wordClass(classAt(input, i), input.charCodeAt(i));
    }
    const kind = c & 3;
    if (kind === 0) {
      i += width;
      continue;
    }
    const start = i;
    i += width;
    let end = i;
    while (i < to) {
      let f = unitWordClass(input.charCodeAt(i));
      let w = 1;
      if (f === SURROGATE) {
        w = charWidth(input, i);
        if (i + w > to) break;
        f = wordClass(classAt(input, i), input.charCodeAt(i));
      }
      const k = f & 3;
      if (k === kind) {
        i += w;
        end = i;
      } else if (input.charCodeAt(i) === ZERO_WIDTH_SPACE) {
        break;
      } else if (k === 0 && kind !== 3 && (f & (IS_MARK | IS_FORMAT)) !== 0) {
        // Marks and joiners inside (or closing) a word belong to it.
        i += w;
        if ((f & IS_MARK) !== 0) end = i;
      } else if (kind === 3 && NUMBER_INNER.has(input[i] ?? "") && i + 1 < to) {
        if ((classAt(input, i + 1) & DIGIT) === 0) break;
        i += 1;
      } else break;
    }
    i = end;
    const forms = formsAt(input, start, end);
    if (forms.norm.length > 0) {
      tokens.push({ span: { start, end }, norm: forms.norm, stem: forms.stem, stop: forms.stop });
    }
  }
  return tokens;
}
