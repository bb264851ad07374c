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
  private cutNow = false;

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

  /** True once shutdown gave up waiting and closes the connections still open. */
  get cut(): boolean {
    return this.cutNow;
  }

  /** Shutdown closes the connections still open: their requests end by the server's doing. */
  cutOff(): void {
    this.cutNow = true;
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
 * Run `fn` with a signal that aborts with a TIMEOUT error `ms` milliseconds after `fn` calls
 * `started` (the engine calls it when a thread, or the event loop, begins the job: time spent
 * waiting for a thread is not counted), or when `parent` aborts; the timer is cleared when `fn`
 * settles. A result that comes after the deadline is a TIMEOUT too: work on the event loop
 * (`--workers 0`, short texts) cannot be stopped, and holds up the timer until it ends.
 */
export async function withDeadline<T>(
  ms: number,
  fn: (signal: AbortSignal, started: () => void) => Promise<T>,
  parent?: AbortSignal,
): Promise<T> {
  const controller = new AbortController();
  let startedAt: number | null = null;
  let timer: NodeJS.Timeout | undefined;
  const started = (): void => {
    if (startedAt !== null || controller.signal.aborted) return;
    startedAt = performance.now();
    timer = setTimeout(() => controller.abort(timeoutError(ms)), ms);
  };
  const onParent = () => controller.abort(parent?.reason);
  parent?.addEventListener("abort", onParent, { once: true });
  try {
    const result = await fn(controller.signal, started);
    if (startedAt !== null && performance.now() - startedAt > ms) throw timeoutError(ms);
    return result;
  } finally {
    clearTimeout(timer);
    parent?.removeEventListener("abort", onParent);
  }
}

function timeoutError(limit: number): KhulasaError {
  return createError("TIMEOUT", `the article was not summarized within ${limit} ms`);
}
