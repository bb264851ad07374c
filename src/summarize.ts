import { analyze } from "./analysis/analyze.js";
import { checkArticleText, checkIsText, SUMMARIZE_TEXT_HINT } from "./analysis/check.js";
import type { AnalysedDocument } from "./analysis/document.js";
import { checkNotNeighbour } from "./analysis/neighbours.js";
import {
  type CompressionOptions,
  type CompressionRule,
  compressSentence,
  DEFAULT_COMPRESSION,
} from "./compression/compress.js";
import { outletNouns, pointsAtOutlet } from "./compression/outlet-pointer.js";
import { createError } from "./errors.js";
import { boilerplateKinds, countKinds, stripDateline } from "./features/boilerplate.js";
import type { FeatureContext } from "./features/context.js";
import { featureContext } from "./features/extract.js";
import { opensInQuote } from "./features/in-quote.js";
import { computeFeatures } from "./features/index.js";
import { normalizedSentences } from "./features/sentences.js";
import { seenIdf } from "./features/terms.js";
import { arabic } from "./lang/ar/index.js";
import { resolveOptions, type SummarizeOptions } from "./options.js";
import { defaultModel } from "./scoring/default-model.js";
import { arabicNewsIdf } from "./scoring/idf.js";
import { type SentenceModel, scoreSentences } from "./scoring/model.js";
import { type CountOptions, chooseCount } from "./selection/count.js";
import {
  countPools,
  eligibleSentences,
  hasEligible,
  selectionTiers,
} from "./selection/eligible.js";
import { quantities } from "./selection/quantities.js";
import { quoteHeads } from "./selection/quote-head.js";
import { quotedTermsOf } from "./selection/quoted.js";
import { roleAntecedents } from "./selection/role-subject.js";
import { type SelectionOptions, selectMmr } from "./selection/select.js";
import { checkSources } from "./text/check-sources.js";
import { collapseWhitespace } from "./text/span.js";
import type { Highlight, Sentence, Span, Summary, Token } from "./text/types.js";

/**
 * The most sentences a summary draws on: an article of more is summarized from its first
 * MAX_SENTENCES, the rest taking no part in features, scoring or selection (unless the first ones
 * are all datelines, credits or teasers: then it is read whole). Ten times the longest
 * article of the corpora (197 sentences; 28,418 articles), so no real article reaches it; it keeps
 * a multi-megabyte input (the 5 MB `--max-bytes` default) to seconds and its memory bounded.
 */
export const MAX_SENTENCES = 2000;

/**
 * The document cut after its `max`-th sentence (itself when it has no more): its paragraphs up
 * to that sentence's, the last one ending with it. The input and the spans are unchanged.
 */
export function firstSentences(doc: AnalysedDocument, max: number): AnalysedDocument {
  const last = doc.sentences[max - 1];
  if (doc.sentences.length <= max || last === undefined) return doc;
  const paragraphs = doc.paragraphs.slice(0, last.paragraph + 1);
  const cut = paragraphs[last.paragraph];
  if (cut !== undefined) paragraphs[last.paragraph] = { start: cut.start, end: last.span.end };
  return { ...doc, paragraphs, sentences: doc.sentences.slice(0, max) };
}

/**
 * Summarize an Arabic article (plain text) into 3 or 4 highlights (`options.count` for 1-10) made
 * of the article's own words, each with the spans of `text` it comes from. Deterministic: the
 * same text and options give the same summary, but for `ms`. An HTML page, bytes, or text with
 * highlights printed above it go through `prepareArticle` (from "khulasa") first.
 * The one place where the stage order lives: analysis → features → scoring → selection →
 * compression.
 * @throws {KhulasaError} NOT_TEXT when `text` is not a string, EMPTY_INPUT for blank text or text
 * with no sentence, NOT_ARABIC, and BAD_OPTION for a bad option or an unknown option key.
 * @example
 * const { highlights } = summarize(article, { count: 3 });
 * for (const h of highlights) console.log(h.text, h.sources);
 */
export function summarize(text: string, options: SummarizeOptions | null = {}): Summary {
  return summarizeWith(defaultModel(), text, options);
}

/** Selection settings that are fixed in the product and varied only to choose them (scripts). */
export interface Tuning {
  count?: Partial<CountOptions>;
  selection?: Partial<SelectionOptions>;
  compression?: Partial<CompressionOptions>;
}

/**
 * `summarize` with a given sentence-scoring model (training and ablations use this) and, for the
 * scripts that choose them, other count and selection settings.
 */
export function summarizeWith(
  model: SentenceModel,
  text: string,
  options: SummarizeOptions | null = {},
  tuning: Tuning = {},
): Summary {
  const started = performance.now();
  const opts = resolveOptions(options);
  checkArticleText(text, SUMMARIZE_TEXT_HINT);
  const article = analyze(text, { title: opts.title, pack: arabic });
  if (article.sentences.length === 0) {
    throw createError("EMPTY_INPUT", "the article has no sentence");
  }
  checkNotNeighbour(article);
  const idf = arabicNewsIdf();
  let doc = firstSentences(article, MAX_SENTENCES);
  let ctx = featureContext(doc, arabic, idf);
  // First sentences that are all datelines, credits or teasers: the whole article is read.
  if (doc !== article && !hasEligible(boilerplateKinds(ctx))) {
    doc = article;
    ctx = featureContext(doc, arabic, idf);
  }
  const scores = scoreSentences(model, computeFeatures(ctx, model.features));
  const kinds = boilerplateKinds(ctx);
  const eligible = eligibleSentences(kinds, normalizedSentences(ctx));
  // A run-on that compression cuts to its leading clauses fills the default count, and is taken
  // before the other run-ons.
  const shortened = (i: number) =>
    opts.compress && compressedRules(ctx, i, tuning.compression).includes("clause");
  const tiers = selectionTiers(kinds, shortened);
  const pools = countPools(countKinds(ctx), eligible, shortened);
  const k = chooseCount(opts.count, pools, tuning.count);
  const vectors = ctx.vectors.sentences;
  const paragraphs = doc.sentences.map((s) => s.paragraph);
  const stated = k > 1 ? doc.sentences.map(quantities) : [];
  const quoted = k > 1 ? quotedTermsOf(text, doc.sentences, seenIdf(idf)) : [];
  const heads = quoteHeads(opensInQuote(ctx), paragraphs);
  const antecedents = roleAntecedents(text, doc.sentences, doc.title).map((role, i) => {
    const head = heads[i] ?? null;
    return role === null ? head : head === null ? role : [...role, ...head];
  });
  const highlightOf = (i: number, compression = tuning.compression): Highlight => {
    const sources = highlightSources(ctx, i, opts.compress, compression);
    return { text: highlightText(text, sources), sources, sentence: i, score: scores[i] as number };
  };
  // Two sentences that differ only in what a highlight leaves out (a dateline, an opening
  // connective, white space) would give the same highlight. Rare (no real article of the
  // corpora has such a pair): only then is every eligible sentence's highlight made, each one
  // that an earlier sentence gives already left out, and the choice made again, once.
  const choose = (allowed: readonly boolean[]): Highlight[] => {
    const chosen = selectMmr(scores, vectors, allowed, k, tuning.selection, {
      tiers,
      paragraphs,
      stated,
      quoted,
      antecedents,
    });
    chosen.sort((a, b) => a - b);
    const highlights = chosen.map((i) => highlightOf(i));
    if (opts.compress) keepPointedOutlets(ctx, highlights, highlightOf, tuning.compression);
    return highlights;
  };
  let highlights = choose(eligible);
  if (hasRepeat(highlights, ctx.normalize)) {
    const seen = new Set<string>();
    const distinct = eligible.map((ok, i) => {
      if (!ok) return false;
      const key = ctx.normalize(highlightOf(i).text);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    highlights = choose(distinct);
  }
  return {
    highlights,
    language: arabic.code,
    sentences: article.sentences.length,
    ms: performance.now() - started,
  };
}

/**
 * The spans of sentence `i`'s highlight: the sentence without its dateline (the whole sentence
 * when it is only one), compressed when `compress` says so.
 */
export function highlightSources(
  ctx: FeatureContext,
  i: number,
  compress: boolean,
  compression?: Partial<CompressionOptions>,
): Span[] {
  const sentence = ctx.doc.sentences[i];
  if (!sentence) throw new RangeError(`no sentence ${i}`);
  let body = stripDateline(ctx, i);
  if (body.end <= body.start) body = sentence.span;
  if (!compress) return [body];
  return compressSentence(ctx.doc.input, body, sentence.tokens, compression).sources;
}

/** The compression rules that fire on sentence `i` (without its dateline). */
function compressedRules(
  ctx: FeatureContext,
  i: number,
  compression?: Partial<CompressionOptions>,
): CompressionRule[] {
  const sentence = ctx.doc.sentences[i] as Sentence;
  const body = stripDateline(ctx, i);
  if (body.end <= body.start) return [];
  return compressSentence(ctx.doc.input, body, sentence.tokens, compression).rules;
}

/**
 * A highlight whose attribution tail named an outlet (`، بحسب ما أفادت صحيفة "وول ستريت جورنال"`)
 * keeps it when a later highlight points back at that outlet with the article only (`ونقلت
 * الصحيفة عن …`): cut, the reader is told what "the paper" said of a paper never named.
 * `highlightOf` makes sentence `i`'s highlight with the given compression settings.
 */
function keepPointedOutlets(
  ctx: FeatureContext,
  highlights: Highlight[],
  highlightOf: (i: number, compression: Partial<CompressionOptions>) => Highlight,
  compression: Partial<CompressionOptions> = {},
): void {
  const tokens = (i: number) => (ctx.doc.sentences[i] as Sentence).tokens;
  for (let k = 0; k + 1 < highlights.length; k++) {
    const h = highlights[k] as Highlight;
    // The words cut after the bullet's opening (a tail is followed by the kept final mark).
    const start = h.sources[0]?.start ?? 0;
    const cut = tokens(h.sentence).filter((t) => t.span.start >= start && !inSources(t, h.sources));
    const nouns = outletNouns(cut);
    if (nouns.size === 0) continue;
    const later = highlights.slice(k + 1);
    if (!later.some((l) => pointsAtOutlet(keptWords(tokens(l.sentence), l.sources), nouns)))
      continue;
    const rules = compression.rules ?? DEFAULT_COMPRESSION.rules;
    const kept = new Set([...rules].filter((rule) => rule !== "attribution"));
    highlights[k] = highlightOf(h.sentence, { ...compression, rules: kept });
  }
}

/** The tokens inside `sources`. */
function keptWords(tokens: readonly Token[], sources: readonly Span[]): Token[] {
  // A word whose clitic the bullet drops (`ونقلت` → `نقلت`) is kept too.
  return tokens.filter((t) => sources.some((s) => t.span.end > s.start && t.span.start < s.end));
}

/** Whether token `t` lies inside one of `sources`. */
function inSources(t: Token, sources: readonly Span[]): boolean {
  return sources.some((s) => t.span.start >= s.start && t.span.end <= s.end);
}

/** The hint of a bad argument of `highlightText`. */
const HIGHLIGHT_TEXT_HINT =
  "highlightText takes the text given to summarize and a highlight's sources: [{ start, end }, …], offsets into that text.";

/**
 * A highlight's text: its source spans joined, white space collapsed (`Highlight.text` is
 * `highlightText(text, sources)`, for the text given to `summarize`). Throws NOT_TEXT when
 * `input` is not a string, BAD_OPTION when a source is not a span of it (KhulasaError).
 */
export function highlightText(input: string, sources: readonly Span[]): string {
  checkIsText(input, "the text", HIGHLIGHT_TEXT_HINT);
  checkSources(input, sources, HIGHLIGHT_TEXT_HINT);
  return collapseWhitespace(sources.map((s) => input.slice(s.start, s.end)).join(""));
}

/** Whether two highlights have the same text (normalized). */
function hasRepeat(highlights: readonly Highlight[], normalize: (text: string) => string): boolean {
  const seen = new Set<string>();
  for (const h of highlights) {
    const key = normalize(h.text);
    if (seen.has(key)) return true;
    seen.add(key);
  }
  return false;
}
