import type { IncomingMessage, Server, ServerResponse } from "node:http";

/** Requests whose answer has begun: a `100 Continue` would come too late. */
const answered = new WeakSet<IncomingMessage>();

/**
 * Answer `Expect: 100-continue` only when the body is wanted: Node's `checkContinue` handler that
 * hands the request on (as Node does without one) but writes `100 Continue` when something first
 * reads the body (a route's parser, the batch waiting for its first byte), not at once. A request
 * refused from its headers (a Content-Length over its route's limit, an unknown route, a
 * Content-Type or Content-Encoding the route does not take, shutdown) gets its final status
 * without a `100 Continue`, and the client never sends the body; its answer is the same as
 * without `Expect`, from the same code.
 */
export function continueOnRead(server: Server): void {
  server.on("checkContinue", (request: IncomingMessage, response: ServerResponse) => {
    const read = request._read;
    request._read = function (this: IncomingMessage, size: number): void {
      request._read = read;
      if (!answered.has(request) && !response.headersSent && !response.writableEnded) {
        response.writeContinue();
      }
      read.call(this, size);
    };
    server.emit("request", request, response);
  });
}

/**
 * The answer to `request` is on its way: a read of its body from now on (to drop it) writes no
 * `100 Continue`.
 */
export function answering(request: IncomingMessage): void {
  answered.add(request);
}
