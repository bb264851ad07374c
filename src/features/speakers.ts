import {
  AFTER_UNNAMED_SPEAKER,
  ALTERNATIVE_WORDS,
  BEFORE_SPEECH_VERB,
  MAX_TOPIC_WORDS,
  SAYING_WORDS,
  SIDE_WORDS,
  SPEECH_VERBS,
  SPEECH_VERBS_BEFORE_COLON,
  SPEECH_VERBS_BEFORE_THAT,
  SPEECH_VERBS_LIKE_PREPOSITIONS,
  SPEECH_VERBS_PRESENT,
  THAT_BARE,
  THAT_WITH_PRONOUN,
  TOPIC_OPENERS,
} from "../lang/ar/data/boilerplate.js";
import { LEADING_CONNECTIVES } from "../lang/ar/data/compression.js";
import { matchAt, phraseWords } from "../text/phrases.js";
import { QUOTE_MARK, QuoteCount, quoteOpenAt } from "../text/quotes.js";
import type { Token } from "../text/types.js";
import { writtenWithShadda } from "./cues.js";

// Reported words whose speaker was named in an earlier sentence, or is named nowhere: a bullet
// made of them would leave its reader asking who speaks.

/**
 * Past verbs (masculine) with their feminine and plural (`قال`, `قالت`, `قالوا`; `نفى`, `نفت`,
 * `نفوا`; `دعا`, `دعت`, `دعوا`), bare or after `و`/`ف`.
 */
function pastForms(verbs: readonly string[]): ReadonlySet<string> {
  return new Set(
    verbs.flatMap((verb) => {
      // A final long vowel (`نفى`, normalized `نفي`; `دعا`) gives way to the endings.
      const stem = verb.endsWith("ي") || verb.endsWith("ا") ? verb.slice(0, -1) : verb;
      return withClitics([verb, `${stem}ت`, `${stem}وا`]);
    }),
  );
}

/** Each form bare and after a clitic `و` or `ف`. */
function withClitics(forms: readonly string[]): string[] {
  return forms.flatMap((v) => [v, `و${v}`, `ف${v}`]);
}

/** The verbs of saying, past and present (of `بيّن`, the feminine and plural). */
const SAYS: ReadonlySet<string> = new Set([
  ...pastForms(SPEECH_VERBS),
  ...withClitics(SPEECH_VERBS_PRESENT),
  ...withClitics(SPEECH_VERBS_LIKE_PREPOSITIONS.flatMap((verb) => [`${verb}ت`, `${verb}وا`])),
]);
/** `بين`, `وبين`: the verb `بيّن` "showed" or the preposition "between" (see `showedThat`). */
const SHOWED_OR_BETWEEN: ReadonlySet<string> = new Set(withClitics(SPEECH_VERBS_LIKE_PREPOSITIONS));
const PRONOUN_THAT: ReadonlySet<string> = new Set(THAT_WITH_PRONOUN);
/** `أن` and `بأن` bare. */
const THAT: ReadonlySet<string> = new Set(THAT_BARE);
/** `أو`, `أم`, `وأن`: the second of two things that `بين` ("between") sets side by side. */
const ALTERNATIVE: ReadonlySet<string> = new Set(ALTERNATIVE_WORDS);
/** How many words after `بين أن` an alternative may come. */
const ALTERNATIVE_WITHIN = 12;
/**
 * Verbs that report a claim only before `أن` or their own preposition (`وتوقع أن …`, `وأصر على
 * أن …`), each form with the words after which it does.
 */
const SAYS_BEFORE_THAT: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries(SPEECH_VERBS_BEFORE_THAT).flatMap(([verb, prepositions]) => {
    const after = new Set([...THAT_BARE, ...THAT_WITH_PRONOUN, ...prepositions]);
    return [...pastForms([verb])].map((form): [string, ReadonlySet<string>] => [form, after]);
  }),
);
/** Verbs that say only before a colon (`وواصل: …`). */
const SAYS_BEFORE_COLON: ReadonlySet<string> = pastForms(SPEECH_VERBS_BEFORE_COLON);
const UNNAMED: ReadonlySet<string> = new Set(AFTER_UNNAMED_SPEAKER);
/** "Saying" (`قائلا`, `بالقول`): after any verb of saying, a colon-only one too. */
const SAYING: ReadonlySet<string> = new Set(SAYING_WORDS);
const SIDE: ReadonlySet<string> = new Set(SIDE_WORDS);

/** The connectives compression cuts from a bullet's start (`كما`, `من جهته،`). */
const CONNECTIVES = phraseWords(LEADING_CONNECTIVES);
/** `قد`, `كان قد` before a verb of saying. */
const AUXILIARIES = phraseWords(BEFORE_SPEECH_VERB);
/** `حول`, `عن`: a topic phrase that may come before the verb and a comma. */
const TOPICS = phraseWords(TOPIC_OPENERS);

/**
 * A quotation right after a verb of saying that closes within this many words, with words after
 * it, is a quoted name (`قالت "فيتش" في بيان …`, `كشف "مؤشر … 2018" أن …`), not the words said.
 */
const QUOTED_NAME_WORDS = 6;

/** What stands before a sentence's first word when a quotation opens it (a format mark may follow). */
const OPENS_QUOTE = /^[\s\p{Cf}]*["«“][\s\p{Cf}]*$/u;

/**
 * Whether the words from `first` open with a verb of saying whose speaker is not named
 * (`وأضاف أن …`, `قالت: «…`, `أشار إلى أن …`, `أضاف قائلا …`, `أضاف "نرى …`, `ويقول إن …`,
 * `وواصل: …`, `وختم بالقول: …`): the speaker is in an earlier sentence. A connective that
 * compression cuts may come first (`كما أكد أن …`), a topic phrase and its comma (`حول مدربه، قال:
 * …`), and `قد` or `كان قد` (`وقد أضاف أن …`).
 */
export function unnamedSpeaker(input: string, tokens: readonly Token[], first: number): boolean {
  const afterConnective = afterTopic(input, tokens, first + matchAt(tokens, first, CONNECTIVES));
  const at = afterConnective + matchAt(tokens, afterConnective, AUXILIARIES);
  const verb = tokens[at];
  const next = tokens[at + 1];
  if (!verb || !next) return false;
  if (SHOWED_OR_BETWEEN.has(verb.norm)) return showedThat(input, tokens, at);
  const beforeThat = SAYS_BEFORE_THAT.get(verb.norm);
  if (beforeThat) return beforeThat.has(next.norm);
  const onlyBeforeColon = SAYS_BEFORE_COLON.has(verb.norm);
  if (!onlyBeforeColon && !SAYS.has(verb.norm)) return false;
  // `وختم بالقول: …`, `وواصل قائلا …`: "saying" shows the verb says, and says unnamed.
  if (SAYING.has(next.norm)) return true;
  // `وواصل عن منتخب مصر: …`, `وقال حول الأزمة: …`: a topic phrase, then what is said.
  if (topicThenColon(input, tokens, at + 1)) return true;
  if (!onlyBeforeColon && UNNAMED.has(next.norm)) {
    // `دعا من جهته الرئيس …`: "for his part", and the speaker is named after it.
    return !(next.norm === "من" && SIDE.has(tokens[at + 2]?.norm ?? ""));
  }
  const gap = input.slice(verb.span.end, next.span.start);
  const colon = /[:：]/u.test(gap);
  if (onlyBeforeColon || colon) return colon;
  return /["«“]/u.test(gap) && !quotedName(input, tokens, at);
}

/** How many words before its colon a verb of saying may stand (`وقال مدرب المنتخب سامي حسن: …`). */
const SPEAKER_WORDS = 8;

/**
 * Whether the sentence of `tokens` (ending at `end`) quotes with no quotation mark: a verb of
 * saying (or "saying", `قائلا`) at most SPEAKER_WORDS words before a colon, and after the colon at
 * least two words and no quotation mark (`وقال ريناتو أوغوستو: أفضل دائما منح الوقت للمدرب.`).
 * The sentences after it may go on with the speaker's words, as a marked quotation's do.
 */
export function quotesUnmarked(input: string, tokens: readonly Token[], end: number): boolean {
  for (let k = 0; k + 2 < tokens.length; k++) {
    const gap = input.slice((tokens[k] as Token).span.end, (tokens[k + 1] as Token).span.start);
    if (!/[:：]/u.test(gap)) continue;
    // A clock's colon (`الساعة 20:45`) is no colon of speech.
    if (DIGITS.test((tokens[k] as Token).norm)) return false;
    const from = Math.max(0, k - SPEAKER_WORDS + 1);
    const says = tokens
      .slice(from, k + 1)
      .some((t) => SAYS.has(t.norm) || SAYS_BEFORE_COLON.has(t.norm) || SAYING.has(t.norm));
    if (!says) return false;
    return !QUOTE_MARK.test(input.slice((tokens[k] as Token).span.end, end));
  }
  return false;
}

/**
 * Whether `بين` at `tokens[at]` is the verb `بيّن` "showed" with its speaker unnamed: written with
 * its shadda, before a colon or `أنّ` with a pronoun (`وبين أنه …`), or before a bare `أن` with no
 * alternative after it (`وبين أن جلسة المجلس ستعقد …`; `وبين أن تبقى الحكومة أو ترحل …` is
 * "between staying and going").
 */
function showedThat(input: string, tokens: readonly Token[], at: number): boolean {
  const verb = tokens[at] as Token;
  const next = tokens[at + 1] as Token;
  if (/[:：]/u.test(input.slice(verb.span.end, next.span.start))) return true;
  // Written with its shadda, it can only be the verb.
  if (writtenWithShadda(input, verb)) return UNNAMED.has(next.norm);
  if (PRONOUN_THAT.has(next.norm)) return true;
  if (!THAT.has(next.norm)) return false;
  return !tokens.slice(at + 2, at + 2 + ALTERNATIVE_WITHIN).some((t) => ALTERNATIVE.has(t.norm));
}

/**
 * Whether a topic phrase opens at `at` and a colon ends it within MAX_TOPIC_WORDS words, with no
 * comma or full stop before (`عن منتخب مصر: …`). A speaker named after the topic (`وقال عن
 * المباراة المدرب سامي حسن: …`) is not told from the topic's words; news rarely writes so.
 */
function topicThenColon(input: string, tokens: readonly Token[], at: number): boolean {
  if (matchAt(tokens, at, TOPICS) === 0) return false;
  for (let k = at + 1; k <= at + MAX_TOPIC_WORDS && k < tokens.length; k++) {
    const [before, after] = [tokens[k - 1] as Token, tokens[k] as Token];
    const gap = input.slice(before.span.end, after.span.start);
    // A clock's colon (`الساعة 20:45`) is no colon of speech.
    if (/[:：]/u.test(gap)) return !(DIGITS.test(before.norm) && DIGITS.test(after.norm));
    if (/[،,.؛]/u.test(gap)) return false;
  }
  return false;
}

const DIGITS = /^\d+$/u;

/**
 * Where the words go on after a topic phrase that opens at `at` and ends with a comma within
 * MAX_TOPIC_WORDS words (`حول مدربه البرتغالي، …`); `at` itself when there is none.
 */
function afterTopic(input: string, tokens: readonly Token[], at: number): number {
  if (matchAt(tokens, at, TOPICS) === 0) return at;
  for (let k = at + 1; k <= at + MAX_TOPIC_WORDS && k < tokens.length; k++) {
    const gap = input.slice((tokens[k - 1] as Token).span.end, (tokens[k] as Token).span.start);
    if (/[،,]/u.test(gap)) return k;
  }
  return at;
}

/**
 * Whether the quotation that opens after the verb at `tokens[at]` closes within
 * `QUOTED_NAME_WORDS` words and more words follow it: then it is a name, the verb's subject.
 */
function quotedName(input: string, tokens: readonly Token[], at: number): boolean {
  const count = new QuoteCount();
  let from = (tokens[at] as Token).span.end;
  for (let k = at + 1; k <= at + QUOTED_NAME_WORDS && k + 1 < tokens.length; k++) {
    // Up to the word after word k: the marks between them close what is open, or not.
    const to = (tokens[k + 1] as Token).span.start;
    if (!count.feed(input, from, to).open()) return true;
    from = to;
  }
  return false;
}

/**
 * Whether the words from `first` all stand inside a quotation that opens at the sentence's start
 * `start` (`"‏الأشقاء … في اليمن."`, `«سنبدأ العمل …` that runs on): no word of it names who
 * speaks. A quotation that closes before the last word (`«نحن هنا» بهذه الكلمات بدأ …`) has its
 * frame in the sentence.
 */
export function quotedOnly(
  input: string,
  tokens: readonly Token[],
  first: number,
  start: number,
): boolean {
  const opening = tokens[first];
  const last = tokens[tokens.length - 1];
  if (!opening || !last || !OPENS_QUOTE.test(input.slice(start, opening.span.start))) return false;
  return quoteOpenAt(input, start, last.span.start);
}
