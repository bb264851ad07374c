import { codePointClass, DIGIT } from "./chars.js";

const digitCache = new Map<number, number>();

/**
 * Value 0-9 of a decimal digit code point of any script (`\p{Nd}`), or -1.
 * Unicode encodes each script's digits as one contiguous run 0..9, so the value is the
 * distance from the start of the run (runs that touch, like the mathematical digits, repeat).
 */
export function digitValue(codePoint: number): number {
  if (codePoint >= 0x30 && codePoint <= 0x39) return codePoint - 0x30;
  if ((codePointClass(codePoint) & DIGIT) === 0) return -1;
  const cached = digitCache.get(codePoint);
  if (cached !== undefined) return cached;
  let start = codePoint;
  while ((codePointClass(start - 1) & DIGIT) !== 0) start--;
  const value = (codePoint - start) % 10;
  digitCache.set(codePoint, value);
  return value;
}
