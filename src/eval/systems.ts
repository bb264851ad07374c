import { summarize } from "../summarize.js";
import { baselineNamed } from "./baseline-names.js";
import { baselineSystem, type Splitter } from "./baselines.js";
import type { GoldItem, Prediction } from "./dataset.js";
import type { SystemOutput } from "./evaluate.js";

/** What `khulasa eval` scores: a prediction file, a baseline, or khulasa itself. */
export type SystemSpec =
  | { kind: "predictions"; predictions: Map<string, Prediction>; name: string }
  | { kind: "baseline"; name: string; splitter: Splitter }
  | { kind: "khulasa"; count: number | null; compress: boolean };

/**
 * The highlights function and display name of a system. A prediction that is a batch error
 * line gives its error; khulasa and the baselines throw a KhulasaError for an article they
 * cannot summarize (`evaluate` records both as failed items).
 */
export function systemFor(spec: SystemSpec): {
  name: string;
  highlights: (item: GoldItem) => SystemOutput;
} {
  switch (spec.kind) {
    case "predictions":
      return {
        name: spec.name,
        highlights: (item) => {
          const prediction = spec.predictions.get(item.id);
          if (prediction === undefined) return null;
          return prediction.error ? { error: prediction.error } : prediction.highlights;
        },
      };
    case "baseline": {
      const baseline = baselineNamed(spec.name);
      const name = spec.splitter === "simple" ? `${baseline} (simple splitter)` : baseline;
      return { name, highlights: baselineSystem(baseline, spec.splitter) };
    }
    case "khulasa":
      return {
        // The options that change what is scored, as given: two runs' reports tell them apart.
        name: [
          "khulasa",
          ...(spec.count === null ? [] : [`--count ${spec.count}`]),
          ...(spec.compress ? [] : ["--no-compress"]),
        ].join(" "),
        highlights: (item) =>
          summarize(item.article, {
            count: spec.count,
            title: item.title,
            compress: spec.compress,
          }).highlights.map((h) => h.text),
      };
  }
}
