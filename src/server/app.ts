import { randomUUID } from "node:crypto";
import { type IncomingMessage, maxHeaderSize } from "node:http";
import Fastify, {
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
  LogController,
} from "fastify";
import { packageVersion } from "../cli/version.js";
import { createError } from "../errors.js";
import { isJsonObject } from "../text/describe.js";
import { Admission } from "./admission.js";
import { resolveServerOptions, type ServerOptions } from "./config.js";
import {
  type HttpTimeouts,
  logAborted,
  recordResponse,
  type ServiceContext,
  sendError,
} from "./context.js";
import { createEngine, type Engine } from "./engine.js";
import { answering, continueOnRead } from "./expect-continue.js";
import { clientErrorHandler, frameworkErrorHandler } from "./framework-errors.js";
import { toHttpError } from "./http-errors.js";
import { lingerOnClose } from "./linger.js";
import { loggerOptions } from "./logging.js";
import { createServiceMetrics } from "./metrics.js";
import { batchRoutes } from "./routes/batch.js";
import { metaRoutes } from "./routes/meta.js";
import { summarizeRoutes } from "./routes/summarize.js";
import { SECURITY_HEADERS, webRoutes } from "./routes/web.js";

/**
 * How long a client may take to send a request's headers (Node's default `headersTimeout`,
 * set explicitly so that the 408 can say it) and the whole request, and how often Node checks;
 * and how long a batch's body may pause (`bodyIdle`): 30 s, ample for a producer that sends a
 * record every few seconds, while a client that stops sending gives its slot of --concurrency
 * back in 30 s rather than at the 300 s of the whole request. A connection refused before its
 * body came in is read (and the bytes dropped) for at most 5 s or 32 MiB after its answer
 * (`linger`, `lingerBytes`): time for a client still sending to see the answer and stop, where
 * a close at once resets the connection and loses the answer; a client that goes on sending
 * costs a few seconds of reading, never memory.
 */
export const HTTP_TIMEOUTS: Readonly<HttpTimeouts> = Object.freeze({
  headers: 60_000,
  request: 300_000,
  check: 5_000,
  bodyIdle: 30_000,
  linger: 5_000,
  lingerBytes: 32 * 1024 * 1024,
});

/** Options of `buildServer`: the service's options, plus seams for tests. */
export interface BuildOptions extends Partial<ServerOptions> {
  /** Where logs go (default: stdout). */
  logStream?: NodeJS.WritableStream;
  /** Run jobs with this engine instead of creating one (it is closed with the server). */
  engine?: Engine;
  /** Other limits for sending a request than `HTTP_TIMEOUTS` (for tests). */
  httpTimeouts?: Partial<HttpTimeouts>;
}

/** A built service: the fastify app (not listening yet) and what shutdown needs. */
export interface Service {
  app: FastifyInstance;
  context: ServiceContext;
}

/** Build the HTTP service: routes, limits, error mapping, metrics and logs. */
export async function buildServer(build: BuildOptions = {}): Promise<Service> {
  const { logStream, engine: givenEngine, httpTimeouts, ...rest } = build;
  const options = resolveServerOptions(rest);
  const http: HttpTimeouts = { ...HTTP_TIMEOUTS, ...httpTimeouts };
  const admission = new Admission(options.concurrency);
  const context: ServiceContext = {
    options,
    http,
    engine: givenEngine ?? createEngine(options.workers, options.inlineMaxChars),
    admission,
    metrics: createServiceMetrics(() => admission.inflight),
    version: packageVersion(),
    startedAt: performance.now(),
  };
  const app = Fastify({
    logger: loggerOptions(options.logLevel, logStream),
    bodyLimit: options.maxBody,
    return503OnClosing: false,
    // One log line a request (in onResponse), not fastify's two.
    logController: new LogController({ disableRequestLogging: true }),
    forceCloseConnections: "idle",
    // A caller's `X-Request-Id` (a proxy's, to follow a request through its logs) names the
    // request in the log line and comes back in the response; else a fresh one.
    genReqId: requestId,
    requestTimeout: http.request,
    http: { headersTimeout: http.headers, connectionsCheckingInterval: http.check },
    ajv: { customOptions: { removeAdditional: false, coerceTypes: false, allErrors: false } },
    // Requests refused before routing, or by Node's HTTP parser: in the API's error format.
    frameworkErrors: frameworkErrorHandler(context),
    clientErrorHandler: clientErrorHandler(context, maxHeaderSize),
  });
  app.addHook("onClose", async () => context.engine.close());
  // `Expect: 100-continue` is answered 100 only once the body is read: a request refused from its
  // headers gets its refusal instead.
  continueOnRead(app.server);
  // No route outside the /v1 scopes (which set their own parsers) takes a body: a request
  // that reaches none is answered 404 or 405 without its body being parsed.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser("*", (_request, _payload, done) => done(null));
  installHooks(app, context);
  await app.register(async (scope) => summarizeRoutes(scope, context));
  await app.register(async (scope) => batchRoutes(scope, context));
  await app.register(async (scope) => metaRoutes(scope, context));
  await app.register(webRoutes);
  return { app, context };
}

/** A caller's request id: printable ASCII, no spaces, at most this long; else one is made. */
const REQUEST_ID = /^[\x21-\x7e]{1,128}$/;

function requestId(request: IncomingMessage): string {
  const given = request.headers["x-request-id"];
  return typeof given === "string" && REQUEST_ID.test(given) ? given : randomUUID();
}

/** The methods a route may be asked for, in the order `Allow` lists them. */
const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;

function installHooks(app: FastifyInstance, ctx: ServiceContext): void {
  app.addHook("onRequest", async (request, reply) => {
    const encoding = request.headers["content-encoding"]?.trim().toLowerCase();
    if (encoding !== undefined && encoding !== "" && encoding !== "identity") {
      // Read as it is, a gzip body would be refused as text that is not UTF-8, or worse.
      return sendError(
        ctx,
        reply,
        createError(
          "NOT_TEXT",
          `the body's Content-Encoding ${JSON.stringify(encoding)} is not supported`,
          "Send the body uncompressed, without a Content-Encoding header.",
        ),
      );
    }
    // The route, not the URL: `/healthz?probe=1` is the health route too, whose 503 is its
    // own body (an error body there fails its response schema and becomes a 500).
    if (ctx.admission.closing && request.routeOptions.url !== "/healthz") {
      reply.header("connection", "close");
      return sendError(ctx, reply, createError("BUSY", "the server is shutting down"));
    }
  });
  app.addHook("onSend", async (request, reply, payload) => {
    // An answer before the body was read (a refusal) goes without `100 Continue`.
    answering(request.raw);
    reply.headers(SECURITY_HEADERS);
    reply.header("x-request-id", request.id);
    // fastify closes the connection after any body its parser refused (BAD_JSON), for a client
    // may still be sending it; one that came in whole leaves nothing to read, and the connection
    // is kept, as for other answers.
    if (reply.statusCode >= 400 && request.raw.complete && reply.raw.shouldKeepAlive) {
      reply.header("connection", "keep-alive");
    }
    // Shutdown waits for every connection: one kept alive after its response would hold it up.
    // While draining, a closed connection sends the client's next request to another server.
    if (ctx.admission.stopping) reply.header("connection", "close");
    // A refusal sent before the body has all come in (413, 415, 404, BUSY): the connection is
    // closed rather than the rest read, which could be gigabytes a client declared; but only
    // once the client stopped sending or a few seconds passed, for a close while bytes still
    // come in resets the connection, and the client loses the answer.
    if (reply.statusCode >= 400 && !request.raw.complete) reply.header("connection", "close");
    if (!request.raw.complete && /^close$/i.test(String(reply.getHeader("connection") ?? ""))) {
      lingerOnClose(request.raw, { ms: ctx.http.linger, bytes: ctx.http.lingerBytes });
    }
    return payload;
  });
  // A client that goes away before its response has no onResponse: its one line is this. So has
  // a request whose connection shutdown closed, after waiting as long as it could.
  app.addHook("onRequestAbort", async (request) => {
    logAborted(ctx, request);
  });
  app.addHook("onResponse", async (request, reply) => {
    recordResponse(ctx, request, reply);
    // A response begun before shutdown (a streamed batch) kept its connection alive: close it.
    if (ctx.admission.closing) app.server.closeIdleConnections();
  });
  app.setErrorHandler((error, request, reply) => {
    // No route takes this URL and method: what went wrong with the request on its way (a
    // QUERY with no Content-Type, which fastify refuses before routing) does not matter.
    if (request.is404) return answerUnrouted(app, ctx, request, reply);
    const accepts = (request.routeOptions.config as { accepts?: string } | undefined)?.accepts;
    const e = toHttpError(error, {
      maxBody: ctx.options.maxBody,
      ...(accepts ? { accepts } : {}),
      notAnObject: request.body !== undefined && !isJsonObject(request.body),
    });
    // A 416 says how long the file is, so that a client can ask again (RFC 9110, 15.5.17).
    const range = (error as { headers?: Record<string, unknown> }).headers?.["Content-Range"];
    if (e.code === "RANGE_NOT_SATISFIABLE" && typeof range === "string") {
      reply.header("content-range", range);
    }
    // A refusal's code is in the request's one log line (`recordResponse`).
    if (e.code === "INTERNAL") request.log.error({ err: error }, "internal error");
    return sendError(ctx, reply, e);
  });
  app.setNotFoundHandler((request, reply) => answerUnrouted(app, ctx, request, reply));
}

/**
 * A request no route takes: 405 with `Allow` when its path is a route that takes other methods,
 * as HTTP has it, else 404.
 */
function answerUnrouted(
  app: FastifyInstance,
  ctx: ServiceContext,
  request: FastifyRequest,
  reply: FastifyReply,
): FastifyReply {
  const path = request.url.split("?")[0] ?? "";
  const allowed = HTTP_METHODS.filter((method) => app.hasRoute({ method, url: path }));
  if (allowed.length > 0) {
    reply.header("allow", allowed.join(", "));
    const e = createError(
      "METHOD_NOT_ALLOWED",
      `${path} does not take ${request.method}; it takes ${allowed.join(", ")}`,
    );
    return sendError(ctx, reply, e);
  }
  return sendError(ctx, reply, toHttpError({ code: "FST_ERR_NOT_FOUND" }, { maxBody: 0 }));
}
