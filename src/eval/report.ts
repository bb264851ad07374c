import { type EvalReport, METRICS } from "./evaluate.js";

const LABELS = { rouge1: "R-1", rouge2: "R-2", rougeL: "R-L", rougeLsum: "R-Lsum" } as const;

const fmt = (x: number): string => x.toFixed(2);

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
  if (report.extra.length > 0) {
    lines.push("", `${report.extra.length} prediction id(s) are not in the gold file (ignored).`);
  }
  return `${lines.join("\n")}\n`;
}

/** One JSON object: `{"rouge1": {"precision","recall","fmeasure","ci"}, ...}`, all ×100. */
export function jsonReport(report: EvalReport, gold: string): string {
  return `${JSON.stringify({
    system: report.system,
    gold,
    items: report.items,
    ...report.scores,
    missing: report.missing,
    extra: report.extra,
  })}\n`;
}
