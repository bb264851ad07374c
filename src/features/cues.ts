import { LEADING_CONNECTIVES, WAW_AL_EXCEPTIONS } from "../lang/ar/data/compression.js";
import { charWidth, classAt, DIGIT, unitClass } from "../text/chars.js";
import { type FeatureContext, featureValues } from "./context.js";
import { sentenceTexts } from "./sentences.js";

const CONNECTIVE_OPENERS: ReadonlySet<string> = new Set(LEADING_CONNECTIVES);
const NOT_CLITIC: ReadonlySet<string> = new Set(WAW_AL_EXCEPTIONS);
const QUOTE_OPEN = /^[\s«"“'‘]/u;
const QUESTION_END = /[؟?][\s»"”')]*$/u;

/** 1 for a sentence that opens with a quotation mark (a quote rarely makes a highlight alone). */
export function opensWithQuote(ctx: FeatureContext): Float64Array {
  return featureValues(sentenceTexts(ctx), (text) => (QUOTE_OPEN.test(text) ? 1 : 0));
}

/** 1 for a sentence that ends with a question mark. */
export function isQuestion(ctx: FeatureContext): Float64Array {
  return featureValues(sentenceTexts(ctx), (text) => (QUESTION_END.test(text) ? 1 : 0));
}

/** Whether `text` holds a decimal digit of any script (`\p{Nd}`). */
function hasDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const surrogate = unit >= 0xd800 && unit <= 0xdfff;
    const flags = surrogate ? classAt(text, i) : unitClass(unit);
    if ((flags & DIGIT) !== 0) return true;
    if (surrogate) i += charWidth(text, i) - 1;
  }
  return false;
}

/** 1 for a sentence with a number in it (figures are news). */
export function hasNumber(ctx: FeatureContext): Float64Array {
  return featureValues(sentenceTexts(ctx), (text) => (hasDigit(text) ? 1 : 0));
}

/** 1 for a sentence that opens by leaning on the previous one (`و`/`ف` + word, `كما`, `من جهته`). */
export function opensWithConnective(ctx: FeatureContext): Float64Array {
  return featureValues(ctx.doc.sentences, (s) => {
    const first = s.tokens[0]?.norm ?? "";
    const second = s.tokens[1]?.norm ?? "";
    if (CONNECTIVE_OPENERS.has(first) || CONNECTIVE_OPENERS.has(`${first} ${second}`)) return 1;
    return /^[وف]/u.test(first) && first.length > 3 && !NOT_CLITIC.has(first) ? 1 : 0;
  });
}
