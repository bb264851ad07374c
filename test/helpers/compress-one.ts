import assert from "node:assert/strict";
import { analyze } from "../../src/analysis/analyze.js";
import { type CompressionOptions, compressSentence } from "../../src/compression/compress.js";
import { highlightText } from "../../src/summarize.js";

/**
 * Compress the single sentence of `input`; return the bullet text and the rules that fired.
 * Checks the invariant of every compressed bullet: its sources are ordered, disjoint and inside
 * the sentence.
 */
export function compressOne(
  input: string,
  options: Partial<CompressionOptions> = {},
): { text: string; rules: string[] } {
  const doc = analyze(input);
  assert.equal(doc.sentences.length, 1, `fixture must be one sentence: ${input}`);
  const s = doc.sentences[0];
  assert.ok(s);
  const out = compressSentence(input, s.span, s.tokens, options);
  let at = s.span.start;
  for (const span of out.sources) {
    assert.ok(span.start >= at && span.end > span.start && span.end <= s.span.end);
    at = span.end;
  }
  return { text: highlightText(input, out.sources), rules: out.rules };
}
