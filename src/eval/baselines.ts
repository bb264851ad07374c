import { arabic } from "../lang/ar/index.js";
import type { LanguagePack } from "../lang/types.js";
import { collapseWhitespace } from "../text/span.js";
import type { GoldItem } from "./dataset.js";
import { oracleSelect } from "./oracle.js";

/** The built-in baselines of `khulasa eval --baseline`. */
export const BASELINES = ["lead-1", "lead-2", "lead-3", "oracle-1", "oracle-3"] as const;
export type Baseline = (typeof BASELINES)[number];

/** The article's sentences as highlight texts (whitespace collapsed), in order. */
export function sentenceTexts(article: string, pack: LanguagePack = arabic): string[] {
  return pack
    .segment(article)
    .map((s) => collapseWhitespace(article.slice(s.span.start, s.span.end)))
    .filter((t) => t !== "");
}

/** A function giving a baseline's highlights for a gold item. */
export function baselineSystem(name: Baseline): (item: GoldItem) => string[] {
  const [kind, k] = name.split("-") as ["lead" | "oracle", string];
  const count = Number(k);
  if (kind === "lead") return (item) => sentenceTexts(item.article).slice(0, count);
  return (item) => {
    const sentences = sentenceTexts(item.article);
    return oracleSelect(sentences, item.summaries, count).map((i) => sentences[i] as string);
  };
}
