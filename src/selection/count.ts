/** How the default number of highlights is chosen. */
export interface CountOptions {
  /** The default count. */
  base: number;
  /** Articles with at least this many eligible sentences get one more highlight. */
  longArticle: number;
}

/** 11 was chosen on easc-dev (docs/quality.md); the BBC files fix the count at 1. */
export const DEFAULT_COUNT: Readonly<CountOptions> = Object.freeze({ base: 3, longArticle: 11 });

/**
 * The number of highlights: `requested` when given; otherwise 3, or 4 for a long article that
 * makes enough distinct points. Never more than there are eligible sentences, never 0 when there
 * is one. The default is not filled with run-on sentences (a list run into one line): it is at
 * most `plainCount`, the eligible sentences of a highlight's length, when there is one (two good
 * bullets read better than a third of 400 words). A count asked for is filled.
 */
export function chooseCount(
  requested: number | null,
  eligibleCount: number,
  options: Partial<CountOptions> = {},
  plainCount: number = eligibleCount,
): number {
  const { base, longArticle } = { ...DEFAULT_COUNT, ...options };
  let wanted = requested ?? (eligibleCount >= longArticle ? base + 1 : base);
  if (requested === null && plainCount > 0) wanted = Math.min(wanted, plainCount);
  return Math.max(0, Math.min(wanted, eligibleCount));
}
