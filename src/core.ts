/**
 * khulasa's engine with nothing of Node in it: `summarize` on plain text, its options, errors
 * and types. It imports no `node:` module and reads no file (the model and the language tables
 * are JSON modules), so a bundler can put it in a web page, a web worker, Deno or Bun:
 * `import { summarize } from "khulasa/core"`. `prepareArticle` (HTML pages, a leading block of
 * highlights) stays in `khulasa`, for Node.
 */
export { createError, type ErrorCode, errorCodes, KhulasaError } from "./errors.js";
export {
  COUNT_RANGE,
  DEFAULT_OPTIONS,
  type ResolvedOptions,
  type SummarizeOptions,
} from "./options.js";
export { highlightText, summarize } from "./summarize.js";
export type { Highlight, Sentence, Span, Summary, Token } from "./text/types.js";
