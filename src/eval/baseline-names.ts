/** The built-in baselines of `khulasa eval --baseline` (names only: the CLI lists them in its help). */
export const BASELINES = ["lead-1", "lead-2", "lead-3", "oracle-1", "oracle-3"] as const;
export type Baseline = (typeof BASELINES)[number];

/** Which sentence splitter a baseline uses. */
export type Splitter = "khulasa" | "simple";
