import {
  MONTH_WORDS,
  MULTIPLIER_WORDS,
  NUMBER_WORDS,
  TEEN_WORDS,
  TEN_WORDS,
  UNIT_WORDS,
} from "../lang/ar/data/numbers.js";
import type { Sentence, Token } from "../text/types.js";

/** A whole number or a decimal (`12`, `3.5`, `6,5`), digits already ASCII in `norm`. */
const NUMBER = /^\d+(?:[.,]\d+)?$/;
/**
 * Whether `norm` is a NUMBER. Its first unit is checked first: most words are no number, and
 * the pattern costs a call into the regular expression engine for each.
 */
function isNumber(norm: string): boolean {
  const first = norm.charCodeAt(0);
  return first >= 0x30 && first <= 0x39 && NUMBER.test(norm);
}

/** A year (`2018`): too common across a story's sentences to tell one fact. */
const YEAR = /^(?:19|20)\d\d$/;

/**
 * The quantities a sentence states: each number, in digits or in words (`ثلاثين جنديا` states
 * `30 جندي`), with the stem of the word right after it (`12 شخصا` → `12 شخص`, `14 شهرا` → `14
 * شهر`), and of the word after that when the first multiplies (`50 ألف فرنك` and `50 ألف جنيه`
 * differ). Two sentences that state the same quantity most often tell one fact twice: the toll
 * of an attack in the standfirst and again in a spokesman's words, the length of a ban in two
 * paragraphs. Years and days of a month (`13 سبتمبر`) are left out, and a number followed by a
 * word of no content (`في`, `و`) states none.
 */
export function quantities(sentence: Sentence): Set<string> {
  const out = new Set<string>();
  const tokens = sentence.tokens;
  for (let k = 0; k < tokens.length; k++) {
    const number = numberAt(tokens, k);
    if (number === null) continue;
    k += number.words - 1;
    const next = counted(tokens[k + 1]);
    if (next === null || MONTH_WORDS.has(next.norm)) continue;
    if (!MULTIPLIER_WORDS.has(next.norm)) out.add(`${number.value} ${next.stem}`);
    else out.add(`${number.value} ${next.norm} ${counted(tokens[k + 2])?.stem ?? ""}`);
  }
  return out;
}

/**
 * The number that token `k` opens, in digits, and how many words it takes: digits (not a year),
 * a number word (`ثلاثين` → `30`; a unit only before a multiplier, `ثلاثة مليارات`), a unit, `و`
 * and a ten (`خمسة وسبعين` → `75`), or a teen (`خمسة عشر` → `15`). Null when there is none.
 */
function numberAt(tokens: readonly Token[], k: number): { value: string; words: number } | null {
  const norm = (tokens[k] as Token).norm;
  if (isNumber(norm)) return YEAR.test(norm) ? null : { value: norm, words: 1 };
  const word = NUMBER_WORDS.get(norm);
  if (word === undefined) return null;
  const unit = UNIT_WORDS.get(norm);
  const after = tokens[k + 1]?.norm ?? "";
  const ten = after.startsWith("و") ? TEN_WORDS.get(after.slice(1)) : undefined;
  if (unit !== undefined && ten !== undefined) return { value: String(unit + ten), words: 2 };
  if (unit !== undefined && TEEN_WORDS.has(after)) return { value: String(unit + 10), words: 2 };
  // A unit alone counts only before a multiplier (`ثلاثة مليارات`): `ثلاث مباريات`, `خمس سنوات`
  // are as often two facts as one, and `خمس` and `ست` are also names (`حركة خمس نجوم`).
  if (unit !== undefined && !MULTIPLIER_WORDS.has(after)) return null;
  return { value: String(word), words: 1 };
}

/** `t` when it is a content word (not a number, in digits or in words), else null. */
function counted(t: Token | undefined): Token | null {
  if (!t || t.stop || t.stem.length < 2) return null;
  return isNumber(t.norm) || NUMBER_WORDS.has(t.norm) ? null : t;
}

/** Whether two sets of quantities share one. */
export function shareQuantity(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const q of small) if (large.has(q)) return true;
  return false;
}
