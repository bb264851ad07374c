import type { FastifyReply, FastifyRequest } from "fastify";
import type { KhulasaError } from "../errors.js";
import type { Admission } from "./admission.js";
import type { ServerOptions } from "./config.js";
import type { Engine } from "./engine.js";
import { errorBody } from "./http-errors.js";
import type { ServiceMetrics } from "./metrics.js";

/** What every route of the service shares. */
export interface ServiceContext {
  options: ServerOptions;
  engine: Engine;
  admission: Admission;
  metrics: ServiceMetrics;
  version: string;
  /** `performance.now()` when the service was built. */
  startedAt: number;
}

/** Answer with `{"error": {...}}` and the code's HTTP status; counts the error in the metrics. */
export function sendError(ctx: ServiceContext, reply: FastifyReply, e: KhulasaError): FastifyReply {
  ctx.metrics.errors.inc({ code: e.code });
  reply
    .code(e.httpStatus)
    .type("application/json; charset=utf-8")
    .header("cache-control", "no-store");
  if (e.httpStatus === 503) reply.header("retry-after", "1");
  if (e.httpStatus >= 500) reply.log.warn({ code: e.code }, e.message);
  return reply.send(errorBody(e));
}

/** Count a finished response in the metrics and log it: one line a request. */
export function recordResponse(
  ctx: ServiceContext,
  request: FastifyRequest,
  reply: FastifyReply,
): void {
  const route = request.routeOptions.url ?? "unmatched";
  const status = String(reply.statusCode);
  ctx.metrics.requests.inc({ route, method: request.method, status });
  ctx.metrics.latency.observe({ route }, reply.elapsedTime / 1000);
  request.log.info(
    { req: request, res: reply, responseTime: Math.round(reply.elapsedTime * 100) / 100 },
    "request completed",
  );
}
