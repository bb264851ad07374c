// Words that never end a paragraph (normalized: أإآ→ا, ى→ي, ة→ه): each needs the words after
// it. A line that ends with one continues on the next line, even in text of one paragraph a line.

export const CONTINUING_WORDS: ReadonlySet<string> = new Set([
  // prepositions
  "في",
  "من",
  "علي",
  "الي",
  "عن",
  "مع",
  "بين",
  "حول",
  "نحو",
  "ضد",
  "عند",
  "لدي",
  "منذ",
  "حتي",
  "خلال",
  "بعد",
  "قبل",
  // conjunctions and particles
  "و",
  "او",
  "ثم",
  "بل",
  "لكن",
  "ان",
  "لان",
  "كي",
  "قد",
  "لم",
  "لن",
  // relative pronouns
  "الذي",
  "التي",
  "الذين",
  "اللذين",
  "اللتين",
  "اللواتي",
]);

/**
 * Names written as a word of CONTINUING_WORDS normalizes to (as written, not normalized):
 * `علي` (Ali) reads as `على` (on). Hard-wrapped text may spell the preposition so at a wrap; a
 * line of its own ends on the name (`كتب - أحمد علي`, a byline). `آن` (`مون جاي آن`) normalizes
 * to the particle `ان`, which is never written with a madda.
 */
export const NAMES_LIKE_CONTINUING: ReadonlySet<string> = new Set(["علي", "آن"]);

/**
 * The particle of a call (as written, and normalized): `يا حضرات..` opens a sentence that goes
 * on after the ellipsis, as a one-word lead-in does (`segment/sentences.ts`).
 */
export const VOCATIVE_PARTICLES: ReadonlySet<string> = new Set([
  "يا",
  "أيها",
  "أيتها",
  "ايها",
  "ايتها",
]);

/**
 * First words (normalized) of the line a quotation opens on to address someone: `إلى الرئيس
 * الإيراني روحاني.`, `يا شباب.`, `سيد محرم.`, a tweet's or a letter's salutation. Quoted after a
 * colon and followed by more of the quotation, such a line is not a sentence of its own
 * (`segment/sentences.ts`).
 */
export const ADDRESS_OPENERS: ReadonlySet<string> = new Set([
  "الي", // إلى
  "يا",
  "ايها",
  "ايتها",
  "عزيزي",
  "عزيزتي",
  "سيدي",
  "سيدتي",
  "سيد",
]);
