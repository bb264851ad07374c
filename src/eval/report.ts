import { type EvalReport, METRICS } from "./evaluate.js";

const LABELS = { rouge1: "R-1", rouge2: "R-2", rougeL: "R-L", rougeLsum: "R-Lsum" } as const;

const fmt = (x: number): string => x.toFixed(2);

/** How many failed items a note names (the --json output lists them all). */
const NAMED_FAILURES = 5;

/**
 * `N of M item(s) failed and count as empty summaries: file:line id "x" (CODE), …`, naming the
 * first few; null when none failed.
 */
export function failedNote(report: EvalReport): string | null {
  const { failed } = report;
  if (failed.length === 0) return null;
  const named = failed
    .slice(0, NAMED_FAILURES)
    .map((f) => `${f.where ?? "?"} id ${JSON.stringify(f.id)} (${f.code})`)
    .join(", ");
  const more = failed.length > NAMED_FAILURES ? `, … (${failed.length - NAMED_FAILURES} more)` : "";
  return `${failed.length} of ${report.items} item(s) failed and count as empty summaries: ${named}${more}`;
}

/** A markdown table: F1 ×100 with the 95% interval, then P and R, and notes on missing ids. */
export function markdownReport(report: EvalReport, gold: string): string {
  const lines = [
    `${report.system} on ${gold} (${report.items} items; ROUGE F1 ×100, 95% bootstrap interval)`,
    "",
    "| metric | F1 | 95% CI | P | R |",
    "| --- | ---: | --- | ---: | ---: |",
    ...METRICS.map((m) => {
      const s = report.scores[m];
      return `| ${LABELS[m]} | ${fmt(s.fmeasure)} | ${fmt(s.ci.low)}–${fmt(s.ci.high)} | ${fmt(s.precision)} | ${fmt(s.recall)} |`;
    }),
  ];
  if (report.missing.length > 0) {
    const shown = report.missing.slice(0, 10).join(", ");
    const more = report.missing.length > 10 ? `, … (${report.missing.length - 10} more)` : "";
    lines.push(
      "",
      `${report.missing.length} gold id(s) had no prediction and count as empty summaries: ${shown}${more}`,
    );
  }
  const failed = failedNote(report);
  if (failed !== null) lines.push("", failed);
  if (report.extra.length > 0) {
    lines.push("", `${report.extra.length} prediction id(s) are not in the gold file (ignored).`);
  }
  return `${lines.join("\n")}\n`;
}

/**
 * One JSON object: `{"rouge1": {"precision","recall","fmeasure","ci"}, ...}`, all ×100, with
 * `missing` and `extra` ids and `failed` items (`{"id", "code", "message", "where"}`).
 */
export function jsonReport(report: EvalReport, gold: string): string {
  return `${JSON.stringify({
    system: report.system,
    gold,
    items: report.items,
    ...report.scores,
    missing: report.missing,
    extra: report.extra,
    failed: report.failed,
  })}\n`;
}
