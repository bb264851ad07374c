// Invariant checks of a `Summary` against its input, shared by the dev-file and the property tests.
// They check properties only (never which bullets were chosen), so quality tuning cannot break them.
import { analyze } from "../../src/analysis/analyze.js";
import { Boilerplate, boilerplateKinds } from "../../src/features/boilerplate.js";
import { featureContext } from "../../src/features/extract.js";
import { arabic } from "../../src/lang/ar/index.js";
import type { SummarizeOptions } from "../../src/options.js";
import { arabicNewsIdf } from "../../src/scoring/idf.js";
import {
  firstSentences,
  highlightSources,
  highlightText,
  MAX_SENTENCES,
} from "../../src/summarize.js";
import type { Span, Summary } from "../../src/text/types.js";

/** Default count bounds of the contract: 3 or 4, fewer only when fewer sentences are eligible. */
export const DEFAULT_MIN = 3;
export const DEFAULT_MAX = 4;

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
/** Everything but letters, digits and combining marks, at a word's edges. */
const EDGE_PUNCT = /^[^\p{L}\p{N}\p{M}]+|[^\p{L}\p{N}\p{M}]+$/gu;
/** Any line break (a bullet is one line). */
const LINE_BREAK = /[\n\r\v\f\u0085\u2028\u2029]/u;

/** The white-space separated words of `text`, edge punctuation stripped, pure punctuation dropped. */
export function words(text: string): string[] {
  return text
    .split(/\s+/u)
    .map((w) => w.replace(EDGE_PUNCT, ""))
    .filter((w) => w !== "");
}

/** Combining marks at the start of a word: they have no letter to sit on and belong to no word. */
const ORPHAN_MARKS = /^\p{M}+/u;

/**
 * The runs of letters, digits and marks of `text` (what a reader calls words, punctuation aside),
 * without marks at their start.
 */
export function runs(text: string): string[] {
  return text
    .split(/[^\p{L}\p{N}\p{M}]+/u)
    .map((w) => w.replace(ORPHAN_MARKS, ""))
    .filter((w) => w !== "");
}

/**
 * Every form an article word may take in a bullet: itself, and any piece of it cut where a letter
 * meets punctuation (a sentence may end at `نوح.` glued to `وتعني`, an aside may start at `(`
 * glued to a word), each with and without a leading clitic `و` or `ف` and without marks at its
 * start (a haraka after a space). Edge punctuation stripped.
 * A bullet word outside this set was made up by joining spans.
 */
export function articleForms(text: string): Set<string> {
  const forms = new Set<string>();
  for (const raw of text.split(/\s+/u)) {
    if (raw === "") continue;
    const cuts = [0, raw.length];
    for (let i = 1; i < raw.length; i++) {
      if (WORD_CHAR.test(raw[i - 1] as string) !== WORD_CHAR.test(raw[i] as string)) cuts.push(i);
    }
    for (const i of cuts) {
      for (const j of cuts) {
        if (j <= i) continue;
        const piece = raw.slice(i, j).replace(EDGE_PUNCT, "");
        for (const form of [piece, piece.replace(ORPHAN_MARKS, "")]) {
          if (form === "") continue;
          forms.add(form);
          const bare = withoutClitic(form);
          if (bare !== "") forms.add(bare);
        }
      }
    }
  }
  return forms;
}

/**
 * `word` without a leading clitic `و` or `ف` and its harakat (`وَقالَ` → `قالَ`, `ففي` → `في`), or ""
 * when it has none.
 */
export function withoutClitic(word: string): string {
  return /^[وف]/u.test(word) ? word.slice(1).replace(/^[\p{M}\u0640]+/u, "") : "";
}

/** A bullet run matches an article run when equal, or when it is the article run minus a leading clitic. */
export function runMatches(bullet: string, article: string): boolean {
  return bullet === article || withoutClitic(article) === bullet;
}

/**
 * Index in `bullet` of the first run that breaks "a subsequence of `article`", or -1.
 * Greedy earliest matching is exact for subsequence tests under any per-pair match relation.
 */
export function firstUnmatched(bullet: readonly string[], article: readonly string[]): number {
  let at = 0;
  for (let i = 0; i < bullet.length; i++) {
    const w = bullet[i] as string;
    while (at < article.length && !runMatches(w, article[at] as string)) at++;
    if (at === article.length) return i;
    at++;
  }
  return -1;
}

/**
 * How many different sentences the engine may choose from (`eligible`): those that are not
 * boilerplate (run-on sentences and those that lean on the one before included), with the
 * headings and questions when none stands alone; sentences that give the same highlight (one
 * repeated word for word, or with only a dateline, a connective or white space more) count once.
 * And how many the default count may fill (`defaultPool`): the same, but a run-on sentence (over
 * 80 words) counts only when no sentence of a highlight's length is left. The article is analysed
 * once for both. Only its first MAX_SENTENCES sentences count, as only they may be chosen, unless
 * none of them is eligible.
 */
export function sentencePools(
  input: string,
  title: string | null,
  compress = true,
): { eligible: number; defaultPool: number } {
  const article = analyze(input, { title, pack: arabic });
  let doc = firstSentences(article, MAX_SENTENCES);
  let ctx = featureContext(doc, arabic, arabicNewsIdf());
  // The whole article when its first sentences are all datelines, credits or teasers.
  if (boilerplateKinds(ctx).every((kind) => kind === Boilerplate.Line)) {
    doc = article;
    ctx = featureContext(doc, arabic, arabicNewsIdf());
  }
  const kinds = boilerplateKinds(ctx);
  const distinct = (allowed: readonly number[]): number =>
    new Set(
      doc.sentences
        .map((_, i) => i)
        .filter((i) => allowed.includes(kinds[i] as number))
        .map((i) => arabic.normalize(highlightText(input, highlightSources(ctx, i, compress)))),
    ).size;
  const { None, RunOn, Context, Dependent } = Boilerplate;
  // Headings and questions only when no sentence stands alone (nor runs on).
  const standsAlone = distinct([None, RunOn]) > 0;
  const eligible = standsAlone ? distinct([None, RunOn, Context]) : distinct([Context, Dependent]);
  const plain = standsAlone ? distinct([None, Context]) : eligible;
  return { eligible, defaultPool: plain > 0 ? plain : eligible };
}

/**
 * Violations of the count rule: default 3 or 4, `count` N exactly N; fewer only when fewer
 * sentences are eligible (a dateline, credit or teaser line is never a highlight), or, for the
 * default, when fewer are left that are not run-ons.
 */
function countViolations(input: string, summary: Summary, options: SummarizeOptions): string[] {
  const n = summary.highlights.length;
  const count = options.count ?? null;
  const { eligible, defaultPool } = sentencePools(
    input,
    options.title ?? null,
    options.compress ?? true,
  );
  const out: string[] = [];
  if (n === 0) out.push("no highlight although the article has a sentence");
  if (n > summary.sentences) out.push(`${n} highlights for ${summary.sentences} sentences`);
  if (count !== null && n !== Math.min(count, eligible)) {
    out.push(`count ${count} gave ${n} highlights for ${eligible} eligible sentences`);
  }
  if (count === null && n > DEFAULT_MAX) out.push(`default count gave ${n} (max ${DEFAULT_MAX})`);
  if (count === null && n < Math.min(DEFAULT_MIN, defaultPool)) {
    out.push(`default count gave ${n} highlights for ${defaultPool} sentences it may fill`);
  }
  return out;
}

/** Violations of order, spans and text of each highlight. */
function highlightViolations(input: string, summary: Summary, title: string | null): string[] {
  const out: string[] = [];
  const doc = analyze(input, { title, pack: arabic });
  if (doc.sentences.length !== summary.sentences) {
    out.push(`summary.sentences ${summary.sentences}, analyze() finds ${doc.sentences.length}`);
  }
  let lastSentence = -1;
  let lastEnd = 0;
  summary.highlights.forEach((h, k) => {
    const at = `highlight ${k}`;
    if (!Number.isInteger(h.sentence) || h.sentence <= lastSentence) {
      out.push(`${at}: sentence ${h.sentence} not after ${lastSentence}`);
    }
    lastSentence = h.sentence;
    if (!Number.isFinite(h.score)) out.push(`${at}: score ${h.score}`);
    if (h.sources.length === 0) out.push(`${at}: no sources`);
    const span = doc.sentences[h.sentence]?.span;
    if (!span) out.push(`${at}: no sentence ${h.sentence}`);
    for (const s of h.sources) {
      const src = `${at}: source [${s.start}, ${s.end})`;
      if (!Number.isInteger(s.start) || !Number.isInteger(s.end)) out.push(`${src} not integers`);
      if (s.start < 0 || s.end > input.length) out.push(`${src} outside the input`);
      if (s.end <= s.start) out.push(`${src} empty or reversed`);
      if (s.start < lastEnd) out.push(`${src} overlaps or precedes an earlier source`);
      if (span && (s.start < span.start || s.end > span.end)) {
        out.push(`${src} outside its sentence [${span.start}, ${span.end})`);
      }
      lastEnd = Math.max(lastEnd, s.end);
    }
    const joined = h.sources.map((s) => input.slice(s.start, s.end)).join("");
    if (h.text !== joined.replace(/[\s\u0085]+/gu, " ").trim())
      out.push(`${at}: text != collapsed sources`);
    // highlightText refuses sources outside the input (reported above).
    if (h.text !== rebuiltText(input, h.sources)) out.push(`${at}: text != highlightText`);
    if (LINE_BREAK.test(h.text)) out.push(`${at}: line break inside the text`);
    if (/\s\s|[^\S ]|^\s|\s$/u.test(h.text)) out.push(`${at}: white space not collapsed`);
    if (runs(h.text).length === 0) out.push(`${at}: no word`);
    if (/^\p{M}/u.test(h.text)) out.push(`${at}: starts with a combining mark`);
  });
  return out;
}

/** `highlightText(input, sources)`, or null when it refuses the sources. */
function rebuiltText(input: string, sources: readonly Span[]): string | null {
  try {
    return highlightText(input, sources);
  } catch {
    return null;
  }
}

/** Violations of "words only from the article, in order": words may be dropped, never added. */
function wordViolations(input: string, summary: Summary): string[] {
  const out: string[] = [];
  const forms = articleForms(input);
  summary.highlights.forEach((h, k) => {
    for (const w of words(h.text)) {
      if (!forms.has(w)) out.push(`highlight ${k}: word "${w}" is not an article word`);
    }
  });
  const bullet = summary.highlights.flatMap((h) => runs(h.text));
  const bad = firstUnmatched(bullet, runs(input));
  if (bad >= 0) out.push(`bullet word ${bad} "${bullet[bad]}" breaks the article's word order`);
  return out;
}

/**
 * Every invariant violation of `summary` for `input` (empty when all hold): count rule, order,
 * spans, text = collapsed joined sources, one line each, words only from the article in order.
 */
export function violations(input: string, summary: Summary, options: SummarizeOptions): string[] {
  return [
    ...countViolations(input, summary, options),
    ...highlightViolations(input, summary, options.title ?? null),
    ...wordViolations(input, summary),
  ];
}

/** JSON of a summary without its timing, for byte-for-byte comparisons. */
export function stableJson(summary: Summary): string {
  return JSON.stringify({ ...summary, ms: 0 });
}
