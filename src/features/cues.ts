import { LEADING_CONNECTIVES, WAW_AL_ROOT_WORD } from "../lang/ar/data/compression.js";
import { AMBIGUOUS_QUOTES, QUESTION_MARKS, TERMINATORS } from "../lang/ar/data/punctuation.js";
import { CLOSE, charWidth, classAt, DIGIT, FORMAT, OPEN, SPACE, unitClass } from "../text/chars.js";
import { QUOTE_MARK, quoteOpenAt } from "../text/quotes.js";
import type { Sentence, Token } from "../text/types.js";
import { type FeatureContext, featureValues } from "./context.js";
import { sentenceTexts } from "./sentences.js";

const CONNECTIVE_OPENERS: ReadonlySet<string> = new Set(LEADING_CONNECTIVES);
const QUOTE_OPEN = /^[\s«"“'‘]/u;
/** What may follow a sentence's final mark: white space, quotes, brackets, format characters. */
const AFTER_FINAL = SPACE | OPEN | CLOSE | FORMAT;

/** Whether the word `token` is written with a shadda (`هلّ`, `بيّن`): its normalized form drops it. */
export function writtenWithShadda(input: string, token: Token): boolean {
  return input.slice(token.span.start, token.span.end).includes("\u0651");
}

/** Whether a sentence's text opens with a quotation mark. */
export function quoteOpens(text: string): boolean {
  return QUOTE_OPEN.test(text);
}

/** Index of `finalMark` in `text[start, end)`, or `start - 1`. */
function finalMarkAt(text: string, start = 0, end = text.length): number {
  let i = end - 1;
  while (
    i >= start &&
    ((classAt(text, i) & AFTER_FINAL) !== 0 || AMBIGUOUS_QUOTES.has(text[i] ?? ""))
  ) {
    i--;
  }
  return i;
}

/**
 * The last character of `text` before the white space, quotation marks and brackets that end it
 * (`؟` in `… ما العمل؟"`, `ن` in `حلم الأكراد في "عفرين"`), or `""`. Only the end is looked at.
 */
export function finalMark(text: string): string {
  return text[finalMarkAt(text)] ?? "";
}

/**
 * Whether a sentence's text (`text[start, end)`) ends asking: a question mark, alone or in the
 * run of marks that ends it (`… سوى صورة وموسيقى؟!`, `؟؟`), maybe followed by quotation marks
 * and brackets (`… إلى متى؟»`). The one definition: eligibility and compression both ask it.
 */
export function questionEnds(text: string, start = 0, end = text.length): boolean {
  for (let i = finalMarkAt(text, start, end); i >= start && TERMINATORS.has(text[i] ?? ""); i--) {
    if (QUESTION_MARKS.has(text[i] ?? "")) return true;
  }
  return false;
}

/**
 * Whether the question that ends `input[start, end)` (`questionEnds`) from offset `at` on (a
 * question tail: `، فهل …؟`) is the writer's, put to the reader, and not quoted: no quotation
 * opened from `start` on is open at `at` (`قال: «…، فهل …؟»`), and a quotation mark after the
 * final question mark closes one that opened from `at` on (`، فهل يلقب بـ"فريق اللعنة؟"`), not
 * one opened before it, maybe in an earlier sentence (`…، فهل هي لعنة؟»` ends someone's words).
 */
export function asksReader(input: string, start: number, at: number, end: number): boolean {
  if (!questionEnds(input, start, end) || quoteOpenAt(input, start, at)) return false;
  const mark = finalMarkAt(input, start, end);
  return !QUOTE_MARK.test(input.slice(mark + 1, end)) || quoteOpenAt(input, at, mark);
}

/** Whether a sentence's text ends with a sentence-final mark (`.` `!` `؟` `…`; `finalMark`). */
export function terminatorEnds(text: string): boolean {
  return TERMINATORS.has(finalMark(text));
}

/** Whether a sentence opens by leaning on the previous one (`و`/`ف` + word, `كما`, `من جهته`). */
export function connectiveOpens(sentence: Sentence): boolean {
  const first = sentence.tokens[0]?.norm ?? "";
  const second = sentence.tokens[1]?.norm ?? "";
  if (CONNECTIVE_OPENERS.has(first) || CONNECTIVE_OPENERS.has(`${first} ${second}`)) return true;
  return /^[وف]/u.test(first) && first.length > 3 && !WAW_AL_ROOT_WORD.test(first);
}

/** 1 for a sentence that opens with a quotation mark (a quote rarely makes a highlight alone). */
export function opensWithQuote(ctx: FeatureContext): Float64Array {
  return featureValues(sentenceTexts(ctx), (text) => (quoteOpens(text) ? 1 : 0));
}

/** 1 for a sentence that ends with a question mark. */
export function isQuestion(ctx: FeatureContext): Float64Array {
  return featureValues(sentenceTexts(ctx), (text) => (questionEnds(text) ? 1 : 0));
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
  return featureValues(ctx.doc.sentences, (s) => (connectiveOpens(s) ? 1 : 0));
}
