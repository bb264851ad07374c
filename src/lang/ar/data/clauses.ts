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
  "الا",
  "غير",
  "بيد",
  "رغم",
  "برغم",
  "بالرغم",
  "انما",
];

/**
 * Words with the shape of a past verb that open no clause after `و` or `ف`: prepositions and
 * nouns that are also verbs (`قبل` "before"/"accepted", `غير` "other"/"changed", `ضمن`, `مثل`,
 * `بعد`): `، وقبل أن …`, `، فقبل أيام …`, `، وغير ذلك` go on with the clause before.
 */
export const NOT_A_VERB_AFTER_WAW: readonly string[] = ["قبل", "غير", "ضمن", "مثل", "بعد"];

/**
 * Words after `وهو`, `وهي`, `وهم` that make it a clause of its own (`، وهو ما …`, `، وهو الأمر
 * الذي …`) even when a clause mark follows within a few words; otherwise a few words up to the
 * next mark are an apposition (`، وهم كارفخال وناتشو …،` names the subject the predicate after
 * it needs).
 */
export const CLAUSE_AFTER_PRONOUN: readonly string[] = [
  "ما",
  "الذي",
  "التي",
  "الذين",
  "الامر",
  "امر",
];

/** Most words up to the next clause mark after `وهو`, `وهي`, `وهم` that are an apposition. */
export const MAX_APPOSITION_WORDS = 8;

/**
 * Words after `كما` that make it "as" (`، كما حدث في …`, `، كما هو الحال …`), not "also": no
 * clause of its own.
 */
export const KAMA_AS: readonly string[] = ["حدث", "حصل", "جري", "هو", "هي", "كان", "كانت", "في"];

/**
 * Openings of a sentence that only says where or when what follows was said (`جاء ذلك في مقابلة
 * …، حيث قال: …`): its leading clauses hold no news, which the cut clauses carry.
 */
export const SOURCE_ONLY_OPENINGS: readonly string[] = [
  "جاء ذلك",
  "جاء هذا",
  "جاءت هذه",
  "ياتي ذلك",
  "ياتي هذا",
  "تاتي هذه",
];

/** Prepositions after a SOURCE_ONLY_OPENINGS phrase (`جاء ذلك في …`, `جاء ذلك خلال …`). */
export const SOURCE_ONLY_PREPOSITIONS: readonly string[] = ["في", "خلال", "عبر", "علي", "ضمن"];

/**
 * Verbs of saying that need what was said after them (normalized): kept without an `أن`, a colon
 * or a quotation, they leave a bullet that says someone spoke (`قالت في تغريدة على صفحتها …`).
 */
export const SAID_VERBS: readonly string[] = ["قال", "قالت", "يقول", "تقول", "قالوا"];

/** What follows a verb of saying and gives what was said (normalized). */
export const SAID_COMPLEMENTS: readonly string[] = [
  "ان",
  "انه",
  "انها",
  "انهم",
  "انني",
  "اننا",
  "اني",
];

/**
 * Words after a clitic `و` that open a clause (`، وقد …`, `، ولم …`, `، وكان …`, `، وذلك …`),
 * besides a past verb (the corpus's table of past verbs): not a preposition (`، ومع القوات
 * الجوية …` goes on with the clause before), nor a noun (`، وتوظيف الفراغ` is the next item of
 * a list), nor `وهذا`, which in a column often opens the writer's point (`، وهذا ما لا ينطبق
 * …`, `، وهذا يؤكد …`).
 */
export const WAW_CLAUSE_WORDS: readonly string[] = [
  "قد",
  "لم",
  "لن",
  "كان",
  "كانت",
  "كانوا",
  "هذه",
  "ذلك",
  "تلك",
  "يذكر",
  "يشار",
];

/**
 * Words that make the clauses after them part of a condition, a frame or a concession (`إذا …،
 * فإن …`, `لو …`, `في الوقت الذي …`, `رغم …`, `وإن كان …`): a sentence whose kept clauses hold one
 * is not cut, since its main clause may be among those cut.
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
  "رغم",
  "برغم",
  "بالرغم",
  "علي الرغم",
  "ان كان",
];
