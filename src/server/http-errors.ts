import { createError, type ErrorCode, errorCodes, KhulasaError } from "../errors.js";
import { COUNT_RANGE } from "../options.js";

/** The body of every error response. */
export interface ErrorBody {
  error: { code: ErrorCode; message: string; hint: string };
}

/**
 * Hints for HTTP clients where the shared table's hint speaks of the command line
 * (`khulasa --help`): a request has no flags to fix.
 */
const HTTP_HINTS: Partial<Record<ErrorCode, string>> = {
  USAGE: "See GET /openapi.json for the request format.",
  BAD_OPTION: "See GET /openapi.json for the allowed values.",
};

/**
 * `{"error": {"code", "message", "hint"}}` of a KhulasaError. Never a stack trace. A hint left at
 * the table's command-line wording gets the HTTP one.
 */
export function errorBody(e: KhulasaError): ErrorBody {
  const http = HTTP_HINTS[e.code];
  const hint = http !== undefined && e.hint === errorCodes[e.code].hint ? http : e.hint;
  return { error: { code: e.code, message: e.message, hint } };
}

/** What the error mapping needs to know about the request's route. */
export interface ErrorContext {
  /** Largest accepted body, for the TOO_LARGE message. */
  maxBody: number;
  /** Content type the route accepts, for the 415 message. */
  accepts?: string;
  /**
   * The parsed body is not a JSON object (`[1]`, `"text"`): the schema's `oneOf` of required
   * fields passes vacuously on it and would blame the fields.
   */
  notAnObject?: boolean;
}

interface AjvError {
  instancePath?: string;
  keyword?: string;
  params?: Record<string, unknown>;
}

interface FastifyLikeError {
  code?: string;
  statusCode?: number;
  validation?: AjvError[];
}

const OPTION_FIELDS: ReadonlySet<string> = new Set(["count", "title", "compress", "includeText"]);

const FIELD_MESSAGES: Readonly<Record<string, string>> = Object.freeze({
  count: `count must be a whole number from ${COUNT_RANGE.min} to ${COUNT_RANGE.max}, or null`,
  title: "title must be a string or null",
  compress: "compress must be true or false",
  includeText: "includeText must be true or false",
  article: "article must be a string (plain text or an HTML page)",
  text: "text must be a string",
  html: "html must be a string",
});

/** A schema validation failure as BAD_OPTION (an option's value) or BAD_REQUEST (the shape). */
export function validationError(errors: readonly AjvError[]): KhulasaError {
  const first = errors[0] ?? {};
  const field = (first.instancePath ?? "").split("/")[1] ?? "";
  if (field === "") {
    if (first.keyword === "additionalProperties") {
      const name = String(first.params?.additionalProperty ?? "");
      return createError("BAD_REQUEST", `unknown field "${name}"`);
    }
    if (first.keyword === "oneOf" || first.keyword === "required") {
      return createError(
        "BAD_REQUEST",
        "give exactly one of the fields `article`, `text` and `html`",
      );
    }
    return createError("BAD_REQUEST", "the body must be a JSON object");
  }
  const message = FIELD_MESSAGES[field] ?? `field "${field}" has a wrong value`;
  return createError(OPTION_FIELDS.has(field) ? "BAD_OPTION" : "BAD_REQUEST", message);
}

/**
 * Any error raised while handling a request as a KhulasaError with a safe message: fastify's
 * own errors get our codes, JSON parse errors lose the echo of the body (it is article text),
 * unknown errors become INTERNAL without their message.
 */
export function toHttpError(error: unknown, ctx: ErrorContext): KhulasaError {
  if (error instanceof KhulasaError) return error;
  const e = (error ?? {}) as FastifyLikeError;
  if (Array.isArray(e.validation)) {
    if (ctx.notAnObject) return createError("BAD_REQUEST", "the body must be a JSON object");
    return validationError(e.validation);
  }
  const code: ErrorCode | null = mapFastifyCode(e.code);
  switch (code) {
    case "TOO_LARGE":
      return createError(
        "TOO_LARGE",
        `the body is over the limit of ${ctx.maxBody} bytes`,
        "Send a smaller body, or start the server with a larger --max-body.",
      );
    case "NOT_TEXT":
      return createError(
        "NOT_TEXT",
        `this route accepts Content-Type: ${ctx.accepts ?? "application/json"}`,
        `Send the body as ${ctx.accepts ?? "application/json"}.`,
      );
    case "BAD_JSON":
      return createError(
        "BAD_JSON",
        e.code === "FST_ERR_CTP_EMPTY_JSON_BODY"
          ? "the body is empty"
          : "the body is not valid JSON",
        'Send one JSON object, e.g. {"text": "..."}.',
      );
    case "NOT_FOUND":
      return createError("NOT_FOUND", "no such route");
    case "BAD_REQUEST":
      if (e.code === "FST_ERR_BAD_URL") {
        return createError("BAD_REQUEST", "the URL cannot be decoded (a bad %-escape)");
      }
      return createError(
        "BAD_REQUEST",
        `the request was not accepted (${e.code ?? "bad request"})`,
      );
    default:
      break;
  }
  if (error instanceof SyntaxError || (e.statusCode === 400 && !e.code)) {
    return createError("BAD_JSON", "the body is not valid JSON");
  }
  // The web page's files (@fastify/static) answer conditional and range requests.
  if (e.statusCode === 412) {
    return createError("PRECONDITION_FAILED", "the file does not meet the request's condition");
  }
  if (e.statusCode === 416) {
    return createError("RANGE_NOT_SATISFIABLE", "the requested range is not inside the file");
  }
  if (typeof e.statusCode === "number" && e.statusCode >= 400 && e.statusCode < 500) {
    return createError("BAD_REQUEST", `the request was not accepted (${e.statusCode})`);
  }
  return createError("INTERNAL", "internal error");
}

function mapFastifyCode(code: string | undefined): ErrorCode | null {
  switch (code) {
    case "FST_ERR_CTP_BODY_TOO_LARGE":
      return "TOO_LARGE";
    case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
      return "NOT_TEXT";
    case "FST_ERR_CTP_INVALID_JSON_BODY":
    case "FST_ERR_CTP_EMPTY_JSON_BODY":
      return "BAD_JSON";
    case "FST_ERR_NOT_FOUND":
      return "NOT_FOUND";
    case "FST_ERR_CTP_INVALID_CONTENT_LENGTH":
    case "FST_ERR_CTP_INVALID_TYPE":
    case "FST_ERR_CTP_EMPTY_TYPE":
    case "FST_ERR_BAD_URL":
      return "BAD_REQUEST";
    default:
      return null;
  }
}

/** What Node's HTTP parser reports about a request it could not read. */
export interface ClientError {
  code?: string;
  reason?: string;
  /** The bytes the parser was reading when it failed (Node's `rawPacket`). */
  rawPacket?: unknown;
}

/** A request line whose URL alone fills `limit` bytes: a method, a space, and no line end. */
function urlOverflows(packet: unknown, limit: number): boolean {
  if (!Buffer.isBuffer(packet) || packet.length < limit) return false;
  const head = packet.subarray(0, limit).toString("latin1");
  return /^[A-Z]+ /.test(head) && !head.includes("\n");
}

/** The limits `clientError` names. */
export interface ClientLimits {
  maxHeaderSize: number;
  /** Milliseconds to send the headers (Node's `headersTimeout`). */
  headersTimeout: number;
  /** Milliseconds to send the whole request (Node's `requestTimeout`). */
  requestTimeout: number;
}

/**
 * A request Node's HTTP parser refused (no fastify request exists for it) as the status to
 * answer and a KhulasaError: 431 for headers over `maxHeaderSize`, 408 for headers not received
 * within `headersTimeout` ms (`headersDone` false) or a request not received within
 * `requestTimeout` ms, 400 for anything else that is not valid HTTP/1.1.
 */
export function clientError(
  error: ClientError,
  limits: ClientLimits,
  headersDone = true,
): { status: number; error: KhulasaError } {
  if (error.code === "HPE_HEADER_OVERFLOW") {
    // The limit counts the request line too: a URL that fills it is named, not the headers.
    const url = urlOverflows(error.rawPacket, limits.maxHeaderSize);
    return {
      status: 431,
      error: url
        ? createError(
            "TOO_LARGE",
            `the URL is over the limit of ${limits.maxHeaderSize} bytes of the request line and headers`,
            "Send a shorter URL: an article goes in the body of POST /v1/summarize, not in the URL.",
          )
        : createError(
            "TOO_LARGE",
            `the request line and headers are over the limit of ${limits.maxHeaderSize} bytes`,
            "Send a shorter URL, or fewer or smaller headers (cookies, for instance).",
          ),
    };
  }
  if (error.code === "ERR_HTTP_REQUEST_TIMEOUT") {
    const message = headersDone
      ? `the request was not received in full within ${limits.requestTimeout / 1000} s`
      : `the request headers were not received within ${limits.headersTimeout / 1000} s`;
    return {
      status: 408,
      error: createError("TIMEOUT", message, "Send the whole request without pausing."),
    };
  }
  // llhttp's reasons are fixed phrases ("Invalid character in Content-Length"), never input.
  const why = typeof error.reason === "string" && error.reason !== "" ? error.reason : error.code;
  return {
    status: 400,
    error: createError("BAD_REQUEST", `the request is not valid HTTP/1.1 (${why ?? "unreadable"})`),
  };
}
