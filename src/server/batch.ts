import { Readable } from "node:stream";
import { asKhulasaError, createError, type KhulasaError } from "../errors.js";
import {
  checkRecordId,
  checkRecordText,
  checkRecordTitle,
  describe,
  duplicateIdError,
  isRecordId,
  RecordError,
} from "../io/batch-record.js";
import { IdSet } from "../io/id-set.js";
import { type JsonlItem, readJsonl } from "../io/jsonl.js";
import { COUNT_RANGE } from "../options.js";
import { isJsonObject } from "../text/describe.js";
import type { Summary } from "../text/types.js";
import { withDeadline } from "./admission.js";
import { BodyStalled, IdleWatch } from "./body-idle.js";
import type { Engine } from "./engine.js";
import type { SummarizeJob } from "./job.js";

/** One output line of the batch route: a summary, or an error for that record. */
export type BatchResult =
  | ({ id?: string | number; line: number; text?: string; title?: string | null } & Summary)
  | {
      id?: string | number;
      line: number;
      error: { code: string; message: string; field?: string };
    };

/** Limits and hooks of one batch run. */
export interface BatchOptions {
  engine: Engine;
  /** Largest line, in bytes. */
  maxLineBytes: number;
  /** Largest body, in bytes; the run stops with a TOO_LARGE line past it. */
  maxBytes: number;
  /**
   * Deadline of one record, in milliseconds, from when a thread begins it (not from when it is
   * read: records read ahead wait for a thread).
   */
  timeout: number;
  /**
   * Longest pause of the body, in milliseconds, while the run waits for it with every record read
   * answered: past it, the run throws BodyStalled.
   */
  bodyIdle: number;
  /** Aborts the jobs in flight (the client went away). */
  signal?: AbortSignal;
  /** Called once per record with its error code, or null when it succeeded. */
  onRecord?: (code: string | null) => void;
}

const RECORD_FIELDS: ReadonlySet<string> = new Set([
  "id",
  "article",
  "text",
  "html",
  "title",
  "count",
  "compress",
  "includeText",
]);

/**
 * A parsed batch line as a job; throws a RecordError naming the field (BAD_RECORD, or BAD_OPTION
 * for an option's value). `id`, the article's field and `title` follow the rules of `khulasa
 * batch` (`src/io/batch-record.ts`); here `id` may be left out, since every result line has
 * `line`.
 */
export function parseBatchRecord(value: unknown): { id?: string | number; job: SummarizeJob } {
  if (!isJsonObject(value)) {
    throw new RecordError("record", `expected a JSON object, got ${describe(value)}`);
  }
  const id = value.id === undefined ? undefined : checkRecordId(value.id);
  const unknown = Object.keys(value).find((k) => !RECORD_FIELDS.has(k));
  if (unknown !== undefined) throw new RecordError(unknown, `unknown field "${unknown}"`, id);
  const bodies = (["article", "text", "html"] as const).filter((k) => value[k] !== undefined);
  const body = bodies[0];
  if (bodies.length !== 1 || body === undefined) {
    throw new RecordError(
      "article",
      "give exactly one of the fields `article`, `text` and `html`",
      id,
    );
  }
  // `article` is read as `khulasa batch` reads it: an HTML page is detected (by the engine, or
  // the thread that takes a long one); `text` is plain.
  const job: SummarizeJob = { [body]: checkRecordText(body, value[body], id) };
  job.title = checkRecordTitle(value.title, id);
  if (value.compress !== undefined && typeof value.compress !== "boolean") {
    throw new RecordError("compress", "compress must be true or false", id, "BAD_OPTION");
  }
  const count = value.count;
  if (
    count !== undefined &&
    count !== null &&
    (typeof count !== "number" ||
      !Number.isInteger(count) ||
      count < COUNT_RANGE.min ||
      count > COUNT_RANGE.max)
  ) {
    const range = `a whole number from ${COUNT_RANGE.min} to ${COUNT_RANGE.max}, or null`;
    throw new RecordError("count", `count must be ${range}`, id, "BAD_OPTION");
  }
  if (value.includeText !== undefined && typeof value.includeText !== "boolean") {
    throw new RecordError("includeText", "includeText must be true or false", id, "BAD_OPTION");
  }
  job.count = (value.count as number | null | undefined) ?? null;
  if (value.compress !== undefined) job.compress = value.compress as boolean;
  if (value.includeText === true) job.includeText = true;
  return id === undefined ? { job } : { id, job };
}

/**
 * The error line of a record, with `field` for a BAD_RECORD or BAD_OPTION that names one (as
 * `khulasa batch`).
 */
function errorLine(line: number, error: unknown, id?: string | number): BatchResult {
  const e = asKhulasaError(error);
  const known = e instanceof RecordError ? e.id : undefined;
  const recordId = id ?? known;
  const out = {
    line,
    error: {
      code: e.code,
      message: e.message,
      ...(e instanceof RecordError ? { field: e.field } : {}),
    },
  };
  return recordId === undefined ? out : { id: recordId, ...out };
}

/**
 * The first `max` bytes of `stream`, then TOO_LARGE if there are more. The chunk that crosses
 * the limit is cut, not dropped: every line that ends within the limit is read.
 */
async function* limitBytes(
  stream: Readable,
  max: number,
  watch: IdleWatch,
): AsyncGenerator<Buffer> {
  let total = 0;
  // destroyOnReturn false: stopping early must not destroy the request (and the response).
  for await (const chunk of stream.iterator({ destroyOnReturn: false })) {
    watch.touch();
    const buf = typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer);
    if (total + buf.length > max) {
      if (max > total) yield buf.subarray(0, max - total);
      // Not destroyed here: that would cut the response too. The route drops the rest.
      throw createError("TOO_LARGE", `the batch is over the limit of ${max} bytes`);
    }
    total += buf.length;
    yield buf;
  }
}

/**
 * `limitBytes` as a stream for the line reader. A high-water mark of one chunk: the next chunk
 * (or the TOO_LARGE error, which destroys the stream and drops what it holds) is pulled only
 * once the reader took the previous one, so the chunk cut at the limit is read before it.
 */
function limitedStream(stream: Readable, max: number, watch: IdleWatch): Readable {
  return Readable.from(limitBytes(stream, max, watch), { highWaterMark: 1 });
}

type Read =
  | { kind: "input"; item: IteratorResult<JsonlItem<unknown>> }
  | { kind: "failed"; error: unknown }
  | { kind: "result" }
  | { kind: "stalled" };

/**
 * Summarize an NDJSON stream, yielding one result a record, in input order, as soon as it is
 * ready (not when the next line arrives), while later records already run (up to a window of
 * twice the engine's threads). A body over `maxBytes` ends the run with a TOO_LARGE line. A
 * body that stops coming in, with every record read answered (the client owes the next bytes,
 * not the server an answer), for `bodyIdle` ms, ends the run: it throws BodyStalled.
 */
export async function* runBatch(stream: Readable, o: BatchOptions): AsyncGenerator<BatchResult> {
  const window = Math.max(2, o.engine.threads * 2);
  const pending: Promise<BatchResult>[] = [];
  const track = (promise: Promise<BatchResult>): void => {
    pending.push(
      promise.then((value) => {
        o.onRecord?.("error" in value ? value.error.code : null);
        return value;
      }),
    );
  };
  const watch = new IdleWatch(o.bodyIdle);
  const input = readJsonl(limitedStream(stream, o.maxBytes, watch), o.maxLineBytes);
  const read = (): Promise<Read> =>
    input.next().then(
      (item): Read => ({ kind: "input", item }),
      (error: unknown): Read => ({ kind: "failed", error }),
    );
  let next: Promise<Read> | null = read();
  let lastLine = 0;
  // Ids seen so far, as `khulasa batch` keeps them: a repeated id is DUPLICATE_ID.
  const seen = new IdSet();
  while (next || pending.length) {
    const head = pending[0];
    const waits: Promise<Read>[] = [];
    if (next && pending.length < window) waits.push(next);
    if (head) waits.push(head.then((): Read => ({ kind: "result" })));
    // Nothing left to answer: only the client's next bytes can move the run on.
    else if (next) waits.push(watch.wait().then((): Read => ({ kind: "stalled" })));
    const got = await Promise.race(waits);
    watch.stop();
    if (got.kind === "stalled") throw new BodyStalled(lastLine + 1, o.bodyIdle);
    if (got.kind === "result") {
      yield await (pending.shift() as Promise<BatchResult>);
      continue;
    }
    if (got.kind === "failed") {
      next = null;
      while (pending.length) yield await (pending.shift() as Promise<BatchResult>);
      const e = asKhulasaError(got.error);
      const result = errorLine(lastLine + 1, e.code === "INTERNAL" ? readError() : e);
      o.onRecord?.("error" in result ? result.error.code : null);
      yield result;
      return;
    }
    if (got.item.done) {
      next = null;
      continue;
    }
    const item = got.item.value;
    lastLine = item.line;
    if ("error" in item) track(Promise.resolve(errorLine(item.line, item.error)));
    else {
      const id = recordId(item.record);
      // `add` says whether the id is new: one digest an id, as `khulasa batch` does.
      if (id !== undefined && !seen.add(id)) {
        track(Promise.resolve(errorLine(item.line, duplicateIdError(id), id)));
      } else {
        track(runRecord(item.line, item.record, o));
      }
    }
    next = read();
  }
}

/** A record's id when it has a valid one. */
function recordId(value: unknown): string | number | undefined {
  return isJsonObject(value) && isRecordId(value.id) ? value.id : undefined;
}

function readError(): KhulasaError {
  return createError("BAD_REQUEST", "the request body could not be read to its end");
}

async function runRecord(line: number, value: unknown, o: BatchOptions): Promise<BatchResult> {
  let id: string | number | undefined;
  try {
    const parsed = parseBatchRecord(value);
    id = parsed.id;
    const outcome = await withDeadline(
      o.timeout,
      (signal, started) => o.engine.run(parsed.job, signal, started),
      o.signal,
    );
    if (!outcome.ok) return errorLine(line, createError(outcome.code, outcome.message), id);
    // With `includeText`, the text the spans index into (after a BOM, a block of highlights or an
    // HTML page's markup), as `POST /v1/summarize` gives it.
    const text =
      outcome.text === undefined ? {} : { text: outcome.text, title: outcome.title ?? null };
    const result = { line, ...outcome.summary, ...text };
    return id === undefined ? result : { id, ...result };
  } catch (error) {
    return errorLine(line, error, id);
  }
}
