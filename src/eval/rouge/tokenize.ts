/**
 * Tokenization of the multilingual ROUGE scorer released with XL-Sum, for `lang="arabic"`:
 *
 * 1. Python `str.lower()` (JavaScript's `toLowerCase()` gives the same full case mapping);
 * 2. the BERT-style basic tokenizer: NUL, U+FFFD and C* characters removed (they join their
 *    neighbours), whitespace and punctuation (non-alphanumeric ASCII and P*) end words and the
 *    punctuation is dropped; marks and symbols stay;
 * 3. (not for ROUGE-Lsum) OpenNMT's "aggressive" tokenizer over the words joined by spaces:
 *    runs of letters / runs of numbers / any other character alone, each character keeping
 *    the combining marks that follow it, then BERT's CJK split;
 * 4. tokens longer than 3 code points are stemmed; empty results are dropped.
 */
import { BertClass, bertClass, isCjk, OnmtClass, onmtClass } from "./charclass.js";
import { pyLen } from "./pytext.js";

/** A stemmer applied to tokens longer than 3 code points. */
export type Stem = (token: string) => string;

/** OpenNMT's substitutions of its own reserved characters (applied to non-mark characters). */
const ONMT_SUBSTITUTES: ReadonlyMap<number, string> = new Map([
  [0x2581, "_"],
  [0xffed, "■"],
  [0xffe8, "│"],
  [0xff05, "%"],
  [0xff03, "#"],
  [0xff1a, ":"],
]);

/**
 * OpenNMT's escape of a separator that carries combining marks: "％" + 4 hex digits. Between
 * BERT words the separator is always a space, so a word starting with a mark yields this.
 */
const ESCAPED_SPACE = "％0020";

/** The BERT basic tokenizer on already lower-cased text: its list of words. */
export function bertWords(text: string): string[] {
  const words: string[] = [];
  let current = "";
  let start = 0;
  let i = 0;
  while (i < text.length) {
    const cp = text.codePointAt(i) as number;
    const next = i + (cp > 0xffff ? 2 : 1);
    const cls = bertClass(cp);
    if (cls !== BertClass.Keep) {
      current += text.slice(start, i);
      start = next;
      if (cls === BertClass.Break && current !== "") {
        words.push(current);
        current = "";
      }
    }
    i = next;
  }
  current += text.slice(start);
  if (current !== "") words.push(current);
  return words;
}

/** End (exclusive, in UTF-16 units) of the run of combining marks starting at `from`. */
function marksEnd(word: string, from: number): number {
  let j = from;
  while (j < word.length) {
    const cp = word.codePointAt(j) as number;
    if (onmtClass(cp) !== OnmtClass.Mark) break;
    j += cp > 0xffff ? 2 : 1;
  }
  return j;
}

/**
 * OpenNMT's aggressive mode on `words.join(" ")` (no joiners, no case handling), as tokens.
 * `words` come from `bertWords`, so they hold no separators and no control characters.
 */
export function aggressiveSplit(words: readonly string[]): string[] {
  const out: string[] = [];
  const Letter = OnmtClass.Letter;
  const NumberClass = OnmtClass.Number;
  for (let k = 0; k < words.length; k++) {
    const word = words[k] as string;
    let state: OnmtClass = OnmtClass.Separator;
    let current = "";
    let i = 0;
    // Marks at the start of a word: they follow the separator (or begin the text) and form a
    // token of their own, with the escaped separator in front when there is one.
    const lead = marksEnd(word, 0);
    if (lead > 0) {
      out.push((k > 0 ? ESCAPED_SPACE : "") + word.slice(0, lead));
      state = OnmtClass.Other;
      i = lead;
    }
    while (i < word.length) {
      const cp = word.codePointAt(i) as number;
      const end = marksEnd(word, i + (cp > 0xffff ? 2 : 1));
      const cls = onmtClass(cp);
      const sub = ONMT_SUBSTITUTES.get(cp);
      const piece = sub === undefined ? word.slice(i, end) : sub + word.slice(i + 1, end);
      if (cls === Letter || cls === NumberClass) {
        if (current !== "" && state !== cls) {
          out.push(current);
          current = "";
        }
        current += piece;
        state = cls;
      } else {
        if (current !== "") out.push(current);
        current = "";
        out.push(piece);
        state = OnmtClass.Other;
      }
      i = end;
    }
    if (current !== "") out.push(current);
  }
  return splitCjk(out);
}

/** BERT's `tokenize_chinese_chars` + whitespace split: every CJK ideograph becomes a token. */
function splitCjk(tokens: string[]): string[] {
  let any = false;
  for (const t of tokens) {
    for (let i = 0; i < t.length; i++) {
      const c = t.charCodeAt(i);
      if (
        (c >= 0x3400 && c <= 0x9fff) ||
        (c >= 0xf900 && c <= 0xfaff) ||
        (c >= 0xd840 && c <= 0xd87e)
      ) {
        any = true;
        break;
      }
    }
    if (any) break;
  }
  if (!any) return tokens;
  const out: string[] = [];
  for (const t of tokens) {
    let run = "";
    for (const ch of t) {
      if (isCjk(ch.codePointAt(0) as number)) {
        if (run !== "") out.push(run);
        run = "";
        out.push(ch);
      } else run += ch;
    }
    if (run !== "") out.push(run);
  }
  return out;
}

/** Stems tokens longer than 3 code points and drops empty results, in place order. */
function stemAll(tokens: string[], stem: Stem | undefined): string[] {
  if (stem === undefined) return tokens.filter((t) => t !== "");
  const out: string[] = [];
  for (const t of tokens) {
    const s = pyLen(t) > 3 ? stem(t) : t;
    if (s !== "") out.push(s);
  }
  return out;
}

/** The scorer's tokens of `text` for ROUGE-N and ROUGE-L. */
export function tokenize(text: string, stem?: Stem): string[] {
  const words = bertWords(text.toLowerCase());
  if (words.length === 0) return [];
  return stemAll(aggressiveSplit(words), stem);
}

/** The scorer's tokens of one ROUGE-Lsum sentence (no aggressive split). */
export function tokenizeSentence(text: string, stem?: Stem): string[] {
  return stemAll(bertWords(text.toLowerCase()), stem);
}

/** ROUGE-Lsum sentences: `text.split("\n")` without empty strings, each tokenized. */
export function tokenizeLsum(text: string, stem?: Stem): string[][] {
  return text
    .split("\n")
    .filter((s) => s.length > 0)
    .map((s) => tokenizeSentence(s, stem));
}
