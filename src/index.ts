export { createError, type ErrorCode, errorCodes, KhulasaError } from "./errors.js";
export { type PreparedArticle, type PrepareOptions, prepareArticle } from "./io/article.js";
export { COUNT_RANGE, DEFAULT_OPTIONS, type SummarizeOptions } from "./options.js";
export { highlightText, summarize } from "./summarize.js";
export type { Highlight, Sentence, Span, Summary, Token } from "./text/types.js";
