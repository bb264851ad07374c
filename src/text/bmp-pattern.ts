/**
 * A u-mode regular expression with a twin for texts that hold no surrogate (every character in
 * the BMP, as news text almost always is). V8 builds `\p{L}` and `\p{N}` of a u-mode pattern
 * with every range past the BMP as pairs of surrogates, for each time the class is written:
 * DATELINE_PREFIX, with some twenty of them, took ~60 ms to compile in each thread. The twin
 * (v mode) leaves those code points out of the two classes and compiles in a quarter of that.
 * On a text with no surrogate no class meets such a code point, and v mode reads the rest of
 * the pattern as u mode does (no `i` flag, no property of strings): the match is the same.
 */

/** Code points past the BMP, as a class of v mode. */
const ASTRAL = String.raw`[\u{10000}-\u{10FFFF}]`;

/** A surrogate code unit, paired or not (no `u` flag: units are read one by one). */
const SURROGATE = /[\uD800-\uDFFF]/;

/** The classes whose ranges past the BMP the twin leaves out. */
const PROPERTIES = [String.raw`\p{L}`, String.raw`\p{N}`];

/**
 * `pattern`'s twin for text with no surrogate. The pattern must have the `u` flag and no `i`,
 * and its source must also be valid in v mode (in a class, `-`, `(`, `)` and `/` escaped).
 */
export function bmpTwin(pattern: RegExp): RegExp {
  if (!pattern.unicode || pattern.ignoreCase) {
    throw new RangeError(`bmpTwin: /${pattern.source}/${pattern.flags} needs u and no i`);
  }
  let source = pattern.source;
  for (const property of PROPERTIES) {
    source = source.replaceAll(property, `[${property}--${ASTRAL}]`);
  }
  return new RegExp(source, pattern.flags.replace("u", "v"));
}

/**
 * `pattern.exec(text)`, by the BMP twin when `text` holds no surrogate (the twin is compiled on
 * first use). Only for patterns without the `g` and `y` flags: the two keep no `lastIndex`.
 */
export class BmpPattern {
  readonly pattern: RegExp;
  private twin: RegExp | null = null;

  constructor(pattern: RegExp) {
    if (pattern.global || pattern.sticky) {
      throw new RangeError(`BmpPattern: /${pattern.source}/${pattern.flags} keeps a lastIndex`);
    }
    this.pattern = pattern;
  }

  exec(text: string): RegExpExecArray | null {
    if (SURROGATE.test(text)) return this.pattern.exec(text);
    this.twin ??= bmpTwin(this.pattern);
    return this.twin.exec(text);
  }
}
