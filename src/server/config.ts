import { availableParallelism } from "node:os";
import { createError } from "../errors.js";
import { describeValue } from "../text/describe.js";

/** Options of the HTTP service (`khulasa serve`). */
export interface ServerOptions {
  /** Interface to listen on. */
  host: string;
  /** TCP port; 0 picks a free one. */
  port: number;
  /** Largest body of `POST /v1/summarize`, and largest line of a batch, in bytes. */
  maxBody: number;
  /** Largest body of `POST /v1/summarize/batch`, in bytes. */
  maxBatchBody: number;
  /** Deadline of one article (a request, or one batch record), in milliseconds. */
  timeout: number;
  /** Most requests on `/v1/*` admitted at once (running or waiting); more get 503 BUSY. */
  concurrency: number;
  /**
   * Worker threads for long and HTML articles; 0 runs everything on the event loop, where an
   * article over the timeout cannot be stopped (it gets TIMEOUT once it ends).
   */
  workers: number;
  /** Plain texts up to this many characters are summarized on the event loop; 0: never. */
  inlineMaxChars: number;
  /** pino log level (`fatal`, `error`, `warn`, `info`, `debug`, `trace`, `silent`). */
  logLevel: string;
  /**
   * On SIGTERM, how long (ms) the server goes on serving with `/healthz` at 503 and every
   * response closing its connection, before it stops listening: the time a load balancer needs
   * to take it out of rotation. 0: stop listening at once.
   */
  drain: number;
}

/** Default body limit: 2 MB. */
export const DEFAULT_MAX_BODY = 2 * 1024 * 1024;

/** The defaults of `khulasa serve`. */
export const DEFAULT_SERVER_OPTIONS: Readonly<ServerOptions> = Object.freeze({
  host: "127.0.0.1",
  port: 8080,
  maxBody: DEFAULT_MAX_BODY,
  maxBatchBody: 64 * 1024 * 1024,
  timeout: 10_000,
  concurrency: 64,
  workers: Math.max(1, availableParallelism()),
  inlineMaxChars: 8000,
  logLevel: "info",
  drain: 0,
});

/** Allowed range of each whole-number option (the CLI's flags may bound some more tightly). */
export const SERVER_INT_RANGES = Object.freeze({
  port: [0, 65_535],
  maxBody: [1, Number.MAX_SAFE_INTEGER],
  maxBatchBody: [1, Number.MAX_SAFE_INTEGER],
  timeout: [1, 24 * 3600 * 1000],
  concurrency: [1, 100_000],
  workers: [0, 256],
  inlineMaxChars: [0, Number.MAX_SAFE_INTEGER],
  drain: [0, 3600 * 1000],
} as const satisfies Partial<Record<keyof ServerOptions, readonly [number, number]>>);

/** The log levels pino knows. */
export const LOG_LEVELS: ReadonlySet<string> = new Set([
  "fatal",
  "error",
  "warn",
  "info",
  "debug",
  "trace",
  "silent",
]);

/** Fill in defaults and check every option once; throws BAD_OPTION. */
export function resolveServerOptions(options: Partial<ServerOptions> = {}): ServerOptions {
  const o: ServerOptions = { ...DEFAULT_SERVER_OPTIONS, ...stripUndefined(options) };
  for (const [name, [min, max]] of Object.entries(SERVER_INT_RANGES)) {
    checkInt(name, o[name as keyof typeof SERVER_INT_RANGES], min, max);
  }
  if (typeof o.host !== "string" || o.host === "") {
    throw createError("BAD_OPTION", "host must be a host name or an IP address");
  }
  if (!LOG_LEVELS.has(o.logLevel)) {
    throw createError("BAD_OPTION", `logLevel must be one of ${[...LOG_LEVELS].join(", ")}`);
  }
  return o;
}

function checkInt(name: string, value: number, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw createError(
      "BAD_OPTION",
      `${name} must be a whole number from ${min} to ${max}, got ${describeValue(value)}`,
    );
  }
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
