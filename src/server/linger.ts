import type { IncomingMessage } from "node:http";
import type { Socket } from "node:net";

/** How long, and how far, a refused request's body is read (and dropped) before its close. */
export interface LingerLimits {
  /** Milliseconds from the end of the response. */
  ms: number;
  /** Bytes of body read from the refusal on. */
  bytes: number;
}

/** Connections that linger once their response is written. */
const lingering = new WeakSet<Socket>();

/**
 * Close the connection of `request`, answered before its body came in whole (413, 415, 404,
 * BUSY, with `Connection: close`), only once the client has stopped sending, or `limits` are
 * reached: closing a socket with bytes still coming in makes the kernel reset the connection,
 * and a client still sending would lose the answer it had not read yet.
 *
 * The body flows from now on and is dropped as it comes (nothing is kept), its bytes counted.
 * Node closes a connection whose response says `Connection: close` with the socket's
 * `destroySoon` once the response is written; on this one it then ends the sending side instead
 * (the client reads the answer, then EOF), and destroys the socket when the body has ended, the
 * client closed its side, more than `limits.bytes` of body came in or `limits.ms` passed,
 * whichever comes first. A client that trickles bytes holds it at most `limits.ms`.
 */
export function lingerOnClose(request: IncomingMessage, limits: LingerLimits): void {
  const socket = request.socket as Socket | null;
  // `inject`'s requests have a stand-in socket, with no `destroySoon` to call.
  if (typeof socket?.destroySoon !== "function" || socket.destroyed || lingering.has(socket)) {
    return;
  }
  lingering.add(socket);
  const close = socket.destroySoon.bind(socket);
  let read = 0;
  let done = false;
  // Set once the response is written: closes the socket (when it is written) or cuts it.
  let finish = (): void => {
    done = true;
  };
  const onData = (chunk: Buffer | string): void => {
    read += chunk.length;
    if (read > limits.bytes) finish();
  };
  request.on("data", onData);
  request.once("end", () => finish());
  // Read now (a body nobody read, or one a handler began to read and left), so that Node,
  // finding it read, does not drop it unseen: its bytes are counted here, then dropped.
  request.resume();
  socket.destroySoon = () => {
    if (done || request.complete || limits.ms <= 0) return close();
    // The hard limit: a socket whose response is not written by then is cut too.
    const timer = setTimeout(() => socket.destroy(), limits.ms);
    const stop = (): void => {
      clearTimeout(timer);
      request.off("data", onData);
    };
    socket.once("close", stop);
    finish = () => {
      stop();
      close();
    };
    if (socket.writable) socket.end();
  };
}
