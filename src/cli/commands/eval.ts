import type { Command } from "commander";
import { createError } from "../../errors.js";
import { BASELINES, baselineNamed } from "../../eval/baseline-names.js";
import type { SystemSpec } from "../../eval/systems.js";
import { displayName, STDIN } from "../../io/read-input.js";
import { writeText } from "../output.js";
import { intOption } from "../parse-int.js";

interface EvalFlags {
  pred?: string;
  baseline?: string;
  splitter?: string;
  count?: number;
  compress: boolean;
  json?: boolean;
}

/** Register `khulasa eval GOLD.jsonl [--pred PRED.jsonl | --baseline NAME] [--count N] [--json]`. */
export function registerEval(program: Command): void {
  program
    .command("eval")
    .description(
      "Score highlights against the references of GOLD.jsonl with ROUGE-1/2/L/Lsum F1, precision " +
        "and recall (all ×100, in the table and in --json), parity with the multilingual XL-Sum " +
        "scorer, 95% bootstrap intervals of F1. Scores khulasa itself " +
        "unless --pred or --baseline is given.",
    )
    .argument(
      "<gold>",
      "JSONL with `id`, `article`, `summaries` (one or more references); `-` reads stdin",
    )
    .option(
      "--pred <file>",
      "predictions JSONL: `id` + `highlights` (khulasa batch output) or `id` + `summary` " +
        "(one highlight a line); `-` reads stdin",
    )
    .option("--baseline <name>", `a built-in baseline: ${BASELINES.join(", ")}`)
    .option(
      "--splitter <name>",
      "sentences of --baseline: khulasa (default), or simple (a terminator and a space, as in the data README)",
    )
    .option(
      "--count <n>",
      "highlights per article when scoring khulasa",
      intOption("--count", 1, 10),
    )
    .option("--no-compress", "score khulasa without clause compression")
    .option("--json", "print one JSON object instead of a table")
    .action(async (gold: string, flags: EvalFlags) => {
      for (const [option, value] of [
        ["--pred", flags.pred],
        ["--baseline", flags.baseline],
        ["--splitter", flags.splitter],
      ] as const) {
        // An unset shell variable (`--pred "$OUT"`) must not fall back to scoring khulasa.
        if (value !== undefined && value.trim() === "") {
          throw createError("USAGE", `${option} needs a value, got an empty string`);
        }
      }
      if (flags.pred !== undefined && flags.baseline !== undefined) {
        throw createError("USAGE", "give either --pred or --baseline, not both");
      }
      if (flags.splitter !== undefined && flags.baseline === undefined) {
        // It would be ignored: predictions and khulasa split nothing.
        throw createError("USAGE", "--splitter applies to --baseline only");
      }
      if (gold === STDIN && flags.pred === STDIN) {
        throw createError("USAGE", "the gold file and --pred cannot both be stdin (`-`)");
      }
      const other =
        flags.pred !== undefined ? "--pred" : flags.baseline !== undefined ? "--baseline" : null;
      if (other !== null && (flags.count !== undefined || !flags.compress)) {
        // They would be ignored: the predictions or the baseline are scored as they are.
        const option = flags.count !== undefined ? "--count" : "--no-compress";
        throw createError(
          "USAGE",
          `${option} applies when scoring khulasa itself, not with ${other}`,
        );
      }
      // Names are checked before a file is read: a wrong name is the error to report, not a
      // missing file, and stdin is not read to its end first.
      if (flags.baseline !== undefined) {
        baselineNamed(flags.baseline);
        const splitter = flags.splitter ?? "khulasa";
        if (splitter !== "khulasa" && splitter !== "simple") {
          throw createError(
            "BAD_OPTION",
            `unknown splitter ${JSON.stringify(splitter)}; choose khulasa or simple`,
          );
        }
      }
      // Loaded here, not at start-up: the other commands never pay for the evaluation code.
      const { readGold, readPredictions } = await import("../../io/eval-files.js");
      const { evaluate } = await import("../../eval/evaluate.js");
      const {
        duplicateErrorsNote,
        failedNote,
        jsonReport,
        markdownReport,
        missingNote,
        noReferenceNote,
        unnamedErrorsNote,
      } = await import("../../eval/report.js");
      const { systemFor } = await import("../../eval/systems.js");
      const items = await readGold(gold);
      let spec: SystemSpec;
      let extra: string[] = [];
      const warnings: string[] = [];
      if (flags.pred !== undefined) {
        const { predictions, unnamedErrors, duplicateErrors } = await readPredictions(flags.pred);
        const ids = new Set(items.map((i) => i.id));
        extra = [...predictions.keys()].filter((id) => !ids.has(id));
        if (predictions.size === 0) {
          // Only error lines with no id: every gold item would score 0.
          throw createError(
            "USAGE",
            `${displayName(flags.pred)} has no prediction with an id` +
              (unnamedErrors.length > 0 ? ` (only error lines without one)` : ""),
            `Give the predictions made from this gold file: khulasa batch ${gold} -o PRED.jsonl`,
          );
        }
        if (extra.length === predictions.size) {
          // Every gold item would score 0: these are the predictions of another file.
          throw createError(
            "USAGE",
            `none of the ${predictions.size} ids of ${displayName(flags.pred)} is an id of ${displayName(gold)}`,
            `Give the predictions made from this gold file: khulasa batch ${gold} -o PRED.jsonl`,
          );
        }
        spec = { kind: "predictions", predictions, name: displayName(flags.pred) };
        if (unnamedErrors.length > 0) warnings.push(unnamedErrorsNote(unnamedErrors));
        if (duplicateErrors.length > 0) warnings.push(duplicateErrorsNote(duplicateErrors));
      } else if (flags.baseline !== undefined) {
        const splitter = flags.splitter === "simple" ? "simple" : "khulasa";
        spec = { kind: "baseline", name: flags.baseline, splitter };
      } else {
        spec = { kind: "khulasa", count: flags.count ?? null, compress: flags.compress };
      }
      const system = systemFor(spec);
      let scored = items;
      let highlights = system.highlights;
      if (spec.kind !== "predictions") {
        // khulasa and the baselines get each article as `batch` would summarize it.
        const { prepareGold } = await import("./eval-articles.js");
        const prepared = await prepareGold(items);
        scored = prepared.items;
        highlights = (item) => {
          const error = prepared.failed.get(item.id);
          return error === undefined ? system.highlights(item) : { error };
        };
      }
      const report = evaluate(scored, highlights, { system: system.name, extra });
      const failed = failedNote(report);
      if (failed !== null) {
        warnings.unshift(flags.json ? failed : `${failed} (all listed by --json)`);
      }
      const missing = missingNote(report);
      if (missing !== null) warnings.unshift(missing);
      const unscorable = noReferenceNote(items);
      if (unscorable !== null) warnings.push(unscorable);
      for (const w of warnings) process.stderr.write(`khulasa: warning: ${w}\n`);
      const goldName = displayName(gold);
      await writeText(flags.json ? jsonReport(report, goldName) : markdownReport(report, goldName));
    });
}
