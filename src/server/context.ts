import type { IncomingMessage } from "node:http";
import type { FastifyReply, FastifyRequest } from "fastify";
import type { KhulasaError } from "../errors.js";
import type { Admission } from "./admission.js";
import type { ServerOptions } from "./config.js";
import type { Engine } from "./engine.js";
import { errorBody } from "./http-errors.js";
import type { ServiceMetrics } from "./metrics.js";

/** How long a client may take to send a request, as Node's HTTP server enforces it. */
export interface HttpTimeouts {
  /** Its headers (Node's `headersTimeout`), in milliseconds. */
  headers: number;
  /** The whole request, body included (Node's `requestTimeout`), in milliseconds. */
  request: number;
  /**
   * How often Node checks the two (`connectionsCheckingInterval`), in milliseconds: a request
   * is cut up to this long after its limit.
   */
  check: number;
  /**
   * How long a batch's body may stop coming in, in milliseconds: no byte for this long while the
   * server waits for one, having answered every record read, ends the batch (408 TIMEOUT, or a
   * last TIMEOUT line), closes its connection and frees its slot. Not Node's: the batch route's.
   */
  bodyIdle: number;
  /**
   * How long, in milliseconds, a connection answered before its request's body came in (413,
   * 415, 404, BUSY) goes on being read, the rest dropped, before it is closed: a client still
   * sending then reads its answer, where closing at once would reset the connection and lose it.
   */
  linger: number;
  /** How many bytes that connection may send meanwhile: past them it is closed at once. */
  lingerBytes: number;
}

/** What every route of the service shares. */
export interface ServiceContext {
  options: ServerOptions;
  http: HttpTimeouts;
  engine: Engine;
  admission: Admission;
  metrics: ServiceMetrics;
  version: string;
  /** `performance.now()` when the service was built. */
  startedAt: number;
}

/** The error code each refused request was answered with, for its one log line. */
const answeredCodes = new WeakMap<FastifyReply, string>();

/**
 * Answer with `{"error": {...}}` and the code's HTTP status (or `status`, as 408 for a TIMEOUT of
 * a request not received in time); counts the error in the metrics.
 */
export function sendError(
  ctx: ServiceContext,
  reply: FastifyReply,
  e: KhulasaError,
  status: number = e.httpStatus,
): FastifyReply {
  ctx.metrics.errors.inc({ code: e.code });
  answeredCodes.set(reply, e.code);
  reply.code(status).type("application/json; charset=utf-8").header("cache-control", "no-store");
  if (status === 503) reply.header("retry-after", "1");
  return reply.send(errorBody(e));
}

/** Requests whose one log line is written. */
const loggedRequests = new WeakSet<FastifyRequest>();

/** Why Node's HTTP server refused a request whose body was coming in (a 408), for its line. */
export interface Refusal {
  code: string;
  status: number;
  reason: string | undefined;
}

const refusals = new WeakMap<IncomingMessage, Refusal>();

/**
 * Note that Node refused `raw` while its body came in (`clientErrorHandler`): closing its
 * connection ends the request, whose one line (`logAborted`) is then this refusal, with its id,
 * not "aborted by the client".
 */
export function noteRefused(raw: IncomingMessage, refusal: Refusal): void {
  refusals.set(raw, refusal);
}

/**
 * Count a finished response in the metrics and log it: one line a request, with the error code
 * of a refusal, at `warn` for a 5xx (BUSY under overload is one line a request, not two).
 */
export function recordResponse(
  ctx: ServiceContext,
  request: FastifyRequest,
  reply: FastifyReply,
): void {
  loggedRequests.add(request);
  const route = request.routeOptions.url ?? "unmatched";
  const status = String(reply.statusCode);
  ctx.metrics.requests.inc({ route, method: request.method, status });
  ctx.metrics.latency.observe({ route }, reply.elapsedTime / 1000);
  const code = answeredCodes.get(reply);
  const line = {
    req: request,
    res: reply,
    responseTime: Math.round(reply.elapsedTime * 100) / 100,
    ...(code === undefined ? {} : { code }),
  };
  if (reply.statusCode >= 500) request.log.warn(line, "request completed");
  else request.log.info(line, "request completed");
}

/**
 * The one log line of a request that ends with no response: its client went away, or shutdown,
 * having waited as long as it could, closed its connection.
 */
export function logAborted(ctx: ServiceContext, request: FastifyRequest): void {
  // A connection the server closes after a response (a batch cut at its limit, whose rest is
  // not read) ends its request too: that request's line is the response's.
  if (loggedRequests.has(request)) return;
  loggedRequests.add(request);
  const refusal = refusals.get(request.raw);
  if (refusal !== undefined) request.log.info({ req: request, ...refusal }, "request refused");
  else if (ctx.admission.cut) request.log.warn({ req: request }, "request cut off by shutdown");
  else request.log.info({ req: request }, "request aborted by the client");
}
