export { createError, type ErrorCode, errorCodes, KhulasaError } from "./errors.js";
export { DEFAULT_OPTIONS, type SummarizeOptions } from "./options.js";
export { summarize } from "./summarize.js";
export type { Highlight, Sentence, Span, Summary, Token } from "./text/types.js";
