// Pure functions of the page (no DOM): what to draw, given the article and its highlights.

/** Blank-line runs between paragraphs. */
const PARAGRAPH_BREAK = /\n[^\S\n]*\n\s*/g;

/** A line that ends a sentence or a quotation (then its line break is kept on screen). */
const ENDS_SENTENCE = /[.!?؟…:»"”)]\s*$/u;

/**
 * Cut `text` into paragraphs (split at blank lines, outer white space left out) and each
 * paragraph into runs of text, each plain (`bullet: null`) or the source of bullet `bullet`.
 * Offsets are kept: `text.slice(run.start, run.start + run.text.length) === run.text`.
 * `keepLines` is false for hard-wrapped paragraphs (lines that break inside sentences).
 * @param {string} text
 * @param {ReadonlyArray<{ sources: ReadonlyArray<{ start: number; end: number }> }>} highlights
 * @returns {{ start: number; end: number; keepLines: boolean; runs: { start: number; text: string; bullet: number | null }[] }[]}
 */
export function articleParagraphs(text, highlights) {
  const marks = sourceMarks(text.length, highlights);
  const paragraphs = [];
  let from = 0;
  for (const m of text.matchAll(PARAGRAPH_BREAK)) {
    pushParagraph(paragraphs, text, from, m.index, marks);
    from = m.index + m[0].length;
  }
  pushParagraph(paragraphs, text, from, text.length, marks);
  return paragraphs;
}

/**
 * Every source span as `{ start, end, bullet }`, inside the text, ordered, without overlaps.
 * @param {number} length
 * @param {ReadonlyArray<{ sources: ReadonlyArray<{ start: number; end: number }> }>} highlights
 */
export function sourceMarks(length, highlights) {
  const all = highlights.flatMap((h, bullet) =>
    h.sources.map((s) => ({
      start: Math.max(0, Math.min(length, s.start)),
      end: Math.max(0, Math.min(length, s.end)),
      bullet,
    })),
  );
  all.sort((a, b) => a.start - b.start || a.end - b.end);
  const out = [];
  let reached = 0;
  for (const m of all) {
    const start = Math.max(m.start, reached);
    if (m.end > start) {
      out.push({ start, end: m.end, bullet: m.bullet });
      reached = m.end;
    }
  }
  return out;
}

function pushParagraph(paragraphs, text, start, end, marks) {
  while (start < end && /\s/u.test(text[start])) start++;
  while (end > start && /\s/u.test(text[end - 1])) end--;
  if (start >= end) return;
  const runs = [];
  let cursor = start;
  for (const m of marks) {
    if (m.end <= start || m.start >= end) continue;
    const s = Math.max(m.start, start);
    const e = Math.min(m.end, end);
    if (s > cursor) runs.push({ start: cursor, text: text.slice(cursor, s), bullet: null });
    runs.push({ start: s, text: text.slice(s, e), bullet: m.bullet });
    cursor = e;
  }
  if (cursor < end) runs.push({ start: cursor, text: text.slice(cursor, end), bullet: null });
  const lines = text.slice(start, end).split("\n");
  const keepLines = lines.slice(0, -1).every((line) => ENDS_SENTENCE.test(line));
  paragraphs.push({ start, end, keepLines, runs });
}

/**
 * The bullets as Markdown: one `- ` line each.
 * @param {ReadonlyArray<{ text: string }>} highlights
 */
export function bulletsMarkdown(highlights) {
  return highlights.map((h) => `- ${h.text.replace(/\s+/gu, " ").trim()}\n`).join("");
}

/**
 * The server's own words for a refusal, from an error body `{"error": {"code", "message",
 * "hint"}}`: `message. hint`, or "" when the body has neither (not JSON, another shape).
 * @param {unknown} body
 */
export function errorDetail(body) {
  const error = body && typeof body === "object" ? body.error : undefined;
  if (!error || typeof error !== "object") return "";
  return [error.message, error.hint]
    .filter((part) => typeof part === "string" && part.trim() !== "")
    .map((part) => part.trim().replace(/([^.!?])$/u, "$1."))
    .join(" ");
}
