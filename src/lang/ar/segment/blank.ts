import { charWidth, classAt, FORMAT, SPACE } from "../../../text/chars.js";
import type { Span } from "../../../text/types.js";

/** Skip white space and format characters from `i` (not past `end`). */
export function skipBlank(input: string, i: number, end: number): number {
  let j = i;
  while (j < end && (classAt(input, j) & (SPACE | FORMAT)) !== 0) j += charWidth(input, j);
  return j;
}

/** `[start, end)` without white space and format characters at either end (surrogate-safe). */
export function trimBlank(input: string, start: number, end: number): Span {
  const s = skipBlank(input, start, end);
  let e = end;
  while (e > s) {
    const low = input.charCodeAt(e - 1);
    const back = low >= 0xdc00 && low <= 0xdfff && e - 2 >= s ? 2 : 1;
    if ((classAt(input, e - back) & (SPACE | FORMAT)) === 0) break;
    e -= back;
  }
  return { start: s, end: e };
}
