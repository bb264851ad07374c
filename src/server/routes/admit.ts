import type { FastifyInstance } from "fastify";
import { KhulasaError } from "../../errors.js";
import { type ServiceContext, sendError } from "../context.js";

/** When a work request arrived (`performance.now()`), for its deadline. */
export function arrivedAt(request: object): number {
  return (request as { khulasaArrivedAt?: number }).khulasaArrivedAt ?? performance.now();
}

/** Admit a work request (503 BUSY past the limit); release it when its response closes. */
export function admit(ctx: ServiceContext, app: FastifyInstance): void {
  app.addHook("onRequest", async (request, reply) => {
    const release = ctx.admission.enter();
    if (release instanceof KhulasaError) return sendError(ctx, reply, release);
    reply.raw.once("close", release);
    (request as { khulasaArrivedAt?: number }).khulasaArrivedAt = performance.now();
  });
}
