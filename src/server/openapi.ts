import {
  batchRecordSchema,
  batchResultSchema,
  errorResponseSchema,
  healthResponseSchema,
  highlightSchema,
  type JsonSchema,
  spanSchema,
  summarizeRequestSchema,
  summaryResponseSchema,
} from "./schemas.js";

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

const errorResponse = (description: string) => ({
  description,
  content: { "application/json": { schema: ref("Error") } },
});

/** Responses that every operation can give, written once under `components.responses`. */
const sharedResponses = {
  Internal: errorResponse(
    "An unexpected error: a bug in khulasa (INTERNAL). The message never quotes the request.",
  ),
};

/** 500 INTERNAL: any route answers it when handling the request fails unexpectedly. */
const internal = { $ref: "#/components/responses/Internal" };

/** 503 BUSY of a route that is not admission-controlled: only while shutting down. */
const shuttingDown = errorResponse("Shutting down (BUSY).");

const EXAMPLE_TEXT =
  "أعلنت الحكومة اليوم خطة لخفض أسعار الوقود ابتداء من الشهر المقبل. وتشمل الخطة دعما مباشرا للأسر.";

/**
 * The OpenAPI 3.1 document of the HTTP API, built from the schemas fastify validates with;
 * `bodyIdle` is the server's limit on a batch body's pauses, in milliseconds.
 */
export function openApiDocument(version: string, bodyIdle: number): Record<string, unknown> {
  const idle = `${bodyIdle / 1000} s`;
  const schemas: Record<string, JsonSchema> = {
    SummarizeRequest: summarizeRequestSchema,
    Summary: summaryResponseSchema,
    Highlight: highlightSchema,
    Span: spanSchema,
    Error: errorResponseSchema,
    BatchRecord: batchRecordSchema,
    BatchResult: batchResultSchema,
    Health: healthResponseSchema,
  };
  return {
    openapi: "3.1.0",
    info: {
      title: "khulasa",
      version,
      summary: "Arabic news highlights: 3-4 bullets made of the article's own words.",
      description:
        "Every highlight is made of spans of the article: `sources` are offsets into the article " +
        "text (`text.slice(start, end)`). For HTML input, and for plain text that begins with a " +
        "byte-order mark or a block of `- ` highlight lines, that text differs from the input: " +
        'ask for it with `includeText`. An error response is `{"error": {"code", "message", "hint"}}`; ' +
        'a failed record of a batch is a `BatchResult` line `{"id"?, "line", "error": {"code", "message", "field"?, "hint"?}}`. ' +
        "On every path below, a method it does not list is 405 METHOD_NOT_ALLOWED, with an " +
        "`Allow` header naming those it does; a path not listed here (other than the web page's " +
        "files under `/`) is 404 NOT_FOUND.",
      license: { name: "MIT", identifier: "MIT" },
    },
    paths: {
      "/v1/summarize": {
        post: {
          operationId: "summarize",
          summary: "Summarize one article",
          requestBody: {
            required: true,
            content: {
              "application/json": {
                schema: ref("SummarizeRequest"),
                example: { text: EXAMPLE_TEXT, count: 2 },
              },
            },
          },
          responses: {
            "200": {
              description: "The highlights, with their source spans and scores.",
              content: { "application/json": { schema: ref("Summary") } },
            },
            "400": errorResponse(
              "Bad JSON (BAD_JSON), fields (BAD_REQUEST) or options (BAD_OPTION).",
            ),
            "408": errorResponse("The request was not received in time (TIMEOUT)."),
            "413": errorResponse("The body is over the limit (TOO_LARGE)."),
            "415": errorResponse(
              "The body is not application/json, is neither UTF-8 nor UTF-16 with its byte-order " +
                "mark, or holds binary data (NOT_TEXT).",
            ),
            "422": errorResponse(
              "No article (EMPTY_INPUT, NOT_ARABIC or NO_ARTICLE), or one that takes longer " +
                "than the server's --timeout to summarize (TIMEOUT: sending it again would too).",
            ),
            "431": errorResponse("The request's URL or headers are over the limit (TOO_LARGE)."),
            "500": internal,
            "503": errorResponse(
              "Too many requests in flight or shutting down (BUSY), with Retry-After.",
            ),
          },
        },
      },
      "/v1/summarize/batch": {
        post: {
          operationId: "summarizeBatch",
          summary: "Summarize many articles (NDJSON in, NDJSON out, in order)",
          description:
            "One `BatchRecord` a line in; one `BatchResult` a line out, streamed in input order. " +
            "A bad record gives an error line and the run goes on (a repeated `id` is " +
            "DUPLICATE_ID, as in `khulasa batch`); a body over the limit ends the run with a " +
            `TOO_LARGE line. A body that stops coming in (no byte for ${idle} while every record ` +
            "sent has its answer) ends the run with a TIMEOUT line, with a hint, after the " +
            "answers of the records before it, and its connection is closed.",
          requestBody: {
            required: true,
            content: { "application/x-ndjson": { schema: ref("BatchRecord") } },
          },
          responses: {
            "200": {
              description: "One result a line, in input order.",
              content: { "application/x-ndjson": { schema: ref("BatchResult") } },
            },
            "400": errorResponse("The body has no records (EMPTY_FILE)."),
            "408": errorResponse(
              "The request was not received in time, or its body stopped coming in (no byte for " +
                `${idle}) before a whole record (TIMEOUT).`,
            ),
            "413": errorResponse("Content-Length is over the batch limit (TOO_LARGE)."),
            "415": errorResponse("The body is not application/x-ndjson (NOT_TEXT)."),
            "431": errorResponse("The request's URL or headers are over the limit (TOO_LARGE)."),
            "500": internal,
            "503": errorResponse("Too many requests in flight or shutting down (BUSY)."),
          },
        },
      },
      "/healthz": {
        get: {
          operationId: "health",
          summary: "Liveness and readiness",
          responses: {
            "200": {
              description: "Serving.",
              content: { "application/json": { schema: ref("Health") } },
            },
            "500": internal,
            "503": {
              description: "Shutting down.",
              content: { "application/json": { schema: ref("Health") } },
            },
          },
        },
      },
      "/metrics": {
        get: {
          operationId: "metrics",
          summary: "Prometheus metrics (text exposition format 0.0.4)",
          responses: {
            "200": {
              description: "Requests by route and status, latency histogram, errors by code.",
              content: { "text/plain": { schema: { type: "string" } } },
            },
            "500": internal,
            "503": shuttingDown,
          },
        },
      },
      "/openapi.json": {
        get: {
          operationId: "openapi",
          summary: "This document",
          responses: {
            "200": {
              description: "The OpenAPI 3.1 document.",
              content: { "application/json": { schema: { type: "object" } } },
            },
            "500": internal,
            "503": shuttingDown,
          },
        },
      },
    },
    components: { schemas, responses: sharedResponses },
  };
}
