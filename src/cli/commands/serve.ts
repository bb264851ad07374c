import type { Command } from "commander";
import { createError } from "../../errors.js";
import { parseByteSize } from "../../io/limits.js";
import {
  DEFAULT_SERVER_OPTIONS,
  LOG_LEVELS,
  SERVER_INT_RANGES,
  type ServerOptions,
} from "../../server/config.js";
import { intOption } from "../parse-int.js";
import { workersWarning } from "../workers-warning.js";

/** The parsed flags: the server's options, with `--inline-max` for `inlineMaxChars`. */
type ServeFlags = Omit<ServerOptions, "inlineMaxChars"> & { inlineMax: number };

const D = DEFAULT_SERVER_OPTIONS;
const R = SERVER_INT_RANGES;

/** Parse `--host`: not empty (BAD_OPTION naming the flag; the server checks the rest). */
function parseHost(value: string): string {
  if (value === "") throw createError("BAD_OPTION", "--host must be a host name or an IP address");
  return value;
}

/** Parse `--log-level`: one of `LOG_LEVELS` (BAD_OPTION naming the flag). */
function parseLogLevel(value: string): string {
  if (!LOG_LEVELS.has(value)) {
    throw createError(
      "BAD_OPTION",
      `--log-level must be one of ${[...LOG_LEVELS].join(", ")}, got ${JSON.stringify(value)}`,
    );
  }
  return value;
}

/** Register `khulasa serve`: the HTTP API and the web page. */
export function registerServe(program: Command): void {
  program
    .command("serve")
    .description("Serve the HTTP API (/v1/summarize, /v1/summarize/batch) and the web page (/).")
    .option("--host <host>", "interface to listen on", parseHost, D.host)
    .option("--port <port>", "TCP port (0: any free port)", intOption("--port", ...R.port), D.port)
    .option(
      "--max-body <bytes>",
      "largest request body, and largest batch line (e.g. 2M)",
      (v: string) => parseByteSize(v, "--max-body"),
      D.maxBody,
    )
    .option(
      "--max-batch-body <bytes>",
      "largest batch body (e.g. 64M)",
      (v: string) => parseByteSize(v, "--max-batch-body"),
      D.maxBatchBody,
    )
    .option(
      "--timeout <ms>",
      "deadline of one article (a request or a batch record)",
      intOption("--timeout", ...R.timeout),
      D.timeout,
    )
    .option(
      "--concurrency <n>",
      "requests on /v1/* at once (running or waiting); more get 503",
      intOption("--concurrency", ...R.concurrency),
      D.concurrency,
    )
    .option(
      "--workers <n>",
      "worker threads for long and HTML articles (0: all on the event loop, where an article past --timeout holds up the others until it ends)",
      intOption("--workers", ...R.workers),
      D.workers,
    )
    .option(
      "--inline-max <chars>",
      "plain texts up to this length run on the event loop (0: all in workers)",
      intOption("--inline-max", 0, 100_000_000),
      D.inlineMaxChars,
    )
    .option(
      "--drain <ms>",
      "on SIGTERM, serve this long with /healthz at 503 before closing, for a load balancer to stop sending requests (0: close at once; Ctrl-C ends it)",
      intOption("--drain", ...R.drain),
      D.drain,
    )
    .option(
      "--log-level <level>",
      `log level: ${[...LOG_LEVELS].join(", ")}`,
      parseLogLevel,
      D.logLevel,
    )
    .action(async (flags: ServeFlags) => {
      const { inlineMax, ...rest } = flags;
      // Loaded here, not at start-up: the other commands never pay for fastify.
      const { startServer } = await import("../../server/start.js");
      const running = await startServer({ ...rest, inlineMaxChars: inlineMax });
      const warning = workersWarning(rest.workers);
      if (warning !== null) process.stderr.write(warning);
      process.stderr.write(
        `khulasa: serving on ${running.url} (web page /, API /v1/summarize, docs /openapi.json)\n`,
      );
      process.exitCode = await running.closed;
    });
}
