import { collapseWhitespace } from "../text/span.js";

/** What the JSON-LD reader needs of a document (linkedom's has it). */
export interface ScriptDocument {
  querySelectorAll(selector: string): ArrayLike<{ textContent: string | null }>;
}

/** An article as a page's JSON-LD gives it. */
export interface JsonLdArticle {
  body: string;
  headline: string | null;
}

/**
 * The `@type`s of an article (schema.org's Article and the kinds of it news sites use). A type
 * is read as given or as a full IRI (`https://schema.org/NewsArticle`).
 */
const ARTICLE_TYPES: ReadonlySet<string> = new Set([
  "Article",
  "NewsArticle",
  "ReportageNewsArticle",
  "AnalysisNewsArticle",
  "OpinionNewsArticle",
  "BackgroundNewsArticle",
  "ReviewNewsArticle",
  "BlogPosting",
  "Report",
]);

/**
 * The page's own article in its JSON-LD (`<script type="application/ld+json">`): an object of an
 * article type (`ARTICLE_TYPES`) with a non-blank string `articleBody`, at the top of a block, in
 * a top-level array or in its `@graph`; never one nested deeper (the articles of an `ItemList` of
 * related stories, `hasPart`). Of several, the first whose headline is one of `titles` (the
 * page's og:title, h1 or `<title>`), else the first. A block that is not JSON is passed over.
 * Pages whose story is drawn by a script often give it whole there, for search engines.
 */
export function jsonLdArticle(
  doc: ScriptDocument,
  titles: readonly (string | null)[],
): JsonLdArticle | null {
  const found: JsonLdArticle[] = [];
  const scripts = doc.querySelectorAll('script[type="application/ld+json" i]');
  for (let i = 0; i < scripts.length; i++) {
    let value: unknown;
    try {
      value = JSON.parse(scripts[i]?.textContent ?? "");
    } catch {
      continue;
    }
    for (const item of topLevel(value)) {
      const article = asArticle(item);
      if (article !== null) found.push(article);
    }
  }
  const known = new Set(titles.filter((t): t is string => t !== null).map(collapseWhitespace));
  return (
    found.find((a) => a.headline !== null && known.has(collapseWhitespace(a.headline))) ??
    found[0] ??
    null
  );
}

/** The objects at the top of a JSON-LD block: itself, a top-level array's items, its `@graph`. */
function topLevel(value: unknown): unknown[] {
  const items = Array.isArray(value) ? value : [value];
  const out: unknown[] = [];
  for (const item of items) {
    out.push(item);
    const graph = (item as { "@graph"?: unknown } | null)?.["@graph"];
    if (Array.isArray(graph)) out.push(...graph);
  }
  return out;
}

/** An object of an article type with a body, as a `JsonLdArticle`; else null. */
function asArticle(item: unknown): JsonLdArticle | null {
  if (item === null || typeof item !== "object" || Array.isArray(item)) return null;
  const record = item as Record<string, unknown>;
  const types = Array.isArray(record["@type"]) ? record["@type"] : [record["@type"]];
  const typed = types.some(
    (t) => typeof t === "string" && ARTICLE_TYPES.has(t.replace(/^.*[/#]/, "")),
  );
  const body = record.articleBody;
  if (!typed || typeof body !== "string" || body.trim() === "") return null;
  const headline = typeof record.headline === "string" ? record.headline : null;
  return { body, headline };
}
