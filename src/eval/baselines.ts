import { createError } from "../errors.js";
import { arabic } from "../lang/ar/index.js";
import type { LanguagePack } from "../lang/types.js";
import { collapseWhitespace } from "../text/span.js";
import type { Baseline, Splitter } from "./baseline-names.js";
import type { GoldItem } from "./dataset.js";
import { oracleSelect } from "./oracle.js";

export { BASELINES, type Baseline, type Splitter } from "./baseline-names.js";

/**
 * The simple splitter behind the baseline rows of ../shared/data/README.md: a sentence ends at
 * `. ! ? ؟`, and at most one closing quote after it (`."`, `.»`), followed by white space; line
 * breaks are spaces. Kept to reproduce those rows: it gives three of the four BBC rows to the
 * hundredth, and no-lead oracle-1 within 0.1.
 */
export function simpleSentences(article: string): string[] {
  return article
    .split(/(?<=[.!?؟]["'»”]?)\s+/u)
    .map(collapseWhitespace)
    .filter((t) => t !== "");
}

/** The article's sentences as highlight texts (whitespace collapsed), in order. */
export function sentenceTexts(article: string, pack: LanguagePack = arabic): string[] {
  return pack
    .segment(article)
    .map((s) => collapseWhitespace(article.slice(s.span.start, s.span.end)))
    .filter((t) => t !== "");
}

/** A function giving a baseline's highlights for a gold item; EMPTY_INPUT for an article with no sentence. */
export function baselineSystem(
  name: Baseline,
  splitter: Splitter = "khulasa",
): (item: GoldItem) => string[] {
  const [kind, k] = name.split("-") as ["lead" | "oracle", string];
  const count = Number(k);
  const split = (article: string): string[] => {
    const sentences = splitter === "simple" ? simpleSentences(article) : sentenceTexts(article);
    // As khulasa does, a baseline with nothing to choose fails (a named, empty summary).
    if (sentences.length === 0) throw createError("EMPTY_INPUT", "the article has no sentence");
    return sentences;
  };
  if (kind === "lead") return (item) => split(item.article).slice(0, count);
  return (item) => {
    const sentences = split(item.article);
    return oracleSelect(sentences, item.summaries, count).map((i) => sentences[i] as string);
  };
}
