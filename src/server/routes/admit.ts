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
 * starts when there is work to do.
 */
export function admit(
  ctx: ServiceContext,
  app: FastifyInstance,
  at: "onRequest" | "preHandler",
): void {
  app.addHook(at, async (request, reply) => {
    const release = ctx.admission.enter();
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
