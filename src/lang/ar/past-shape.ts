/**
 * Whether a normalized word after `قد` has the shape of a past verb: `قد` + past is "has done",
 * `قد` + present is "may do", so every present shape is refused. `ي` opens only present verbs;
 * `ت` and `ن` open present verbs and some past ones (`تمكن`, `نشر`), so those count only with a
 * past ending (`تمكنت`, `نشروا`) or as `تم`/`تمت` ("was done"); `ال` opens nouns (`فقد
 * الكولومبي …`: "the Colombian lost"); `لا` and other two-letter words are particles.
 */
export function pastShape(word: string): boolean {
  if (word === "تم" || word === "تمت") return true;
  if (word.length < 3 || /^(?:ي|ال)/u.test(word)) return false;
  return !/^[تن]/u.test(word) || (word.length >= 4 && /(?:ت|وا)$/u.test(word));
}

/**
 * Whether a word after `قد` is a past verb without the corpus's count behind it: `pastShape`, but
 * not a word that opens with `ا` (normalized `أ`: the first person's present, `قد أكون مخطئا`
 * "I may be wrong", has a Form IV past's shape), nor with `لا` (`قد لايحظى` "may not get"), nor a
 * `ت`- or `ن`-word ending in `ت` (`قد تثبت القمة` "may prove", `قد تلتفت` "may turn"): the corpus
 * table lists the past verbs of those shapes that news uses (`أعلنت`, `نشرت`, `تمكنت`).
 */
export function surelyPast(word: string): boolean {
  if (!pastShape(word) || /^(?:ا|لا)/u.test(word)) return false;
  return !/^[تن].*ت$/u.test(word);
}
