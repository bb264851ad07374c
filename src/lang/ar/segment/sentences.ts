import {
  ARABIC,
  CLOSE,
  charWidth,
  classAt,
  DIGIT,
  FORMAT,
  LETTER,
  MARK,
  NEWLINE,
  OPEN,
  SPACE,
  unitClass,
} from "../../../text/chars.js";
import type { Span } from "../../../text/types.js";
import { ADDRESS_OPENERS, VOCATIVE_PARTICLES } from "../data/continuations.js";
import {
  AMBIGUOUS_QUOTES,
  BRACKET_OPENERS,
  CLAUSE_MARKS,
  TOKEN_INNER,
} from "../data/punctuation.js";
import { normalize } from "../normalize.js";
import { skipBlank, trimBlank } from "./blank.js";
import { dotEndsSentence } from "./dots.js";
import { markerEnd } from "./markers.js";
import { DEFAULT_QUOTE_OPTIONS, type QuoteOptions, QuoteTracker } from "./quotes.js";
import { isTerminatorAt } from "./units.js";

const CONTENT = LETTER | DIGIT | MARK;
/** Tatweel (U+0640), the stretching stroke. */
const TATWEEL = 0x0640;

/** Most characters (closing quotes, blanks) looked at after a terminator for a clause mark. */
const MAX_CLAUSE_LOOKAHEAD = 8;

/**
 * Whether a clause mark (`،` `,` `؛`) follows `j`, after at most a few closing quotes,
 * brackets and blanks: the terminator before `j` does not end the sentence, which goes on
 * (`أتيت؟، كما`, `شيعية".، ورفعت`). Bounded look-ahead, so the scan stays linear.
 */
function clauseFollows(input: string, j: number, end: number): boolean {
  const stop = Math.min(end, j + MAX_CLAUSE_LOOKAHEAD);
  for (let k = j; k < stop; k++) {
    const ch = input[k] ?? "";
    if (CLAUSE_MARKS.has(ch)) return true;
    const skippable =
      (classAt(input, k) & (CLOSE | SPACE | FORMAT)) !== 0 || AMBIGUOUS_QUOTES.has(ch);
    if (!skippable) return false;
  }
  return false;
}

/** Whether the terminator run `[i, j)` is an ellipsis: `..`, `...`, `…` (full stops and `…` only). */
function isEllipsis(input: string, i: number, j: number): boolean {
  if (j - i === 1 && input[i] !== "\u2026") return false;
  for (let k = i; k < j; k++) if (input[k] !== "." && input[k] !== "\u2026") return false;
  return true;
}

/**
 * Whether the ellipsis `[i, j)` is a pause inside a quotation or bracket, not a sentence end:
 * an elision in brackets (`(...)`, `[..]`) wherever it sits, or any ellipsis inside an open
 * quotation that does not close right after it (`قال: "نعلن.. أن تصل"`: the quotation goes
 * on; `"… نحن هنا.."` ends there). Looks at the blanks on either side only.
 */
function ellipsisInQuote(
  input: string,
  i: number,
  j: number,
  end: number,
  quotes: QuoteTracker,
): boolean {
  let before = i;
  while (before > 0 && (classAt(input, before - 1) & SPACE) !== 0) before--;
  const after = skipBlank(input, j, end);
  const closes = after < end && ((classAt(input, after) & CLOSE) !== 0 || input[after] === '"');
  if (before > 0 && (classAt(input, before - 1) & OPEN) !== 0 && closes) return true;
  return quotes.inside && after < end && !closes;
}

/**
 * Whether the ellipsis `[i, j)` glued to the closing mark of a quotation runs on, on the same
 * line, into the words that say what the quotation was: `"اذهب للجحيم".. هكذا وجه الرئيس …`,
 * `"عدنا 100 عام إلى الوراء".. جملةٌ تختصر …`, the news style of opening on a quotation. As two
 * sentences, the second would open on a pointer (`هكذا`, `بهذه الكلمات`) to words it lost.
 */
function ellipsisAfterQuote(
  input: string,
  i: number,
  j: number,
  end: number,
  quotes: QuoteTracker,
): boolean {
  if (i === 0) return false;
  const closed = (classAt(input, i - 1) & CLOSE) !== 0 || (input[i - 1] === '"' && !quotes.inside);
  return closed && wordsFollowOnLine(input, j, end);
}

/** Whether, after blanks (not a line break), a word follows `j` on its line. */
function wordsFollowOnLine(input: string, j: number, end: number): boolean {
  let k = j;
  while (k < end) {
    const flags = classAt(input, k);
    if ((flags & NEWLINE) !== 0) return false;
    if ((flags & (SPACE | FORMAT)) === 0) break;
    k += charWidth(input, k);
  }
  return k > j && k < end && (classAt(input, k) & LETTER) !== 0;
}

/** Most characters looked at back from an ellipsis for the words of a lead-in (`يا حضرات..`). */
const MAX_LEAD_IN = 40;

/** Fewest words after a lead-in's ellipsis, before the next terminator or line, for a clause. */
const MIN_AFTER_LEAD_IN = 4;

/** Most characters looked at after a lead-in's ellipsis for those words. */
const MAX_AFTER_LEAD_IN = 120;

/**
 * Whether at least `min` words follow `j` before a terminator or a line break (looking at most
 * MAX_AFTER_LEAD_IN characters ahead, so the scan stays linear).
 */
function wordsBeforeEnd(input: string, j: number, end: number, min: number): boolean {
  const stop = Math.min(end, j + MAX_AFTER_LEAD_IN);
  let words = 0;
  let inWord = false;
  for (let k = j; k < stop; k++) {
    if (isTerminatorAt(input, k) || (classAt(input, k) & NEWLINE) !== 0) break;
    const content = (classAt(input, k) & CONTENT) !== 0;
    if (content && !inWord && ++words >= min) return true;
    inWord = content;
  }
  return false;
}

/**
 * Whether the ellipsis `[i, j)` only pauses after a lead-in at the sentence's start (`start`),
 * with words after it on its line: one word (a columnist's `طيب.. ليه لم يبلغ …`, `هل.. هذا مرض
 * للمصريين!`, a topic `باريس.. تبديد أموال …`) or a call (`يا حضرات.. جرى لاعبو …`). As a
 * sentence of its own, what follows would open with no subject. What follows holds at least
 * MIN_AFTER_LEAD_IN words before the next terminator (else it is a filler too). Two words may be
 * a clause (`وانتظر الجميع... ثم جاء الخبر.`), which the ellipsis ends. Looks back at most
 * MAX_LEAD_IN characters, so the scan stays linear.
 */
function ellipsisAfterLeadIn(
  input: string,
  start: number,
  i: number,
  j: number,
  end: number,
): boolean {
  if (i - start > MAX_LEAD_IN || !wordsFollowOnLine(input, j, end)) return false;
  // What follows holds a clause (`يا حضرات.. من أجل هذا..` is a tag and its filler).
  if (!wordsBeforeEnd(input, j, end, MIN_AFTER_LEAD_IN)) return false;
  const words = input
    .slice(start, i)
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter(Boolean);
  return words.length === 1 || (words.length === 2 && VOCATIVE_PARTICLES.has(words[0] as string));
}

/** Fewest words after an ellipsis, before the next terminator or line, for a sentence of its own. */
const MIN_AFTER_ELLIPSIS = 2;

/**
 * Whether the ellipsis at `j` only pauses before one word that ends the sentence on its line
 * (`الجو جميل .. لطيف.`, `… أحد أبرز المطلوبين .. عشماوي.`): alone, it would be a fragment with
 * nothing to say (a list's next item, a name, an afterthought). Two words may be a clause
 * (`فاز الهلال.. وخسر النصر.`), which the ellipsis ends.
 */
function ellipsisBeforeFragment(input: string, j: number, end: number): boolean {
  return wordsBeforeEnd(input, j, end, 1) && !wordsBeforeEnd(input, j, end, MIN_AFTER_ELLIPSIS);
}

/** Most words of a quotation's address line, its first word an ADDRESS_OPENERS one. */
const MAX_ADDRESS_WORDS = 4;

/** Most words of a quotation's heading line, a definite noun phrase (`البرلمان الإيراني.`). */
const MAX_HEADING_WORDS = 3;

/** Most characters between a quotation's open mark and the full stop after its first line. */
const MAX_HEADING_CHARS = 60;

/**
 * Whether the full stop at `i` ends the first line of a quotation opened after a colon that is
 * an address or a heading, with no verb: up to MAX_ADDRESS_WORDS words after an address's
 * opening (`قال في تغريدة: "إلى الرئيس الإيراني روحاني. لا تهدد …`, `: "سيد محرم (إنجه). هل
 * …؟"`), or up to MAX_HEADING_WORDS words that all carry the article (`مرفقا بعبارة: "البرلمان
 * الإيراني. حينما أراد …"`). Alone, the line would be a bullet that says nothing (`قال ترامب:
 * إلى الرئيس الإيراني روحاني.`); the quotation goes on in the same sentence. A short answer or
 * sentence (`"نعم. …`, `"لدينا أمل. …`, `"المخاطر كبيرة. …`) ends there as before; so does a
 * quotation that closes right after the full stop (`قال: "البرلمان الإيراني."`), a bracket,
 * and a quotation inside another.
 */
function quotedHeadingLine(input: string, i: number, quotes: QuoteTracker): boolean {
  const open = quotes.openedAt;
  if (!quotes.inside || quotes.nested || open < 0 || i - open > MAX_HEADING_CHARS) return false;
  if (BRACKET_OPENERS.has(input[open] ?? "")) return false;
  let before = open;
  while (before > 0 && (classAt(input, before - 1) & SPACE) !== 0) before--;
  if (input[before - 1] !== ":") return false;
  const words = normalize(input.slice(open + 1, i))
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const first = words[0];
  if (first === undefined) return false;
  if (ADDRESS_OPENERS.has(first)) return words.length <= MAX_ADDRESS_WORDS;
  return (
    words.length <= MAX_HEADING_WORDS && words.every((w) => w.length > 3 && w.startsWith("ال"))
  );
}

/**
 * Whether the terminator run `[i, j)` ends the sentence (given that the sentence so far has
 * content): a lone full stop is checked for decimals, abbreviations, initials, URLs and list
 * numbers; `?` `!` between Latin letters or digits are inside a URL or a name (`?id=3`);
 * a terminator inside a short quotation or bracket that closes soon does not end it
 * (`وسأل: "إلى متى؟" قبل أن`), except a full stop right before the closing mark; an ellipsis
 * inside a quotation that goes on, or in brackets as an elision, does not end it (see
 * `ellipsisInQuote`), nor one glued to a closing quotation mark with words after it on its line
 * (`ellipsisAfterQuote`), nor one after a lead-in of a word or two (`ellipsisAfterLeadIn`,
 * from `sentenceStart`), nor one before a word or two that end the sentence on its line
 * (`ellipsisBeforeFragment`); a terminator followed by a clause mark (`؟،` `".،`) does not end it
 * either, nor a full stop after a quotation's address or heading line (`quotedHeadingLine`).
 */
function runEnds(
  input: string,
  sentenceStart: number,
  i: number,
  j: number,
  end: number,
  lineStart: number,
  quotes: QuoteTracker,
  options: QuoteOptions,
): boolean {
  if (clauseFollows(input, j, end)) return false;
  if (isEllipsis(input, i, j)) {
    if (ellipsisInQuote(input, i, j, end, quotes) || ellipsisAfterQuote(input, i, j, end, quotes)) {
      return false;
    }
    if (ellipsisAfterLeadIn(input, sentenceStart, i, j, end)) return false;
    if (ellipsisBeforeFragment(input, j, end)) return false;
  }
  if (j - i === 1 && input[i] === ".") {
    if (!dotEndsSentence(input, i, lineStart)) return false;
    // A full stop right before a closing quote or bracket closes the sentence too: «سنفوز.»;
    // not one that closes a quotation inside another (`«قرأت "الحرب والسلم." مرتين»`).
    const closer = (classAt(input, j) & CLOSE) !== 0 || (input[j] === '"' && quotes.inside);
    if (j < end && closer && !quotes.nested) return true;
    if (quotedHeadingLine(input, i, quotes)) return false;
  } else if (j < end) {
    if (inLatinToken(input, i, j) || TOKEN_INNER.has(input[j] ?? "")) return false;
  }
  return !quotes.closesSoon(input, j, end, options);
}

/**
 * Whether the terminator run `[i, j)` is inside a Latin token: `?` or `!` between a character
 * that is not Arabic and a Latin letter or digit (`?id=3`, `Yahoo!Japan`), or inside a web address
 * (`…/wiki/ياهو?action=history`). The Arabic `؟`, or a mark after an Arabic word (`كم عدد
 * الضحايا؟20 قتيلا`, `مفاجأة!3 أهداف`), ends a sentence glued to what follows.
 */
function inLatinToken(input: string, i: number, j: number): boolean {
  const next = classAt(input, j);
  if ((next & (LETTER | DIGIT)) === 0 || (next & ARABIC) !== 0) return false;
  if (!/^[?!]+$/u.test(input.slice(i, j))) return false;
  return i === 0 || (classAt(input, i - 1) & ARABIC) === 0 || inWebAddress(input, i);
}

/** Most characters looked at back from a mark for the start of its web address. */
const MAX_ADDRESS = 300;

/**
 * Whether the mark at `i` is inside a web address: the run of non-space characters before it
 * holds `://` or opens with `www.` (`https://ar.wikipedia.org/wiki/ياهو?action=history`).
 */
function inWebAddress(input: string, i: number): boolean {
  let s = i;
  while (s > 0 && i - s < MAX_ADDRESS && (classAt(input, s - 1) & SPACE) === 0) s--;
  const run = input.slice(s, i);
  return run.includes("://") || /^www\./iu.test(run);
}

/** End of the closing quotes and brackets (and any terminators after them) that follow `j`. */
function absorbClosers(input: string, j: number, end: number, quotes: QuoteTracker): number {
  let k = j;
  while (k < end) {
    const ch = input[k] ?? "";
    const closes = (classAt(input, k) & CLOSE) !== 0 || (ch === '"' && quotes.inside);
    if (!closes && !(isTerminatorAt(input, k) && k > j)) break;
    if (closes) quotes.feed(input, k);
    k++;
  }
  return k;
}

/**
 * Split one paragraph `[start, end)` into trimmed sentence spans. A list bullet or number
 * opening the paragraph is left out. A stretch without letters or digits (`...`, `***`)
 * never stands alone: it joins the sentence before it in the paragraph (a terminator with
 * nothing before it joins the next one), and a paragraph with no letters or digits at all
 * gives no sentence.
 */
export function splitParagraph(
  input: string,
  start: number,
  end: number,
  options: QuoteOptions = DEFAULT_QUOTE_OPTIONS,
): Span[] {
  const out: Span[] = [];
  const quotes = new QuoteTracker();
  let sentenceStart = markerEnd(input, start, end, true);
  let lineStart = start;
  let content = false;
  const emit = (to: number): void => {
    const span = withoutOrphanMarks(input, trimBlank(input, sentenceStart, to));
    const last = out[out.length - 1];
    if (content && span.end > span.start) out.push(span);
    else if (last !== undefined && span.end > span.start) last.end = span.end;
    content = false;
  };
  let i = sentenceStart;
  while (i < end) {
    const unit = input.charCodeAt(i);
    if (isTerminatorAt(input, i)) {
      quotes.closeBefore(input, i);
      let j = i + 1;
      while (j < end && isTerminatorAt(input, j)) j++;
      if (content && runEnds(input, sentenceStart, i, j, end, lineStart, quotes, options)) {
        const k = absorbClosers(input, j, end, quotes);
        emit(k);
        // An inline list number opens the next sentence (`... البئر. 2. بيكر هيوز`): left out.
        sentenceStart = markerEnd(input, skipBlank(input, k, end), end, true);
        i = sentenceStart;
      } else i = j;
      continue;
    }
    const surrogate = unit >= 0xd800 && unit <= 0xdfff;
    let flags = 0;
    if (surrogate) flags = classAt(input, i);
    else if (unit >= 0x80 || unit <= 0x20 || isAsciiAlnum(unit)) flags = unitClass(unit);
    // A tatweel is a letter to Unicode, but a line of them (`ــــــ`) is a separator, not content.
    if ((flags & CONTENT) !== 0 && unit !== TATWEEL) content = true;
    else if ((flags & NEWLINE) !== 0) lineStart = i + 1;
    else quotes.feed(input, i);
    i += surrogate ? charWidth(input, i) : 1;
  }
  if (sentenceStart < end) emit(end);
  return out;
}

/**
 * `span` without the combining marks (and the blanks after them) at its start: a haraka after a
 * space or a sentence end has no letter to sit on, and a sentence (so a bullet) never starts
 * with one.
 */
function withoutOrphanMarks(input: string, span: Span): Span {
  let start = span.start;
  while (start < span.end && (classAt(input, start) & MARK) !== 0) {
    start = skipBlank(input, start + charWidth(input, start), span.end);
  }
  return start === span.start ? span : { start, end: span.end };
}

function isAsciiAlnum(unit: number): boolean {
  return (unit >= 0x30 && unit <= 0x39) || ((unit | 0x20) >= 0x61 && (unit | 0x20) <= 0x7a);
}
