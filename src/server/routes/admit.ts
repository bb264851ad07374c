import type { FastifyInstance, FastifyReply } from "fastify";
import { createError, KhulasaError } from "../../errors.js";
import { type ServiceContext, sendError } from "../context.js";

/** When a work request arrived (`performance.now()`), for its deadline. */
export function arrivedAt(request: object): number {
  return (request as { khulasaArrivedAt?: number }).khulasaArrivedAt ?? performance.now();
}

/**
 * Admit a work request (503 BUSY past the limit); release it when its response closes. At
 * `onRequest` for a route that works while its body streams in (the batch); at `preHandler`,
 * once the body has come in and passed its schema, for one that reads it whole: a client still
 * uploading (slowly, or never finishing) then holds no slot of `--concurrency`, and its deadline
 * starts when there is work to do. A request that arrived before shutdown began is still
 * admitted when its body is in: shutdown finishes the requests in flight.
 */
export function admit(
  ctx: ServiceContext,
  app: FastifyInstance,
  at: "onRequest" | "preHandler",
): void {
  // A request whose body was still coming in when shutdown began is in flight: it is served.
  const OPEN = Symbol("arrived before shutdown");
  if (at === "preHandler") {
    app.addHook("onRequest", async (request) => {
      (request as { [OPEN]?: boolean })[OPEN] = !ctx.admission.closing;
    });
  }
  app.addHook(at, async (request, reply) => {
    const release = ctx.admission.enter((request as { [OPEN]?: boolean })[OPEN] === true);
    if (release instanceof KhulasaError) return sendError(ctx, reply, release);
    reply.raw.once("close", release);
    (request as { khulasaArrivedAt?: number }).khulasaArrivedAt = performance.now();
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
