import { errorCodes } from "../errors.js";
import { COUNT_RANGE } from "../options.js";

/**
 * JSON Schema objects of the HTTP API, written once: fastify validates and serializes with
 * them and `openapi.ts` publishes them. Only keywords that mean the same in draft-07 (ajv)
 * and 2020-12 (OpenAPI 3.1) are used.
 */
export type JsonSchema = Readonly<Record<string, unknown>>;

const count: JsonSchema = {
  type: ["integer", "null"],
  minimum: COUNT_RANGE.min,
  maximum: COUNT_RANGE.max,
  description: "Number of highlights; null or absent: chosen from the article (3 or 4).",
};
const title: JsonSchema = {
  type: ["string", "null"],
  description: "The article's title, if known (a cue for the summarizer, never printed).",
};
const compress: JsonSchema = {
  type: "boolean",
  description:
    "Compression (default true): an opening connective goes from every bullet; attribution " +
    "tails, asides and trailing clauses only from sentences of more than 30 words. " +
    "false keeps whole sentences.",
};

const includeText: JsonSchema = {
  type: "boolean",
  description: "Also return `text` (the article the spans index into) and `title`. Default false.",
};

/** The fields after `article` of a summarize body and of a batch line. */
const inputFields: JsonSchema = {
  text: { type: "string", description: "The article as plain UTF-8 text." },
  html: { type: "string", description: "An HTML page or fragment; its article is extracted." },
  title,
  count,
  compress,
  includeText,
};
const oneInput = [{ required: ["article"] }, { required: ["text"] }, { required: ["html"] }];

/** Body of `POST /v1/summarize`: exactly one of `article`, `text` and `html`. */
export const summarizeRequestSchema: JsonSchema = {
  type: "object",
  properties: {
    article: {
      type: "string",
      description:
        "Plain text or an HTML page, which is detected as `khulasa summarize` detects it.",
    },
    ...inputFields,
  },
  additionalProperties: false,
  oneOf: oneInput,
};

/** Offsets into the article text: `text.slice(start, end)`. */
export const spanSchema: JsonSchema = {
  type: "object",
  properties: { start: { type: "integer", minimum: 0 }, end: { type: "integer", minimum: 0 } },
  required: ["start", "end"],
  additionalProperties: false,
};

/** One bullet: article text with white space collapsed, and the spans it came from. */
export const highlightSchema: JsonSchema = {
  type: "object",
  properties: {
    text: { type: "string" },
    sources: { type: "array", items: spanSchema },
    sentence: { type: "integer", minimum: 0, description: "Index of the source sentence." },
    score: { type: "number" },
  },
  required: ["text", "sources", "sentence", "score"],
  additionalProperties: false,
};

const summaryProperties = {
  highlights: { type: "array", items: highlightSchema },
  language: { type: "string" },
  sentences: { type: "integer", minimum: 0, description: "Sentences in the article." },
  ms: { type: "number", description: "Time spent summarizing, in milliseconds." },
} as const;

/** The article text and title a response holds when `includeText` asks for them. */
const textProperties = {
  text: { type: "string", description: "The article text (only with includeText)." },
  title: { type: ["string", "null"], description: "The article title (only with includeText)." },
} as const;

/** Response of `POST /v1/summarize`: the library's `Summary`, plus the text when asked. */
export const summaryResponseSchema: JsonSchema = {
  type: "object",
  properties: {
    ...summaryProperties,
    ...textProperties,
  },
  required: ["highlights", "language", "sentences", "ms"],
  additionalProperties: false,
};

/** An error object: its `code` and `message`, and the `extra` fields this kind has. */
function errorObject(extra: Record<string, JsonSchema>): JsonSchema {
  return {
    type: "object",
    properties: {
      code: { type: "string", enum: Object.keys(errorCodes) },
      message: { type: "string" },
      ...extra,
    },
    required: ["code", "message"],
    additionalProperties: false,
  };
}

/** Every error body: `{"error": {"code", "message", "hint"}}`. */
export const errorResponseSchema: JsonSchema = {
  type: "object",
  properties: {
    error: errorObject({ hint: { type: "string" } }),
  },
  required: ["error"],
  additionalProperties: false,
};

/** One line of the batch body (NDJSON): exactly one of `article`, `text`, `html`. */
export const batchRecordSchema: JsonSchema = {
  type: "object",
  properties: {
    id: {
      type: ["string", "number"],
      minLength: 1,
      description:
        "A non-empty string or a number, as in `khulasa batch`, echoed in the output line; optional here (every output line has `line`). A whole number beyond 2^53 - 1 would be read rounded: it is a BAD_RECORD; write it as a string.",
    },
    article: {
      type: "string",
      description: "Plain text or an HTML page, which is detected (as in `khulasa batch` files).",
    },
    ...inputFields,
  },
  additionalProperties: false,
  oneOf: oneInput,
};

const lineNumber = { type: "integer", minimum: 1, description: "1-based line of the input." };
const recordId = { type: ["string", "number"], minLength: 1 };

/** One line of the batch response: a summary, or an error for that record. */
export const batchResultSchema: JsonSchema = {
  oneOf: [
    {
      type: "object",
      properties: { id: recordId, line: lineNumber, ...summaryProperties, ...textProperties },
      required: ["line", "highlights", "language", "sentences", "ms"],
      additionalProperties: false,
    },
    {
      type: "object",
      properties: {
        id: recordId,
        line: lineNumber,
        error: errorObject({
          field: {
            type: "string",
            description:
              "The record's field at fault, for BAD_RECORD or BAD_OPTION (as `khulasa batch`).",
          },
          hint: {
            type: "string",
            description:
              "What to do, on the last line of a batch whose body stopped coming in (TIMEOUT).",
          },
        }),
      },
      required: ["line", "error"],
      additionalProperties: false,
    },
  ],
};

/** Response of `GET /healthz`. */
export const healthResponseSchema: JsonSchema = {
  type: "object",
  properties: {
    status: { type: "string", enum: ["ok", "closing"] },
    version: { type: "string" },
    uptime: { type: "number", description: "Seconds since the server started." },
    inflight: { type: "integer", minimum: 0 },
  },
  required: ["status", "version", "uptime", "inflight"],
  additionalProperties: false,
};
