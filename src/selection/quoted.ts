import { type Idf, isTerm } from "../features/vectors.js";
import { QUOTE_MARK, QuoteCount } from "../text/quotes.js";
import type { Sentence } from "../text/types.js";

/** Every quotation mark of a text (`QUOTE_MARK`, for `matchAll`). */
const QUOTE_MARKS = new RegExp(QUOTE_MARK.source, "gu");

/** A sentence's terms, and which of them it puts inside quotation marks. */
export interface QuotedTerms {
  /** The share of the sentence's term weight (IDF, each token) inside a quotation: 0 to 1. */
  share: number;
  /** Each distinct stem quoted, with its IDF. */
  quoted: ReadonlyMap<string, number>;
  /** Every stem of the sentence's terms. */
  stems: ReadonlySet<string>;
}

/**
 * `quotedTerms` of each of `sentences` (in the order of `input`). One pass over `input` finds
 * its quotation marks; a sentence with none (most) is not read for them.
 */
export function quotedTermsOf(
  input: string,
  sentences: readonly Sentence[],
  idf: Idf,
): QuotedTerms[] {
  const marks: number[] = [];
  for (const match of input.matchAll(QUOTE_MARKS)) marks.push(match.index);
  let next = 0;
  return sentences.map((sentence) => {
    while (next < marks.length && (marks[next] as number) < sentence.span.start) next++;
    const marked = next < marks.length && (marks[next] as number) < sentence.span.end;
    return marked ? quotedTerms(input, sentence, idf) : new Unquoted(sentence);
  });
}

/**
 * The terms of `sentence` of `input`, and those inside a quotation that opens in the sentence
 * (after a `«`, a `“` or an odd straight quote, until it closes).
 */
export function quotedTerms(input: string, sentence: Sentence, idf: Idf): QuotedTerms {
  const quoted = new Map<string, number>();
  const stems = new Set<string>();
  const marks = new QuoteCount();
  let read = sentence.span.start;
  let total = 0;
  let inside = 0;
  for (const token of sentence.tokens) {
    if (!isTerm(token)) continue;
    marks.feed(input, read, token.span.start);
    read = token.span.start;
    const weight = idf(token.stem);
    total += weight;
    stems.add(token.stem);
    if (marks.open()) {
      inside += weight;
      quoted.set(token.stem, weight);
    }
  }
  return { share: total > 0 ? inside / total : 0, quoted, stems };
}

const NOTHING_QUOTED: ReadonlyMap<string, number> = new Map();

/**
 * The terms of a sentence with no quotation mark: a share of 0, nothing quoted, and its stems
 * read only when asked for (only a sentence before a quotation's are).
 */
class Unquoted implements QuotedTerms {
  readonly share = 0;
  readonly quoted = NOTHING_QUOTED;
  private read: Set<string> | undefined;

  constructor(private readonly sentence: Sentence) {}

  get stems(): ReadonlySet<string> {
    if (this.read === undefined) {
      this.read = new Set();
      for (const token of this.sentence.tokens) if (isTerm(token)) this.read.add(token.stem);
    }
    return this.read;
  }
}

/**
 * Whether `later`, the sentence right after `earlier`, is mostly a quotation (at least
 * `minShare` of its term weight) of which at least `minContained` of the weight (distinct stems)
 * is already in `earlier`: a report and then the words it reports (`دان الكرملين …` and `قال
 * الكرملين في بيان إن «روسيا تدين …»`). An `earlier` that is itself mostly a quotation is no
 * report: two quotations in a row are most often a speaker's two points.
 */
export function quotesWhatWasSaid(
  earlier: QuotedTerms,
  later: QuotedTerms,
  minShare: number,
  minContained: number,
): boolean {
  if (later.share < minShare || later.quoted.size === 0 || earlier.share >= minShare) return false;
  let all = 0;
  let contained = 0;
  for (const [stem, weight] of later.quoted) {
    all += weight;
    if (earlier.stems.has(stem)) contained += weight;
  }
  return all > 0 && contained / all >= minContained;
}
