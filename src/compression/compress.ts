import { WAW_CLITIC_WORDS } from "../lang/ar/data/clitics.js";
import {
  ATTRIBUTION_STARTS,
  CONNECTIVES_BEFORE_A_JOIN,
  LEADING_CONNECTIVES,
  MAIN_CLAUSE_OPENERS,
  SUBORDINATING_CONNECTIVES,
  TITLE_NOUNS,
  TRAILING_ADJUNCTS,
  WAW_AL_EXCEPTIONS,
  WAW_OPENERS,
} from "../lang/ar/data/compression.js";
import { CONTINUING_WORDS } from "../lang/ar/data/continuations.js";
import { withClosers, withOpeners } from "../text/span.js";
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
    if (!hasClauseMark(input, gapStart, (words[i] as Token).span.start)) continue;
    const rule: CompressionRule | null =
      matchAt(words, i, ATTRIBUTIONS) > 0
        ? "attribution"
        : matchAt(words, i, ADJUNCTS) > 0
          ? "adjunct"
          : null;
    if (rule === null || !enabled.has(rule)) continue;
    // The kept part ends after the quotes and brackets that close on its last word.
    const cut = withClosers(input, gapStart, (words[i] as Token).span.start);
    // A straight quote closed right there ends a quotation, even one opened in an earlier sentence.
    const closed = hasUnit(input, gapStart, cut, STRAIGHT_QUOTE);
    if (insideQuote(input, body.start, cut, closed)) continue;
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
    connectiveMayGo(input, words, lead)
  ) {
    first = lead;
    rules.push("connective");
  }
  const opener = words[first];
  let start = opener ? withOpeners(input, opener.span.start, body.start) : body.start;
  if (opener && enabled.has("clitic") && input[start] === "و") {
    if (opener.norm === "و" && last - first - 1 >= minWords) {
      // A detached `و` (`و قال …`): the bullet opens on the next word.
      first += 1;
      start = (words[first] as Token).span.start;
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
    if (aside.start <= start || !asideMayGo(input, words, aside)) continue;
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
const STRAIGHT_QUOTE = 0x22;

/** Whether `input[from, to)` holds the code unit `unit`. */
function hasUnit(input: string, from: number, to: number, unit: number): boolean {
  for (let i = from; i < to; i++) if (input.charCodeAt(i) === unit) return true;
  return false;
}

/** Whether `input[from, to)` holds a clause mark (looked up unit by unit: no slice per gap). */
function hasClauseMark(input: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (CLAUSE_MARKS.has(input.charCodeAt(i))) return true;
  return false;
}

/**
 * Whether the connective `words[0, lead)` may go: `هذا` only before a clause mark or a clitic `و`
 * (`هذا، وقد …`), and a subordinating `في حين` only when no main clause (`فإن …`) follows it.
 */
function connectiveMayGo(input: string, words: readonly Token[], lead: number): boolean {
  const next = words[lead] as Token;
  if (matchAt(words, 0, BEFORE_A_JOIN) === lead) {
    const gap = (words[lead - 1] as Token).span.end;
    return hasClauseMark(input, gap, next.span.start) || next.norm.startsWith("و");
  }
  if (matchAt(words, 0, SUBORDINATING) === lead) {
    return !words.some((t, i) => i > lead && MAIN_CLAUSE.has(t.norm));
  }
  return true;
}

/**
 * Whether an aside may go: not when it completes the word before it, as after a preposition or
 * `مثل` (`مثل (…)`) or a title noun (`فيلم (…)`), not when a proclitic is glued to its `(`
 * (`و(…)`, `بـ(…)`), and not in a list of asides (`(…) و(…)`): dropping them would leave bare
 * conjunctions and prepositions.
 */
function asideMayGo(input: string, words: readonly Token[], aside: Span): boolean {
  const open = input.indexOf("(", aside.start);
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
 * Whether a quotation opened before `at` (since `from`) is still open there. `straightClosed`:
 * a straight quote right before `at` is known to close one, whatever the count.
 */
function insideQuote(input: string, from: number, at: number, straightClosed = false): boolean {
  const text = input.slice(from, at);
  const guillemets = (text.match(/«/g)?.length ?? 0) - (text.match(/»/g)?.length ?? 0);
  const curly = (text.match(/“/g)?.length ?? 0) - (text.match(/”/g)?.length ?? 0);
  const straight = text.match(/"/g)?.length ?? 0;
  return guillemets > 0 || curly > 0 || (!straightClosed && straight % 2 === 1);
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
