import type { Readable } from "node:stream";
import { createError, KhulasaError } from "../errors.js";
import { describeValue } from "../text/describe.js";
import { DEFAULT_MAX_LINE_BYTES, type JsonlItem, readJsonl } from "./jsonl.js";

/** One input record of `khulasa batch`. */
export interface BatchRecord {
  id: string | number;
  article: string;
  title: string | null;
}

/** A BAD_RECORD error naming the field at fault. */
export class RecordError extends KhulasaError {
  readonly field: string;
  readonly id: string | number | undefined;

  constructor(field: string, message: string, id?: string | number) {
    super("BAD_RECORD", message);
    this.field = field;
    this.id = id;
  }
}

/** Check one parsed JSON value as a batch record; throws RecordError (BAD_RECORD) naming the field. */
export function validateBatchRecord(value: unknown): BatchRecord {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new RecordError("record", `expected a JSON object, got ${describeValue(value)}`);
  }
  const obj = value as Record<string, unknown>;
  const id = obj.id;
  if (id === undefined) throw new RecordError("id", "`id` is missing");
  if (!((typeof id === "string" && id !== "") || (typeof id === "number" && Number.isFinite(id)))) {
    throw new RecordError(
      "id",
      `\`id\` must be a non-empty string or a number, got ${describeValue(id)}`,
    );
  }
  if (isRoundedId(id)) throw new RecordError("id", roundedIdMessage(id));
  const article = obj.article;
  if (article === undefined) throw new RecordError("article", "`article` is missing", id);
  if (typeof article !== "string") {
    throw new RecordError(
      "article",
      `\`article\` must be a string, got ${describeValue(article)}`,
      id,
    );
  }
  const title = obj.title ?? null;
  if (title !== null && typeof title !== "string") {
    throw new RecordError(
      "title",
      `\`title\` must be a string or null, got ${describeValue(title)}`,
      id,
    );
  }
  return { id, article, title };
}

/**
 * Read batch records from a JSONL stream, one at a time: each line gives a valid record or an
 * error item (BAD_JSON, BAD_RECORD with `field`, DUPLICATE_ID, TOO_LARGE, NOT_TEXT). Only the
 * ids seen so far are kept in memory, to find duplicates.
 */
export async function* readBatchRecords(
  stream: Readable,
  maxLineBytes: number = DEFAULT_MAX_LINE_BYTES,
): AsyncGenerator<JsonlItem<BatchRecord>> {
  const seen = new Set<string>();
  for await (const item of readJsonl(stream, maxLineBytes)) {
    if ("error" in item) {
      yield item;
      continue;
    }
    const { line } = item;
    let record: BatchRecord;
    try {
      record = validateBatchRecord(item.record);
    } catch (error) {
      const e = error as RecordError;
      if (e.id !== undefined) seen.add(idKey(e.id));
      const failed: JsonlItem<BatchRecord> = { line, error: e, field: e.field };
      yield e.id === undefined ? failed : { ...failed, id: e.id };
      continue;
    }
    const key = idKey(record.id);
    if (seen.has(key)) {
      yield { line, error: duplicateIdError(record.id), id: record.id };
      continue;
    }
    seen.add(key);
    yield { line, record };
  }
}

/** Ids of different JSON types are different ids: `1` and `"1"` may both appear. */
export function idKey(id: string | number): string {
  return `${typeof id}:${id}`;
}

/** DUPLICATE_ID for a record whose id came before in the same batch. */
export function duplicateIdError(id: string | number): KhulasaError {
  return createError("DUPLICATE_ID", `id ${JSON.stringify(id)} appeared before`);
}

/**
 * A numeric id that JSON.parse has rounded (a whole number beyond 2^53): echoed, it would be
 * another id than the input's, and two ids could collide.
 */
export function isRoundedId(id: unknown): id is number {
  return typeof id === "number" && Number.isInteger(id) && !Number.isSafeInteger(id);
}

/** The error message for a rounded id. */
export function roundedIdMessage(id: number): string {
  return `\`id\` is a whole number beyond 2^53, read as ${id} (digits lost); write it as a string`;
}
