import { createError, type KhulasaError } from "../errors.js";

/**
 * Admission control of the work routes: at most `limit` requests at once (running or
 * waiting for a worker); the rest are refused at once with 503 BUSY rather than queued
 * without bound. Also remembers that the server is shutting down.
 */
export class Admission {
  private count = 0;
  private shuttingDown = false;
  private drainingNow = false;

  constructor(readonly limit: number) {}

  /** Requests admitted and not yet answered. */
  get inflight(): number {
    return this.count;
  }

  /** True once shutdown began: new requests are refused. */
  get closing(): boolean {
    return this.shuttingDown;
  }

  /**
   * True from a SIGTERM on (while draining, and once closing): health checks fail and each
   * response closes its connection, while requests are still served until `close`.
   */
  get stopping(): boolean {
    return this.drainingNow || this.shuttingDown;
  }

  /** Begin draining: still admit requests, but report the server as going away. */
  drain(): void {
    this.drainingNow = true;
  }

  /** Refuse every new request from now on. */
  close(): void {
    this.shuttingDown = true;
  }

  /**
   * Admit one request and return its release function (idempotent), or the error to answer.
   * `arrivedOpen`: the request came in before shutdown began (its body was still being sent),
   * so it is a request in flight, which shutdown finishes, not a new one.
   */
  enter(arrivedOpen = false): (() => void) | KhulasaError {
    if (this.shuttingDown && !arrivedOpen)
      return createError("BUSY", "the server is shutting down");
    if (this.count >= this.limit) {
      return createError("BUSY", `the server is busy (${this.limit} requests in flight)`);
    }
    this.count++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.count--;
    };
  }
}

/**
 * Run `fn` with a signal that aborts with a TIMEOUT error (naming the limit `limit` ms) after
 * `ms` milliseconds, or when `parent` aborts; the timer is cleared when `fn` settles. A result
 * that comes after the deadline is a TIMEOUT too: work on the event loop (`--workers 0`, short
 * texts) cannot be stopped, and holds up the timer until it ends.
 */
export async function withDeadline<T>(
  ms: number,
  fn: (signal: AbortSignal) => Promise<T>,
  parent?: AbortSignal,
  limit = ms,
): Promise<T> {
  const started = performance.now();
  const controller = new AbortController();
  if (ms <= 0) controller.abort(timeoutError(limit));
  const timer = setTimeout(() => controller.abort(timeoutError(limit)), Math.max(0, ms));
  const onParent = () => controller.abort(parent?.reason);
  parent?.addEventListener("abort", onParent, { once: true });
  try {
    const result = await fn(controller.signal);
    if (performance.now() - started > ms) throw timeoutError(limit);
    return result;
  } finally {
    clearTimeout(timer);
    parent?.removeEventListener("abort", onParent);
  }
}

function timeoutError(limit: number): KhulasaError {
  return createError("TIMEOUT", `the article was not summarized within ${limit} ms`);
}
