/**
 * Punctuation that matters to sentence segmentation. Opening and closing brackets and
 * quotation marks come from Unicode categories (Ps/Pi, Pe/Pf) in `text/chars.ts`;
 * only the ambiguous ASCII quotes are listed here.
 */

/** Characters that end a sentence, alone or in runs (`?!`, `...`, `؟!`). */
export const TERMINATORS: ReadonlySet<string> = new Set([
  ".", // full stop (also the ellipsis when repeated)
  "!",
  "?",
  "\u061f", // ؟ Arabic question mark
  "\u2026", // … horizontal ellipsis
  "\u06d4", // ۔ Arabic full stop (Urdu)
  "\u203c", // ‼
  "\u2047", // ⁇
  "\u2048", // ⁈
  "\u2049", // ⁉
  "\u3002", // 。 ideographic full stop
  "\uff01", // ！ fullwidth
  "\uff1f", // ？ fullwidth
]);

/** The terminators that end a question. */
export const QUESTION_MARKS: ReadonlySet<string> = new Set([
  "?",
  "\u061f", // ؟ Arabic question mark
  "\uff1f", // ？ fullwidth
  "\u2047", // ⁇
  "\u2048", // ⁈
  "\u2049", // ⁉
]);

/**
 * Clause marks. Not sentence ends themselves; right after a terminator (closing quotes and
 * blanks between allowed) they mean the writer's sentence goes on: `من أي كوكب أتيت؟، كما قالت`,
 * `"أصبحت شيعية".، ورفعت أعلاما`.
 */
export const CLAUSE_MARKS: ReadonlySet<string> = new Set([
  "\u060c", // ، Arabic comma
  ",",
  "\u061b", // ؛ Arabic semicolon
  ";",
]);

/**
 * Brackets, as against quotation marks: in a short one that closes soon, a full stop glued
 * between two letter names (`تي.إل`) is inside dotted initials, not a sentence end, so it does
 * not stop the search for the closing mark (`(إم.إي. تي.إل)`, `segment/quotes.ts`).
 */
export const BRACKET_OPENERS: ReadonlySet<string> = new Set(["(", "["]);

/** Quotation marks that are both opening and closing (ASCII): toggled, not counted. */
export const AMBIGUOUS_QUOTES: ReadonlySet<string> = new Set(['"', "'"]);

/**
 * List bullets and the interview dash that may open a line (`- `, `* `, `• `, `ـ `).
 * A bullet followed by white space is not part of the sentence that follows.
 */
export const BULLETS: ReadonlySet<string> = new Set([
  "-",
  "\u2013",
  "\u2014",
  "*",
  "\u2022",
  "\u25e6",
  "\u25aa",
  "\u25cf",
  "\u25a0",
  "\u00b7",
  "\u2219",
  "\u2023",
  "\u2043",
  "\u0640",
  "+",
  ">",
  "\u25ba",
  "\u2713",
  "\u2714",
]);

/** Characters that, right after a dot with no space, mean the dot is inside a token (URL, e-mail, path). */
export const TOKEN_INNER: ReadonlySet<string> = new Set(["@", "/", "_", "=", "&", "%", "#", "~"]);
