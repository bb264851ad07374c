import { ARABIC, charWidth, classAt, DIGIT, FORMAT, LETTER, MARK } from "../../text/chars.js";
import type { Span, Token } from "../../text/types.js";
import { STOPWORDS } from "./data/stopwords.js";
import { normalize } from "./normalize.js";
import { stem } from "./stem.js";
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
  return STOPWORDS.has(norm);
}

function formsOf(surface: string): Forms {
  const norm = normalize(surface);
  return { norm, stem: stem(norm), stop: STOPWORDS.has(norm) };
}

/** Matching forms of the word `input[start, end)`: normalized, stemmed, stop flag (memoized). */
function formsAt(input: string, start: number, end: number): Forms {
  const hash = hashUnits(input, start, end);
  let forms = cache.get(input, start, end, hash);
  if (forms === undefined) {
    const surface = detached(input.slice(start, end));
    forms = formsOf(surface);
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

/**
 * Word tokens of `input` inside `span` (the whole input by default), with spans into
 * `input`. A word is a run of letters of one script (Arabic with its marks, tatweel and
 * joiners; Latin or other letters) or a number (digits of any script, with `.` `,` `٫` `٬`
 * between digits). A change of script or between letters and digits starts a new token
 * (`بـ500` → `بـ`, `500`). Tokens whose normalized form is empty are skipped.
 */
export function tokenize(input: string, span?: Span): Token[] {
  const from = Math.max(0, span?.start ?? 0);
  const to = Math.min(input.length, span?.end ?? input.length);
  const tokens: Token[] = [];
  let i = from;
  while (i < to) {
    const width = charWidth(input, i);
    if (i + width > to) break; // a surrogate pair cut by the span's end
    const kind = kindOf(classAt(input, i), input.charCodeAt(i));
    if (kind === 0) {
      i += width;
      continue;
    }
    const start = i;
    i += width;
    let end = i;
    while (i < to) {
      const w = charWidth(input, i);
      if (i + w > to) break;
      const f = classAt(input, i);
      const k = kindOf(f, input.charCodeAt(i));
      if (k === kind) {
        i += w;
        end = i;
      } else if (k === 0 && kind !== 3 && (f & (MARK | FORMAT)) !== 0) {
        // Marks and joiners inside (or closing) a word belong to it.
        i += w;
        if ((f & MARK) !== 0) end = i;
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
