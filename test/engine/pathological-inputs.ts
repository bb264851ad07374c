// Long inputs for test/engine/pathological.test.ts, which summarizes them in a child process
// (pathological.ts) so that a hang can be stopped.

const S = "أعلنت الحكومة خطة جديدة لخفض الأسعار في الشهر المقبل";

/** Long inputs that once took time quadratic (or worse) in their length, by name. */
export const PATHOLOGICAL: Record<string, () => string> = {
  // 400 KB of spaces before an aside: the aside pattern was tried from every one of them.
  "spaces before an aside": () => `${S} ${" ".repeat(400_000)}(لخفض الأسعار في) الشهر.`,
  // a run of full stops inside an attribution tail: the final-marks pattern, from each of them.
  "full stops inside a tail": () => `${S}، بحسب ${".".repeat(400_000)}x ما ذكرت الوكالة.`,
  // an agency name then spaces: the photo-credit pattern tried every split of the run.
  "spaces after an agency name": () => `${S} afp${" ".repeat(200_000)}x.`,
  // one paragraph of teasers: each read the rest of the paragraph for its headline.
  "a paragraph of teasers": () => `${"قد يهمك: خبر آخر. ".repeat(60_000)}\n${S}.`,
  // a teaser then spaces: `\s*(?:ايضا)?\s*` tried every split of the run.
  "spaces after a teaser": () => `قد يهمك${" ".repeat(200_000)}x ${S}.`,
  // NFKC turns `ﹰ` into a space and a haraka: leading spaces for the dateline pattern.
  "spaces before a dateline": () => `${"ﹰ".repeat(40_000)}${S} (${S}.`,
  "spaces before a photo credit": () => `ـ\u200f${" \u200f".repeat(100_000)}${S}.`,
  // thousands of asides in one sentence: every aside looked at every word.
  "many asides": () => `${"أعلنت الحكومة خطة جديدة (لخفض الأسعار) ".repeat(40_000)}.`,
  // an aside of digits and a Latin letter: the number-word pattern tried every split of them.
  "digits in an aside": () => `${S} ${S} ${S} ${S} (${"1".repeat(200_000)}x) ${S}.`,
  // list numbers after a long run of dashes on one line: each number read the line from its start.
  "list numbers after dashes": () => `${"- ".repeat(100_000)}${"1. كلمة ".repeat(50_000)}${S}.`,
  // lines that end in `\r`: each sentence looked back to the text's start for a `\n`.
  "lines that end in CR": () => `${S}.\r`.repeat(100_000),
  // a long run of letters after a comma, then an aside: the city-and-country dateline pattern
  // split the run into up to five words every way (`وعلق أحد المتابعين، ههههه… (ضاحكا).`).
  "a run of letters after a comma": () =>
    `${S}.\nوعلق أحد المتابعين، ${"ه".repeat(100_000)} (ضاحكا).`,
  // a run of open quotation marks after a word, none closed: each mark read back over the run for
  // the word or the white space before it (8,000 marks took 5 s).
  "a run of open quotation marks": () =>
    `${S}. قال الوزير ${"«".repeat(100_000)}${"“".repeat(100_000)}خطة جديدة.`,
  // open quotation marks each after a colon: each read the sentence from its start for the colon.
  "open quotation marks after colons": () => `${S}. قال الوزير${" كلمة: «".repeat(100_000)}خطة.`,
};

/**
 * Long pages that once took time quadratic in their length, read with `prepareArticle` first:
 * each is summarized, or refused as a page with no article.
 */
export const PATHOLOGICAL_PAGES: Record<string, () => string> = {
  // a fragment with many `<html` and no `>`: the tag pattern ran to the end from each.
  "a fragment of unclosed html tags": () => `<p>${S}.</p><p>${S}.</p>${"<html".repeat(150_000)}`,
  // thousands of empty headings, deep in the page: each walked up the tree for the headline.
  "deep empty headings": () =>
    `<html><body>${"<div>".repeat(900)}${"<h1></h1>".repeat(100_000)}${"</div>".repeat(900)}` +
    `<article><p>${S}، ${S}.</p><p>${S}.</p></article></body></html>`,
};

/**
 * Degenerate 1 MB inputs (test/lang checks their sentence spans): each is summarized, or refused
 * with one of the codes for text without a summary.
 */
export const DEGENERATE: Record<string, () => string> = {
  "one endless word": () => "ا".repeat(1_000_000),
  "only terminators": () => ".".repeat(1_000_000),
  "endless abbreviations": () => "د. ".repeat(330_000),
  "endless quotes": () => '"'.repeat(1_000_000),
  "brackets never closed": () => "«".repeat(500_000) + "نص.".repeat(100_000),
  "only line breaks": () => "\n".repeat(1_000_000),
  "many short lines": () => "كلمة\n".repeat(200_000),
  "lone surrogates": () => "\ud800".repeat(1_000_000),
  "every line goes on in the next": () => "في\n".repeat(330_000),
};
