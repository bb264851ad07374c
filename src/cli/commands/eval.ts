import type { Command } from "commander";
import { createError } from "../../errors.js";
import { BASELINES } from "../../eval/baseline-names.js";
import type { SystemSpec } from "../../eval/systems.js";
import { writeText } from "../output.js";
import { intOption } from "../parse-int.js";

interface EvalFlags {
  pred?: string;
  baseline?: string;
  splitter: string;
  count?: number;
  compress: boolean;
  json?: boolean;
}

/** Register `khulasa eval GOLD.jsonl [--pred PRED.jsonl | --baseline NAME] [--count N] [--json]`. */
export function registerEval(program: Command): void {
  program
    .command("eval")
    .description(
      "Score highlights against the references of GOLD.jsonl with ROUGE-1/2/L/Lsum F1 (×100), " +
        "parity with the multilingual XL-Sum scorer, 95% bootstrap intervals. Scores khulasa itself " +
        "unless --pred or --baseline is given.",
    )
    .argument("<gold>", "JSONL with `id`, `article`, `summaries` (one or more references)")
    .option("--pred <file>", "predictions JSONL: `id` + `highlights` (khulasa batch output)")
    .option("--baseline <name>", `a built-in baseline: ${BASELINES.join(", ")}`)
    .option(
      "--splitter <name>",
      "sentences of the baselines: khulasa, or simple (a terminator and a space, as in the data README)",
      "khulasa",
    )
    .option(
      "--count <n>",
      "highlights per article when scoring khulasa",
      intOption("--count", 1, 10),
    )
    .option("--no-compress", "score khulasa without clause compression")
    .option("--json", "print one JSON object instead of a table")
    .action(async (gold: string, flags: EvalFlags) => {
      if (flags.pred && flags.baseline) {
        throw createError("USAGE", "give either --pred or --baseline, not both");
      }
      const other = flags.pred ? "--pred" : flags.baseline ? "--baseline" : null;
      if (other !== null && (flags.count !== undefined || !flags.compress)) {
        // They would be ignored: the predictions or the baseline are scored as they are.
        const option = flags.count !== undefined ? "--count" : "--no-compress";
        throw createError(
          "USAGE",
          `${option} applies when scoring khulasa itself, not with ${other}`,
        );
      }
      // Loaded here, not at start-up: the other commands never pay for the evaluation code.
      const { loadGold, loadPredictions } = await import("../../eval/dataset.js");
      const { evaluate } = await import("../../eval/evaluate.js");
      const { failedNote, jsonReport, markdownReport, unnamedErrorsNote } = await import(
        "../../eval/report.js"
      );
      const { systemFor } = await import("../../eval/systems.js");
      const items = loadGold(gold);
      let spec: SystemSpec;
      let extra: string[] = [];
      const warnings: string[] = [];
      if (flags.pred) {
        const { predictions, unnamedErrors } = loadPredictions(flags.pred);
        const ids = new Set(items.map((i) => i.id));
        extra = [...predictions.keys()].filter((id) => !ids.has(id));
        if (predictions.size > 0 && extra.length === predictions.size) {
          // Every gold item would score 0: these are the predictions of another file.
          throw createError(
            "USAGE",
            `none of the ${predictions.size} ids of ${flags.pred} is an id of ${gold}`,
            `Give the predictions made from this gold file: khulasa batch ${gold} -o PRED.jsonl`,
          );
        }
        spec = { kind: "predictions", predictions, name: flags.pred };
        if (unnamedErrors.length > 0) warnings.push(unnamedErrorsNote(unnamedErrors));
      } else if (flags.baseline) {
        if (flags.splitter !== "khulasa" && flags.splitter !== "simple") {
          throw createError(
            "BAD_OPTION",
            `unknown splitter ${JSON.stringify(flags.splitter)}; choose khulasa or simple`,
          );
        }
        spec = { kind: "baseline", name: flags.baseline, splitter: flags.splitter };
      } else {
        spec = { kind: "khulasa", count: flags.count ?? null, compress: flags.compress };
      }
      const system = systemFor(spec);
      const report = evaluate(items, system.highlights, { system: system.name, extra });
      const failed = failedNote(report);
      if (failed !== null) {
        warnings.unshift(flags.json ? failed : `${failed} (all listed by --json)`);
      }
      for (const w of warnings) process.stderr.write(`khulasa: warning: ${w}\n`);
      await writeText(flags.json ? jsonReport(report, gold) : markdownReport(report, gold));
    });
}
