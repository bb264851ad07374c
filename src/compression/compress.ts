import { WAW_CLITIC_WORDS } from "../lang/ar/data/clitics.js";
import {
  ATTRIBUTION_STARTS,
  CONNECTIVES_BEFORE_A_JOIN,
  LEADING_CONNECTIVES,
  MAIN_CLAUSE_OPENERS,
  NOT_A_CONNECTIVE_BEFORE,
  SUBORDINATING_CONNECTIVES,
  TITLE_NOUNS,
  TRAILING_ADJUNCTS,
  WAW_AL_EXCEPTIONS,
  WAW_OPENERS,
} from "../lang/ar/data/compression.js";
import { CONTINUING_WORDS } from "../lang/ar/data/continuations.js";
import { quoteOpenAt } from "../text/quotes.js";
import { withOpeners } from "../text/span.js";
import type { Span, Token } from "../text/types.js";
import { matchAt, phraseWords } from "./phrases.js";

/** Compression settings. */
export interface CompressionOptions {
  /** A rule never leaves fewer words than this. */
  minWords: number;
  /** Longest parenthetical aside (in words) that may be dropped. */
  maxAsideWords: number;
  /** The rules that may fire. */
  rules: ReadonlySet<CompressionRule>;
}

/** The rules, by name, as reported with each compressed bullet. */
export type CompressionRule = "connective" | "clitic" | "attribution" | "adjunct" | "aside";

export const COMPRESSION_RULES: readonly CompressionRule[] = [
  "connective",
  "clitic",
  "attribution",
  "adjunct",
  "aside",
];

export const DEFAULT_COMPRESSION: Readonly<CompressionOptions> = Object.freeze({
  minWords: 6,
  maxAsideWords: 6,
  rules: new Set(COMPRESSION_RULES),
});

/** What compression keeps of a sentence: source spans (joined, they read as the bullet) and the rules that fired. */
export interface Compressed {
  sources: Span[];
  rules: CompressionRule[];
}

const CONNECTIVES = phraseWords(LEADING_CONNECTIVES);
const BEFORE_A_JOIN = phraseWords(CONNECTIVES_BEFORE_A_JOIN);
const SUBORDINATING = phraseWords(SUBORDINATING_CONNECTIVES);
const MAIN_CLAUSE = new Set(MAIN_CLAUSE_OPENERS);
const NOT_BEFORE = Object.entries(NOT_A_CONNECTIVE_BEFORE).map(
  ([connective, after]) => [phraseWords([connective]), new Set(after)] as const,
);
const TITLES = new Set(TITLE_NOUNS);
const ATTRIBUTIONS = phraseWords(ATTRIBUTION_STARTS);
const ADJUNCTS = phraseWords(TRAILING_ADJUNCTS);
const WAW = new Set([...WAW_OPENERS, ...WAW_CLITIC_WORDS]);
const WAW_AL_KEEP = new Set(WAW_AL_EXCEPTIONS);
/** Clause marks: `،` `,` `؛` `;`. */
const CLAUSE_MARKS: ReadonlySet<number> = new Set([0x060c, 0x2c, 0x061b, 0x3b]);
const FINAL_MARKS = /[.!?؟…]+$/u;
/** A one-letter proclitic (`و` `ب` `ل` `ك` `ف`, maybe with tatweel or harakat) right before a `(`. */
const PROCLITIC_BEFORE = /(?:^|[^\p{L}\p{M}])[وبلكف][\u0640\p{M}]*$/u;
/** Words an aside after them completes: prepositions, conjunctions, relatives, `مثل`. */
const COMPLETED: ReadonlySet<string> = new Set([...CONTINUING_WORDS, "مثل", "بمثل", "كمثل"]);
/** Another aside right after one, maybe behind `و` or `،` (`(…) و(…)`). */
const LIST_OF_ASIDES = /^\s*[و،,]?\s*\(/u;
/** A word right after an aside, maybe behind punctuation but with no white space between. */
const GLUED_WORD = /^[^\s\p{L}\p{N}\p{M}]*[\p{L}\p{N}\p{M}]/u;

/**
 * Trim what rarely belongs in a highlight from one sentence (`body` is the sentence span, after
 * any dateline): a leading connective and clitic `و`, an attribution tail, a trailing adjunct,
 * parenthetical asides. Each cut keeps at least `minWords` words and never cuts inside a quote.
 * `tokens` are the sentence's tokens (normalized words with spans). The input is never rewritten.
 */
export function compressSentence(
  input: string,
  body: Span,
  tokens: readonly Token[],
  options: Partial<CompressionOptions> = {},
): Compressed {
  const { minWords, maxAsideWords, rules: enabled } = { ...DEFAULT_COMPRESSION, ...options };
  const words = tokens.filter((t) => t.span.start >= body.start && t.span.end <= body.end);
  const rules: CompressionRule[] = [];
  let first = 0;
  let last = words.length; // exclusive
  let end = body.end;
  let tail: Span | null = null;

  // Trailing clauses: the first clause mark followed by an attribution or adjunct ends the bullet.
  for (let i = minWords; i < last; i++) {
    const gapStart = (words[i - 1] as Token).span.end;
    const next = (words[i] as Token).span.start;
    const mark = clauseMarkAt(input, gapStart, next);
    if (mark < 0) continue;
    const rule = tailRule(words, i);
    if (rule === null || !enabled.has(rule)) continue;
    // The tail must end the sentence: after a further clause mark, it held more than the source.
    if (clauseMarkAt(input, next, body.end) >= 0) continue;
    // The kept part runs up to the clause mark: a glued `%`, closing quote or bracket stays.
    let cut = mark;
    while (cut > gapStart && /\s/u.test(input[cut - 1] ?? "")) cut--;
    // A straight quote closed right there ends a quotation, even one opened in an earlier sentence.
    const closed = hasUnit(input, gapStart, cut, STRAIGHT_QUOTE);
    if (quoteOpenAt(input, body.start, cut, closed)) continue;
    const final = FINAL_MARKS.exec(input.slice(body.start, body.end));
    end = cut;
    last = i;
    if (final) tail = { start: body.end - final[0].length, end: body.end };
    rules.push(rule);
    break;
  }

  // Leading connective (`كما`, `من جهته،`), then a clitic `و` on the new first word.
  const lead = matchAt(words, 0, CONNECTIVES);
  if (
    lead > 0 &&
    enabled.has("connective") &&
    last - lead >= minWords &&
    connectiveMayGo(input, words, lead, body)
  ) {
    first = lead;
    rules.push("connective");
  }
  const opener = words[first];
  let start = opener ? wordStart(input, words, first, body.start) : body.start;
  if (opener && enabled.has("clitic") && input[start] === "و") {
    if (opener.norm === "و" && last - first - 1 >= minWords) {
      // A detached `و` (`و قال …`, `و"…`): the bullet opens on the next word, or its quote.
      first += 1;
      start = wordStart(input, words, first, opener.span.end);
      rules.push("clitic");
    } else if (isWawClitic(opener.norm)) {
      start += 1;
      // A voweled clitic (`وَقالَ`): its harakat (or tatweel) go with it, never open the bullet.
      while (/[\p{M}\u0640]/u.test(input[start] ?? "")) start++;
      rules.push("clitic");
    }
  }

  // Parenthetical asides between start and end.
  const kept: Span[] = [];
  let from = start;
  let dropped = 0;
  for (const aside of enabled.has("aside") ? asides(input, start, end) : []) {
    const inside = words.filter((t) => t.span.start > aside.start && t.span.end < aside.end).length;
    const remaining = last - first - dropped - inside;
    if (inside === 0 || inside > maxAsideWords || remaining < minWords) continue;
    if (aside.start <= start || !asideMayGo(input, words, aside, inside)) continue;
    if (quoteOpenAt(input, body.start, aside.start)) continue;
    kept.push({ start: from, end: aside.start });
    from = aside.end;
    dropped += inside;
    rules.push("aside");
  }
  kept.push({ start: from, end });
  if (tail) kept.push(tail);
  // Every edge is a token edge or the sentence's own end: no outer white space to trim.
  return { sources: kept.filter((s) => s.end > s.start), rules };
}

const OPEN_PAREN = 0x28;
/** Fewer words than this after `وسط` name a place (`وسط البلاد`), not a clause to cut. */
const MIN_ADJUNCT_WORDS = 3;
/** Asides shorter than this, with no digit, may be names (`(HSBC)`, `(وام)`): they stay. */
const MIN_ASIDE_WORDS = 3;
const STRAIGHT_QUOTE = 0x22;

/** Whether `input[from, to)` holds the code unit `unit`. */
function hasUnit(input: string, from: number, to: number, unit: number): boolean {
  for (let i = from; i < to; i++) if (input.charCodeAt(i) === unit) return true;
  return false;
}

/** Whether `input[from, to)` holds a clause mark (looked up unit by unit: no slice per gap). */
function hasClauseMark(input: string, from: number, to: number): boolean {
  return clauseMarkAt(input, from, to) >= 0;
}

/** Index of the first clause mark in `input[from, to)`, or -1. */
function clauseMarkAt(input: string, from: number, to: number): number {
  for (let i = from; i < to; i++) if (CLAUSE_MARKS.has(input.charCodeAt(i))) return i;
  return -1;
}

/**
 * The rule of a tail that starts at word `i`: an attribution (`بحسب …`), or an adjunct (`وسط …`)
 * of at least MIN_ADJUNCT_WORDS words (`، وسط القاهرة` is a place, `، وسط مخاوف من …` a clause).
 */
function tailRule(words: readonly Token[], i: number): CompressionRule | null {
  if (matchAt(words, i, ATTRIBUTIONS) > 0) return "attribution";
  if (matchAt(words, i, ADJUNCTS) > 0 && words.length - i >= MIN_ADJUNCT_WORDS) return "adjunct";
  return null;
}

/** Where a bullet that opens on word `k` starts: at the word, or at the quote or bracket glued to it. */
function wordStart(input: string, words: readonly Token[], k: number, floor: number): number {
  const word = words[k] as Token;
  const previous = words[k - 1];
  return withOpeners(input, word.span.start, Math.max(floor, previous?.span.end ?? floor));
}

/**
 * Whether the connective `words[0, lead)` may go: `هذا` only before a clause mark or a clitic `و`
 * (`هذا، وقد …`); `كما` and `فيما` not before the words that make them something else
 * (`كما هي`, `فيما يخص`); a subordinating `في حين` or `فيما` only when no other clause follows
 * (no clause mark, no `فإن`).
 */
function connectiveMayGo(
  input: string,
  words: readonly Token[],
  lead: number,
  body: Span,
): boolean {
  const next = words[lead] as Token;
  const gap = (words[lead - 1] as Token).span.end;
  if (matchAt(words, 0, BEFORE_A_JOIN) === lead) {
    return hasClauseMark(input, gap, next.span.start) || next.norm.startsWith("و");
  }
  for (const [connective, after] of NOT_BEFORE) {
    if (matchAt(words, 0, connective) === lead && after.has(next.norm)) return false;
  }
  if (matchAt(words, 0, SUBORDINATING) === lead) {
    if (words.some((t, i) => i > lead && MAIN_CLAUSE.has(t.norm))) return false;
    return !hasClauseMark(input, next.span.start, body.end);
  }
  return true;
}

/**
 * Whether an aside may go. It stays when it may be a name rather than an explanation: fewer
 * than MIN_ASIDE_WORDS words with no digit (`بنك (HSBC)`, `أوردت (وام)`; `(60 عاما)` and
 * `(3.3 مليار دولار)` go). It stays when it completes the word before it, as after a
 * preposition or `مثل` (`مثل (…)`) or a title noun (`فيلم (…)`), when a proclitic is glued to its
 * `(` (`و(…)`, `بـ(…)`), and in a list of asides (`(…) و(…)`): dropping them would leave bare
 * conjunctions and prepositions.
 */
function asideMayGo(input: string, words: readonly Token[], aside: Span, inside: number): boolean {
  const open = input.indexOf("(", aside.start);
  if (inside < MIN_ASIDE_WORDS && !/\p{Nd}/u.test(input.slice(open, aside.end))) return false;
  if (PROCLITIC_BEFORE.test(input.slice(Math.max(0, open - 4), open))) return false;
  let before: Token | undefined;
  for (const t of words) {
    if (t.span.end > open) break;
    before = t;
  }
  if (before && (COMPLETED.has(before.norm) || TITLES.has(before.norm))) return false;
  return !LIST_OF_ASIDES.test(input.slice(aside.end, aside.end + 8));
}

function isWawClitic(norm: string): boolean {
  if (WAW_AL_KEEP.has(norm)) return false;
  if (WAW.has(norm)) return true;
  return norm.startsWith("وال") && norm.length >= 6;
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
  const re = /\s*\([^()]*\)/gu;
  re.lastIndex = start;
  for (let m = re.exec(input); m && m.index + m[0].length <= end; m = re.exec(input)) {
    const close = m.index + m[0].length;
    const open = m.index + m[0].indexOf("(");
    const after = input.slice(close, Math.min(close + 32, end));
    if (!GLUED_WORD.test(after)) out.push({ start: m.index, end: close });
    else if (open > m.index) out.push({ start: open, end: close });
  }
  return out;
}
