import { type IncomingMessage, STATUS_CODES } from "node:http";
import type { Socket } from "node:net";
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { noteRefused, recordResponse, type ServiceContext, sendError } from "./context.js";
import { type ClientError, clientError, errorBody, toHttpError } from "./http-errors.js";
import { SECURITY_HEADERS } from "./routes/web.js";

/**
 * fastify's `frameworkErrors`: a request refused before routing (a URL that cannot be
 * decoded, such as `/%`). fastify runs no hooks for it, so the security headers, the log line
 * and the metrics that the hooks give every other response are given here.
 */
export function frameworkErrorHandler(ctx: ServiceContext) {
  return (error: FastifyError, request: FastifyRequest, reply: FastifyReply): void => {
    const e = toHttpError(error, { maxBody: ctx.options.maxBody });
    // Its one log line, with the code, is `recordResponse`'s.
    reply.raw.once("close", () => recordResponse(ctx, request, reply));
    reply.headers(SECURITY_HEADERS);
    reply.header("x-request-id", request.id);
    sendError(ctx, reply, e);
  };
}

/**
 * fastify's `clientErrorHandler` (Node's `clientError`): a request Node's HTTP parser refused
 * (a bad Content-Length, both Content-Length and Transfer-Encoding, a control byte in a header,
 * headers over the limit), or one not received in time. There is no request object: the error
 * response, in the API's format and with the usual headers, is written on the socket, which is
 * then closed. It is counted in the error metrics and logged.
 */
export function clientErrorHandler(ctx: ServiceContext, maxHeaderSize: number) {
  const limits = {
    maxHeaderSize,
    headersTimeout: ctx.http.headers,
    requestTimeout: ctx.http.request,
  };
  // fastify calls it with `this` bound to the instance.
  return function onClientError(
    this: FastifyInstance,
    error: Error & ClientError,
    socket: Socket,
  ): void {
    // The client went away (reset, or closed its end in the middle of a request): nobody to
    // answer, and a request it had begun is logged as aborted (the onRequestAbort hook).
    if (error.code === "ECONNRESET" || error.code === "HPE_INVALID_EOF_STATE" || socket.destroyed) {
      socket.destroy();
      return;
    }
    // The response of the request being read: there is one once its headers have come in.
    const current = (
      socket as Socket & {
        _httpMessage?: { headersSent?: boolean; req?: IncomingMessage } | null;
      }
    )._httpMessage;
    const { status, error: e } = clientError(error, limits, current != null);
    ctx.metrics.errors.inc({ code: e.code });
    const refusal = { code: e.code, status, reason: error.code };
    // A request under way (its body not all in) ends when the socket closes, and is logged then,
    // with its id (`logAborted`); one refused before that has no request to name it.
    const request = current?.req;
    if (request !== undefined && !request.complete) noteRefused(request, refusal);
    else this.log.info(refusal, "request refused");
    // As Node does: write nothing when a response on this connection has already begun.
    if (socket.writable && !current?.headersSent) {
      const body = JSON.stringify(errorBody(e));
      const headers: Record<string, string | number> = {
        "content-type": "application/json; charset=utf-8",
        "content-length": Buffer.byteLength(body),
        "cache-control": "no-store",
        connection: "close",
        ...SECURITY_HEADERS,
      };
      const head = Object.entries(headers)
        .map(([name, value]) => `${name}: ${value}\r\n`)
        .join("");
      socket.write(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n${head}\r\n${body}`);
    }
    socket.destroy(error);
  };
}
