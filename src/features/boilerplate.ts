import { BOILERPLATE_LINE, DATELINE_PREFIX } from "../lang/ar/data/boilerplate.js";
import type { Span } from "../text/types.js";
import type { FeatureContext } from "./context.js";

/** Fewer content words than this after the dateline: the sentence is only a tag. */
const MIN_WORDS = 4;

/** Longest paragraph that can be an interviewer's question. */
const MAX_QUESTION_WORDS = 20;

/**
 * The sentence's span without a leading dateline or agency tag (`القاهرة (رويترز) - `).
 * `normalize` maps the sentence to the form the patterns are written in; the prefix length is
 * found on the normalized text, then mapped back by counting word tokens, so the span stays exact.
 */
export function stripDateline(ctx: FeatureContext, index: number): Span {
  const sentence = ctx.doc.sentences[index];
  if (!sentence) throw new RangeError(`no sentence ${index}`);
  const raw = ctx.doc.input.slice(sentence.span.start, sentence.span.end);
  const match = DATELINE_PREFIX.exec(ctx.normalize(raw));
  if (!match || match[0].length === 0) return sentence.span;
  // Words inside the matched prefix, counted the same way on the raw sentence (harakat and
  // tatweel stay inside a word); the body starts at the first token after the last of them. Not
  // counted in tokens: the tokenizer splits `24ساعة` in two, and the body would start mid-word.
  const prefixWords = ctx
    .normalize(match[0])
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean).length;
  let prefixEnd = sentence.span.start;
  let words = 0;
  for (const word of raw.matchAll(/[\p{L}\p{N}\p{M}]+/gu)) {
    if (words >= prefixWords) break;
    words++;
    prefixEnd = sentence.span.start + word.index + word[0].length;
  }
  const first = sentence.tokens.find((t) => t.span.start >= prefixEnd);
  return { start: first?.span.start ?? sentence.span.end, end: sentence.span.end };
}

/** 1 where a sentence can never be a highlight: a tag, credit, teaser, heading or question line. */
export function boilerplate(ctx: FeatureContext): Float64Array {
  const { doc } = ctx;
  return Float64Array.from(doc.sentences, (s, i) => {
    const text = doc.input.slice(s.span.start, s.span.end);
    const norm = ctx.normalize(text);
    if (BOILERPLATE_LINE.some((re) => re.test(norm))) return 1;
    const body = stripDateline(ctx, i);
    const words = s.tokens.filter((t) => t.span.start >= body.start).length;
    if (words < MIN_WORDS) return 1;
    const alone = isAloneInParagraph(ctx, i);
    const ending = text.trimEnd().slice(-1);
    // A heading: a short paragraph of its own with no sentence-final mark.
    if (alone && !/[.!؟?…"»”)]/u.test(ending) && words < 10) return 1;
    // A question to an interviewee: a short paragraph that is only a question (a long sentence
    // that ends in a rhetorical question, after a clause mark, is news).
    if (alone && /[؟?]/u.test(ending) && words <= MAX_QUESTION_WORDS && !/[،,؛]/u.test(text)) {
      return 1;
    }
    return 0;
  });
}

function isAloneInParagraph({ doc }: FeatureContext, i: number): boolean {
  const p = doc.sentences[i]?.paragraph;
  return doc.sentences[i - 1]?.paragraph !== p && doc.sentences[i + 1]?.paragraph !== p;
}
