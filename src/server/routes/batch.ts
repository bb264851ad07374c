import { Readable } from "node:stream";
import type { FastifyInstance } from "fastify";
import { createError } from "../../errors.js";
import { type BatchResult, runBatch } from "../batch.js";
import { BodyStalled, STALLED_STATUS } from "../body-idle.js";
import { type ServiceContext, sendError } from "../context.js";
import { abandon, admit, clientGone, clientLeft } from "./admit.js";

/** Content type of the batch route. */
export const NDJSON_TYPE = "application/x-ndjson";

/**
 * The response body: one line a result; a body that stalled after the first ends with a TIMEOUT
 * line, with its hint (`onStall` counts it).
 */
async function* ndjson(
  first: BatchResult,
  rest: AsyncGenerator<BatchResult>,
  onStall: (stalled: BodyStalled) => void,
): AsyncGenerator<string> {
  yield `${JSON.stringify(first)}\n`;
  try {
    for await (const result of rest) yield `${JSON.stringify(result)}\n`;
  } catch (error) {
    if (!(error instanceof BodyStalled)) throw error;
    onStall(error);
    const { code, message, hint } = error.error;
    yield `${JSON.stringify({ line: error.line, error: { code, message, hint } })}\n`;
  }
}

/** The answer to a batch with no records. */
function emptyBatch() {
  return createError("EMPTY_FILE", "the batch has no records", "Send one JSON object a line.");
}

/** `POST /v1/summarize/batch`: NDJSON records in, NDJSON results streamed back in order. */
export async function batchRoutes(app: FastifyInstance, ctx: ServiceContext): Promise<void> {
  app.removeAllContentTypeParsers();
  // The body stays a stream: records are read, summarized and answered as they arrive.
  app.addContentTypeParser(NDJSON_TYPE, (_request, payload, done) => done(null, payload));
  // A Content-Length over the limit is refused before admission: 413 even when every slot is
  // taken (a 503 would tell the client to send the same batch again later).
  app.addHook("onRequest", async (request) => {
    const { maxBatchBody } = ctx.options;
    const declared = Number(request.headers["content-length"] ?? Number.NaN);
    if (declared > maxBatchBody) {
      throw createError(
        "TOO_LARGE",
        `the batch is over the limit of ${maxBatchBody} bytes`,
        "Split the batch into smaller requests.",
      );
    }
  });
  admit(ctx, app, "firstByte");
  app.post("/v1/summarize/batch", { config: { accepts: NDJSON_TYPE } }, async (request, reply) => {
    const { maxBatchBody, maxBody, timeout } = ctx.options;
    // No body at all (no Content-Type, nothing to parse) is the empty batch.
    if (!(request.body instanceof Readable)) throw emptyBatch();
    const results = runBatch(request.body, {
      engine: ctx.engine,
      maxLineBytes: maxBody,
      maxBytes: maxBatchBody,
      timeout,
      bodyIdle: ctx.http.bodyIdle,
      signal: clientGone(reply),
      onRecord: (code) => {
        // Records stopped because the client left are answered to no one: not counted.
        if (clientLeft(reply)) return;
        ctx.metrics.batchRecords.inc({ outcome: code === null ? "ok" : "error" });
        if (code !== null) ctx.metrics.errors.inc({ code });
      },
    });
    let first: IteratorResult<BatchResult>;
    try {
      first = await results.next();
    } catch (error) {
      if (clientLeft(reply)) return abandon(ctx, reply);
      // Nothing answered yet: the request was not received in time. Its connection is closed
      // (the body is not all in), which frees the slot.
      if (error instanceof BodyStalled) return sendError(ctx, reply, error.error, STALLED_STATUS);
      throw error;
    }
    // The client left before the first result: nothing to stream to.
    if (clientLeft(reply)) {
      await results.return(undefined);
      return abandon(ctx, reply);
    }
    if (first.done) throw emptyBatch();
    // A body cut short (over the limit, or stalled) is not read to its end: close the connection.
    reply.raw.once("finish", () => {
      if (request.raw.complete === false) request.raw.destroy();
    });
    reply.type(`${NDJSON_TYPE}; charset=utf-8`).header("cache-control", "no-store");
    const onStall = (stalled: BodyStalled) => ctx.metrics.errors.inc({ code: stalled.error.code });
    return reply.send(Readable.from(ndjson(first.value, results, onStall)));
  });
}
