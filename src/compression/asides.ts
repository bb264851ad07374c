import {
  ASIDE_UNIT_WORDS,
  COUNT_LEAD_WORDS,
  DUAL_HEADS,
  GLOSS_OPENINGS,
  NAME_OPENINGS,
  PLURAL_HEADS,
  REFERENCE_NOUNS,
  TITLE_NOUNS,
} from "../lang/ar/data/compression.js";
import { CONTINUING_WORDS } from "../lang/ar/data/continuations.js";
import { MONTH_WORDS, MULTIPLIER_WORDS, NUMBER_WORDS } from "../lang/ar/data/numbers.js";
import { normalize } from "../lang/ar/normalize.js";
import { isStopWord } from "../lang/ar/tokenize.js";
import { inWithPrefix } from "../text/phrases.js";
import { QuoteCount } from "../text/quotes.js";
import type { Span, Token } from "../text/types.js";
import { whitespaceWords } from "../text/words.js";
import { hasUnit } from "./scan.js";

const OPEN_PAREN = 0x28;
/**
 * Asides of fewer words than this (split at white space), none of them a number, may be names
 * (`(HSBC)`, `(وام)`, `(M2M)`, `(5G)`): they stay.
 */
const MIN_ASIDE_WORDS = 3;
/** A word that is a number or a date: digits, no Latin letter (`60`, `2018/2019`, `1980م`). */
// The first run stops at the first digit: `[^A-Za-z]*\p{Nd}` had tried every split of a long
// run of digits (quadratic).
const NUMBER_WORD = /^[^A-Za-z\p{Nd}]*\p{Nd}[^A-Za-z]*$/u;
/**
 * An aside that is a number alone, digits and signs (`حوالي (500) مخالفة`, `بنحو (4%) سنويا`,
 * `في الحلقة (30)`): the sentence's own figure, written in brackets. It stays.
 */
const BARE_NUMBER = /^\s*[\p{P}\p{S}]*\p{Nd}[\p{Nd}\p{P}\p{S}]*\s*$/u;
const TITLES = new Set(TITLE_NOUNS);
/**
 * A match's score in brackets, with `صفر` or spaces (`(1-صفر)`, `(0 -3)`); numbers of one or two
 * digits, so a span of years (`(1998 - 2002)`) is none.
 */
const SCORE = /^\s*(?:\p{Nd}{1,2}|صفر)\s*[-–:]\s*(?:\p{Nd}{1,2}|صفر)\s*$/u;
/**
 * A score among a bracket's words (`(4-صفر في باريس)`, `(خسر أمام فرنسا 2-4)`): dashes only, as
 * `18:00` is a time.
 */
const SCORE_IN = /(?:^|\s)(?:\p{Nd}{1,2}|صفر)\s*[-–]\s*(?:\p{Nd}{1,2}|صفر)(?=$|[\s.،,])/u;
/** Most words of a bracket that holds a count and what qualifies it (`(24 هدفا لكل منهما)`). */
const MAX_COUNT_WORDS = 5;
/** `من أصل`, `نحو`, `أكثر`: a number in brackets after one of them is a count. */
const QUANTITY_BEFORE: ReadonlySet<string> = new Set(COUNT_LEAD_WORDS);
/** `الصفحات`, `المادة`: a range of numbers after one is a reference, not a score. */
const REFERENCES: ReadonlySet<string> = new Set(REFERENCE_NOUNS);
/** Punctuation glued to the end of a word (`يورو.`). */
const TRAILING_MARKS = /[.،,؛:]+$/u;
/** A number in brackets (normalized: ASCII digits). */
const COUNT_NUMBER = /^\p{Nd}+(?:[.,٫]\p{Nd}+)?$/u;
/** A word of letters only, two or more. */
const NOUN = /^\p{L}{2,}$/u;
const UNITS: ReadonlySet<string> = new Set(ASIDE_UNIT_WORDS);
/** Plurals of what a list of names may name, when counted (`دول`, `شركات`). */
const HEADS: ReadonlySet<string> = new Set(PLURAL_HEADS);
/** Duals of what a list of names may name (`فريقين`, `الطرفان`). */
const DUALS: ReadonlySet<string> = new Set(DUAL_HEADS);
/** `أي`, `وهي`: a bracket that opens so explains. */
const GLOSSES: ReadonlySet<string> = new Set(GLOSS_OPENINGS);
/** Words before an aside among which its plural head may be (`4 دول عربية (…)`). */
const HEAD_WORDS = 5;
/** `و`, `ال` or a preposition before a list's head or its number (`للدول`, `والأربع`). */
const BEFORE_A_HEAD = /^(?:[وبل]?ال|لل|[وبل])/u;
/** Most words of a list of names in brackets. */
const MAX_LISTED_WORDS = 8;
/** `برنامج`, `مؤسسة`: a bracket that opens on one and holds a year is a name. */
const NAMES: ReadonlySet<string> = new Set(NAME_OPENINGS);
/** A year of four digits (`2030`), standing alone or after a hashtag's underscore. */
const YEAR = /(?:^|[^\p{Nd}])(?:19|20)\p{Nd}{2}(?!\p{Nd})/u;
/** A one-letter proclitic (`و` `ب` `ل` `ك` `ف`, maybe with tatweel or harakat) right before a `(`. */
const PROCLITIC_BEFORE = /(?:^|[^\p{L}\p{M}])[وبلكف][\u0640\p{M}]*$/u;
/** Words an aside after them completes: prepositions, conjunctions, relatives, `مثل`. */
const COMPLETED: ReadonlySet<string> = new Set([...CONTINUING_WORDS, "مثل", "بمثل", "كمثل"]);
/**
 * What an explanation never holds but a name or a figure does: a Latin letter (`(Be a
 * firefighter)`), a share (`(13,6 %)`, `(48 بالمئة)`), letters joined by dots (`(آي.أو.إس 12)`)
 * or a model's letters and number (`(إف-35)`).
 */
const NAMED = /[A-Za-z]|%|٪|المئ[هة]|المائ[هة]|\p{L}\.\p{L}|\p{L}-\p{Nd}/u;

/** Whether a word is a title noun, maybe behind a proclitic and the article (`لكتابه`, `للبرنامج`). */
function titleNoun(norm: string): boolean {
  const bare = norm.replace(/^[وبلكف](?=\p{L}{3})/u, "");
  return (
    TITLES.has(norm) || TITLES.has(bare) || TITLES.has(bare.replace(/^(?:ال|ل)(?=\p{L}{3})/u, ""))
  );
}

/** Another aside right after one, maybe behind `و` or `،` (`(…) و(…)`). */
const LIST_OF_ASIDES = /^\s*[و،,]?\s*\(/u;
/** What comes before an aside that goes on a list of them after a comma: `(…)، (…)`. */
const AFTER_ASIDE_IN_LIST = /\)\s*[،,]\s*$/u;
/** One unit of white space, as `\s` (U+0085 is none). */
const WHITE_SPACE = /\s/u;
/** A word right after an aside, maybe behind punctuation but with no white space between. */
const GLUED_WORD = /^[^\s\p{L}\p{N}\p{M}]*[\p{L}\p{N}\p{M}]/u;

/** The stretch of a bullet asides are cut from, and the words it holds. */
export interface AsideScope {
  body: Span;
  start: number;
  end: number;
  /** Words kept from the opening and the tail: `last - first`. */
  words: number;
  minWords: number;
  maxAsideWords: number;
}

/**
 * The bullet's spans between `scope.start` and `scope.end` with its droppable asides cut out,
 * and how many asides went. Each aside holds at most `maxAsideWords` words, leaves at least
 * `minWords` words, and is not inside a quotation; see `asideMayGo` for the rest.
 */
export function cutAsides(
  input: string,
  words: readonly Token[],
  scope: AsideScope,
): { kept: Span[]; cut: number } {
  const kept: Span[] = [];
  let from = scope.start;
  let dropped = 0;
  let cut = 0;
  // Asides come in order and apart, and tokens too: the words are walked once, not once an
  // aside, and the quotation marks counted once from the body's start (quadratic in a long
  // sentence with many asides otherwise).
  let next = 0; // first word that starts after the aside's start
  let past = 0; // first word that ends after the aside's `(`
  const quotes = new QuoteCount();
  let counted = scope.body.start;
  for (const aside of asides(input, scope.start, scope.end)) {
    while (next < words.length && (words[next] as Token).span.start <= aside.start) next++;
    let inside = 0;
    while (next + inside < words.length && (words[next + inside] as Token).span.end < aside.end) {
      inside++;
    }
    const open = input.indexOf("(", aside.start);
    while (past < words.length && (words[past] as Token).span.end <= open) past++;
    const remaining = scope.words - dropped - inside;
    if (inside === 0 || inside > scope.maxAsideWords || remaining < scope.minWords) continue;
    if (
      aside.start <= scope.start ||
      !asideMayGo(input, words[past - 1], words[past], aside, open) ||
      namesWhatCame(input, words, past, open, aside)
    ) {
      continue;
    }
    quotes.feed(input, counted, aside.start);
    counted = aside.start;
    if (quotes.open()) continue;
    kept.push({ start: from, end: aside.start });
    from = aside.end;
    dropped += inside;
    cut++;
  }
  kept.push({ start: from, end: scope.end });
  return { kept, cut };
}

/**
 * Whether an aside may go. It stays when it may be a name rather than an explanation (see
 * `mayBeName`; `بنك (HSBC)`, `أوردت (وام)`, `تقنية (M2M)` stay, `(60 عاما)` and
 * `(3.3 مليار دولار)` go), when it is a number alone (`حوالي (500) مخالفة`), and when it is a
 * score or a count of what the sentence is about (`(1-صفر)`, `(20 نقطة)`: `countOrScore`). It
 * stays when it completes the word before it, as after a preposition or `مثل` (`مثل (…)`) or a
 * title noun (`فيلم (…)`), when a proclitic is glued to its `(` (`و(…)`, `بـ(…)`), and in a list
 * of asides (`(…) و(…)`, `(…)، (…)`, the last one too): dropping them would leave bare
 * conjunctions, prepositions and commas. It stays too when it opens on the word of a programme's
 * or a body's name and holds a year (`(برنامج … 2020)`, `(رؤية … 2030)`: NAME_OPENINGS).
 * `before` is the last word that ends before the `(` at `open`, `first` the word after it.
 */
function asideMayGo(
  input: string,
  before: Token | undefined,
  first: Token | undefined,
  aside: Span,
  open: number,
): boolean {
  const inner = input.slice(open + 1, aside.end - 1);
  if (BARE_NUMBER.test(inner) || mayBeName(inner) || NAMED.test(inner) || countOrScore(inner)) {
    return false;
  }
  // `(برنامج تطوير القطاع المالي 2020)`: a name with its year, often the sentence's object.
  if (
    first &&
    first.span.start < aside.end &&
    NAMES.has(first.norm.replace(/^ال/u, "")) &&
    YEAR.test(inner)
  ) {
    return false;
  }
  if (PROCLITIC_BEFORE.test(input.slice(Math.max(0, open - 4), open))) return false;
  if (before && (COMPLETED.has(before.norm) || titleNoun(before.norm))) return false;
  if (AFTER_ASIDE_IN_LIST.test(input.slice(Math.max(0, open - 8), open))) return false;
  return !LIST_OF_ASIDES.test(input.slice(aside.end, aside.end + 8));
}

/**
 * Whether the text inside an aside's brackets is a score (`(1-صفر)`, `(4-صفر في باريس)`) or holds
 * a number and the noun it counts (`فارق النقاط (20 نقطة)`, `(47 مقعدا)`, `(17 ألف شخص)`, `(24
 * هدفا لكل منهما)`, `(من أصل 21 محافظة)`): the sentence's own figure. A bracket with a word of
 * years, time, money or a measure (`(52 عاما)`, `(3.3 مليار دولار)`, `(98 كغ)`, `(18-20 عاما)`:
 * ASIDE_UNIT_WORDS) or a month (`(4 أبريل)`) is not one: those explain, and go.
 */
function countOrScore(inner: string): boolean {
  if (SCORE.test(inner)) return true;
  const words = whitespaceWords(inner);
  if (words.length > MAX_COUNT_WORDS) return false;
  const norms = words.map((w) => normalize(w).replace(TRAILING_MARKS, ""));
  if (norms.some((w) => UNITS.has(w) || MONTH_WORDS.has(w))) return false;
  const score = inner.match(SCORE_IN);
  if (score) {
    // Pages, verses, articles (`(انظر الصفحات 12-14)`) are a reference, not a score.
    const before = whitespaceWords(inner.slice(0, score.index)).map(normalize);
    return !REFERENCES.has(before[before.length - 1] ?? "");
  }
  return norms.some((word, k) => {
    if (!COUNT_NUMBER.test(word)) return false;
    // The count opens the bracket or follows a word of quantity (`(من أصل 21 محافظة)`, `(نحو
    // 0.8 هدف)`): after another noun the number names something (`(رقم 105 للطوارئ)`, `(عمارة
    // 12 شارع النيل)`, `(القرار 2254 …)`, `(مواليد 1975 …)`, `(المصنفة 2 عالميا)`).
    if (k > 0 && !QUANTITY_BEFORE.has(norms[k - 1] as string)) return false;
    const noun = norms[MULTIPLIER_WORDS.has(norms[k + 1] ?? "") ? k + 2 : k + 1];
    return (
      noun !== undefined && NOUN.test(noun) && !MULTIPLIER_WORDS.has(noun) && !isStopWord(noun)
    );
  });
}

/**
 * Whether an aside lists the names of what a counted plural or a dual a few words before it
 * holds (`4 دول عربية (الإمارات، السعودية، البحرين ومصر)`, `الدول الأربع (…)`, `فريقين من إسبانيا
 * (ريال مدريد وبرشلونة)`): the sentence is about them, and cut, it would not say who. A list is
 * two to MAX_LISTED_WORDS words joined by `و` or a comma, with no digit, not opening as a gloss
 * (`(أي …)`, `(وهي …)`); its head, among the HEAD_WORDS words before the bracket, is a dual
 * (DUAL_HEADS) or a plural (PLURAL_HEADS) with a number beside it. An uncounted plural's list is
 * most often a gloss (`جميع الدول (الغنية والفقيرة والنامية)`, `فصائل الدم (…)`), and a bloc's
 * members follow its name (`قمة دول بريكس (البرازيل وروسيا …)`): they go.
 */
function namesWhatCame(
  input: string,
  words: readonly Token[],
  past: number,
  open: number,
  aside: Span,
): boolean {
  const inner = input.slice(open + 1, aside.end - 1);
  const listed = whitespaceWords(inner);
  if (listed.length < 2 || listed.length > MAX_LISTED_WORDS || /\p{Nd}/u.test(inner)) return false;
  if (GLOSSES.has(normalize(listed[0] as string))) return false;
  if (!/[،,]/u.test(inner) && !listed.slice(1).some((w) => w.startsWith("و"))) return false;
  for (let k = Math.max(0, past - HEAD_WORDS); k < past; k++) {
    const head = (words[k] as Token).norm;
    if (inWithPrefix(DUALS, head, BEFORE_A_HEAD)) return true;
    if (
      inWithPrefix(HEADS, head, BEFORE_A_HEAD) &&
      (counts(words[k - 1]) || counts(words[k + 1]))
    ) {
      return true;
    }
  }
  return false;
}

/** Whether a word is a number, in digits or in words (`4`, `الأربع`, `خمس`). */
function counts(word: Token | undefined): boolean {
  return (
    word !== undefined &&
    (/^\p{Nd}+$/u.test(word.norm) || inWithPrefix(NUMBER_WORDS, word.norm, BEFORE_A_HEAD))
  );
}

/**
 * Whether the text inside an aside's brackets may be a name: fewer than MIN_ASIDE_WORDS words,
 * none of them a number. A digit inside a Latin word (`M2M`, `5G`, `COVID-19`) is part of a name.
 */
function mayBeName(inner: string): boolean {
  const words = whitespaceWords(inner);
  return words.length < MIN_ASIDE_WORDS && !words.some((w) => NUMBER_WORD.test(w));
}

/**
 * Bracketed asides `( … )` inside [start, end), each with the white space before it. When a word
 * is glued after the `)` (`a (b)c`, `a (b)،c`), the space before stays (`a c`), and an aside glued
 * on both sides (`a(b)c`) is kept: dropping it would join two words into one the article never has.
 */
function asides(input: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  // Every aside holds a "(" before `end`: without one, skip the scan (it would run to the input's
  // end). Looked for within the sentence only: `indexOf` would search the rest of the article.
  if (!hasUnit(input, start, end, OPEN_PAREN)) return out;
  // The matches of /\s*\([^()]*\)/g from `start`, found by hand: the pattern is tried from every
  // white-space unit of a run before a `(`, quadratic in a long run.
  let from = start;
  for (let open = input.indexOf("(", from); open >= 0 && open < end; ) {
    let close = open + 1;
    while (close < input.length && input[close] !== "(" && input[close] !== ")") close++;
    if (input[close] !== ")") {
      open = input.indexOf("(", open + 1);
      continue;
    }
    close++;
    if (close > end) break;
    let lead = open;
    while (lead > from && WHITE_SPACE.test(input[lead - 1] as string)) lead--;
    const after = input.slice(close, Math.min(close + 32, end));
    if (!GLUED_WORD.test(after)) out.push({ start: lead, end: close });
    else if (open > lead) out.push({ start: open, end: close });
    from = close;
    open = input.indexOf("(", from);
  }
  return out;
}
