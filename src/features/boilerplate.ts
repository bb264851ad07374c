import { foreignSentences } from "../analysis/neighbours.js";
import {
  ADJUNCT_ONLY_OPENINGS,
  AFTER_POINTING_BACK,
  ANAPHORIC_OPENERS,
  ANSWER_OPENERS,
  BOILERPLATE_LINE,
  CLOSING_CREDIT,
  CONTINUING_OPENERS,
  DATE_LINE_WORDS,
  DATELINE_MARK,
  DATELINE_PREFIX,
  DEMONSTRATIVES,
  MAX_ATTRIBUTION_ONLY_WORDS,
  NOT_AN_ANSWER_BEFORE,
  PLURAL_POINTERS as PLURAL_POINTER_WORDS,
  POINTED_DATE_WITHIN_WORDS,
  POINTED_DATES,
  POINTING_BACK_PHRASES,
  PRONOUN_SUBJECT_OPENINGS,
  QUESTION_OPENERS,
  RELATIVE_PRONOUNS,
  RESULT_OPENINGS,
  SAYING_PARTICIPLES,
  THEN_OR_HAS,
} from "../lang/ar/data/boilerplate.js";
import { ATTRIBUTION_STARTS, LEADING_CONNECTIVES } from "../lang/ar/data/compression.js";
import { MONTH_WORDS, WEEKDAY_WORDS } from "../lang/ar/data/numbers.js";
import { PERFECT_VERBS } from "../lang/ar/data/perfect-verbs.js";
import { CLAUSE_MARKS } from "../lang/ar/data/punctuation.js";
import { BmpPattern } from "../text/bmp-pattern.js";
import { classAt, NEWLINE } from "../text/chars.js";
import { danglingQuotes } from "../text/dangling-quote.js";
import { inWithWaw, matchAt, phraseWords } from "../text/phrases.js";
import { withOpeners } from "../text/span.js";
import type { Sentence, Span, Token } from "../text/types.js";
import { whitespaceWords } from "../text/words.js";
import { type FeatureContext, featureValues, memo } from "./context.js";
import { finalMark, questionEnds, terminatorEnds, writtenWithShadda } from "./cues.js";
import { opensInQuote } from "./in-quote.js";
import { ENDS_WITH_COLON, LIST_OPENING } from "./list-intro.js";
import { pointsAtMedia, presentsVideo } from "./media-pointers.js";
import { relatedStories } from "./related-stories.js";
import { normalizedSentences, sentenceTexts } from "./sentences.js";
import { newsBeforeSignpost } from "./signpost.js";
import { quotedOnly, quotesUnmarked, unnamedSpeaker } from "./speakers.js";
import { namesStatementSource } from "./statement-source.js";
import { afterClosingNote, fromRepeatedDateline } from "./stories-after.js";
import { teaserSentences } from "./teasers.js";

/** Fewer content words than this after the dateline: the sentence is only a tag. */
const MIN_WORDS = 4;

/** Most words of the place before a dash that a line telling only a date may open with. */
const DATELINE_PLACE_WORDS = 3;

/** Fewer words than this, even with no dateline: never a highlight. */
const MIN_SHORT_WORDS = 3;

/**
 * More words than this (after the dateline): a paragraph more than a highlight (a list run into
 * one line gave a bullet of 450 words); 0.45% of the bullets on the unlabeled corpus were longer.
 */
const MAX_WORDS = 80;

/** Longest line (in words) read as a link to a related story when it stands in a run of them. */
const MAX_LINK_WORDS = 20;

/** A list item's mark at a line's start: a dash, a bullet, or a number with its dot or bracket. */
const LIST_ITEM =
  /^[\s\p{Cf}]*(?:[-\u2013\u2014\u2022\u00b7*\u25aa\u25cf\u25a0]|\p{Nd}{1,2}\s*[.)\-\u2013])/u;
/** DATELINE_PREFIX, by its twin on text in the BMP (compiled in a quarter of the time). */
const DATELINE = new BmpPattern(DATELINE_PREFIX);
/** Words that make a question of a sentence they open, whatever its last mark (`هل`). */
const QUESTION_OPENER: ReadonlySet<string> = new Set(QUESTION_OPENERS);
/** Openings of an attribution (`بحسب`, `وفق ما`). */
const ATTRIBUTION = phraseWords(ATTRIBUTION_STARTS);
const ADJUNCT_ONLY = phraseWords(ADJUNCT_ONLY_OPENINGS);

/**
 * First words that make a sentence go on from the previous one (`حيث` "where", `إذ` "as", a
 * participle of saying: `مضيفا أن …`), and the relative pronouns, a clitic `و` before them or
 * not (`التي ظهر فيها …`, `والذي جعلني …`: the rest of a noun phrase cut off by a full stop).
 */
const CONTINUES: ReadonlySet<string> = new Set([
  ...CONTINUING_OPENERS,
  ...SAYING_PARTICIPLES,
  ...RELATIVE_PRONOUNS,
  ...RELATIVE_PRONOUNS.map((pronoun) => `و${pronoun}`),
]);
/** Openings of the result of the sentence before (`مما أدى إلى …`). */
const RESULT = phraseWords(RESULT_OPENINGS);

const POINTS_BACK: ReadonlySet<string> = new Set(ANAPHORIC_OPENERS);
const PLURAL_POINTERS: ReadonlySet<string> = new Set(PLURAL_POINTER_WORDS);
const DEMONSTRATIVE: ReadonlySet<string> = new Set(DEMONSTRATIVES);
const AFTER_DEMONSTRATIVE: ReadonlySet<string> = new Set(AFTER_POINTING_BACK);
const RELATIVE: ReadonlySet<string> = new Set(RELATIVE_PRONOUNS);
/** `إلا أنه …`, `كما أنهم …`: a pronoun subject after a contrast or an addition. */
const PRONOUN_SUBJECT = phraseWords(PRONOUN_SUBJECT_OPENINGS);
/** `كل هذا`, `كل ذلك`. */
const ALL_THIS = phraseWords(POINTING_BACK_PHRASES);
/** `عندها`: "then", or "she has". */
const THEN_OR_HAS_WORDS: ReadonlySet<string> = new Set(THEN_OR_HAS);
/** `الإجابة`, `الجواب`: the answer to a question asked before. */
const ANSWERS: ReadonlySet<string> = new Set(ANSWER_OPENERS);
/** `الرسمي`, `الرسمية`: an answer given by a party, which is news. */
const OFFICIAL: ReadonlySet<string> = new Set(NOT_AN_ANSWER_BEFORE);
/** A question that closes a quotation (`؟"`, `?»`), maybe before a final mark. */
const QUOTED_QUESTION = /[؟?]\s*["»”']\s*[.!]?\s*$/u;
const PAST_VERBS: ReadonlySet<string> = new Set(PERFECT_VERBS);

/**
 * Whether `عندها` at `first` is "then": a comma follows it, or a verb (future `س…`, present `ي…`,
 * or a past verb of the corpus table), not a noun ("she has": `عندها ثلاثة أطفال`).
 */
function thenBeforeVerb(input: string, tokens: readonly Token[], first: number): boolean {
  const word = tokens[first] as Token;
  const next = tokens[first + 1];
  if (!next) return false;
  if (/[،,]/u.test(input.slice(word.span.end, next.span.start))) return true;
  return /^[سي]\p{L}{3}/u.test(next.norm) || PAST_VERBS.has(next.norm);
}

/**
 * Whether the words from `first` point back at an earlier sentence: a pronoun subject (`هو …`,
 * `لكنه …`, `إلا أنها …`), `بذلك`, a "then" (`حينها`; `عندها` before a comma or a verb), `كل ذلك`
 * before no definite noun,
 * or a demonstrative followed by `ما`, `بعد`, `لأن` (`هذا ما …`) or by a noun and a relative
 * pronoun (`ذلك الأمر الذي …`, a noun phrase about news told before). Not `جاء ذلك …` or
 * `يأتي هذا بعد …`: after the news it follows, "this comes after …" is context a highlight
 * gives (BBC's standfirsts open so too), and leaving it out cost 0.3 R-1 on no-lead; only
 * `جاء ذلك في تغريدة …`, where the news was said, points back (`namesStatementSource`).
 */
function pointsBack(input: string, tokens: readonly Token[], first: number): boolean {
  // After a clitic `و` (`وهو ما …`, `وهذا ما …`), which compression cuts from the bullet.
  const opener = tokens[first]?.norm ?? "";
  const word = opener.length > 2 && opener.startsWith("و") ? opener.slice(1) : opener;
  // `هؤلاء` before a noun or `الذين` is a demonstrative (`هؤلاء اللاعبون`) or "those who".
  if (PLURAL_POINTERS.has(word)) return !(tokens[first + 1]?.norm ?? "").startsWith("ال");
  // `وقتها` ("then") keeps its `و`, a root letter.
  if (inWithWaw(POINTS_BACK, opener) || matchAt(tokens, first, PRONOUN_SUBJECT) > 0) return true;
  const all = matchAt(tokens, first, ALL_THIS);
  if (all > 0) return !(tokens[first + all]?.norm ?? "").startsWith("ال");
  if (inWithWaw(THEN_OR_HAS_WORDS, opener)) return thenBeforeVerb(input, tokens, first);
  if (!DEMONSTRATIVE.has(word)) return false;
  const next = tokens[first + 1]?.norm ?? "";
  if (AFTER_DEMONSTRATIVE.has(next)) return true;
  return next.startsWith("ال") && RELATIVE.has(tokens[first + 2]?.norm ?? "");
}

const DATE_NOUNS: ReadonlySet<string> = new Set(POINTED_DATES);
/** One-letter clitics that may cling to `ذلك` (`لذلك التاريخ`, `وذلك اليوم`). */
const THAT_CLITICS = /^[وفبل]?ذلك$/u;
/** A year in digits (`2014`, `1998`). */
const YEAR = /^(?:1[89]|20)\d\d$/u;

/** Whether a word names a month or a weekday (`مارس`, `الخميس`). */
const dateWord = (t: Token): boolean => MONTH_WORDS.has(t.norm) || WEEKDAY_WORDS.has(t.norm);

const DATE_LINE: ReadonlySet<string> = new Set(DATE_LINE_WORDS);
/** Whether a word may stand in a line that only tells a date: a month, a weekday, a number. */
const dateOnlyWord = (t: Token): boolean =>
  dateWord(t) || DATE_LINE.has(t.norm) || /^\p{Nd}+$/u.test(t.norm);

/**
 * Whether the `tokens` from `start` only tell a date (`الأحد 12 أيار 2024`), perhaps after a
 * place and a dash (`عمّان - الأحد 12 أيار 2024`, a dateline with nothing after it): no news.
 */
function onlyDate(input: string, tokens: readonly Token[], start: number): boolean {
  // The first date word is looked for only where it may stand (after at most
  // DATELINE_PLACE_WORDS words of a place), not through the whole sentence.
  const last = Math.min(tokens.length, start + DATELINE_PLACE_WORDS + 1);
  let from = start;
  while (from < last && !dateOnlyWord(tokens[from] as Token)) from++;
  if (from === last) return false;
  for (let k = from + 1; k < tokens.length; k++) {
    if (!dateOnlyWord(tokens[k] as Token)) return false;
  }
  if (from === start) return true;
  const gap = input.slice((tokens[from - 1] as Token).span.end, (tokens[from] as Token).span.start);
  return /[-–—:]/u.test(gap);
}

/**
 * Whether `ذلك التاريخ` or `ذلك اليوم` ("that date", "that day") stands in the first clause of a
 * sentence (from its word `first`, before any clause mark, in POINTED_DATE_WITHIN_WORDS words)
 * that tells no date of its own (no month, weekday or digit), after a sentence (`before`) that
 * tells one (a month, a weekday or a year): it points at that date (`وفي اليوم السابق لذلك
 * التاريخ، أعلن …` after `في الثامن والعشرين من ديسمبر أعلن …`). Not in a sentence with its own
 * date (`في 30 مارس، ومنذ ذلك التاريخ قتل …`), nor after a sentence that tells none.
 */
function pointsAtEarlierDate(
  input: string,
  tokens: readonly Token[],
  first: number,
  before: readonly Token[],
): boolean {
  const end = Math.min(tokens.length - 1, first + POINTED_DATE_WITHIN_WORDS);
  for (let i = first; i < end; i++) {
    const word = tokens[i] as Token;
    if (
      i > first &&
      hasClauseMark(input.slice((tokens[i - 1] as Token).span.end, word.span.start))
    ) {
      return false;
    }
    if (THAT_CLITICS.test(word.norm) && DATE_NOUNS.has(tokens[i + 1]?.norm ?? "")) {
      return !tokens.some((t) => /\p{Nd}/u.test(t.norm) || dateWord(t)) && tellsDate(before);
    }
  }
  return false;
}

/** Whether `text` holds a clause mark (`،` `,` `؛`). */
function hasClauseMark(text: string): boolean {
  for (const ch of text) if (CLAUSE_MARKS.has(ch)) return true;
  return false;
}

/** Whether words tell a date: a month's name, a weekday's (`يوم الخميس`) or a year. */
function tellsDate(tokens: readonly Token[]): boolean {
  return tokens.some((t) => dateWord(t) || YEAR.test(t.norm));
}

/**
 * Whether a sentence opens on the answer (`الإجابة هي …`, `والجواب نعم …`) to the question that
 * ends `before`, the sentence before it. Not when that question closes a quotation (`…؟"`: a
 * title or someone's words, which the answer need not follow), and not when a relative pronoun
 * or `الرسمي` follows (`الجواب الذي أرسله …` is a letter; `الإجابة الرسمية جاءت من …` is news).
 */
function answersQuestion(tokens: readonly Token[], first: number, before: string): boolean {
  if (!inWithWaw(ANSWERS, tokens[first]?.norm ?? "")) return false;
  const next = tokens[first + 1]?.norm ?? "";
  if (RELATIVE.has(next) || OFFICIAL.has(next)) return false;
  return questionEnds(before) && !QUOTED_QUESTION.test(before);
}

/**
 * Whether the words from `first` are only an attribution, the source of the sentence before
 * (`بحسب ما أوردت رويترز.`): an attribution opening, at most MAX_ATTRIBUTION_ONLY_WORDS words,
 * no comma and no digit (`وفقا لرويترز، ارتفع النفط 3%` is news).
 */
function attributionOnly(
  text: string,
  tokens: readonly Token[],
  first: number,
  words: number,
): boolean {
  if (words > MAX_ATTRIBUTION_ONLY_WORDS || /[،,\p{Nd}]/u.test(text)) return false;
  return matchAt(tokens, first, ATTRIBUTION) > 0;
}

/**
 * Whether the words from `first` are only an adjunct on the sentence before (`في إشارة إلى
 * العمليتين السابقتين في سوريا.`): an ADJUNCT_ONLY_OPENINGS opening and no clause mark, so no
 * clause of its own after the adjunct (`في إشارة إلى …، قال …`, `… ذكر أردوغان: …`).
 */
function adjunctOnly(text: string, tokens: readonly Token[], first: number): boolean {
  return matchAt(tokens, first, ADJUNCT_ONLY) > 0 && !/[،,:：؛;]/u.test(text);
}

/** Bodies found so far by `stripDateline`, by sentence (one array per document). */
function bodies(ctx: FeatureContext): (Span | undefined)[] {
  return new Array<Span | undefined>(ctx.doc.sentences.length);
}

/**
 * The sentence's span without a leading dateline or agency tag (`القاهرة (رويترز) - `).
 * `normalize` maps the sentence to the form the patterns are written in; the prefix length is
 * found on the normalized text, then mapped back by counting word tokens, so the span stays exact.
 * Computed once per sentence and document.
 */
export function stripDateline(ctx: FeatureContext, index: number): Span {
  const known = memo(ctx, bodies);
  let body = known[index];
  if (body === undefined) {
    body = findBody(ctx, index);
    known[index] = body;
  }
  return body;
}

function findBody(ctx: FeatureContext, index: number): Span {
  const sentence = ctx.doc.sentences[index];
  if (!sentence) throw new RangeError(`no sentence ${index}`);
  // Leading white space (left where normalization removed characters, as NFKC does `ﹰ` → ` ً`)
  // is skipped before the prefix pattern, which would try every split of it (quadratic). The
  // pattern starts with `^\s*`: the words it finds are the same.
  const norm = (normalizedSentences(ctx)[index] as string).trimStart();
  const match = DATELINE_MARK.test(norm) ? DATELINE.exec(norm) : null;
  if (!match || match[0].length === 0) return sentence.span;
  // Words inside the matched prefix, counted the same way on the raw sentence; the body starts at
  // the first token after the last of them. Not counted in tokens: the tokenizer splits `24ساعة`
  // in two, and the body would start mid-word. A raw run holds the characters normalization
  // removes (harakat, tatweel, format characters such as a ZWNJ) and counts the words its
  // normalized form has: a tatweel used as a dash (`القاهرة ـ (رويترز) -`) is no word.
  const raw = sentenceTexts(ctx)[index] as string;
  const prefixWords = countWords(ctx.normalize(match[0]));
  let prefixEnd = sentence.span.start;
  let words = 0;
  for (const run of raw.matchAll(/[\p{L}\p{N}\p{M}\p{Cf}]+/gu)) {
    if (words >= prefixWords) break;
    const count = countWords(ctx.normalize(run[0]));
    if (count === 0) continue;
    words += count;
    prefixEnd = sentence.span.start + run.index + run[0].length;
  }
  const first = sentence.tokens.find((t) => t.span.start >= prefixEnd);
  if (!first) return { start: sentence.span.end, end: sentence.span.end };
  return { start: withOpeners(ctx.doc.input, first.span.start, prefixEnd), end: sentence.span.end };
}

/**
 * What keeps a sentence from being a highlight:
 * - None: nothing;
 * - Line: a line that is only a dateline or agency tag, a photo credit or an "اقرأ أيضا" teaser
 *   (never a highlight);
 * - Dependent: no highlight, used only when the text has nothing else: a heading with no clause,
 *   the title given again (the headline line above the article), a question, the introduction of
 *   a list (ends with `:`, or opens with `فيما يلي`, `إليكم`), a sentence that is only the source
 *   of the one before (`بحسب ما أوردت رويترز.`), a sentence in another language, the openings of
 *   other stories listed after the article;
 * - Context: news that leans on the sentence before it, taken after every sentence that stands
 *   alone (it fills a count): one that goes on from the previous one (`حيث …`, `إذ …`), the rest of
 *   a quotation opened in an earlier sentence, what a speaker named in an earlier sentence said
 *   (`وأضاف أن …`), one that points back at an earlier one (`وهو ما …`, `ذلك الأمر الذي …`);
 * - RunOn: a run-on sentence of more than MAX_WORDS words, news but taken last too.
 */
export const Boilerplate = { None: 0, Line: 1, Dependent: 2, RunOn: 3, Context: 4 } as const;

/** Per sentence, what keeps it from being a highlight (`Boilerplate`); computed once. */
export function boilerplateKinds(ctx: FeatureContext): Uint8Array {
  return memo(ctx, findKinds);
}

/** 1 where a sentence is not a first choice: a tag, credit, teaser, heading, question, run-on… */
export function boilerplate(ctx: FeatureContext): Float64Array {
  const kinds = boilerplateKinds(ctx);
  return featureValues(ctx.doc.sentences, (_, i) => (kinds[i] === Boilerplate.None ? 0 : 1));
}

/** Per context: the kind each sentence made Context by `inUnmarkedQuote` alone would have. */
const countedKinds = new WeakMap<FeatureContext, Map<number, number>>();

/** The kinds for the count: the rest of a quotation with no marks still counts as a point. */
export function countKinds(ctx: FeatureContext): Uint8Array {
  const kinds = boilerplateKinds(ctx);
  const counted = countedKinds.get(ctx);
  if (!counted || counted.size === 0) return kinds;
  return kinds.map((k, i) => counted.get(i) ?? k);
}

function findKinds(ctx: FeatureContext): Uint8Array {
  const countedAs = new Map<number, number>();
  countedKinds.set(ctx, countedAs);
  const texts = sentenceTexts(ctx);
  const norms = normalizedSentences(ctx);
  const inQuote = opensInQuote(ctx);
  const inUnmarked = inUnmarkedQuote(ctx);
  const teasers = teaserSentences(ctx.doc.sentences, norms);
  // Teasers, boilerplate lines and a closing credit: never highlights.
  const last = norms.length - 1;
  const chrome = norms.map(
    (norm, i) =>
      teasers[i] === true ||
      BOILERPLATE_LINE.some((re) => re.test(norm)) ||
      (i === last && i > 0 && CLOSING_CREDIT.test(norm)),
  );
  const links = linkRuns(ctx, texts, chrome);
  const others = relatedStories(ctx);
  const later = fromRepeatedDateline(ctx.doc.sentences, (i) => {
    const span = (ctx.doc.sentences[i] as Sentence).span;
    return ctx.doc.input.slice(span.start, stripDateline(ctx, i).start);
  });
  const closed = afterClosingNote(ctx.doc.sentences, norms);
  const foreign = foreignSentences(ctx.doc);
  const title = ctx.doc.title?.map((t) => t.norm).join(" ") ?? null;
  // The lede: the first sentence that is neither a boilerplate line nor a tag (a dateline alone).
  const lede = ctx.doc.sentences.findIndex(
    (_, i) => !chrome[i] && sentenceBody(ctx, i).words >= MIN_WORDS,
  );
  return Uint8Array.from(ctx.doc.sentences, (s, i) => {
    const text = texts[i] as string;
    if (chrome[i]) return Boilerplate.Line;
    // The headline line above the article (the text's first line, with no full stop: `!` ends
    // headlines too), or a section heading after the lede that repeats it, given again as its
    // title: it says what the title says. A lede that the title repeats stays (after a wire's
    // dateline line too).
    if (
      title &&
      (i === 0 || i > lede) &&
      isAloneInParagraph(ctx, i) &&
      finalMark(text) !== "." &&
      s.tokens.map((t) => t.norm).join(" ") === title
    ) {
      return Boilerplate.Dependent;
    }
    const { body, first, words } = sentenceBody(ctx, i);
    // (No word in the body, `first` -1: the sentence is a Line below.)
    if (first >= 0 && onlyDate(ctx.doc.input, s.tokens, first)) return Boilerplate.Line;
    if (words < MIN_WORDS) {
      // What is left of a dateline, or a word or two, is a tag; a short sentence of its own
      // (a headline given alone, `الحكومة تخفض الأسعار`) is used only when nothing else is.
      const tag = body.start > s.span.start || words < MIN_SHORT_WORDS;
      return tag ? Boilerplate.Line : Boilerplate.Dependent;
    }
    const alone = isAloneInParagraph(ctx, i);
    // A heading: a short paragraph of its own with no sentence-final mark. A closing quote or
    // bracket ends no sentence by itself (`حلم الأكراد في "عفرين"`, `لندن (2.7 تريليون دولار)`).
    if (alone && words < 10 && !terminatorEnds(text)) return Boilerplate.Dependent;
    // A run of headlines (links to related stories) in punctuated text.
    if (links[i]) return Boilerplate.Dependent;
    // The openings of other stories that the page lists after the article.
    if (others[i] || later[i] || closed[i]) return Boilerplate.Dependent;
    // A sentence in another language (an English paragraph, a Persian quotation).
    if (foreign[i]) return Boilerplate.Dependent;
    // A question (to an interviewee, or rhetorical) or a list's introduction is no highlight;
    // a report that a signpost (`، وفيما يلي …:`) turns into one is, up to the signpost.
    // A lede that reports a question put to someone (`…، مخاطبا إياه: "من أنت …؟"`) is news.
    if (
      (questionEnds(text) || ENDS_WITH_COLON.test(text)) &&
      !newsBeforeSignpost(ctx.doc.input, s.tokens, first, {
        start: s.span.start,
        end: s.span.end,
        lede: i === lede,
      }) &&
      !(i === lede && reportsQuestion(text))
    ) {
      return Boilerplate.Dependent;
    }
    if (opensQuestion(ctx.doc.input, s.tokens[first])) return Boilerplate.Dependent;
    if (matchAt(s.tokens, first, LIST_OPENING) > 0) return Boilerplate.Dependent;
    if (attributionOnly(text, s.tokens, first, words)) return Boilerplate.Dependent;
    if (adjunctOnly(text, s.tokens, first)) return Boilerplate.Dependent;
    // What a picture or a video with the article shows: the highlights carry no picture.
    // Not the first sentence: a video page's lede tells what the video shows, and is the news.
    if (i > 0 && pointsAtMedia(s.tokens, first)) return Boilerplate.Dependent;
    // A line that presents a video report by its correspondent (`في هذا التقرير الحصري، مراسلة
    // CNN … تشرح …`): not the first sentence either.
    if (i > 0 && presentsVideo(s.tokens, first)) return Boilerplate.Dependent;
    // News that leans on the sentence before it: it fills a count when nothing else is left.
    if (CONTINUES.has(s.tokens[0]?.norm ?? "")) return Boilerplate.Context;
    if (matchAt(s.tokens, first, RESULT) > 0) return Boilerplate.Context;
    if (unnamedSpeaker(ctx.doc.input, s.tokens, first)) return Boilerplate.Context;
    if (quotedOnly(ctx.doc.input, s.tokens, first, body.start)) return Boilerplate.Context;
    if (pointsBack(ctx.doc.input, s.tokens, first)) return Boilerplate.Context;
    // `ذلك التاريخ`, `ذلك اليوم` in its first clause: the date is the sentence before's.
    const previous = ctx.doc.sentences[i - 1];
    if (previous && pointsAtEarlierDate(ctx.doc.input, s.tokens, first, previous.tokens)) {
      return Boilerplate.Context;
    }
    // The answer (`الإجابة هي نعم …`) to the question that ends the sentence before, which is
    // no highlight itself: alone, it answers nothing.
    if (i > 0 && answersQuestion(s.tokens, first, texts[i - 1] as string)) {
      return Boilerplate.Context;
    }
    if (namesStatementSource(s.tokens, first)) return Boilerplate.Context;
    // The rest of a quotation that opened in an earlier sentence: its speaker is not in it.
    if (inQuote[i]) return Boilerplate.Context;
    // So is the rest of a quotation with no marks (`وقال X: A. B.`) that B goes on with: it does
    // not open on `و` or `ف`, as the reporter's next sentence does (`ويحتل الفريق …`).
    // The start of a quotation that runs on into the next sentence, with no colon to say that
    // words are quoted once compression drops its open mark: they would read as the reporter's.
    // Not in the lede: there a mark left open is a slip (`رئيس حزب "القوات اللبنانية، …`), and
    // the article's first sentence goes on from no quotation.
    const rest =
      i !== lede && unsignalledQuote(ctx.doc.input, body)
        ? Boilerplate.Context
        : // A list run into one line, a column's unpunctuated paragraph: news, but too long to
          // read at a glance.
          words > MAX_WORDS
          ? Boilerplate.RunOn
          : Boilerplate.None;
    if (inUnmarked[i]) {
      countedAs.set(i, rest);
      return Boilerplate.Context;
    }
    return rest;
  });
}

/**
 * Sentence `i` without its dateline (`stripDateline`): the body's span, its first token, and how
 * many tokens it has from there (tokens are in order; -1 and 0 when none is in the body).
 */
function sentenceBody(
  ctx: FeatureContext,
  i: number,
): { body: Span; first: number; words: number } {
  const tokens = (ctx.doc.sentences[i] as Sentence).tokens;
  const body = stripDateline(ctx, i);
  const first = tokens.findIndex((t) => t.span.start >= body.start);
  return { body, first, words: first < 0 ? 0 : tokens.length - first };
}

/**
 * Whether a sentence's first word makes it a question (`هل`), as written: `هلّ` with its shadda
 * is the verb "appeared" (`هلّ هلال رمضان`), which normalizes to the same letters.
 */
function opensQuestion(input: string, word: Token | undefined): boolean {
  if (word === undefined || !QUESTION_OPENER.has(word.norm)) return false;
  return !writtenWithShadda(input, word);
}

/**
 * Whether a sentence ends on a quoted question with at least REPORT_WORDS words before the
 * quotation's open mark, a verb of saying or asking among them (ASKED) and no teaser's framing
 * (QUESTION_TEASER): a report of a question (`هاجم روحاني ترامب، مخاطبا إياه: "من أنت …؟"`), not
 * a question of its own.
 */
function reportsQuestion(text: string): boolean {
  const end = QUOTED_QUESTION_END.exec(text);
  if (!end) return false;
  const open = Math.max(...[...OPEN_MARKS].map((mark) => text.lastIndexOf(mark, end.index)));
  if (open <= 0) return false;
  const report = text.slice(0, open);
  return (
    whitespaceWords(report).length >= REPORT_WORDS &&
    ASKED.test(report) &&
    !QUESTION_TEASER.test(report)
  );
}

/**
 * A past verb of saying or asking, or a participle of saying or addressing, before a quotation:
 * a report of what someone asked (`قال`, `سأل`, `تساءل`, `كتب`, `مخاطبا`, `متسائلا`, `قائلة`).
 */
const ASKED =
  /(?:^|[\s،,])(?:[وف]?(?:قال|قالت|س[أا]ل|س[أا]لت|تس[اأ]ءل|تس[اأ]ءلت|كتب|كتبت|غرد|غردت|[أا]ضاف|[أا]ضافت)|مخاطبا|مخاطبة|متسائلا|متسائلة|قائلا|قائلة|متوجها|متوجهة)(?=[\s:،,"«“]|$)/u;
/** A question that a teaser puts (`سؤال يطرحه كثيرون: "…؟"`, `يتساءل كثيرون: "…؟"`). */
const QUESTION_TEASER =
  /(?:^|[\s،,])(?:سؤال|السؤال|يطرح|تطرح|يتس[اأ]ءل|تتس[اأ]ءل|يس[أا]ل|تس[أا]ل)(?=[\s:،,"«“]|$)/u;

/** Words of a report before a quotation it ends on. */
const REPORT_WORDS = 4;
/** A question mark and a closing quotation mark at a sentence's end. */
const QUOTED_QUESTION_END = /[?؟][!?؟]*\s*["»”]\s*[.!]*\s*$/u;
/** Marks that open a quotation (the straight `"` opens and closes). */
const OPEN_MARKS = ['"', "«", "“"];

/** Whether `body` opens a quotation it does not close, with no colon before the mark. */
function unsignalledQuote(input: string, body: Span): boolean {
  for (const at of danglingQuotes(input, [body])) {
    if (!colonBefore(input, body.start, at)) return true;
  }
  return false;
}

/**
 * Whether a colon and then only white space come right before `at`, not before `from`: what
 * ENDS_WITH_COLON says of `input.slice(from, at)`, read back from `at` over its white space alone
 * (the pattern reads the slice from its start, so a mark after each of many colons was quadratic).
 */
function colonBefore(input: string, from: number, at: number): boolean {
  let i = at - 1;
  while (i >= from && /\s/u.test(input[i] as string)) i--;
  return i >= from && (input[i] === ":" || input[i] === "：");
}

/**
 * Per sentence, whether it is one of a run of two or more headline-shaped lines (each a paragraph
 * of its own, with no sentence-final mark, of at most MAX_LINK_WORDS words) in a text where most
 * sentences end with a mark: links to related stories that a page puts between its paragraphs
 * (`بيل كوسبي دفع 3.4 مليون دولار لتسوية …` on a line, then two more), which a heading rule of
 * fewer than 10 words lets through. Not the items of a list: lines that open with a list mark
 * (`- `, `•`, `1.`), or a run right after a sentence that ends with a colon (`… البنود التالية:`),
 * unless that sentence is a teaser or boilerplate (`قصص ذات صلة:`, `… اضغط على العنوان التالي:`;
 * `chrome` says which sentences are).
 */
function linkRuns(
  ctx: FeatureContext,
  texts: readonly string[],
  chrome: readonly boolean[],
): boolean[] {
  const { sentences, input } = ctx.doc;
  const bare = sentences.map((s, i) => {
    const text = texts[i] as string;
    // A list mark before the sentence on its line: the segmenter leaves it out of the sentence
    // and its paragraph.
    const from = ctx.doc.paragraphs[s.paragraph]?.start ?? s.span.start;
    const line = input.slice(lineStart(input, from), s.span.end);
    return (
      s.tokens.length <= MAX_LINK_WORDS &&
      isAloneInParagraph(ctx, i) &&
      !terminatorEnds(text) &&
      !ENDS_WITH_COLON.test(text) &&
      !LIST_ITEM.test(line)
    );
  });
  const unmarked = bare.filter(Boolean).length;
  const links = bare.map(() => false);
  if (unmarked < 2 || 2 * unmarked > sentences.length) return links;
  for (let start = 0; start < bare.length; start++) {
    if (!bare[start]) continue;
    let end = start;
    while (bare[end + 1]) end++;
    const afterIntro =
      start > 0 && ENDS_WITH_COLON.test(texts[start - 1] as string) && !chrome[start - 1];
    if (end > start && !afterIntro) links.fill(true, start, end + 1);
    start = end;
  }
  return links;
}

/**
 * Where the line that holds `at` starts: after the last line break before it (any the segmenter
 * knows: `\n`, `\r`, U+2028 …). Searching for `\n` alone went back to the text's start in text
 * whose lines end in `\r`, for every sentence (quadratic), and read the wrong line.
 */
function lineStart(input: string, at: number): number {
  let i = at;
  while (i > 0 && (classAt(input, i - 1) & NEWLINE) === 0) i--;
  return i;
}

/**
 * Per sentence, whether it goes on with a quotation with no marks (`quotesUnmarked`) opened by a
 * sentence before it in its paragraph: every sentence after that one, up to the first that
 * opens on a clitic `و` or `ف` (the reporter's again) or opens such a quotation itself.
 */
/**
 * Openings of the reporter's next sentence that need no clitic `و`: the connectives that turn to
 * another side or point (`من جهته،`, `في المقابل،`, `كما`), not `لكن` or `هذا`, which a speaker
 * opens on too; and a note (`يذكر أن`, `تجدر الإشارة`).
 */
const REPORTER_OPENINGS = phraseWords([
  ...LEADING_CONNECTIVES.slice(0, LEADING_CONNECTIVES.indexOf("علاوه علي ذلك")),
  "في التفاصيل",
  "يذكر",
  "يشار",
  "تجدر",
  "الجدير",
  "من المعروف",
  "من المعلوم",
]);
function inUnmarkedQuote({ doc }: FeatureContext): boolean[] {
  const out: boolean[] = [];
  let open = false;
  let paragraph = -1;
  for (const s of doc.sentences) {
    if (s.paragraph !== paragraph) {
      paragraph = s.paragraph;
      open = false;
    }
    const first = s.tokens[0];
    const reporter = first === undefined || /^[وف]/u.test(doc.input[first.span.start] ?? "");
    open =
      open && !(reporter && first?.norm !== "في") && matchAt(s.tokens, 0, REPORTER_OPENINGS) === 0;
    out.push(open);
    if (quotesUnmarked(doc.input, s.tokens, s.span.end)) open = true;
  }
  return out;
}

/** Words of a normalized text: its runs of letters and digits. */
function countWords(norm: string): number {
  return norm.split(/[^\p{L}\p{N}]+/u).filter(Boolean).length;
}

function isAloneInParagraph({ doc }: FeatureContext, i: number): boolean {
  const p = doc.sentences[i]?.paragraph;
  return doc.sentences[i - 1]?.paragraph !== p && doc.sentences[i + 1]?.paragraph !== p;
}
