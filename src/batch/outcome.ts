import type { KhulasaError } from "../errors.js";

/** A finished record: its output line (JSON, no newline) and whether it is an error line. */
export interface BatchOutcome {
  failed: boolean;
  json: string;
}

/** The output object of a failed line. */
export interface BatchErrorLine {
  id?: string | number;
  line: number;
  error: { code: string; message: string; field?: string };
}

/** The error line for `line`: `{"id"?, "line", "error": {"code", "message", "field"?}}`. */
export function errorOutcome(
  line: number,
  error: KhulasaError,
  id?: string | number,
  field?: string,
): BatchOutcome {
  const out: BatchErrorLine = { line, error: { code: error.code, message: error.message } };
  if (field !== undefined) out.error.field = field;
  const json = JSON.stringify(id === undefined ? out : { id, ...out });
  return { failed: true, json };
}
