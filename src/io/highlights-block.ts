/** A highlight line printed above an article: `- ` then text. */
const HIGHLIGHT_LINE = /^[ \t]*- +\S/;

/**
 * Where the article starts in `raw`: after a BOM, and after a leading block of `- ` lines
 * (highlights printed above an article) when article text follows the block. A text made only
 * of `- ` lines is all article (nothing follows them), so the offset is then 0 (or 1 after a BOM).
 * The returned offset is at the start of the first article line (blank lines skipped).
 */
export function stripLeadingHighlights(raw: string): number {
  const start = raw.startsWith("\uFEFF") ? 1 : 0;
  let pos = start;
  while (pos < raw.length) {
    const end = lineEnd(raw, pos);
    const line = raw.slice(pos, end);
    if (line.trim() !== "" && !HIGHLIGHT_LINE.test(line)) break;
    pos = nextLine(raw, end);
  }
  if (pos >= raw.length) return start; // nothing but highlight lines: keep them as the article
  if (!HIGHLIGHT_LINE.test(firstNonBlankLine(raw, start))) return start;
  return pos;
}

function lineEnd(raw: string, from: number): number {
  const nl = raw.indexOf("\n", from);
  return nl === -1 ? raw.length : nl;
}

function nextLine(raw: string, end: number): number {
  return end >= raw.length ? raw.length : end + 1;
}

function firstNonBlankLine(raw: string, from: number): string {
  let pos = from;
  while (pos < raw.length) {
    const end = lineEnd(raw, pos);
    const line = raw.slice(pos, end);
    if (line.trim() !== "") return line;
    pos = nextLine(raw, end);
  }
  return "";
}
