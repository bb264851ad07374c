// Scans over a stretch of the input, code unit by code unit (no slice per gap).
import { CLAUSE_MARKS as CLAUSE_MARK_CHARS } from "../lang/ar/data/punctuation.js";

/** Clause marks (`،` `,` `؛` `;`, the language data's list) as code units. */
const CLAUSE_MARKS: ReadonlySet<number> = new Set(
  [...CLAUSE_MARK_CHARS].map((mark) => mark.charCodeAt(0)),
);

/** Whether `input[from, to)` holds the code unit `unit`. */
export function hasUnit(input: string, from: number, to: number, unit: number): boolean {
  for (let i = from; i < to; i++) if (input.charCodeAt(i) === unit) return true;
  return false;
}

/** Whether the code unit at `i` is a clause mark. */
export function isClauseMark(input: string, i: number): boolean {
  return CLAUSE_MARKS.has(input.charCodeAt(i));
}

/** Index of the first clause mark in `input[from, to)`, or -1. */
export function clauseMarkAt(input: string, from: number, to: number): number {
  for (let i = from; i < to; i++) if (CLAUSE_MARKS.has(input.charCodeAt(i))) return i;
  return -1;
}

/** Whether `input[from, to)` holds a clause mark. */
export function hasClauseMark(input: string, from: number, to: number): boolean {
  return clauseMarkAt(input, from, to) >= 0;
}
