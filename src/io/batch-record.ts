import type { Readable } from "node:stream";
import { createError, KhulasaError } from "../errors.js";
import {
  describeValue,
  isIdValue,
  isJsonObject,
  isRoundedId,
  roundedIdMessage,
} from "../text/describe.js";
import { IdSet } from "./id-set.js";
import { DEFAULT_MAX_LINE_BYTES, type JsonlItem, readJsonl } from "./jsonl.js";

/** One input record of `khulasa batch`. */
export interface BatchRecord {
  id: string | number;
  article: string;
  title: string | null;
}

/**
 * An error of one record naming the field at fault: BAD_RECORD, or BAD_OPTION for an option's
 * value (`count`, `compress`, `includeText` of `POST /v1/summarize/batch`).
 */
export class RecordError extends KhulasaError {
  readonly field: string;
  readonly id: string | number | undefined;

  constructor(
    field: string,
    message: string,
    id?: string | number,
    code: "BAD_RECORD" | "BAD_OPTION" = "BAD_RECORD",
  ) {
    super(code, message);
    this.field = field;
    this.id = id;
  }
}

// The rules of a record's fields, one place for `khulasa batch` and `POST /v1/summarize/batch`
// (which also takes a record without `id`, `text` or `html` in place of `article`, and
// options). Each check throws a RecordError naming the field, with the record's id when it
// has a valid one.

/** Whether `id` is a valid record id: a non-empty string, or a number JSON.parse read exactly. */
export function isRecordId(id: unknown): id is string | number {
  return isIdValue(id) && !isRoundedId(id);
}

/** A record's `id`, checked with `isRecordId`; RecordError (field `id`) otherwise. */
export function checkRecordId(id: unknown): string | number {
  if (id === undefined) throw new RecordError("id", "`id` is missing");
  if (isRoundedId(id)) throw new RecordError("id", roundedIdMessage(id));
  if (!isRecordId(id)) {
    throw new RecordError(
      "id",
      `\`id\` must be a non-empty string or a number, got ${describe(id)}`,
    );
  }
  return id;
}

/** A record's article text (field `article`, `text` or `html`): a string. */
export function checkRecordText(field: string, value: unknown, id?: string | number): string {
  if (value === undefined) throw new RecordError(field, `\`${field}\` is missing`, id);
  if (typeof value !== "string") {
    throw new RecordError(field, `\`${field}\` must be a string, got ${describe(value)}`, id);
  }
  return value;
}

/** A record's `title`: a string, or null (also when absent). */
export function checkRecordTitle(title: unknown, id?: string | number): string | null {
  if (title === undefined || title === null) return null;
  if (typeof title !== "string") {
    throw new RecordError(
      "title",
      `\`title\` must be a string or null, got ${describe(title)}`,
      id,
    );
  }
  return title;
}

/** Check one parsed JSON value as a batch record; throws RecordError (BAD_RECORD) naming the field. */
export function validateBatchRecord(value: unknown): BatchRecord {
  if (!isJsonObject(value)) {
    throw new RecordError("record", `expected a JSON object, got ${describe(value)}`);
  }
  const id = checkRecordId(value.id);
  const article = checkRecordText("article", value.article, id);
  const title = checkRecordTitle(value.title, id);
  return { id, article, title };
}

/**
 * Read batch records from a JSONL stream, one at a time: each line gives a valid record or an
 * error item (BAD_JSON, BAD_RECORD with `field`, DUPLICATE_ID, TOO_LARGE, NOT_TEXT). Only the
 * ids seen so far are kept in memory, to find duplicates, as 96-bit digests (`IdSet`).
 */
export async function* readBatchRecords(
  stream: Readable,
  maxLineBytes: number = DEFAULT_MAX_LINE_BYTES,
): AsyncGenerator<JsonlItem<BatchRecord>> {
  const seen = new IdSet();
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
      if (e.id !== undefined) seen.add(e.id);
      const failed: JsonlItem<BatchRecord> = { line, error: e, field: e.field };
      yield e.id === undefined ? failed : { ...failed, id: e.id };
      continue;
    }
    if (!seen.add(record.id)) {
      yield { line, error: duplicateIdError(record.id), id: record.id };
      continue;
    }
    yield { line, record };
  }
}

/** DUPLICATE_ID for a record whose id came before in the same batch. */
export function duplicateIdError(id: string | number): KhulasaError {
  return createError("DUPLICATE_ID", `id ${JSON.stringify(id)} appeared before`);
}

/**
 * What a JSON value is, for messages (`describeValue`), except that a number JSON.parse read as
 * Infinity (`1e400`, too large for a double) is "a number out of range".
 */
export function describe(value: unknown): string {
  if (typeof value === "number" && !Number.isFinite(value)) return "a number out of range";
  return describeValue(value);
}
