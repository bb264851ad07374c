import type { AddressInfo } from "node:net";
import { createError } from "../errors.js";
import { type BuildOptions, buildServer, type Service } from "./app.js";
import type { Engine } from "./engine.js";

/** Extra time, past the request timeout, that shutdown waits for requests in flight. */
export const SHUTDOWN_GRACE_MS = 10_000;

/** A short Arabic text, summarized at start-up so that no request waits for a cold summarizer. */
const WARM_UP_TEXT =
  "أعلنت البلدية اليوم افتتاح حديقة جديدة. وقال رئيسها إن الحديقة مفتوحة للجميع.";

/**
 * A short Arabic page with the parts a news page has (menu, headline, article, footer). Read at
 * start-up, it loads the HTML parser and Readability, which plain text never needs: about
 * 130 ms that the first HTML request would otherwise wait for.
 */
const WARM_UP_HTML = `<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>افتتاح حديقة جديدة في المدينة | أخبار البلدية</title></head><body>
<header><nav><ul><li><a href="/">الرئيسية</a></li><li><a href="/news">أخبار</a></li></ul></nav></header>
<main><article><h1>افتتاح حديقة جديدة في المدينة</h1>
<p>أعلنت البلدية اليوم افتتاح حديقة جديدة في وسط المدينة، على مساحة عشرة آلاف متر مربع. وقال رئيس البلدية إن الحديقة مفتوحة للجميع من الصباح حتى منتصف الليل، وإن الدخول إليها مجاني.</p>
<p>وأضاف أن الحديقة تضم ملاعب للأطفال وممرات للمشي ومكتبة صغيرة، وأن البلدية زرعت فيها أكثر من ألف شجرة. وأوضح أن كلفة المشروع بلغت مليوني دولار، موّلتها البلدية من ميزانيتها.</p>
<p>ورحب السكان بافتتاح الحديقة، وقالوا إن المدينة كانت تحتاج إلى مكان أخضر يلتقي فيه الناس. ومن المتوقع أن تفتتح البلدية حديقتين أخريين في العام المقبل.</p>
</article></main><footer><p>جميع الحقوق محفوظة</p></footer></body></html>`;

/**
 * Before listening, run every path a request can take once it is loaded: the page in each
 * worker thread (on the event loop with `--workers 0`), the text on the event loop (in the
 * workers with `--inline-max 0`). Pages go first: piscina hands the first tasks out one a
 * thread, so each worker reads one page; a second page a thread took longer and gained nothing
 * measurable.
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
 * Build and start the service. Shutdown (SIGTERM, SIGINT or `shutdown()`): new requests get
 * 503 BUSY, idle connections close, requests in flight finish, then exit code 0 — or 1 when
 * some were still running after the timeout plus `SHUTDOWN_GRACE_MS` and were cut.
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
    if (closing) return closing;
    app.log.info({ reason, inflight: context.admission.inflight }, "shutting down");
    context.admission.close();
    let forced = false;
    const grace = setTimeout(() => {
      forced = true;
      app.log.warn({ inflight: context.admission.inflight }, "closing connections still open");
      app.server.closeAllConnections();
    }, context.options.timeout + SHUTDOWN_GRACE_MS);
    grace.unref();
    closing = app
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
    return closing;
  };

  if (handleSignals) {
    process.once("SIGTERM", onSignal);
    process.once("SIGINT", onSignal);
  }
  return { service, url, shutdown, closed };
}
