import { danglingQuotes, withoutMarks } from "../text/dangling-quote.js";
import type { Span, Token } from "../text/types.js";
import { cutAsides } from "./asides.js";
import { findOpening } from "./opening.js";
import { findOverlong } from "./overlong.js";
import {
  CONTENT_RULES,
  type Compressed,
  type CompressionOptions,
  type CompressionRule,
  DEFAULT_COMPRESSION,
} from "./rules.js";
import { isClauseMark } from "./scan.js";
import { findTail } from "./tail.js";
import { findTrailingClauses } from "./trailing-clauses.js";

export {
  COMPRESSION_RULES,
  type Compressed,
  type CompressionOptions,
  type CompressionRule,
  DEFAULT_COMPRESSION,
} from "./rules.js";

/**
 * Trim what rarely belongs in a highlight from one sentence (`body` is the sentence span, after
 * any dateline): the trailing clauses of a long sentence (`trailing-clauses.ts`), else an
 * attribution tail or a trailing adjunct (`tail.ts`), and what is still past the longest
 * highlight (`overlong.ts`); a leading connective and
 * a clitic `و` (`opening.ts`), parenthetical asides (`asides.ts`), and the mark of a quotation
 * that the bullet opens and never closes (`dangling-quote.ts`). Each cut keeps at least
 * `minWords` words and never cuts inside a quote. Content goes only from a sentence of more than
 * `longWords` words. `tokens` are the sentence's tokens (normalized
 * words with spans). The input is never rewritten.
 */
export function compressSentence(
  input: string,
  body: Span,
  tokens: readonly Token[],
  options: Partial<CompressionOptions> = {},
): Compressed {
  const settings = { ...DEFAULT_COMPRESSION, ...options };
  const { minWords, maxAsideWords } = settings;
  const words = tokens.filter((t) => t.span.start >= body.start && t.span.end <= body.end);
  const enabled = enabledRules(settings, words.length);
  const rules: CompressionRule[] = [];

  const rest =
    (enabled.has("clause")
      ? findTrailingClauses(input, body, words, settings.longClauses, settings.maxClauseWords)
      : null) ?? findTail(input, body, words, minWords, enabled);
  const tail =
    enabled.has("length") && (rest?.word ?? words.length) > settings.maxWords
      ? findOverlong(input, body, words, settings.maxWords, settings.maxClauseWords)
      : rest;
  if (tail) rules.push(tail.rule);
  const last = tail?.word ?? words.length;
  const end = tail?.end ?? body.end;

  const opening = findOpening(input, body, words, last, minWords, enabled);
  rules.push(...opening.rules);

  const { kept, cut } = enabled.has("aside")
    ? cutAsides(input, words, {
        body,
        start: opening.start,
        end,
        words: last - opening.first,
        minWords,
        maxAsideWords,
      })
    : { kept: [{ start: opening.start, end }], cut: 0 };
  for (let k = 0; k < cut; k++) rules.push("aside");
  if (tail?.final) kept.push(tail.final);
  else withoutClauseMarkEnd(input, kept);
  // Every edge is a token edge or the sentence's own end: no outer white space to trim.
  let sources = kept.filter((s) => s.end > s.start);
  const dangling = enabled.has("quote") ? danglingQuotes(input, sources) : [];
  if (dangling.length > 0) {
    sources = withoutMarks(sources, dangling);
    rules.push("quote");
  }
  return { sources, rules };
}

/**
 * A bullet never ends on a clause mark: a sentence that stops at `،` (a paragraph the article
 * ends with a comma, `… صورا لوصول الفريق،`) loses the marks, and the white space between
 * them, at its end. Linear in that run of marks and white space.
 */
function withoutClauseMarkEnd(input: string, kept: Span[]): void {
  // A span left empty (only `،` after a cut aside) gives way to the one before it.
  for (let k = kept.length - 1; k >= 0; k--) {
    const span = kept[k] as Span;
    let end = span.end;
    while (end > span.start && (isClauseMark(input, end - 1) || /\s/u.test(input[end - 1] ?? ""))) {
      end--;
    }
    span.end = end;
    if (end > span.start) return;
  }
}

/** The rules of a set that are not content rules, by set (built once per set of rules). */
const shortRules = new WeakMap<ReadonlySet<CompressionRule>, ReadonlySet<CompressionRule>>();

/** The rules that may fire on a sentence of `words` words: no content rule on a short one. */
function enabledRules(settings: CompressionOptions, words: number): ReadonlySet<CompressionRule> {
  if (words > settings.longWords) return settings.rules;
  let rules = shortRules.get(settings.rules);
  if (rules === undefined) {
    rules = new Set([...settings.rules].filter((rule) => !CONTENT_RULES.has(rule)));
    shortRules.set(settings.rules, rules);
  }
  return rules;
}
