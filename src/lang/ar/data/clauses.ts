// Words that open a clause of their own after a clause mark, for the cut of a long sentence's
// trailing clauses (compression/trailing-clauses.ts). NORMALIZED form (see normalize.ts).

/**
 * Words that open a further clause after a clause mark (`، حيث …`, `، كما …`, `، وهو …`): what
 * follows adds to the clause before, which reads whole without it. Not a turn (`إلا أن`, `لكن`,
 * `غير أن`, `رغم`: the clause before would say the opposite of the sentence), nor `ثم`, which
 * joins a noun as often as a clause (`… لوحاتها، ثم بيعها في مزاد`).
 */
export const CLAUSE_OPENERS: readonly string[] = [
  "حيث",
  "اذ",
  "بينما",
  "فيما",
  "مما",
  "كما",
  "وهو",
  "وهي",
  "وهم",
  "لذلك",
  "لذا",
];

/**
 * Words that turn against the clause before (`لكن`, `إلا أن`, `غير أن`, `رغم`): no cut before
 * one, even at a semicolon, since the clause kept would say the opposite of the sentence.
 */
export const TURN_WORDS: readonly string[] = [
  "لكن",
  "لكنه",
  "لكنها",
  "ولكن",
  "ولكنه",
  "ولكنها",
  "الا",
  "غير",
  "بيد",
  "رغم",
  "برغم",
  "بالرغم",
  "وبالرغم",
  "ورغم",
];

/**
 * Words after a clitic `و` that open a clause (`، وقد …`, `، ولم …`, `، وكان …`, `، وذلك …`),
 * besides a past verb (the corpus's table of past verbs): not a preposition (`، ومع القوات
 * الجوية …` goes on with the clause before), nor a noun (`، وتوظيف الفراغ` is the next item of
 * a list).
 */
export const WAW_CLAUSE_WORDS: readonly string[] = [
  "قد",
  "لم",
  "لن",
  "كان",
  "كانت",
  "كانوا",
  "هذا",
  "هذه",
  "ذلك",
  "تلك",
  "يذكر",
  "يشار",
];

/**
 * Words that make the clauses after them part of a condition or a frame (`إذا …، فإن …`, `لو …`,
 * `في الوقت الذي …`): a sentence whose kept clauses hold one is not cut, since its main clause
 * may be among those cut.
 */
export const OPEN_FRAMES: readonly string[] = [
  "اذا",
  "لو",
  "لولا",
  "كلما",
  "طالما",
  "متي",
  "سواء",
  "الوقت الذي",
];
