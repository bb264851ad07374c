import { Readable } from "node:stream";
import type { FastifyInstance, FastifyReply } from "fastify";
import { createError, KhulasaError } from "../../errors.js";
import { logAborted, type ServiceContext, sendError } from "../context.js";

/**
 * Admit a work request (503 BUSY past the limit); release it when its response closes. At
 * `firstByte` for a route that works while its body streams in (the batch): once the first byte
 * of the body has come (or the body has ended), so that a client that sends headers and then
 * nothing holds no slot. At `preHandler`, once the body has come in and passed its schema, for
 * one that reads it whole: a client still uploading (slowly, or never finishing) then holds no
 * slot of `--concurrency`. A request that arrived before shutdown began is still admitted when
 * its body is in: shutdown finishes the requests in flight.
 */
export function admit(
  ctx: ServiceContext,
  app: FastifyInstance,
  at: "firstByte" | "preHandler",
): void {
  // A request whose body was still coming in when shutdown began is in flight: it is served.
  const OPEN = Symbol("arrived before shutdown");
  app.addHook("onRequest", async (request) => {
    (request as { [OPEN]?: boolean })[OPEN] = !ctx.admission.closing;
  });
  app.addHook("preHandler", async (request, reply) => {
    if (at === "firstByte" && request.body instanceof Readable) await firstByte(request.body);
    // Gone while its first byte was awaited: no slot to take (its close would never free it).
    if (clientLeft(reply)) {
      abandon(ctx, reply);
      return reply;
    }
    const release = ctx.admission.enter((request as { [OPEN]?: boolean })[OPEN] === true);
    if (release instanceof KhulasaError) return sendError(ctx, reply, release);
    reply.raw.once("close", release);
  });
}

/** Resolves when `body` has a byte to read, has ended or has failed (it is not read here). */
function firstByte(body: Readable): Promise<void> {
  if (body.readableLength > 0 || body.readableEnded || body.destroyed) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      body.off("readable", done);
      body.off("end", done);
      body.off("close", done);
      body.off("error", done);
      resolve();
    };
    body.on("readable", done);
    body.on("end", done);
    body.on("close", done);
    body.on("error", done);
  });
}

/**
 * A signal that aborts when the response's connection closes: the client went away (or the
 * response ended, when there is nothing left to stop). Jobs in flight are stopped with it.
 */
export function clientGone(reply: FastifyReply): AbortSignal {
  const controller = new AbortController();
  reply.raw.once("close", () => controller.abort(createError("BAD_REQUEST", "client went away")));
  return controller.signal;
}

/** Whether the client closed its connection before its answer: nothing can reach it. */
export function clientLeft(reply: FastifyReply): boolean {
  return reply.raw.destroyed || reply.request.raw.socket?.destroyed === true;
}

/**
 * Give up a request whose client left before its answer (or whose connection shutdown closed):
 * its one log line says so, as for a body cut short (the onRequestAbort hook), and no error is
 * counted (it was none of the request's), nor a status (none was sent).
 */
export function abandon(ctx: ServiceContext, reply: FastifyReply): void {
  // A body cut short has its line already, from the onRequestAbort hook.
  if (reply.request.raw.complete) logAborted(ctx, reply.request);
  reply.hijack();
}
