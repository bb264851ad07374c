/** How the default number of highlights is chosen. */
export interface CountOptions {
  /** The default count. */
  base: number;
  /** Articles with at least this many eligible sentences get one more highlight. */
  longArticle: number;
}

/** 11 was chosen on easc-dev (docs/quality.md); the BBC files fix the count at 1. */
export const DEFAULT_COUNT: Readonly<CountOptions> = Object.freeze({ base: 3, longArticle: 11 });

/** How many sentences each rule of the count may use (all counted once, by their text). */
export interface CountPools {
  /** Eligible sentences: a count asked for is filled from these. */
  eligible: number;
  /**
   * Eligible sentences of a highlight's length (not run-ons): the default count fills only from
   * these, when there is one (two good bullets read better than a third of 400 words).
   */
  fill: number;
  /**
   * Eligible sentences that stand alone (not leaning on the one before): an article with
   * `longArticle` of them makes enough distinct points for one more highlight.
   */
  points: number;
}

/**
 * The number of highlights: `requested` when given; otherwise 3, or 4 for a long article that
 * makes enough distinct points. Never more than there are eligible sentences, never 0 when there
 * is one. A count asked for is filled; the default is not filled with run-on sentences (a list
 * run into one line) when there is a sentence of a highlight's length.
 */
export function chooseCount(
  requested: number | null,
  pools: CountPools,
  options: Partial<CountOptions> = {},
): number {
  const { base, longArticle } = { ...DEFAULT_COUNT, ...options };
  let wanted = requested ?? (pools.points >= longArticle ? base + 1 : base);
  if (requested === null && pools.fill > 0) wanted = Math.min(wanted, pools.fill);
  return Math.max(0, Math.min(wanted, pools.eligible));
}
