/** Offsets into the ORIGINAL input string: `input.slice(start, end)`. */
export interface Span {
  start: number;
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
  text: string;
  sources: Span[];
  sentence: number;
  score: number;
}

/** What `summarize` returns. */
export interface Summary {
  highlights: Highlight[];
  language: string;
  sentences: number;
  ms: number;
}
