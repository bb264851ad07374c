import { createError, type KhulasaError } from "../errors.js";
import { describeValue } from "../text/describe.js";

/** Default largest input, in bytes: 5 MB (`--max-bytes`). */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

/**
 * TOO_LARGE when a record's article is over `maxBytes` UTF-8 bytes (`batch --max-bytes`), else
 * null. `khulasa batch` refuses such a record before it goes to a worker thread, and `khulasa
 * eval` fails such a gold article the same way.
 */
export function articleTooLarge(article: string, maxBytes: number): KhulasaError | null {
  if (Buffer.byteLength(article, "utf8") <= maxBytes) return null;
  return createError("TOO_LARGE", `the article is over the limit of ${maxBytes} bytes`);
}

const UNITS: Readonly<Record<string, number>> = Object.freeze({
  "": 1,
  k: 1024,
  m: 1024 * 1024,
  g: 1024 * 1024 * 1024,
});

/**
 * Parse a byte size such as `5000`, `64k`, `5M` or `1GB` (binary units, case-insensitive);
 * throws BAD_OPTION naming `option` when it is not a whole number of bytes above zero.
 */
export function parseByteSize(value: string, option = "--max-bytes"): number {
  const m = /^\s*(\d+)\s*([kmg]?)(?:i?b)?\s*$/i.exec(value);
  const digits = m?.[1];
  const unit = UNITS[(m?.[2] ?? "").toLowerCase()];
  const bytes = digits !== undefined && unit !== undefined ? Number(digits) * unit : Number.NaN;
  if (!Number.isSafeInteger(bytes) || bytes < 1) {
    throw createError(
      "BAD_OPTION",
      `${option} must be a number of bytes from 1 to 2^53 - 1 (e.g. 500000, 64k, 5M), got "${value}"`,
    );
  }
  return bytes;
}

/** Check a byte limit given as a number (library callers); throws BAD_OPTION. */
export function checkMaxBytes(maxBytes: number): number {
  if (!Number.isSafeInteger(maxBytes) || maxBytes < 1) {
    throw createError(
      "BAD_OPTION",
      `maxBytes must be a whole number above 0, got ${describeValue(maxBytes)}`,
    );
  }
  return maxBytes;
}
