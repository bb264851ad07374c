import { LEADING_CONNECTIVES, WAW_AL_EXCEPTIONS } from "../lang/ar/data/compression.js";
import type { FeatureContext } from "./context.js";

const CONNECTIVE_OPENERS: ReadonlySet<string> = new Set(LEADING_CONNECTIVES);
const NOT_CLITIC: ReadonlySet<string> = new Set(WAW_AL_EXCEPTIONS);
const QUOTE_OPEN = /^[\s«"“'‘]/u;
const QUESTION_END = /[؟?][\s»"”')]*$/u;
const DIGIT = /\p{Nd}/u;

function sentenceText({ doc }: FeatureContext, i: number): string {
  const s = doc.sentences[i];
  return s ? doc.input.slice(s.span.start, s.span.end) : "";
}

/** 1 for a sentence that opens with a quotation mark (a quote rarely makes a highlight alone). */
export function opensWithQuote(ctx: FeatureContext): Float64Array {
  return Float64Array.from(ctx.doc.sentences, (_, i) =>
    QUOTE_OPEN.test(sentenceText(ctx, i)) ? 1 : 0,
  );
}

/** 1 for a sentence that ends with a question mark. */
export function isQuestion(ctx: FeatureContext): Float64Array {
  return Float64Array.from(ctx.doc.sentences, (_, i) =>
    QUESTION_END.test(sentenceText(ctx, i)) ? 1 : 0,
  );
}

/** 1 for a sentence with a number in it (figures are news). */
export function hasNumber(ctx: FeatureContext): Float64Array {
  return Float64Array.from(ctx.doc.sentences, (_, i) => (DIGIT.test(sentenceText(ctx, i)) ? 1 : 0));
}

/** 1 for a sentence that opens by leaning on the previous one (`و`/`ف` + word, `كما`, `من جهته`). */
export function opensWithConnective(ctx: FeatureContext): Float64Array {
  return Float64Array.from(ctx.doc.sentences, (s) => {
    const first = s.tokens[0]?.norm ?? "";
    const second = s.tokens[1]?.norm ?? "";
    if (CONNECTIVE_OPENERS.has(first) || CONNECTIVE_OPENERS.has(`${first} ${second}`)) return 1;
    return /^[وف]/u.test(first) && first.length > 3 && !NOT_CLITIC.has(first) ? 1 : 0;
  });
}
