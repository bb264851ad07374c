import type { Span } from "../text/types.js";

/** The rules, by name, as reported with each compressed bullet. */
export type CompressionRule =
  | "connective"
  | "clitic"
  | "attribution"
  | "adjunct"
  | "aside"
  | "quote"
  | "signpost"
  | "clause"
  | "length";

export const COMPRESSION_RULES: readonly CompressionRule[] = [
  "connective",
  "clitic",
  "attribution",
  "adjunct",
  "aside",
  "quote",
  "signpost",
  "clause",
  "length",
];

/** The rules that remove content, rather than open the bullet. */
export const CONTENT_RULES: ReadonlySet<CompressionRule> = new Set([
  "attribution",
  "adjunct",
  "aside",
  "clause",
  "length",
]);

/** Compression settings. */
export interface CompressionOptions {
  /** A rule never leaves fewer words than this. */
  minWords: number;
  /** Longest parenthetical aside (in words) that may be dropped. */
  maxAsideWords: number;
  /**
   * The rules that cut content (an attribution tail, a trailing adjunct, an aside) fire only on a
   * sentence of more than this many words; a shorter one is already a highlight's length. The
   * opening rules (connective, clitic), the dangling quote mark and a signpost to what follows
   * (`، فيما يلي …`) fire on any sentence.
   */
  longWords: number;
  /**
   * A sentence of more than this many words keeps only its leading clauses (rule `clause`), at
   * most `maxClauseWords` words of them.
   */
  longClauses: number;
  /** Most words the leading clauses of a long sentence keep. */
  maxClauseWords: number;
  /**
   * A bullet of more than this many words after the other rules is cut to at most
   * `maxClauseWords` words (rule `length`): no highlight is that long.
   */
  maxWords: number;
  /** The rules that may fire. */
  rules: ReadonlySet<CompressionRule>;
}

export const DEFAULT_COMPRESSION: Readonly<CompressionOptions> = Object.freeze({
  minWords: 6,
  maxAsideWords: 6,
  longWords: 30,
  longClauses: 60,
  maxClauseWords: 40,
  maxWords: 100,
  rules: new Set(COMPRESSION_RULES),
});

/** What compression keeps of a sentence: source spans (joined, they read as the bullet) and the rules that fired. */
export interface Compressed {
  sources: Span[];
  rules: CompressionRule[];
}
