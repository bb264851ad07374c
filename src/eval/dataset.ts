import { createError, type ErrorCode } from "../errors.js";
import {
  describeValue,
  isIdValue,
  isJsonObject,
  isRoundedId,
  roundedIdMessage,
} from "../text/describe.js";
import { syntaxErrorAt } from "../text/json-syntax.js";

/** One labelled article, as in ../shared/data. */
export interface GoldItem {
  id: string;
  title: string | null;
  article: string;
  summaries: string[];
  /** `file:line` of the record, when read by `parseGold` (for messages). */
  where?: string;
  /** The record's 1-based line, when read by `parseGold`. */
  line?: number;
  /**
   * The record's `title` when it is there but neither a string nor null (`title` is then null):
   * `khulasa eval` fails the item when it scores khulasa or a baseline, as `batch` refuses such a
   * record (BAD_RECORD).
   */
  badTitle?: unknown;
}

/** Why a system has no summary for an item: a batch error line, or an error summarizing it. */
export interface ItemError {
  code: string;
  message: string;
  /** `file:line` of the error line, or of the gold record; null when unknown. */
  where: string | null;
}

/** A system's output for one article: its highlights (one sentence each). */
export interface Prediction {
  id: string;
  highlights: string[];
  /** Set for an error line of `khulasa batch` (its highlights are then empty). */
  error?: ItemError;
}

/** A predictions file: predictions by id, and the error lines that name no id. */
export interface PredictionFile {
  predictions: Map<string, Prediction>;
  /** `file:line` of each batch error line without an `id` (it matches no gold item). */
  unnamedErrors: string[];
  /**
   * `file:line` of each batch error line for a repeated input id (DUPLICATE_ID): its id's first
   * record has its own line, so these are left out rather than refused as a duplicate id.
   */
  duplicateErrors: string[];
}

type Json = Record<string, unknown>;

/** What each kind of file must hold: the hint of its BAD_RECORD, BAD_JSON and EMPTY_FILE errors. */
const HINTS = {
  gold: "Each gold line needs an `id`, an `article` string and `summaries` (a list of strings).",
  pred:
    "Each prediction line needs an `id` and `highlights` (a list of strings, as `khulasa batch` " +
    "writes) or a `summary` string.",
} as const;

type FileKind = keyof typeof HINTS;

/**
 * Read the text of a JSONL file strictly, a record at a time: the first bad line stops with
 * `name:line: ...` (exit code 2). A byte-order mark may open any line, as in `khulasa batch`'s
 * input (files joined with `cat`).
 */
function readJsonl(
  text: string,
  name: string,
  kind: FileKind,
  each: (record: Json, where: string, line: number) => void,
): void {
  const lines = text.split(/\r?\n/);
  let records = 0;
  lines.forEach((raw, i) => {
    const line = raw.startsWith("\uFEFF") ? raw.slice(1) : raw;
    if (line.trim() === "") return;
    const where = `${name}:${i + 1}`;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch (error) {
      throw createError("BAD_JSON", `${where}: not valid JSON${syntaxErrorAt(error, line)}`);
    }
    if (!isJsonObject(record)) {
      const what = `not a JSON object (${describeValue(record)})`;
      throw createError("BAD_JSON", `${where}: ${what}`, HINTS[kind]);
    }
    records++;
    each(record, where, i + 1);
  });
  if (records === 0) throw createError("EMPTY_FILE", `${name}: no records`, HINTS[kind]);
}

function fail(code: ErrorCode, where: string, what: string, hint?: string): never {
  throw createError(code, `${where}: ${what}`, hint);
}

function readId(record: Json, where: string, seen: Set<string>, kind: FileKind): string {
  if (record.id === "") fail("BAD_RECORD", where, "an empty `id`", HINTS[kind]);
  if (!isIdValue(record.id)) fail("BAD_RECORD", where, "no `id`", HINTS[kind]);
  // Two ids past 2^53 - 1 may read as one number: the wrong article would be scored.
  if (isRoundedId(record.id)) fail("BAD_RECORD", where, roundedIdMessage(record.id), HINTS[kind]);
  const id = String(record.id);
  if (seen.has(id)) fail("DUPLICATE_ID", where, `duplicate id ${JSON.stringify(id)}`);
  seen.add(id);
  return id;
}

/** What is wrong with a gold record's `summaries` that is not a non-empty list of strings. */
function summariesProblem(value: unknown): string {
  if (value === undefined) return "no `summaries`";
  if (!Array.isArray(value)) return `\`summaries\` is ${describeValue(value)}`;
  return value.length === 0 ? "`summaries` is an empty list" : "`summaries` holds a non-string";
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((s) => typeof s === "string");
}

/**
 * The records of a gold file's text (`name` names it in messages): `id`, `article`, `summaries`
 * (one or more references), `title`?.
 */
export function parseGold(text: string, name: string): GoldItem[] {
  const items: GoldItem[] = [];
  const seen = new Set<string>();
  readJsonl(text, name, "gold", (record, where, line) => {
    const id = readId(record, where, seen, "gold");
    if (typeof record.article !== "string") {
      fail("BAD_RECORD", where, "no `article` string", HINTS.gold);
    }
    const summaries = record.summaries;
    if (!isStringArray(summaries) || summaries.length === 0) {
      fail(
        "BAD_RECORD",
        where,
        `${summariesProblem(summaries)} (a list of reference strings)`,
        HINTS.gold,
      );
    }
    const item: GoldItem = { id, title: null, article: record.article, summaries, where, line };
    if (typeof record.title === "string") item.title = record.title;
    else if (record.title !== undefined && record.title !== null) item.badTitle = record.title;
    items.push(item);
  });
  return items;
}

/**
 * The predictions of a file's text (`name` names it in messages): `{"id", "highlights": [..]}`
 * (khulasa batch output) or `{"id", "summary": ".."}` (one sentence a line). An error line of a
 * batch run (`{"id"?, "line", "error": {..}}`) is kept as a prediction with no highlights and
 * its `error`, so that it is scored as an empty summary and reported; one without an id is
 * listed in `unnamedErrors`.
 */
export function parsePredictions(text: string, name: string): PredictionFile {
  const predictions = new Map<string, Prediction>();
  const unnamedErrors: string[] = [];
  const duplicateErrors: string[] = [];
  const seen = new Set<string>();
  readJsonl(text, name, "pred", (record, where) => {
    // A batch error line: an `error` and no summary. A summary beside `"error": null` (or any
    // error) is a prediction, scored as such.
    const summarized = record.highlights !== undefined || record.summary !== undefined;
    if (record.error !== undefined && record.error !== null && !summarized) {
      if (!isIdValue(record.id)) {
        unnamedErrors.push(where);
        return;
      }
      const error = batchError(record.error, where);
      if (error.code === "DUPLICATE_ID") {
        duplicateErrors.push(where);
        return;
      }
      const id = readId(record, where, seen, "pred");
      predictions.set(id, { id, highlights: [], error });
      return;
    }
    const id = readId(record, where, seen, "pred");
    if (isStringArray(record.highlights)) {
      predictions.set(id, { id, highlights: record.highlights });
    } else if (record.highlights !== undefined) {
      const what = `\`highlights\` must be a list of strings, got ${describeValue(record.highlights)}`;
      fail(
        "BAD_RECORD",
        where,
        Array.isArray(record.highlights) ? `${what} with other values` : what,
        HINTS.pred,
      );
    } else if (typeof record.summary === "string") {
      predictions.set(id, { id, highlights: record.summary.split("\n") });
    } else {
      fail("BAD_RECORD", where, "no `highlights` list (or `summary` string)", HINTS.pred);
    }
  });
  return { predictions, unnamedErrors, duplicateErrors };
}

/** The `error` of a batch error line (`{"code", "message"}`), tolerant of other shapes. */
function batchError(error: unknown, where: string): ItemError {
  const e = (typeof error === "object" && error !== null ? error : {}) as Json;
  return {
    code: typeof e.code === "string" ? e.code : "ERROR",
    message: typeof e.message === "string" ? e.message : String(JSON.stringify(error)),
    where,
  };
}
