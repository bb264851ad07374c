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
