import { createError } from "../errors.js";

/** The built-in baselines of `khulasa eval --baseline` (names only: the CLI lists them in its help). */
export const BASELINES = ["lead-1", "lead-2", "lead-3", "oracle-1", "oracle-3"] as const;
export type Baseline = (typeof BASELINES)[number];

/** Which sentence splitter a baseline uses. */
export type Splitter = "khulasa" | "simple";

/** `name` as a baseline's name, or BAD_OPTION naming the choices. */
export function baselineNamed(name: string): Baseline {
  if ((BASELINES as readonly string[]).includes(name)) return name as Baseline;
  throw createError(
    "BAD_OPTION",
    `unknown baseline ${JSON.stringify(name)}; choose one of ${BASELINES.join(", ")}`,
  );
}
