import type { AddressInfo } from "node:net";
import { createError } from "../errors.js";
import { type BuildOptions, buildServer, type Service } from "./app.js";
import type { ServiceContext } from "./context.js";
import type { Engine } from "./engine.js";
import { WARM_UP_HTML, WARM_UP_TEXT } from "./warm-up.js";

/**
 * Extra time that shutdown waits for requests in flight, past the longest a request may take
 * to come in and its last article's deadline.
 */
export const SHUTDOWN_GRACE_MS = 10_000;

/**
 * How long shutdown waits for the requests in flight before it closes their connections: a
 * request that began before it may take the whole request timeout to come in (Node enforces it
 * up to one check interval late), then its last article has its deadline, then the margin.
 */
export function shutdownWaitMs(context: ServiceContext): number {
  const { http, options } = context;
  return http.request + http.check + options.timeout + SHUTDOWN_GRACE_MS;
}

/**
 * Before listening, run every path a request can take once it is loaded: the page in each
 * worker thread (on the event loop with `--workers 0`), the text on the event loop (in the
 * workers with `--inline-max 0`). Each worker thread has also read both before it took a task
 * (`worker.ts`), so here they only wait for every thread to be up. Pages go first: piscina hands
 * the first tasks out one a thread.
 */
async function warmUp(engine: Engine): Promise<void> {
  const threads = Math.max(1, engine.threads);
  const pages = Array.from({ length: threads }, () => engine.run({ html: WARM_UP_HTML }));
  const texts = Array.from({ length: threads * 4 }, () => engine.run({ text: WARM_UP_TEXT }));
  await Promise.all([...pages, ...texts]);
}

/** A listening service. */
export interface RunningServer {
  service: Service;
  /** `http://host:port` it listens on. */
  url: string;
  /** Stop accepting, finish requests in flight, stop the workers; resolves to the exit code. */
  shutdown(reason?: string): Promise<number>;
  /** Resolves to the exit code once the server has shut down (by `shutdown` or a signal). */
  closed: Promise<number>;
}

/** Options of `startServer`. */
export interface StartOptions extends BuildOptions {
  /** Shut down on SIGTERM and SIGINT (default true). */
  handleSignals?: boolean;
}

/**
 * Build and start the service. Shutdown (SIGTERM, SIGINT or `shutdown()`): on SIGTERM with
 * `drain`, first that long of serving with `/healthz` at 503; then new requests get 503 BUSY,
 * idle connections close, requests in flight finish, then exit code 0 — or 1 when some were
 * still open after `shutdownWaitMs` (the request timeout, the article timeout and a margin) and
 * were cut.
 */
export async function startServer(options: StartOptions = {}): Promise<RunningServer> {
  const { handleSignals = true, ...build } = options;
  const service = await buildServer(build);
  const { app, context } = service;
  try {
    await warmUp(context.engine);
  } catch (error) {
    await app.close();
    throw error;
  }
  const { host: wantedHost, port } = context.options;
  try {
    await app.listen({ host: wantedHost, port });
  } catch (error) {
    await app.close();
    const code = (error as NodeJS.ErrnoException).code ?? "error";
    const why = code === "EADDRINUSE" ? "the address is in use" : code;
    throw createError(
      "USAGE",
      `cannot listen on ${wantedHost}:${port} (${why})`,
      "Choose another --port or --host, or stop the server already listening there.",
    );
  }
  const address = app.server.address() as AddressInfo;
  const host = address.family === "IPv6" ? `[${address.address}]` : address.address;
  const url = `http://${host}:${address.port}`;

  let resolveClosed: (code: number) => void = () => {};
  const closed = new Promise<number>((resolve) => {
    resolveClosed = resolve;
  });
  let closing: Promise<number> | null = null;

  const onSignal = (signal: NodeJS.Signals) => {
    void shutdown(signal);
  };
  const shutdown = (reason = "shutdown"): Promise<number> => {
    if (closing) {
      // Ctrl-C during a drain: a person wants the server gone, not the load balancer's wait.
      if (reason === "SIGINT") endDrain();
      return closing;
    }
    closing = drain(reason === "SIGTERM" ? context.options.drain : 0).then(() => stop(reason));
    return closing;
  };
  // A load balancer sees /healthz fail and stops sending requests; those already on their way
  // are served meanwhile. The same signal a second time stops the process at once (the
  // handlers are `once`).
  let endDrain = (): void => {};
  const drain = async (ms: number): Promise<void> => {
    if (ms === 0) return;
    app.log.info({ reason: "SIGTERM", ms, inflight: context.admission.inflight }, "draining");
    context.admission.drain();
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      endDrain = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  };
  const stop = (reason: string): Promise<number> => {
    app.log.info({ reason, inflight: context.admission.inflight }, "shutting down");
    context.admission.close();
    let forced = false;
    const grace = setTimeout(() => {
      forced = true;
      context.admission.cutOff();
      app.log.warn({ inflight: context.admission.inflight }, "closing connections still open");
      app.server.closeAllConnections();
    }, shutdownWaitMs(context));
    grace.unref();
    return app
      .close()
      .then(
        () => (forced ? 1 : 0),
        (error: unknown) => {
          app.log.error({ err: error }, "shutdown failed");
          return 1;
        },
      )
      .then((code) => {
        clearTimeout(grace);
        process.off("SIGTERM", onSignal);
        process.off("SIGINT", onSignal);
        app.log.info({ code }, "stopped");
        resolveClosed(code);
        return code;
      });
  };

  if (handleSignals) {
    process.once("SIGTERM", onSignal);
    process.once("SIGINT", onSignal);
  }
  return { service, url, shutdown, closed };
}
