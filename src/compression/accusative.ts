import {
  ACCUSATIVE_PLURALS,
  ACCUSATIVE_TANWEEN,
  ADVERBIAL_OBJECTS,
  BARE_ACCUSATIVE,
  IN_YEEN,
  LAM_PARTICLES,
  NOT_ACCUSATIVE_SUBJECTS,
  PLURAL_VERB,
} from "../lang/ar/data/compression.js";
import type { Token } from "../text/types.js";

const NOT_SUBJECT: ReadonlySet<string> = new Set(NOT_ACCUSATIVE_SUBJECTS);
const ADVERBIAL_OBJECT: ReadonlySet<string> = new Set(ADVERBIAL_OBJECTS);
const LAM_PARTICLE: ReadonlySet<string> = new Set(LAM_PARTICLES);

/**
 * Whether `words[k]`, after `لكنّ`, `إلا أنّ`, `كما أنّ` or `يذكر أنّ`, is their subject and shows
 * the accusative, which no sentence opens on: cutting the connective would leave `مصدرا أمنيا
 * أكد …` for `مصدر أمني أكد …`. It shows on a sound plural or a dual (`محللين`, accusativePlural),
 * on the tanween of a noun's alef (`انتحارياً فجر …`, `صوراً من …`), or, with the bare alef most
 * news text writes, on a noun and its adjective (`مسؤولا حكوميا`, `صاروخا باليستيا`): one bare
 * alef alone may end a name (`فرنسا`, `إليسا`). Not an adverb (`أيضاً`, `ميدانياً،`) nor an
 * adverbial that takes a preposition (`وفقاً لـ…`, `حرصاً على …`), which open sentences as well.
 */
export function accusativeSubject(input: string, words: readonly Token[], k: number): boolean {
  const word = words[k];
  if (word === undefined) return false;
  if (accusativePlural(words, k)) return true;
  if (NOT_SUBJECT.has(word.norm)) return false;
  const next = words[k + 1];
  if (next === undefined || adverbial(input, word, next)) return false;
  if (ACCUSATIVE_TANWEEN.test(input.slice(word.span.start, word.span.end))) return true;
  return (
    BARE_ACCUSATIVE.test(word.norm) &&
    BARE_ACCUSATIVE.test(next.norm) &&
    !next.norm.startsWith("و") &&
    !NOT_SUBJECT.has(next.norm)
  );
}

/**
 * Whether `word`, in the accusative, is an adverbial by what follows it: a mark (`ميدانياً، …`),
 * or a preposition (`حرصاً على`, `وفقاً لشخصيات`, `خلافاً لأوباما`; not `لم`, `لا`).
 */
function adverbial(input: string, word: Token, next: Token): boolean {
  if (/\S/u.test(input.slice(word.span.end, next.span.start))) return true;
  if (ADVERBIAL_OBJECT.has(next.norm)) return true;
  return next.norm.startsWith("ل") && !LAM_PARTICLE.has(next.norm);
}

/**
 * Whether `words[k]` is a sound plural or a dual whose accusative shows (`محللين`, `البلدين`
 * before `يتقاسمان`): after `لكنّ` or `يذكر أنّ` it is the subject, which no sentence opens on.
 */
export function accusativePlural(words: readonly Token[], k: number): boolean {
  const word = words[k]?.norm ?? "";
  if (!IN_YEEN.test(word)) return false;
  if (ACCUSATIVE_PLURALS.some((shape) => shape.test(word))) return true;
  return PLURAL_VERB.test(words[k + 1]?.norm ?? "");
}
