import { KhulasaError } from "../errors.js";
import { type BootstrapOptions, bootstrapMeans, type Interval } from "./bootstrap.js";
import type { GoldItem, ItemError } from "./dataset.js";
import { bestOf, type RougeScores } from "./rouge/index.js";

/** The metrics khulasa reports, in table order. */
export const METRICS = ["rouge1", "rouge2", "rougeL", "rougeLsum"] as const;
export type Metric = (typeof METRICS)[number];

/** Mean precision, recall and F1 (×100) of one metric, with a bootstrap interval of F1. */
export interface MetricSummary {
  precision: number;
  recall: number;
  fmeasure: number;
  ci: Interval;
}

/** The result of an evaluation run. */
export interface EvalReport {
  system: string;
  items: number;
  /** Gold ids with no prediction (scored as empty summaries). */
  missing: string[];
  /** Prediction ids that are not in the gold file (ignored). */
  extra: string[];
  /**
   * Gold items whose system output is an error (a batch error line, or an article the system
   * could not summarize), in gold order: scored as empty summaries, so that the numbers stay
   * comparable between runs.
   */
  failed: FailedItem[];
  scores: Record<Metric, MetricSummary>;
}

/** A gold item scored as an empty summary because its system output is an error. */
export interface FailedItem extends ItemError {
  id: string;
}

/** What a system gives for an item: its highlights, null (no prediction), or an error. */
export type SystemOutput = readonly string[] | null | { error: ItemError };

/**
 * `highlights(item)`, with a KhulasaError it throws (bad input, such as an empty article) as
 * the item's error: one bad record never stops the run. Other errors (bugs) propagate.
 */
function outputOf(item: GoldItem, highlights: (item: GoldItem) => SystemOutput): SystemOutput {
  try {
    return highlights(item);
  } catch (error) {
    if (!(error instanceof KhulasaError)) throw error;
    return { error: { code: error.code, message: error.message, where: item.where ?? null } };
  }
}

/**
 * Score `highlights(item)` of every gold item against its references (best F1 per metric over
 * several references) and aggregate with bootstrap intervals. A `null` from `highlights` is a
 * missing prediction: an empty summary, listed in `missing`. An error (returned, or a
 * KhulasaError thrown) is an empty summary too, listed in `failed`.
 */
export function evaluate(
  gold: readonly GoldItem[],
  highlights: (item: GoldItem) => SystemOutput,
  options: { system: string; extra?: string[]; bootstrap?: Partial<BootstrapOptions> },
): EvalReport {
  const n = gold.length;
  const missing: string[] = [];
  const failed: FailedItem[] = [];
  const cols = METRICS.flatMap(() => [0, 1, 2].map(() => new Float64Array(n)));
  gold.forEach((item, i) => {
    const output = outputOf(item, highlights);
    let lines: readonly string[] = [];
    if (output === null) missing.push(item.id);
    else if ("error" in output) failed.push({ id: item.id, ...output.error });
    else lines = output;
    const scores: RougeScores = bestOf(item.summaries, lines.join("\n"));
    METRICS.forEach((metric, m) => {
      const s = scores[metric];
      (cols[3 * m] as Float64Array)[i] = s.precision * 100;
      (cols[3 * m + 1] as Float64Array)[i] = s.recall * 100;
      (cols[3 * m + 2] as Float64Array)[i] = s.fmeasure * 100;
    });
  });
  const fCols = METRICS.map((_, m) => cols[3 * m + 2] as Float64Array);
  const intervals = bootstrapMeans(fCols, options.bootstrap);
  const mean = (values: Float64Array): number =>
    n === 0 ? 0 : values.reduce((a, b) => a + b, 0) / n;
  const scores = Object.fromEntries(
    METRICS.map((metric, m) => [
      metric,
      {
        precision: mean(cols[3 * m] as Float64Array),
        recall: mean(cols[3 * m + 1] as Float64Array),
        fmeasure: mean(cols[3 * m + 2] as Float64Array),
        ci: intervals[m] as Interval,
      },
    ]),
  ) as Record<Metric, MetricSummary>;
  return {
    system: options.system,
    items: n,
    missing,
    extra: options.extra ?? [],
    failed,
    scores,
  };
}
