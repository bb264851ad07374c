/**
 * Character classes from Unicode properties, as bit flags, for fast scanning loops.
 * Worked out from `\p{...}` regular expressions the first time a code point is looked at, then
 * read from a table (BMP) or a bounded cache (astral planes): a text only ever pays for the few
 * hundred characters it uses, not for all 65,536. Nothing here is hand-typed ranges.
 */

/** `\p{L}`: a letter of any script (tatweel, a modifier letter, included). */
export const LETTER = 1;
/** `\p{M}`: a combining mark (harakat, shadda, dagger alef...). */
export const MARK = 2;
/** `\p{Nd}`: a decimal digit of any script. */
export const DIGIT = 4;
/** `\s`: white space, line breaks included (U+0085 too, a line break that `\s` leaves out). */
export const SPACE = 8;
/** `\p{Cf}`: an invisible format character (bidi marks, ZWJ, ZWNJ, BOM). */
export const FORMAT = 16;
/** `\p{Script=Arabic}`. */
export const ARABIC = 32;
/** A line break: `\n`, `\r`, U+2028, U+2029, U+0085, U+000B, U+000C. */
export const NEWLINE = 64;
/** `\p{Ps}` or `\p{Pi}`: an opening bracket or quotation mark (`(` `[` `«` `“`). */
export const OPEN = 128;
/** `\p{Pe}` or `\p{Pf}`: a closing bracket or quotation mark (`)` `]` `»` `”`). */
export const CLOSE = 256;
/** `\p{Script=Latin}`. */
export const LATIN = 512;

const PROPERTY_FLAGS: ReadonlyArray<readonly [RegExp, number]> = [
  [/\p{L}/u, LETTER],
  [/\p{M}/u, MARK],
  [/\p{Nd}/u, DIGIT],
  [/[\s\u0085]/u, SPACE],
  [/\p{Cf}/u, FORMAT],
  [/\p{Script=Arabic}/u, ARABIC],
  [/[\n\r\u2028\u2029\u0085\v\f]/u, NEWLINE],
  [/\p{Ps}|\p{Pi}/u, OPEN],
  [/\p{Pe}|\p{Pf}/u, CLOSE],
  [/\p{Script=Latin}/u, LATIN],
];

/** In the BMP table: not classified yet (no class has every bit). */
const UNKNOWN = 0xffff;

/** Class flags by BMP code unit, `UNKNOWN` until first looked at. */
const bmpTable = new Uint16Array(0x10000).fill(UNKNOWN);
const astralCache = new Map<number, number>();

function classify(text: string): number {
  let flags = 0;
  for (const [re, flag] of PROPERTY_FLAGS) if (re.test(text)) flags |= flag;
  return flags;
}

/** Classify a BMP code unit and remember it. Lone surrogates match no property: 0. */
function learnUnit(unit: number): number {
  const flags = unit >= 0xd800 && unit <= 0xdfff ? 0 : classify(String.fromCharCode(unit));
  bmpTable[unit] = flags;
  return flags;
}

/**
 * Class flags of a BMP code unit (a surrogate gives 0; so does anything that is not a code
 * unit, such as the `NaN` of `charCodeAt` past the end of a string).
 */
export function unitClass(unit: number): number {
  const flags = bmpTable[unit];
  if (flags === undefined) return 0;
  return flags === UNKNOWN ? learnUnit(unit) : flags;
}

/** Class flags of a code point (any plane). */
export function codePointClass(codePoint: number): number {
  if (codePoint < 0x10000) return unitClass(codePoint);
  let flags = astralCache.get(codePoint);
  if (flags === undefined) {
    flags = classify(String.fromCodePoint(codePoint));
    if (astralCache.size < 4096) astralCache.set(codePoint, flags);
  }
  return flags;
}

/**
 * Class flags of the character starting at UTF-16 index `i` of `text` (a surrogate pair is
 * classified as its code point; a lone surrogate is 0). Use {@link charWidth} to step.
 */
export function classAt(text: string, i: number): number {
  const unit = text.charCodeAt(i);
  if (unit >= 0xd800 && unit <= 0xdbff) {
    const low = text.charCodeAt(i + 1);
    if (low >= 0xdc00 && low <= 0xdfff) {
      return codePointClass(((unit - 0xd800) << 10) + (low - 0xdc00) + 0x10000);
    }
    return 0;
  }
  return unitClass(unit);
}

/** Whether the character at `i` is white space that does not break the line (a no-break space too). */
export function isLineSpace(text: string, i: number): boolean {
  return (classAt(text, i) & (SPACE | NEWLINE)) === SPACE;
}

/** UTF-16 length (1 or 2) of the character starting at index `i`. */
export function charWidth(text: string, i: number): number {
  const unit = text.charCodeAt(i);
  if (unit >= 0xd800 && unit <= 0xdbff) {
    const low = text.charCodeAt(i + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return 2;
  }
  return 1;
}
