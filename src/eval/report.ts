import type { GoldItem } from "./dataset.js";
import { type EvalReport, METRICS } from "./evaluate.js";

const LABELS = { rouge1: "R-1", rouge2: "R-2", rougeL: "R-L", rougeLsum: "R-Lsum" } as const;

const fmt = (x: number): string => x.toFixed(2);

/** How many failed items (or unnamed error lines) a note names (--json lists them all). */
const NAMED_FAILURES = 5;
/** How many missing ids the table's note names. */
const NAMED_MISSING = 10;

/** The first `n` of `names`, joined, then `, … (k more)` when there are more. */
function firstOf(names: readonly string[], n: number): string {
  const more = names.length > n ? `, … (${names.length - n} more)` : "";
  return `${names.slice(0, n).join(", ")}${more}`;
}

/**
 * `N of M item(s) failed and count as empty summaries: file:line id "x" (CODE), …`, naming the
 * first few; null when none failed.
 */
export function failedNote(report: EvalReport): string | null {
  const { failed } = report;
  if (failed.length === 0) return null;
  const named = firstOf(
    failed.map((f) => `${f.where ?? "?"} id ${JSON.stringify(f.id)} (${f.code})`),
    NAMED_FAILURES,
  );
  return `${failed.length} of ${report.items} item(s) failed and count as empty summaries: ${named}`;
}

/** The note on batch error lines without an id (`file:line` each): they match no gold item. */
export function unnamedErrorsNote(where: readonly string[]): string {
  const named = firstOf(where, NAMED_FAILURES);
  return `${where.length} error line(s) have no id and match no gold item: ${named}`;
}

/**
 * `N gold id(s) had no prediction and count as empty summaries: a, b, …`, naming the first few;
 * null when every gold id has one.
 */
export function missingNote(report: EvalReport): string | null {
  const { missing } = report;
  if (missing.length === 0) return null;
  const shown = firstOf(missing, NAMED_MISSING);
  return `${missing.length} gold id(s) had no prediction and count as empty summaries: ${shown}`;
}

/** The note on batch error lines of a repeated input id (`file:line` each), which are left out. */
export function duplicateErrorsNote(where: readonly string[]): string {
  const named = firstOf(where, NAMED_FAILURES);
  return `${where.length} DUPLICATE_ID error line(s) are left out (each id's first record is scored): ${named}`;
}

/**
 * The note on gold items whose references are all blank (every system scores 0 on them, and
 * they still count in the mean), naming the first few; null when there are none.
 */
export function noReferenceNote(items: readonly GoldItem[]): string | null {
  const blank = items.filter((item) => item.summaries.every((s) => s.trim() === ""));
  if (blank.length === 0) return null;
  const named = firstOf(
    blank.map((item) => `${item.where ?? "?"} id ${JSON.stringify(item.id)}`),
    NAMED_FAILURES,
  );
  return `${blank.length} of ${items.length} gold item(s) have only empty references and score 0 for any system: ${named}`;
}

/**
 * Fewest items for a bootstrap interval: resampling one item gives that item every time, an
 * interval of no width that claims a certainty one article cannot give.
 */
const MIN_INTERVAL_ITEMS = 2;

/** The note under a table of too few items for an interval. */
export const NO_INTERVAL_NOTE =
  "No interval: a bootstrap over one item gives its own score every time. Score more items for one.";

/**
 * A markdown table: F1 ×100 with the 95% interval (`—` for a single item, with a note), then P
 * and R, and notes on missing ids.
 */
export function markdownReport(report: EvalReport, gold: string): string {
  const items = `${report.items} ${report.items === 1 ? "item" : "items"}`;
  const interval = report.items >= MIN_INTERVAL_ITEMS;
  const lines = [
    `${report.system} on ${gold} (${items}; ROUGE F1, precision (P) and recall (R), all ×100; 95% bootstrap interval of F1)`,
    "",
    "| metric | F1 | 95% CI | P | R |",
    "| --- | ---: | --- | ---: | ---: |",
    ...METRICS.map((m) => {
      const s = report.scores[m];
      const ci = interval ? `${fmt(s.ci.low)}–${fmt(s.ci.high)}` : "—";
      return `| ${LABELS[m]} | ${fmt(s.fmeasure)} | ${ci} | ${fmt(s.precision)} | ${fmt(s.recall)} |`;
    }),
  ];
  if (!interval) lines.push("", NO_INTERVAL_NOTE);
  const missing = missingNote(report);
  if (missing !== null) lines.push("", missing);
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
