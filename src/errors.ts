/**
 * Every error khulasa reports to a user has a code from this table, a message and a hint.
 * The CLI exit code and the HTTP status come from the code. Frozen, entries too: a caller that
 * writes to it cannot change the errors the rest of the process reports.
 */
export const errorCodes = frozenTable({
  USAGE: { exit: 2, http: 400, hint: "Run `khulasa --help` for usage." },
  FILE_NOT_FOUND: { exit: 2, http: 400, hint: "Check the path." },
  FILE_UNREADABLE: { exit: 2, http: 400, hint: "Check the path and its permissions." },
  IS_DIRECTORY: { exit: 2, http: 400, hint: "Give a file, not a directory." },
  TOO_LARGE: { exit: 2, http: 413, hint: "Raise the limit with --max-bytes, or split the input." },
  NOT_TEXT: { exit: 2, http: 415, hint: "Give UTF-8 text or an HTML page." },
  EMPTY_INPUT: { exit: 2, http: 422, hint: "Give an article with at least one sentence." },
  NOT_ARABIC: {
    exit: 2,
    http: 422,
    hint: "Give an article written in Arabic: khulasa summarizes Arabic only.",
  },
  NO_ARTICLE: {
    exit: 2,
    http: 422,
    hint: "Give the article itself as plain text.",
  },
  BAD_JSON: { exit: 2, http: 400, hint: "Each line must be one JSON object." },
  BAD_RECORD: {
    exit: 2,
    http: 422,
    hint: "Each record needs an `id` (a non-empty string or a number) and an `article` string.",
  },
  DUPLICATE_ID: { exit: 2, http: 422, hint: "Each record's `id` must be unique in the file." },
  EMPTY_FILE: {
    exit: 2,
    http: 400,
    hint: "Give one JSON object a line, each with an `id` and an `article`.",
  },
  WRITE_FAILED: {
    exit: 2,
    http: 500,
    hint: "Check the output path, its permissions and free space.",
  },
  BAD_OPTION: { exit: 2, http: 400, hint: "Run `khulasa --help` for the allowed values." },
  BAD_REQUEST: {
    exit: 2,
    http: 400,
    hint: "See GET /openapi.json for the request format.",
  },
  NOT_FOUND: { exit: 2, http: 404, hint: "See GET /openapi.json for the routes." },
  METHOD_NOT_ALLOWED: {
    exit: 2,
    http: 405,
    hint: "See GET /openapi.json for each route's methods.",
  },
  PRECONDITION_FAILED: {
    exit: 2,
    http: 412,
    hint: "The file has changed: fetch it again without If-Match or If-Unmodified-Since.",
  },
  RANGE_NOT_SATISFIABLE: {
    exit: 2,
    http: 416,
    hint: "Ask for a range inside the file (its size is in Content-Range), or for the whole file.",
  },
  BUSY: {
    exit: 2,
    http: 503,
    hint: "The server is at its concurrency limit or shutting down; retry shortly.",
  },
  // The article's deadline counts only the time the article itself runs, so the same article
  // would time out again: a client error to fix, not a 503 that clients and proxies retry. (A
  // request not received in time is answered 408 TIMEOUT, by the server.)
  TIMEOUT: {
    exit: 2,
    http: 422,
    hint: "The article takes longer to summarize than the server's --timeout allows, and would again: send a shorter one (its text rather than the whole page), or start the server with a larger --timeout.",
  },
  // A CLI run stopped by a signal: the process then dies of that signal, whose exit code a shell
  // reports (130 is Ctrl-C's). Never an HTTP answer; the status is there for the table's shape.
  INTERRUPTED: {
    exit: 130,
    http: 503,
    hint: "Run it again.",
  },
  INTERNAL: {
    exit: 2,
    http: 500,
    hint: "This is a bug in khulasa; please report it with the input.",
  },
} as const);

/** `table` and each of its entries frozen. */
function frozenTable<T extends Record<string, object>>(table: T): T {
  for (const entry of Object.values(table)) Object.freeze(entry);
  return Object.freeze(table);
}

/** A code of `errorCodes` (`"BAD_OPTION"`, `"NOT_ARABIC"`, …): what went wrong, for a program to test. */
export type ErrorCode = keyof typeof errorCodes;

/** An error meant for the user: a code from the table, a one-line message and a hint. */
export class KhulasaError extends Error {
  /** What went wrong, from `errorCodes`: test this rather than the message. */
  readonly code: ErrorCode;
  /** What to do about it, for a person: the table's hint, or one given for the call. */
  readonly hint: string;

  /**
   * Throws a RangeError for a code that is not in `errorCodes` (a misspelt `"BAD_OPTIONS"` from
   * plain JavaScript, or an inherited key such as `"toString"`): such an error would have no
   * hint, exit code or HTTP status.
   */
  constructor(code: ErrorCode, message: string, hint?: string) {
    if (typeof code !== "string" || !Object.hasOwn(errorCodes, code)) {
      const given = typeof code === "string" ? JSON.stringify(code) : `of type ${typeof code}`;
      throw new RangeError(`unknown error code ${given}: the codes are the keys of errorCodes`);
    }
    super(message);
    this.name = "KhulasaError";
    this.code = code;
    this.hint = hint ?? errorCodes[code].hint;
  }

  /** The exit code of the CLI for this error, from `errorCodes`. */
  get exitCode(): number {
    return errorCodes[this.code].exit;
  }

  /** The HTTP status of the server's answer for this error, from `errorCodes`. */
  get httpStatus(): number {
    return errorCodes[this.code].http;
  }
}

/** Shorthand for `new KhulasaError(...)`: a RangeError for a code that is not in `errorCodes`. */
export function createError(code: ErrorCode, message: string, hint?: string): KhulasaError {
  return new KhulasaError(code, message, hint);
}

/** Any thrown value as a KhulasaError (unknown errors become INTERNAL, without a stack). */
export function asKhulasaError(error: unknown): KhulasaError {
  if (error instanceof KhulasaError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new KhulasaError("INTERNAL", message);
}
