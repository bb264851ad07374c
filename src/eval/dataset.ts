import { readFileSync, statSync } from "node:fs";
import { createError, type ErrorCode } from "../errors.js";

/** One labelled article, as in ../shared/data. */
export interface GoldItem {
  id: string;
  title: string | null;
  article: string;
  summaries: string[];
}

/** A system's output for one article: its highlights (one sentence each). */
export interface Prediction {
  id: string;
  highlights: string[];
}

type Json = Record<string, unknown>;

/** Read a JSONL file strictly: the first bad line stops with `file:line: ...` (exit code 2). */
function readJsonl(path: string, each: (record: Json, where: string) => void): void {
  let text: string;
  try {
    if (statSync(path).isDirectory()) throw createError("IS_DIRECTORY", `${path} is a directory`);
    text = readFileSync(path, "utf8");
  } catch (error) {
    if (error instanceof Error && "code" in error && error.code === "ENOENT") {
      throw createError("FILE_NOT_FOUND", `${path}: no such file`);
    }
    if (error instanceof Error && error.name === "KhulasaError") throw error;
    throw createError("FILE_UNREADABLE", `${path}: cannot be read`);
  }
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  let records = 0;
  lines.forEach((line, i) => {
    if (line.trim() === "") return;
    const where = `${path}:${i + 1}`;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch {
      throw createError("BAD_JSON", `${where}: not a JSON object`);
    }
    if (record === null || typeof record !== "object" || Array.isArray(record)) {
      throw createError("BAD_JSON", `${where}: not a JSON object`);
    }
    records++;
    each(record as Json, where);
  });
  if (records === 0) throw createError("EMPTY_FILE", `${path}: no records`);
}

function fail(code: ErrorCode, where: string, what: string): never {
  throw createError(code, `${where}: ${what}`);
}

function readId(record: Json, where: string, seen: Set<string>): string {
  const raw = record.id;
  if (typeof raw !== "string" && typeof raw !== "number") fail("BAD_RECORD", where, "no `id`");
  const id = String(raw);
  if (seen.has(id)) fail("DUPLICATE_ID", where, `duplicate id ${JSON.stringify(id)}`);
  seen.add(id);
  return id;
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((s) => typeof s === "string");
}

/** Load a gold file: `id`, `article`, `summaries` (one or more references), `title`?. */
export function loadGold(path: string): GoldItem[] {
  const items: GoldItem[] = [];
  const seen = new Set<string>();
  readJsonl(path, (record, where) => {
    const id = readId(record, where, seen);
    if (typeof record.article !== "string") fail("BAD_RECORD", where, "no `article` string");
    const summaries = record.summaries;
    if (!isStringArray(summaries) || summaries.length === 0) {
      fail("BAD_RECORD", where, "no `summaries` (a list of reference strings)");
    }
    const title = typeof record.title === "string" ? record.title : null;
    items.push({ id, title, article: record.article, summaries });
  });
  return items;
}

/**
 * Load predictions: `{"id", "highlights": [..]}` (khulasa batch output) or `{"id", "summary": ".."}`
 * (one sentence a line). Error records of a batch run (`{"error": ..}`) count as empty summaries.
 */
export function loadPredictions(path: string): Map<string, Prediction> {
  const out = new Map<string, Prediction>();
  const seen = new Set<string>();
  readJsonl(path, (record, where) => {
    if (record.error !== undefined && record.highlights === undefined) {
      if (typeof record.id === "string" || typeof record.id === "number") {
        const id = readId(record, where, seen);
        out.set(id, { id, highlights: [] });
      }
      return;
    }
    const id = readId(record, where, seen);
    if (isStringArray(record.highlights)) {
      out.set(id, { id, highlights: record.highlights });
    } else if (typeof record.summary === "string") {
      out.set(id, { id, highlights: record.summary.split("\n") });
    } else {
      fail("BAD_RECORD", where, "no `highlights` list (or `summary` string)");
    }
  });
  return out;
}
