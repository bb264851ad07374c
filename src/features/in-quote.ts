import { QuoteCount } from "../text/quotes.js";
import { type FeatureContext, memo } from "./context.js";

/**
 * Per sentence, whether it starts inside a quotation that opened earlier in its paragraph. The
 * marks are counted once, from each paragraph's start, sentence after sentence; computed once
 * per document (boilerplate and selection both ask).
 */
export function opensInQuote(ctx: FeatureContext): boolean[] {
  return memo(ctx, quoteStarts);
}

function quoteStarts({ doc }: FeatureContext): boolean[] {
  const out: boolean[] = [];
  let count = new QuoteCount();
  let paragraph = -1;
  let from = 0;
  for (const s of doc.sentences) {
    if (s.paragraph !== paragraph) {
      paragraph = s.paragraph;
      count = new QuoteCount();
      from = doc.paragraphs[paragraph]?.start ?? s.span.start;
    }
    out.push(count.feed(doc.input, from, s.span.start).open());
    from = s.span.start;
  }
  return out;
}
