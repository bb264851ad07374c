import { DEMONSTRATIVES, SAYING_PARTICIPLES } from "../lang/ar/data/boilerplate.js";
import { SAID_COMPLEMENTS } from "../lang/ar/data/clauses.js";
import { WAW_CLITIC_WORDS } from "../lang/ar/data/clitics.js";
import {
  ACCUSATIVE_CONNECTIVES,
  BEFORE_A_SUBORDINATE_VERB,
  CONNECTIVES_BEFORE_A_JOIN,
  FA_AL_NAMES,
  FA_CLITIC_BEFORE,
  FA_CLITIC_BEFORE_HAMZA,
  FA_PARTICLES_BEFORE_A_VERB,
  HAMZA_ALEFS,
  LEADING_CONNECTIVES,
  LIST_ORDINALS,
  MAIN_CLAUSE_OPENERS,
  NO_BULLET_OPENING,
  NOT_A_CONNECTIVE_BEFORE,
  NOT_A_SECOND_CONNECTIVE,
  NOTE_OPENINGS,
  PERFECT_PARTICLES,
  SECTION_LABELS,
  SUBORDINATING_CONNECTIVES,
  WAW_AL_ROOT_WORD,
  WAW_BEFORE_DERIVED_FORM,
  WAW_OPENERS,
} from "../lang/ar/data/compression.js";
import { PARTICLE_VERBS } from "../lang/ar/data/particle-verbs.js";
import { PERFECT_VERBS } from "../lang/ar/data/perfect-verbs.js";
import { surelyPast } from "../lang/ar/past-shape.js";
import { inWithWaw, matchAt, phraseWords } from "../text/phrases.js";
import { withOpeners, withSpacedOpeners, withTagOpening } from "../text/span.js";
import type { Span, Token } from "../text/types.js";
import { accusativeSubject } from "./accusative.js";
import type { CompressionRule } from "./rules.js";
import { hasClauseMark } from "./scan.js";

const CONNECTIVES = phraseWords([...LEADING_CONNECTIVES, ...SUBORDINATING_CONNECTIVES]);
const BEFORE_A_JOIN = phraseWords(CONNECTIVES_BEFORE_A_JOIN);
const SUBORDINATING = phraseWords(SUBORDINATING_CONNECTIVES);
const MAIN_CLAUSE = new Set(MAIN_CLAUSE_OPENERS);
/** What goes on with the clause of one who speaks after a mark: `، إن …`, `، مضيفا أن …`. */
const SAID: ReadonlySet<string> = new Set([...SAID_COMPLEMENTS, ...SAYING_PARTICIPLES]);
const BEFORE_SUBORDINATE_VERB: ReadonlySet<string> = new Set(BEFORE_A_SUBORDINATE_VERB);
const NOT_BEFORE = Object.entries(NOT_A_CONNECTIVE_BEFORE).map(
  ([connective, after]) => [phraseWords([connective]), new Set(after)] as const,
);
const WAW = new Set([...WAW_OPENERS, ...WAW_CLITIC_WORDS]);
const NO_OPENING: ReadonlySet<string> = new Set(NO_BULLET_OPENING);
/** Demonstratives, which may end a connective of several words (`بعد ذلك`). */
const DEMONSTRATIVE: ReadonlySet<string> = new Set(DEMONSTRATIVES);
const FA_BEFORE = new Set(FA_CLITIC_BEFORE);
const FA_BEFORE_HAMZA = new Set(FA_CLITIC_BEFORE_HAMZA);
const FA_AL_NAME = new Set(FA_AL_NAMES);
const HAMZA_ALEF = new Set(HAMZA_ALEFS);
const PARTICLE = new Set(PERFECT_PARTICLES);
const PERFECT = new Set(PERFECT_VERBS);
const FA_PARTICLE = new Set(FA_PARTICLES_BEFORE_A_VERB);
const VERB_AFTER_PARTICLE = new Set(PARTICLE_VERBS);
/** `فقد`: the particle with `ف`, or the verb "lost". */
const LOST_OR_PARTICLE = "فقد";
const NOTES = phraseWords(NOTE_OPENINGS);
const ACCUSATIVE = phraseWords(ACCUSATIVE_CONNECTIVES);
const ORDINALS = new Set(LIST_ORDINALS);
const LABELS = phraseWords(SECTION_LABELS);
/** `هذا`, `كما`, `لذلك`: one-word connectives that are not cut as the second of two. */
const NOT_SECOND: ReadonlySet<string> = new Set(NOT_A_SECOND_CONNECTIVE);

/** Where a bullet opens: its first kept word, the offset it starts at, the rules that fired. */
export interface Opening {
  first: number;
  start: number;
  rules: CompressionRule[];
}

/**
 * The bullet's opening: a leading connective (`كما`, `من جهته،`, and a second one right after it:
 * `لكن، مع ذلك،`) goes when at least `minWords` words are left before word `last`, then a clitic
 * `و` on the new first word (`وقال` → `قال`, a detached `و قال`) or a clitic `ف` before a function
 * word (`ففي` → `في`). A quote or bracket glued to the first kept word stays.
 */
export function findOpening(
  input: string,
  body: Span,
  words: readonly Token[],
  last: number,
  minWords: number,
  enabled: ReadonlySet<CompressionRule>,
): Opening {
  const rules: CompressionRule[] = [];
  const cut = enabled.has("connective");
  let first = 0;
  const lead = matchAt(words, 0, CONNECTIVES);
  if (cut && lead > 0 && last - lead >= minWords && connectiveMayGo(input, words, lead, body)) {
    first = lead;
    // Connectives one after another (`لكن، مع ذلك، …`, `وكذلك أيضا …`): the second goes too,
    // unless it opens a subordinate clause (`لكن بينما …`), whose main clause may have no comma.
    const rest = words.slice(first);
    const again = matchAt(rest, 0, CONNECTIVES);
    const afterAgain = rest[again];
    if (
      again > 0 &&
      // One word that is also a pronoun, a verb's frame or a preposition's object (`هذا،`,
      // `عليه،`, `كما قال …`, `كذلك فعلت …`, `لذلك ثمن …`) is no sure second connective, and an
      // incise after the second (`أيضا، وهذا هو الأهم، …`) would lose its و.
      !(again === 1 && inWithWaw(NOT_SECOND, (rest[0] as Token).norm)) &&
      !(afterAgain !== undefined && input[afterAgain.span.start] === "و") &&
      last - first - again >= minWords &&
      matchAt(rest, 0, SUBORDINATING) !== again &&
      connectiveMayGo(input, rest, again, body)
    ) {
      first += again;
    }
  } else if (cut && last - 1 >= minWords && listOrdinal(input, words)) {
    first = 1;
  } else if (cut && sectionLabel(input, words, last, minWords)) {
    first = matchAt(words, 0, LABELS);
  }
  // "It is worth noting that" (`يذكر أن الشرطة …` → `الشرطة …`), unless the noun after `أن`
  // shows the accusative (`يذكر أن صاروخاً …`), which cannot open a sentence.
  const note = cut ? matchAt(words, first, NOTES) : 0;
  if (
    note > 0 &&
    last - first - note >= minWords &&
    !accusativeSubject(input, words, first + note) &&
    plainOpening(input, words, first, note, body)
  ) {
    first += note;
  }
  // `قد`, `وقد`, `لقد`, `فقد` before a past verb (`وقد أعلنت الوزارة …` → `أعلنت الوزارة …`).
  if (
    cut &&
    last - first - 1 >= minWords &&
    perfectParticle(words, first) &&
    plainOpening(input, words, first, 1, body)
  ) {
    first += 1;
  }
  if (first > 0) rules.push("connective");
  const opener = words[first];
  let start = opener ? wordStart(input, words, first, body.start) : body.start;
  // Nothing cut: a quotation's mark apart from the first word stays (`" نحن …"، قال`).
  if (opener && first === 0) start = withSpacedOpeners(input, start, body.start);
  if (opener && enabled.has("clitic") && input[start] === "و") {
    if (opener.norm === "و" && last - first - 1 >= minWords) {
      // A detached `و` (`و قال …`, `و"…`): the bullet opens on the next word, or its quote.
      first += 1;
      start = wordStart(input, words, first, opener.span.end);
      rules.push("clitic");
    } else if (isWawClitic(opener.norm) || hamzaAfterWaw(input, start, opener.span.end)) {
      start = afterClitic(input, start);
      rules.push("clitic");
    }
  } else if (opener && enabled.has("clitic") && input[start] === "ف") {
    if (
      isFaClitic(input.slice(start, opener.span.end), opener.norm) ||
      faBeforeVerb(opener.norm, words[first + 1])
    ) {
      start = afterClitic(input, start);
      rules.push("clitic");
    }
  }
  return { first, start, rules };
}

/**
 * Whether the bullet opens on a list item's ordinal (`خامسا: …`, `أولاً- …`, `ثانيا، …`): an
 * ordinal with a colon, a dash or a comma after it, and nothing glued before it.
 */
function listOrdinal(input: string, words: readonly Token[]): boolean {
  const ordinal = words[0];
  const next = words[1];
  if (!ordinal || !next || !ORDINALS.has(ordinal.norm)) return false;
  return /^\s*[:：\-–—،,]\s*$/u.test(input.slice(ordinal.span.end, next.span.start));
}

/**
 * Whether the bullet opens on a column's section label (`كلمة أخيرة`, `كلمة أخيرة:`) with at least
 * `minWords` words after it before word `last`: with no clitic before it
 * (`وكلمة أخيرة لمعالي الوزير` is "and a last word to the minister"), and no mark after it but a
 * colon or the opening quote of what follows.
 */
function sectionLabel(
  input: string,
  words: readonly Token[],
  last: number,
  minWords: number,
): boolean {
  const label = matchAt(words, 0, LABELS);
  const next = words[label];
  if (label === 0 || next === undefined || last - label < minWords) return false;
  if (input[(words[0] as Token).span.start] === "و") return false;
  const gap = input.slice((words[label - 1] as Token).span.end, next.span.start);
  return /^\s*[:：]?\s*["«“]?$/u.test(gap) && /[\s:：]/u.test(gap);
}

/**
 * Whether word `k` is the particle `قد` (alone, `وقد`, `لقد`, `فقد`) before a past verb: one the
 * corpus table lists, or, after `قد`, `وقد` and `لقد`, any word that is surely one (`surelyPast`:
 * `وقد علقوا`, `لقد انتشل`). `فقد` is also the verb "lost" (`فقد منتخب مصر …`), so after it only
 * the table's verbs count.
 */
function perfectParticle(words: readonly Token[], k: number): boolean {
  const particle = words[k];
  const verb = words[k + 1];
  if (!particle || !verb || !PARTICLE.has(particle.norm)) return false;
  if (PERFECT.has(verb.norm)) return true;
  return particle.norm !== LOST_OR_PARTICLE && surelyPast(verb.norm);
}

/**
 * Whether the `n` words from word `k` can go from the bullet's start: no quote or bracket glued
 * before them (it opens what follows) and nothing but white space after them, up to the next
 * word or the quote glued to it (`يذكر أن: …` keeps its words).
 */
function plainOpening(
  input: string,
  words: readonly Token[],
  k: number,
  n: number,
  body: Span,
): boolean {
  const opening = words[k] as Token;
  const end = (words[k + n - 1] as Token).span.end;
  const next = words[k + n];
  if (!next) return false;
  const before = Math.max(body.start, words[k - 1]?.span.end ?? body.start);
  if (withOpeners(input, opening.span.start, before) < opening.span.start) return false;
  // White space, with any invisible format character (a ZWNJ, a right-to-left mark) beside it.
  return /^[\s\p{Cf}]*\s[\s\p{Cf}]*$/u.test(
    input.slice(end, withOpeners(input, next.span.start, end)),
  );
}

/**
 * Past a one-letter clitic at `start`, and the harakat, tatweel or invisible format characters
 * on it (`وَقالَ`, `فَفي`, a zero-width non-joiner after the `و`).
 */
function afterClitic(input: string, start: number): number {
  let at = start + 1;
  while (/[\p{M}\p{Cf}\u0640]/u.test(input[at] ?? "")) at++;
  return at;
}

/**
 * Whether a first word's `ف` is a clitic: the rest is a listed function word, the article and a
 * noun, or a past verb written with its hamza.
 */
function isFaClitic(surface: string, norm: string): boolean {
  if (FA_BEFORE.has(norm.slice(1))) return true;
  // `ف` + the article + a noun (`فالشركة`), unless a name.
  if (norm.startsWith("فال") && norm.length >= 6 && !FA_AL_NAME.has(norm)) return true;
  const rest = surface.slice(afterClitic(surface, 0)).replace(/[\p{M}\p{Cf}\u0640]/gu, "");
  if (FA_BEFORE_HAMZA.has(rest)) return true;
  // `ف` + a past verb written with its hamza (`فأكد`, `فأطلقت`): no root opens `فأ` or `فإ` but
  // nouns (`فأر`, `فأس`), which the verb table does not hold.
  return HAMZA_ALEF.has(rest[0] ?? "") && PERFECT.has(norm.slice(1));
}

/**
 * Whether a first word `فقد` or `فلم` is the particle with a clitic `ف`: the word after it is one
 * the corpus puts after `قد` or `لم` (`فقد يكون`, `فلم يعد`, `فقد تفاعل`), which makes it a verb.
 * `فقد` before a past verb of the table has gone whole already (`فقد أظهرت` → `أظهرت`).
 */
function faBeforeVerb(norm: string, next: Token | undefined): boolean {
  return FA_PARTICLE.has(norm) && next !== undefined && VERB_AFTER_PARTICLE.has(next.norm);
}

/**
 * Where a bullet that opens on word `k` starts: at the word, or at the quote or bracket glued to
 * it, or at the tag it names (`<b>قال` opens on `<b>`, not on `b>`: its `</b>` stays later in the
 * bullet, so the tag is kept whole rather than cut or half dropped).
 */
function wordStart(input: string, words: readonly Token[], k: number, floor: number): number {
  const word = words[k] as Token;
  const previous = words[k - 1];
  const bound = Math.max(floor, previous?.span.end ?? floor);
  return withOpeners(input, withTagOpening(input, word.span.start, bound), bound);
}

/**
 * Whether the connective `words[0, lead)` may go: never when glued to the next word or to an
 * opening quote or bracket before it; `هذا` and `في التفاصيل` only before a clause mark or a
 * clitic `و` (`هذا، وقد …`); `كما`, `فيما` and `في التفاصيل` not before the words that make
 * them something else (`كما هي`, `فيما يخص`, an `أنه` that the cut would leave opening the
 * bullet); a subordinating `في حين` or `فيما` only when no other clause follows (no clause mark,
 * no `فإن`); never before a word that goes on from something before (`كذلك مما يجعل …`:
 * NO_BULLET_OPENING).
 */
function connectiveMayGo(
  input: string,
  words: readonly Token[],
  lead: number,
  body: Span,
): boolean {
  // A quote or bracket glued to the connective (`"لكن مع …`) opens what the bullet goes on with:
  // cutting the connective would cut its opening mark.
  const connective = words[0] as Token;
  if (withOpeners(input, connective.span.start, body.start) < connective.span.start) return false;
  const next = words[lead] as Token;
  const gap = (words[lead - 1] as Token).span.end;
  // Glued to the next word (`كما3`, `أيضاBBC`: two tokens, one word): cutting would open the
  // bullet inside a word.
  if (gap === next.span.start) return false;
  if (NO_OPENING.has(next.norm)) return false;
  // `بعد ذلك الاجتماع` ("after that meeting"): the demonstrative goes with the noun after it.
  // So too `لذلك الغرض` ("for that purpose"), where `لذلك` alone is "therefore".
  const last = (words[lead - 1] as Token).norm;
  const pointer = lead > 1 ? last : (/^و?ل(ذلك)$/u.exec(last)?.[1] ?? "");
  if (DEMONSTRATIVE.has(pointer) && next.norm.startsWith("ال")) return false;
  for (const [connective, after] of NOT_BEFORE) {
    if (matchAt(words, 0, connective) === lead && after.has(next.norm)) return false;
  }
  // `لكن محللين قالوا …`, `إلا أن مصدرا أمنيا أكد …`: the subject after `لكنّ` shows its
  // accusative.
  if (matchAt(words, 0, ACCUSATIVE) === lead && accusativeSubject(input, words, lead)) return false;
  if (matchAt(words, 0, BEFORE_A_JOIN) === lead) {
    return hasClauseMark(input, gap, next.span.start) || next.norm.startsWith("و");
  }
  if (matchAt(words, 0, SUBORDINATING) === lead) {
    if (words.some((t, i) => i > lead && MAIN_CLAUSE.has(t.norm))) return false;
    return noMainClause(input, words, lead);
  }
  return true;
}

/**
 * Whether no main clause follows the subordinate clause that `words[0, lead)` opens. With no
 * clause mark after it, none does (`بينما حل مطعم إسباني ثانيا.`). With one, each mark must go
 * on with a clitic `و` (`فيما أغلقت السلطات المطار، وأجلت السكان.`: a second clause of the same
 * "meanwhile") or with what a verb of saying says (`فيما قالت الوزيرة، إن …`, `…، مضيفا أن …`),
 * not with a clause of its own (`فيما يقول الجيش إنه …، قال المرصد …`); and no past verb may open a
 * clause before the first mark (`بينما كان الوزير يتحدث دخل المحتجون القاعة، …`; a past verb of the
 * corpus table, PERFECT_VERBS), other than after a relative pronoun or `أن` (`الحريق الذي شب`,
 * `بأنه نفذ`).
 */
function noMainClause(input: string, words: readonly Token[], lead: number): boolean {
  let marked = false;
  let pastVerb = false;
  for (let i = lead + 1; i < words.length; i++) {
    const word = words[i] as Token;
    const before = (words[i - 1] as Token).norm;
    if (hasClauseMark(input, (words[i - 1] as Token).span.end, word.span.start)) {
      marked = true;
      if (!isWawClitic(word.norm) && !SAID.has(word.norm)) return false;
    } else if (!marked && PERFECT.has(word.norm) && !BEFORE_SUBORDINATE_VERB.has(before)) {
      pastVerb = true;
    }
  }
  return !(marked && pastVerb);
}

/**
 * Whether the word at `start` (ending at `end`) is `و` + hamza on alef + at least two letters
 * (`وأضافوا`, `وإلى`), harakat and tatweel after the `و` skipped.
 */
function hamzaAfterWaw(input: string, start: number, end: number): boolean {
  const at = afterClitic(input, start);
  // The hamza written on the alef, or after it as a mark (decomposed: `ا` + U+0654/U+0655).
  const hamza =
    HAMZA_ALEF.has(input[at] ?? "") ||
    (input[at] === "ا" && /[\u0653-\u0655]/u.test(input[at + 1] ?? ""));
  return hamza && end - at >= 3;
}

/**
 * Whether a first word's `و` is a clitic: listed by hand or by the corpus table, `وال…`, `ولل…`,
 * or `و` before a derived verb's shape (`واستغرب`, `واشتمل`).
 */
function isWawClitic(norm: string): boolean {
  if (WAW_AL_ROOT_WORD.test(norm)) return false;
  // `ومما يجعل …`: without its `و` the bullet would open on a continuation.
  if (NO_OPENING.has(norm.slice(1))) return false;
  if (WAW.has(norm)) return true;
  if (norm.startsWith("وال")) return norm.length >= 6;
  // `و` + the preposition `ل` + the article (`وللعلكة`, `وللمرة`): no root opens `ولل`.
  if (norm.startsWith("ولل")) return norm.length >= 5;
  return WAW_BEFORE_DERIVED_FORM.some((shape) => shape.test(norm));
}
