/**
 * Small helpers that reproduce Python `str` semantics the multilingual ROUGE scorer relies on:
 * `len()` counts code points (not UTF-16 units), `str.split()` / `str.strip()` use Python's own
 * whitespace set, `str.splitlines()` breaks on more than `\n`.
 */

/** Python `len(s)`: the number of code points of `s` (a surrogate pair counts once). */
export function pyLen(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length - 1; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

/** Python `s[:-n]` for n >= 1: `s` without its last `n` code points. */
export function pyDropLast(s: string, n: number): string {
  let end = s.length;
  for (let k = 0; k < n && end > 0; k++) {
    const c = s.charCodeAt(end - 1);
    end -= 1;
    if (c >= 0xdc00 && c <= 0xdfff && end > 0) {
      const h = s.charCodeAt(end - 1);
      if (h >= 0xd800 && h <= 0xdbff) end -= 1;
    }
  }
  return s.slice(0, end);
}

/**
 * Python `str.isspace()` for one code point: category Zs, or bidirectional class WS, B or S
 * (tab, LF, VT, FF, CR, U+001C..U+001F, U+0085, U+2028, U+2029 and the Zs characters).
 */
export function isPyWhitespace(cp: number): boolean {
  if (cp <= 0x20) return cp === 0x20 || (cp >= 0x09 && cp <= 0x0d) || (cp >= 0x1c && cp <= 0x1f);
  if (cp === 0x85 || cp === 0x2028 || cp === 0x2029) return true;
  return ZS.test(String.fromCodePoint(cp));
}

const ZS = /^\p{Zs}$/u;

/** Python `str.splitlines()` line boundaries (besides CR LF, which counts as one). */
function isLineBoundary(c: number): boolean {
  return (
    (c >= 0x0a && c <= 0x0d) ||
    (c >= 0x1c && c <= 0x1e) ||
    c === 0x85 ||
    c === 0x2028 ||
    c === 0x2029
  );
}

/** Python `str.splitlines()` (no trailing empty line after a final break). */
export function pySplitLines(text: string): string[] {
  const lines: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isLineBoundary(c)) continue;
    lines.push(text.slice(start, i));
    if (c === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++;
    start = i + 1;
  }
  if (start < text.length) lines.push(text.slice(start));
  return lines;
}

/** Python `s.rstrip()` (Python's whitespace set). */
export function pyRstrip(s: string): string {
  let end = s.length;
  while (end > 0) {
    const cp = s.codePointAt(end - 1) as number;
    if (!isPyWhitespace(cp)) break;
    end -= 1;
  }
  return s.slice(0, end);
}
