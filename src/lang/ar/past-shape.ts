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
 * Whether a word after `قد` is a past verb without the corpus's count behind it: `pastShape`,
 * but a word of four letters that opens with `ت` or `ن` and ends with `ت` is left out, since a
 * present verb of a root that ends in `ت` has that shape (`قد تثبت القمة …` "the summit may
 * prove"), as a past verb of four letters rarely does but `نشرت`, which the table lists.
 */
export function surelyPast(word: string): boolean {
  if (!pastShape(word)) return false;
  return !(word.length === 4 && /^[تن].*ت$/u.test(word));
}
