import assert from "node:assert/strict";
import { test } from "node:test";
import {
  stemArabic,
  tokenize,
  tokenizeLsum,
  tokenizeSentence,
} from "../../src/eval/rouge/index.js";

// Expected values follow the scorer's rules (BERT basic tokenizer, then OpenNMT "aggressive"),
// without stemming so the split itself is visible.
const SPLIT_CASES: readonly { name: string; text: string; tokens: string[] }[] = [
  { name: "empty string", text: "", tokens: [] },
  { name: "whitespace only", text: " \t\r\n\u00a0 ", tokens: [] },
  { name: "punctuation only", text: "!!! ؟؟؟ ... «» ٪ ،", tokens: [] },
  { name: "digits glued after letters", text: "في53 صفحة", tokens: ["في", "53", "صفحة"] },
  { name: "letters glued after digits", text: "2019م", tokens: ["2019", "م"] },
  { name: "digit letter digit", text: "3أ4", tokens: ["3", "أ", "4"] },
  { name: "Arabic-Indic digits, separator dropped", text: "٣٫٥٪", tokens: ["٣", "٥"] },
  { name: "ASCII decimal point and percent", text: "3.5%", tokens: ["3", "5"] },
  {
    name: "Arabic punctuation and quotes",
    text: '«قال» الرئيس: "لا"؛ ثم غادر، فورا؟',
    tokens: ["قال", "الرئيس", "لا", "ثم", "غادر", "فورا"],
  },
  {
    name: "hyphen and slash split",
    text: "أكتوبر/تشرين-الأول",
    tokens: ["أكتوبر", "تشرين", "الأول"],
  },
  { name: "diacritics stay in the word", text: "الرئيسُ يزورُ", tokens: ["الرئيسُ", "يزورُ"] },
  { name: "tatweel is a letter (Lm)", text: "قالـــت", tokens: ["قالـــت"] },
  { name: "presentation forms are not folded", text: "ﺍﻟﺤﻜﻮﻣﺔ", tokens: ["ﺍﻟﺤﻜﻮﻣﺔ"] },
  { name: "Latin lower-cased", text: "Apple iPHONE", tokens: ["apple", "iphone"] },
  { name: "dotted capital I lowers to i + combining dot", text: "İ", tokens: ["i\u0307"] },
  {
    name: "RLM/LRM (Cf) are removed and join",
    text: "مرحبا\u200fبالعالم\u200e اليوم",
    tokens: ["مرحبابالعالم", "اليوم"],
  },
  { name: "ZWNJ joins too", text: "مي\u200cخواهم", tokens: ["ميخواهم"] },
  { name: "NBSP and line separator split", text: "أ\u00a0ب\u2028ج", tokens: ["أ", "ب", "ج"] },
  { name: "symbols stay, each alone", text: "€100 a€b", tokens: ["€", "100", "a", "€", "b"] },
  { name: "astral symbols alone", text: "😀😀نص", tokens: ["😀", "😀", "نص"] },
  { name: "a mark after a digit stays with it", text: "٣\u0651", tokens: ["٣\u0651"] },
  { name: "N* (not only Nd) is a number", text: "x²½3", tokens: ["x", "²½3"] },
  { name: "OpenNMT substitutes its spacer mark", text: "a\u2581b", tokens: ["a", "_", "b"] },
  { name: "CJK ideographs split one by one", text: "中文abc", tokens: ["中", "文", "abc"] },
  { name: "a mark opening the text is a token", text: "\u064bالخ", tokens: ["\u064b", "الخ"] },
  {
    name: "a mark opening a later word follows the escaped space",
    text: "كتاب \u064bالخ",
    tokens: ["كتاب", "％0020\u064b", "الخ"],
  },
  { name: "controls dropped, tab is a space", text: "أ\u0000ب\tج\u0007د", tokens: ["أب", "جد"] },
];

for (const c of SPLIT_CASES) {
  test(`tokenize: ${c.name}`, () => {
    assert.deepEqual(tokenize(c.text), c.tokens);
  });
}

test("ROUGE-Lsum sentences skip the aggressive split", () => {
  assert.deepEqual(tokenizeSentence("في عام 2019م"), ["في", "عام", "2019م"]);
  assert.deepEqual(tokenizeSentence("كتاب \u064bالخ"), ["كتاب", "\u064bالخ"]);
  assert.deepEqual(tokenizeSentence("中文"), ["中文"]);
});

test("ROUGE-Lsum splits on \\n only and drops empty lines", () => {
  assert.deepEqual(tokenizeLsum("أ ب\n\nج\r\nد\n"), [["أ", "ب"], ["ج"], ["د"]]);
  // A line of spaces is a sentence with no tokens.
  assert.deepEqual(tokenizeLsum(" \nأ"), [[], ["أ"]]);
  assert.deepEqual(tokenizeLsum(""), []);
});

test("only tokens longer than 3 code points are stemmed; empty stems are dropped", () => {
  const mark = (t: string): string => (t === "zzzz" ? "" : `<${t}>`);
  // "𝐚𝐛𝐜" is 3 code points (6 UTF-16 units): not stemmed.
  assert.deepEqual(tokenize("abc abcd 𝐚𝐛𝐜 zzzz", mark), ["abc", "<abcd>", "𝐚𝐛𝐜"]);
  assert.deepEqual(tokenizeSentence("abc abcd zzzz", mark), ["abc", "<abcd>"]);
});

test("with the Arabic stemmer, diacritics, tatweel and clitics fold to the same stem", () => {
  // Unstemmed they differ...
  assert.notDeepEqual(tokenize("الرئيسُ"), tokenize("الرئيس"));
  // ...stemmed they do not.
  assert.deepEqual(tokenizeWithStem("الرئيسُ الأمريكيُّ"), tokenizeWithStem("الرئيس الأمريكي"));
  assert.deepEqual(tokenizeWithStem("قالـــت"), tokenizeWithStem("قالت"));
  assert.deepEqual(tokenizeWithStem("والحكومة بالمدينة"), tokenizeWithStem("الحكومة المدينة"));
});

function tokenizeWithStem(text: string): string[] {
  return tokenize(text, stemArabic);
}
