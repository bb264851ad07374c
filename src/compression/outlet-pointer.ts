import {
  DEFINITE_OUTLET_PREFIX,
  OUTLET_NOUN_PREFIX,
  OUTLET_NOUNS,
} from "../lang/ar/data/compression.js";
import type { Token } from "../text/types.js";

const OUTLETS: ReadonlySet<string> = new Set(OUTLET_NOUNS);

/**
 * The outlet nouns (`صحيفه`, `وكاله`) that the words of a cut attribution tail name a source by
 * (`، بحسب ما أفادت صحيفة "وول ستريت جورنال"` → `صحيفه`).
 */
export function outletNouns(tail: readonly Token[]): Set<string> {
  const nouns = new Set<string>();
  for (const word of tail) {
    // Whole first: the `ب` of a word may be its root's (no outlet noun starts so, but stay safe).
    const bare = word.norm.replace(OUTLET_NOUN_PREFIX, "");
    if (OUTLETS.has(word.norm)) nouns.add(word.norm);
    else if (OUTLETS.has(bare)) nouns.add(bare);
  }
  return nouns;
}

/**
 * Whether `words` point back at an outlet by one of `nouns` with the article (`ونقلت الصحيفة عن
 * …`, `قالت الوكالة إن …`, `…، حسب ما نشرت الصحيفة`): a reader who never saw the outlet's name
 * is told what "the paper" said.
 */
export function pointsAtOutlet(words: readonly Token[], nouns: ReadonlySet<string>): boolean {
  if (nouns.size === 0) return false;
  // A highlight that names an outlet of that kind itself (`ونقلت صحيفة "الغارديان" …، وأضافت
  // الصحيفة`) points at that one. Not `موقع`, which is also "the site of" (`موقع الحادث`).
  const names = words.some((word) => {
    if (DEFINITE_OUTLET_PREFIX.test(word.norm)) return false;
    const bare = word.norm.replace(OUTLET_NOUN_PREFIX, "");
    return bare !== "موقع" && (nouns.has(word.norm) || nouns.has(bare));
  });
  if (names) return false;
  return words.some((word, k) => {
    const prefix = DEFINITE_OUTLET_PREFIX.exec(word.norm);
    if (prefix === null || !nouns.has(word.norm.slice(prefix[0].length))) return false;
    // As a source: told the outlet (`للصحيفة`), after a verb of reporting or a `حسب`
    // (`نقلت الصحيفة`, `بحسب الوكالة`, `تقرير الوكالة`), or before one (`الصحيفة نقلت`); not the
    // place, the canal, the grid or the agreement signed (`الموقع`, `القناة`, `الشبكة`).
    if (prefix[0].endsWith("لل")) return true;
    return SOURCE_BEFORE.has(words[k - 1]?.norm ?? "") || REPORTS.has(words[k + 1]?.norm ?? "");
  });
}

const REPORT_VERBS = [
  "نقل",
  "قال",
  "ذكر",
  "اشار",
  "اضاف",
  "اعلن",
  "اورد",
  "نشر",
  "افاد",
  "كشف",
  "اكد",
  "اوضح",
  "تابع",
  "نسب",
  "بث",
  "لفت",
  "زعم",
  "رجح",
  "توقع",
];
const PRESENT = [
  "تقول",
  "يقول",
  "تضيف",
  "يضيف",
  "تشير",
  "يشير",
  "تورد",
  "يورد",
  "تنقل",
  "ينقل",
  "تؤكد",
  "يؤكد",
];
/** Verbs of reporting (past, both genders; present), bare or after `و`/`ف`. */
const REPORTS: ReadonlySet<string> = new Set(
  [...REPORT_VERBS.flatMap((v) => [v, `${v}ت`, `${v}ه`, `${v}ته`, `${v}تها`]), ...PRESENT].flatMap(
    (v) => [v, `و${v}`, `ف${v}`],
  ),
);
/** What may stand before an outlet named as a source: a verb of reporting, `حسب`, `تقرير`. */
const SOURCE_BEFORE: ReadonlySet<string> = new Set([
  ...REPORTS,
  "حسب",
  "بحسب",
  "وحسب",
  "حسبما",
  "بحسبما",
  "وفق",
  "وفقا",
  "طبقا",
  "عن",
  "تقرير",
  "لتقرير",
  "موقع",
]);
