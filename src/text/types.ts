/** Offsets into the ORIGINAL input string: `input.slice(start, end)`. */
export interface Span {
  /** First UTF-16 code unit (0-based, inclusive). */
  start: number;
  /** One past the last UTF-16 code unit (exclusive). */
  end: number;
}

/** A word of the input, with its matching forms. `norm` and `stem` are for matching only. */
export interface Token {
  span: Span;
  norm: string;
  stem: string;
  stop: boolean;
}

/** A sentence of the input: `input.slice(span.start, span.end)` is its text. */
export interface Sentence {
  index: number;
  paragraph: number;
  span: Span;
  tokens: Token[];
}

/** One bullet: source text with whitespace collapsed, and where it came from. */
export interface Highlight {
  /** The bullet: the text of `sources`, joined, with white space collapsed to single spaces. */
  text: string;
  /**
   * Where the bullet's words are in the text given to `summarize`, in order and disjoint: one
   * span for a whole or trimmed sentence, more when compression cut words from its middle.
   */
  sources: Span[];
  /** The 0-based index of the sentence the bullet comes from, counted as `Summary.sentences`. */
  sentence: number;
  /**
   * The sentence-scoring model's score of that sentence: higher is likelier a highlight. It may be
   * negative, and compares sentences of one article only, not articles.
   */
  score: number;
}

/** What `summarize` returns. */
export interface Summary {
  /** The bullets, in the order of their sentences in the article. */
  highlights: Highlight[];
  /** The article's language: always `"ar"`. */
  language: string;
  /**
   * The sentences the article was split into, those that can never be a bullet (a dateline, a
   * credit, a fragment) included: an article may give fewer bullets than asked for.
   */
  sentences: number;
  /** Time `summarize` took, in milliseconds: the one field that differs between two runs. */
  ms: number;
}
