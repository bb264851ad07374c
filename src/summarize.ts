// PROVISIONAL: replaced by the real pipeline (analysis -> features -> scoring -> selection ->
// compression) as soon as the analysis layer lands. Signature and contract are final.
import { createError } from "./errors.js";
import { resolveOptions, type SummarizeOptions } from "./options.js";
import { collapseWhitespace } from "./text/span.js";
import type { Summary } from "./text/types.js";

/** Summarize an Arabic article (plain text) into highlights whose text comes from the article. */
export function summarize(text: string, options: SummarizeOptions = {}): Summary {
  const started = performance.now();
  const opts = resolveOptions(options);
  if (text.trim() === "") throw createError("EMPTY_INPUT", "the article is empty");
  if (!/\p{Script=Arabic}/u.test(text)) throw createError("NOT_ARABIC", "the text has no Arabic");
  const spans: { start: number; end: number }[] = [];
  const re = /[^.!?؟\n]+[.!?؟]*/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].trim()) spans.push({ start: m.index, end: m.index + m[0].length });
  }
  const k = Math.min(opts.count ?? 3, spans.length);
  const highlights = spans.slice(0, k).map((span, i) => ({
    text: collapseWhitespace(text.slice(span.start, span.end)),
    sources: [span],
    sentence: i,
    score: 1 - i / 10,
  }));
  return { highlights, language: "ar", sentences: spans.length, ms: performance.now() - started };
}
