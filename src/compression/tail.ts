import { asksReader, questionEnds } from "../features/cues.js";
import { LEADING_ADJUNCTS, PROMPTS, QUESTION_TAILS, SIGNPOSTS } from "../features/signpost.js";
import { AGENCIES } from "../lang/ar/data/boilerplate.js";
import {
  ATTRIBUTION_STARTS,
  CLAUSES_IN_A_TAIL,
  COUNTING_SOURCES,
  HEDGING_SOURCES,
  HEDGING_WITHIN,
  MEDIA_WORDS,
  NAMED_SOURCE_WORDS,
  NUMBER_LABELS,
  READER_WORDS,
  RESULT_CLAUSE_OPENERS,
  SIGNPOST_CONDITIONS,
  SITE_HEDGE,
  TIME_WORDS,
  TRAILING_ADJUNCTS,
  UNNAMED_SOURCES,
} from "../lang/ar/data/compression.js";
import { MONTH_WORDS, NUMBER_WORDS } from "../lang/ar/data/numbers.js";
import { TERMINATORS as FINAL_MARKS } from "../lang/ar/data/punctuation.js";
import { inWithPrefix, matchAt, phraseWords } from "../text/phrases.js";
import { quoteOpenAt, STRAIGHT } from "../text/quotes.js";
import type { Span, Token } from "../text/types.js";
import { whitespaceWords } from "../text/words.js";
import type { CompressionRule } from "./rules.js";
import { clauseMarkAt, hasUnit } from "./scan.js";

const ATTRIBUTIONS = phraseWords(ATTRIBUTION_STARTS);
const CONDITIONS = phraseWords(SIGNPOST_CONDITIONS);
/** `كنت`, `تريد`: a condition put to the reader. */
const READER: ReadonlySet<string> = new Set(READER_WORDS);
/** `فإن`, `فقد`, `لكان`: the main clause after a condition. */
const RESULTS: ReadonlySet<string> = new Set(RESULT_CLAUSE_OPENERS);
/** Most words of a leading adjunct that a signpost takes with it. */
const SIGNPOST_ADJUNCT_WORDS = 6;
const ADJUNCTS = phraseWords(TRAILING_ADJUNCTS);
/** A final mark that asks: the leading clauses of a question do not end on it. */
const QUESTION = /[?؟]/u;
/** A final mark that asks or exclaims: a bullet cut before a signpost does not end on it. */
const ASKS = /[?؟!]/u;
const CLAUSES: ReadonlySet<string> = new Set(CLAUSES_IN_A_TAIL);
/** First words of the attributions as listed, without a clitic `و` (`بحسب`, not `وبحسب`). */
const ATTRIBUTION_FIRST: ReadonlySet<string> = new Set(
  ATTRIBUTION_STARTS.map((phrase) => phrase.split(" ")[0] as string),
);
const UNNAMED: ReadonlySet<string> = new Set(UNNAMED_SOURCES);
/** A poll, a study, an expert, an estimate (`استطلاع`, `دراسة`, `خبير`, `تقديرات`). */
const HEDGING: ReadonlySet<string> = new Set(HEDGING_SOURCES);

/** An army, a ministry, a monitor (`جيش`, `وزارة الدفاع`, `مرصد`): a party's count of a toll. */
const COUNTING = phraseWords(COUNTING_SOURCES);
/** Time and age words: a number before one is a span or a time (`3 أسابيع`, `10 صباحا`). */
const TIME: ReadonlySet<string> = new Set(TIME_WORDS);
/** `الساعة`, `القرار`, `رقم`: a number after one is a label. */
const LABELS: ReadonlySet<string> = new Set(NUMBER_LABELS);
/** A digit: maybe a figure. */
const DIGIT = /\p{Nd}/u;
/** A letter: a word of letters and digits is a name (`كوفيد-19` tokenized apart, `إف16`). */
const LETTER = /\p{L}/u;
/** Dashes that join a name to its number (`كوفيد-19`). */
const DASHES: ReadonlySet<string> = new Set(["-", "‐", "‑", "–", "ـ"]);
/** A year (`2018`, `1990`): a date, not a figure. */
const YEAR = /^(?:19|20)\p{Nd}{2}$/u;
/** `ال` or a preposition before a source's first word (`لوزارة`, `للجيش`, `المرصد`). */
const BEFORE_A_NAME = /^(?:[بلو]?ال|لل|[بل])/u;

/**
 * Whether words before `end` state a figure: a number in digits or in words that counts (`قتل 12
 * شخصا`, `نحو 65 بالمئة`, `عشرون شخصا`). Not a year, a day of a month (`20 يناير`), a span or a
 * time (`3 أسابيع`, `الساعة 10`), a label (`القرار 2254`) or digits in a name (`حماة الصداقة 3`
 * counts, `كوفيد-19` does not).
 */
function statesFigure(input: string, words: readonly Token[], end: number): boolean {
  for (let k = 0; k < end; k++) {
    const norm = (words[k] as Token).norm;
    const after = words[k + 1]?.norm ?? "";
    if (TIME.has(after) || MONTH_WORDS.has(after) || LABELS.has(words[k - 1]?.norm ?? "")) continue;
    if (NUMBER_WORDS.has(norm)) return true;
    if (
      DIGIT.test(norm) &&
      !LETTER.test(norm) &&
      !YEAR.test(norm) &&
      !nameDigits(input, words, k)
    ) {
      return true;
    }
  }
  return false;
}

/** Whether the digits of word `k` end a name: a word of letters and a dash right before them (`كوفيد-19`). */
function nameDigits(input: string, words: readonly Token[], k: number): boolean {
  const before = words[k - 1];
  const start = (words[k] as Token).span.start;
  return (
    before !== undefined &&
    before.span.end + 1 === start &&
    DASHES.has(input[before.span.end] as string) &&
    LETTER.test(before.norm)
  );
}

/** Whether a party that counts (COUNTING_SOURCES) is named among words `from` to `to`. */
function countingSource(words: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < Math.min(to, words.length); k++) {
    const bare = (words[k] as Token).norm.replace(BEFORE_A_NAME, "");
    for (const phrase of COUNTING) {
      const head = (phrase[0] as string).replace(BEFORE_A_NAME, "");
      if (bare !== head) continue;
      if (phrase.every((w, j) => j === 0 || words[k + j]?.norm === w)) return true;
    }
  }
  return false;
}

/** Words that name a tail's source: `وكالة`, and the agencies' one-word names (`رويترز`, `سانا`). */
const NAMED: ReadonlySet<string> = new Set([
  ...NAMED_SOURCE_WORDS,
  ...AGENCIES.filter((agency) => !agency.includes(" ")),
]);

/**
 * Whether the tail from word `i` gives its claim to unnamed sources (UNNAMED_SOURCES, or the
 * media: MEDIA_WORDS) and names none (`وكالة …`, `رويترز`: `بحسب ما نقلت "رويترز" عن مصدر …`
 * names the agency that stands by the claim).
 */
function unnamedSource(words: readonly Token[], i: number): boolean {
  const tail = words.slice(i);
  if (tail.some((w) => NAMED.has(w.norm))) return false;
  return tail.some(
    (w, k) => UNNAMED.has(w.norm) || !!MEDIA_WORDS[w.norm]?.includes(tail[k + 1]?.norm ?? ""),
  );
}
/** A colon: what follows it in a tail is what was said. */
const COLON = /[:：]/u;
/** A quotation from its opening mark to its closing one (or the end), marks paired in order. */
const QUOTATION = /["«“]([^"»”]*)(?:["»”]|$)/gu;
/** Words in a quotation that make it more than a name (`صحيفة "نيويورك تايمز"`). */
const MIN_SAID_WORDS = 4;
/** A closing quotation mark, at the end of the words kept. */
const CLOSING_QUOTE = /["»”']$/u;

/** Closing quotes and brackets that may follow a sentence's final marks. */
const CLOSERS: ReadonlySet<string> = new Set(['"', "»", "”", "'", ")", "]"]);
/** Fewer words than this after `وسط` name a place (`وسط البلاد`), not a clause to cut. */
const MIN_ADJUNCT_WORDS = 3;

/** A trailing clause to cut: the bullet ends at `end` (then the sentence's final marks, `final`). */
export interface TailCut {
  rule: CompressionRule;
  /** Index of the tail's first word: the words kept end before it. */
  word: number;
  end: number;
  final: Span | null;
}

/**
 * The first clause mark after at least `minWords` words that a tail follows: an attribution
 * (`، بحسب ما ذكرت …`), an adjunct (`، وسط …`) or a signpost to what follows (`، فيما يلي …`,
 * whatever it holds, unless all before it is an adjunct: `بعد تحذير …، إليكم …`). An attribution
 * or an adjunct must end the sentence (after a further clause mark, or a word that opens a
 * clause, it holds more than its source). No tail sits inside a quotation. The kept part runs up
 * to the clause mark, so a glued `%`, closing quote or bracket stays.
 */
export function findTail(
  input: string,
  body: Span,
  words: readonly Token[],
  minWords: number,
  enabled: ReadonlySet<CompressionRule>,
): TailCut | null {
  // A sentence that ends asking (`questionEnds`, as eligibility reads it) may end on a question
  // to the reader.
  const asks = questionEnds(input, body.start, body.end);
  for (let i = minWords; i < words.length; i++) {
    const gapStart = (words[i - 1] as Token).span.end;
    const next = (words[i] as Token).span.start;
    const mark = clauseMarkAt(input, gapStart, next);
    if (mark < 0) continue;
    const rule = tailRule(input, body, words, i, asks);
    if (rule === null || !enabled.has(rule)) continue;
    if (
      rule === "signpost"
        ? matchAt(words, 0, LEADING_ADJUNCTS) > 0 || !onlySignpost(input, words, i, body.end)
        : !onlySource(input, words, i, body.end, rule)
    )
      continue;
    const own = rule === "signpost" ? signpostClauseStart(input, words, i, minWords) : i;
    const cut =
      (own < i ? cutAt(input, body, words, own, rule) : null) ?? cutAt(input, body, words, i, rule);
    if (cut) return cut;
  }
  return null;
}

/**
 * Where a signpost's own leading clauses start, when the clauses right before the signpost at word
 * `i` are the signpost's (`signpostsOwn`: `…، وبعد نهاية العملية الأخيرة، نستعرض …`, `…، وسواء
 * كنت تستخدم …، فإليك …`): they go with it, or the bullet would end on a clause with no main
 * clause. A trailing adjunct with no `و` (`…، بالتزامن مع …، نستعرض …`) belongs to the clause
 * before it and stays. `i` when there is none; at least `minWords` words stay.
 */
function signpostClauseStart(
  input: string,
  words: readonly Token[],
  i: number,
  minWords: number,
): number {
  let start = i;
  for (let k = start - 1; k >= minWords; k--) {
    const gapStart = (words[k - 1] as Token).span.end;
    if (clauseMarkAt(input, gapStart, (words[k] as Token).span.start) < 0) continue;
    if (!signpostsOwn(words, k, start)) break;
    start = k;
  }
  return start;
}

/**
 * Whether the clause of words `k` to `end` is the signpost's own: a short adjunct behind `و`
 * (at most SIGNPOST_ADJUNCT_WORDS words: `وبعد نهاية العملية الأمنية الأخيرة`), or a condition
 * put to the reader (`وسواء كنت تستخدم …`, `وإذا أردت …`), with no main clause of its own (no
 * `فإن`, `فقد`, `لكان` …: `وعقب التوقيع أعلن الرئيسان …` has one, and stays).
 */
function signpostsOwn(words: readonly Token[], k: number, end: number): boolean {
  const clause = words.slice(k, end);
  if (clause.some((w) => RESULTS.has(w.norm))) return false;
  if (matchAt(words, k, CONDITIONS) > 0) return clause.some((w) => READER.has(w.norm));
  const first = (words[k] as Token).norm;
  return (
    first.startsWith("و") &&
    end - k <= SIGNPOST_ADJUNCT_WORDS &&
    matchAt(words, k, LEADING_ADJUNCTS) > 0
  );
}

/**
 * The cut of the tail of `rule` from word `i`, after the clause mark before it: the kept part
 * runs up to the mark. Null when the mark is inside a quotation, or an adjunct says whom the
 * quotation just closed is about.
 */
export function cutAt(
  input: string,
  body: Span,
  words: readonly Token[],
  i: number,
  rule: CompressionRule,
): TailCut | null {
  const gapStart = (words[i - 1] as Token).span.end;
  let end = clauseMarkAt(input, gapStart, (words[i] as Token).span.start);
  while (end > gapStart && /\s/u.test(input[end - 1] ?? "")) end--;
  // `"لم يكن هناك أطفال في الحافلة"، في إشارة إلى …`: the adjunct says whom the quotation
  // is about.
  if (rule === "adjunct" && CLOSING_QUOTE.test(input.slice(gapStart, end))) return null;
  // A straight quote closed right there ends a quotation, even one opened in an earlier sentence.
  const closed = hasUnit(input, gapStart, end, STRAIGHT);
  if (quoteOpenAt(input, body.start, end, closed)) return null;
  // The sentence's final marks end the bullet, unless the kept part ends in one already
  // (`مع غزة.، وفق ما …` keeps `مع غزة.`, not `مع غزة..`).
  const marksEnd = beforeClosers(input, body);
  const from = finalMarksStart(input, body.start, marksEnd);
  const endsMarked = FINAL_MARKS.has(input[end - 1] ?? "");
  // `، فما هي …؟` asks; what the bullet keeps does not (nor the leading clauses of a long
  // question, which keep an exclamation).
  const marks = input.slice(from, marksEnd);
  const asks = rule === "signpost" ? ASKS.test(marks) : rule === "clause" && QUESTION.test(marks);
  const final = from < marksEnd && !endsMarked && !asks ? { start: from, end: marksEnd } : null;
  return { rule, word: i, end, final };
}

/** A colon and then words of what it announces (`، وإليكم الحقيقة: لم نوقع أي اتفاق`). */
const ANNOUNCES = /[:：]\s*[\p{L}\p{N}]+(?:\s+[\p{L}\p{N}]+){2}/u;

/**
 * Whether the signpost tail from word `i` only points at what follows: it does not go on, after
 * a colon, into what it announces (`، وإليكم الحقيقة: لم نوقع …`), nor carry the site's hedge
 * (`، نستعرض التعليقات التي لا يمكن لموقع CNN بالعربية التأكد من صحتها`), which the bullet must
 * keep. A prompt to watch or read (PROMPTS: `، شاهد الفيديو التالي: …`) announces only the title
 * of what it points at, but must end the sentence: after a further clause mark the sentence goes
 * on with news (`، شاهد الفيديو أعلاه، وقد استقرت الأسهم …`).
 */
function onlySignpost(input: string, words: readonly Token[], i: number, bodyEnd: number): boolean {
  const next = (words[i] as Token).span.start;
  const tail = input.slice(next, bodyEnd);
  if (SITE_HEDGE.test(tail)) return false;
  if (matchAt(words, i, PROMPTS) > 0) return clauseMarkAt(input, next, bodyEnd) < 0;
  return !ANNOUNCES.test(tail);
}

/**
 * Whether the attribution or adjunct tail from word `i` ends the sentence (`bodyEnd`) and only
 * says where the news came from or what surrounded it: no further clause mark, no word that
 * opens a clause, nothing said, and (an attribution) a source named.
 */
function onlySource(
  input: string,
  words: readonly Token[],
  i: number,
  bodyEnd: number,
  rule: CompressionRule,
): boolean {
  const next = (words[i] as Token).span.start;
  if (clauseMarkAt(input, next, bodyEnd) >= 0) return false;
  if (words.some((w, k) => k > i && CLAUSES.has(w.norm))) return false;
  if (rule !== "attribution") return !saysSomething(input.slice(next, bodyEnd));
  // `، وبحسب الوثائق … تربطه علاقات …`: behind `و` an attribution opens a clause of its own.
  if (!ATTRIBUTION_FIRST.has((words[i] as Token).norm)) return false;
  if (saysSomething(input.slice(next, bodyEnd))) return false;
  // `، وفق ما أفادت مصادر عسكرية`: a claim from unnamed sources keeps its hedge, and so does
  // a poll's, a study's or an expert's (`، بحسب استطلاع أجرته وكالة …`), named or not, and a
  // party's count (COUNTING_SOURCES) after a figure.
  const first = words.slice(i + 1, i + HEDGING_WITHIN);
  if (first.some((w) => inWithPrefix(HEDGING, w.norm, BEFORE_A_NAME))) return false;
  // `…، وفقا لوزارة الدفاع الروسية` after a figure: the count is a party's claim.
  if (countingSource(words, i + 1, i + HEDGING_WITHIN) && statesFigure(input, words, i))
    return false;
  return !unnamedSource(words, i);
}

/**
 * Whether a tail goes on into what was said: a colon, or a quotation of at least
 * MIN_SAID_WORDS words, closed or not (`، وفقا لما نشره التلفزيون: "بعد أن أقسمت …"`). A quoted
 * name stays a source (`، بحسب ما نقلت "رويترز" عن مصدر في الوزارة`).
 */
function saysSomething(tail: string): boolean {
  if (COLON.test(tail)) return true;
  for (const m of tail.matchAll(QUOTATION)) {
    if (whitespaceWords(m[1] ?? "").length >= MIN_SAID_WORDS) return true;
  }
  return false;
}

/**
 * The rule of a tail that starts at word `i`: a signpost (`فيما يلي …`), an attribution
 * (`بحسب …`), or an adjunct (`وسط …`) of at least MIN_ADJUNCT_WORDS words (`، وسط القاهرة` is a place, `، وسط مخاوف من …` a clause).
 */
function tailRule(
  input: string,
  body: Span,
  words: readonly Token[],
  i: number,
  asks: boolean,
): CompressionRule | null {
  if (matchAt(words, i, SIGNPOSTS) > 0) return "signpost";
  // `خسر الفريق …، فهل هي لعنة حامل اللقب؟`: the question leads into the article; not a quoted
  // one (`asksReader`, as eligibility reads it).
  if (
    asks &&
    matchAt(words, i, QUESTION_TAILS) > 0 &&
    asksReader(input, body.start, (words[i] as Token).span.start, body.end)
  )
    return "signpost";
  if (matchAt(words, i, ATTRIBUTIONS) > 0) return "attribution";
  if (matchAt(words, i, ADJUNCTS) > 0 && words.length - i >= MIN_ADJUNCT_WORDS) return "adjunct";
  return null;
}

/**
 * Where the sentence's final marks end: `body.end`, or before the closing quotes and brackets
 * that follow them (`… في الاتفاق النووي."`). Those close a quotation or an aside that the cut
 * tail opened (a cut inside an open one is refused), so the bullet ends on the marks alone.
 */
function beforeClosers(input: string, body: Span): number {
  let end = body.end;
  while (end > body.start && CLOSERS.has(input[end - 1] as string)) end--;
  return end > body.start && FINAL_MARKS.has(input[end - 1] as string) ? end : body.end;
}

/**
 * Where the run of final marks (segmentation's TERMINATORS: `.` `!` `?` `؟` `…`, and `‼` `⁉`
 * `？` `！` and the like) that ends at `end` starts (`end` when there is none). Scanned back
 * from the end: a pattern anchored at the end would be tried from every mark of a long run
 * inside the sentence (quadratic).
 */
function finalMarksStart(input: string, start: number, end: number): number {
  let from = end;
  while (from > start && FINAL_MARKS.has(input[from - 1] as string)) from--;
  return from;
}
