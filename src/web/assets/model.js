// Pure functions of the page (no DOM): what to draw, given the article and its highlights.

/** Blank-line runs between paragraphs. */
const PARAGRAPH_BREAK = /\n[^\S\n]*\n\s*/g;

/** A line that ends a sentence or a quotation (then its line break is kept on screen). */
const ENDS_SENTENCE = /[.!?؟…:»"”)]\s*$/u;

/**
 * A line shorter than this share of its paragraph's longest line ends there, sentence mark or
 * not (a headline or a dateline above the text): a hard wrap breaks lines near one width.
 */
const SHORT_LINE = 0.6;

/**
 * Cut `text` into paragraphs (split at blank lines, outer white space left out) and each
 * paragraph into runs of text, each plain (`bullet: null`) or the source of bullet `bullet`.
 * Offsets are kept: `text.slice(run.start, run.start + run.text.length) === run.text`.
 * `breaks` holds the offsets of the line breaks to show as such: after a line that ends a
 * sentence, or after a line much shorter than the paragraph's longest (a headline above the
 * text). The others are a hard wrap inside a sentence, shown as spaces.
 * @param {string} text
 * @param {ReadonlyArray<{ sources: ReadonlyArray<{ start: number; end: number }> }>} highlights
 * @returns {{ start: number; end: number; breaks: number[]; runs: { start: number; text: string; bullet: number | null }[] }[]}
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
  paragraphs.push({ start, end, breaks: shownBreaks(text, start, end), runs });
}

/** The offsets of the line breaks in `text[start, end)` that are shown (`articleParagraphs`). */
function shownBreaks(text, start, end) {
  const lines = [];
  let from = start;
  for (let at = text.indexOf("\n", from); at !== -1 && at < end; at = text.indexOf("\n", from)) {
    lines.push({ text: text.slice(from, at).trim(), at });
    from = at + 1;
  }
  // Not Math.max(...lines): a paragraph of 200,000 lines would overflow the call stack.
  const last = text.slice(from, end).trim().length;
  const longest = lines.reduce((most, l) => Math.max(most, l.text.length), last);
  return lines
    .filter((l) => ENDS_SENTENCE.test(l.text) || l.text.length < SHORT_LINE * longest)
    .map((l) => l.at);
}

// What would open markup anywhere in a line: emphasis, code, a link or an image, HTML, an
// entity, strikethrough, a table cell. CommonMark reads any ASCII punctuation after a backslash
// as itself.
const INLINE_MARKUP = /[\\`*_[\]<&~|]/gu;
// What would open a block at the start of a bullet's text: a heading, a quotation, a nested list
// (`- `, `+ `), a setext underline; and an ordered list's number (`2018. `, `3) `).
const BLOCK_OPENER = /^[#>+\-=]/u;
const LIST_NUMBER = /^(\d{1,9})([.)])/u;
// What would make a web address or an e-mail address into a link (GitHub's autolink literals,
// inside which a backslash escapes nothing): `https:/`, `HTTPS:/`, `www.`, `name@host`. A link
// after `www.` runs on to the next white space whatever follows (`www.*x`, `www.[x]`), so the
// dot after `www` is always escaped.
const AUTOLINK =
  /(?<=[pPsS]):(?=\/)|(?<=[Ww])\.(?=[-.\w])|(?<=[Ww]{3})\.|(?<=[-+.\w])@(?=[-.\w])/gu;

/**
 * The bullets as Markdown: one `- ` line each, the text's own markup characters escaped, so that
 * `*رياضة بلا سياسة*` stays in asterisks and `<b>` is not HTML when the Markdown is rendered.
 * (The CLI writes its Markdown with mdast-util-to-markdown; this page loads no libraries.)
 * @param {ReadonlyArray<{ text: string }>} highlights
 */
export function bulletsMarkdown(highlights) {
  return highlights
    .map((h) => `- ${escapeMarkdown(h.text.replace(/\s+/gu, " ").trim())}\n`)
    .join("");
}

/** @param {string} text */
function escapeMarkdown(text) {
  return text
    .replace(INLINE_MARKUP, "\\$&")
    .replace(AUTOLINK, "\\$&")
    .replace(BLOCK_OPENER, "\\$&")
    .replace(LIST_NUMBER, "$1\\$2");
}

/**
 * The server's own words for a refusal, from an error body `{"error": {"code", "message",
 * "hint"}}`: `CODE: message. hint`, or "" when the body has none of them (not JSON, another
 * shape).
 * @param {unknown} body
 */
export function errorDetail(body) {
  const error = body && typeof body === "object" ? body.error : undefined;
  if (!error || typeof error !== "object") return "";
  const words = [error.message, error.hint]
    .filter((part) => typeof part === "string" && part.trim() !== "")
    .map((part) => part.trim().replace(/([^.!?])$/u, "$1."))
    .join(" ");
  const code = typeof error.code === "string" ? error.code.trim() : "";
  if (code === "") return words;
  return words === "" ? code : `${code}: ${words}`;
}

/**
 * A signal that aborts when any of `signals` does: `AbortSignal.any` where the browser has it
 * (Safari 17.4, Firefox 124, Chrome 116), else the same by hand.
 * @param {AbortSignal[]} signals
 * @returns {AbortSignal}
 */
export function anySignal(signals) {
  if (typeof AbortSignal.any === "function") return AbortSignal.any(signals);
  const controller = new AbortController();
  for (const signal of signals) {
    if (signal.aborted) {
      controller.abort(signal.reason);
      break;
    }
    signal.addEventListener("abort", () => controller.abort(signal.reason), { once: true });
  }
  return controller.signal;
}

/**
 * A signal that aborts after `ms`: `AbortSignal.timeout` where the browser has it, else a timer.
 * @param {number} ms
 * @returns {AbortSignal}
 */
export function timeoutSignal(ms) {
  if (typeof AbortSignal.timeout === "function") return AbortSignal.timeout(ms);
  const controller = new AbortController();
  setTimeout(() => controller.abort(new DOMException("timed out", "TimeoutError")), ms);
  return controller.signal;
}

/**
 * Whether `body` is a summary the page can show: one highlight or more, each with `text` and
 * `sources`. khulasa never answers 200 with none (an article with no sentence is EMPTY_INPUT),
 * so an empty list came from something else (a proxy, another server) and is no summary.
 * @param {unknown} body
 */
export function isSummary(body) {
  if (!body || typeof body !== "object" || !Array.isArray(body.highlights)) return false;
  if (body.highlights.length === 0) return false;
  return body.highlights.every((h) => h && typeof h.text === "string" && Array.isArray(h.sources));
}
