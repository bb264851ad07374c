// Words that multiply the number before them (`50 ألف`, `1,4 مليار`), normalized (أإآ→ا, ى→ي,
// ة→ه): the quantity is the number, this word and the word that it counts (`50 ألف فرنك`).

export const MULTIPLIER_WORDS: ReadonlySet<string> = new Set([
  "الف",
  "الفا",
  "الفين",
  "الاف",
  "مليون",
  "مليونا",
  "مليونين",
  "ملايين",
  "مليار",
  "مليارا",
  "مليارين",
  "مليارات",
  "تريليون",
  "ترليون",
  "تريليونات",
]);

// Month names, normalized: a number before one is a day of a date (`13 سبتمبر`, `11 أيار`), and
// two sentences on one date need not tell one fact. Gregorian months as Egypt and the Gulf write
// them, the Levant's and Iraq's, the Maghreb's, and the Hijri months.
export const MONTH_WORDS: ReadonlySet<string> = new Set([
  "يناير",
  "فبراير",
  "مارس",
  "ابريل",
  "مايو",
  "يونيو",
  "يونيه",
  "يوليو",
  "يوليه",
  "اغسطس",
  "سبتمبر",
  "اكتوبر",
  "نوفمبر",
  "ديسمبر",
  "كانون",
  "شباط",
  "اذار",
  "نيسان",
  "ايار",
  "حزيران",
  "تموز",
  "اب",
  "ايلول",
  "تشرين",
  "جانفي",
  "فيفري",
  "افريل",
  "ماي",
  "جوان",
  "جويليه",
  "اوت",
  "محرم",
  "صفر",
  "ربيع",
  "جمادي",
  "رجب",
  "شعبان",
  "رمضان",
  "شوال",
  "ذو",
  "ذي",
]);

// Days of the week, normalized, with the article as news writes them (`الخميس`, `يوم الجمعة`):
// with MONTH_WORDS and digits, how a sentence tells its own date.
export const WEEKDAY_WORDS: ReadonlySet<string> = new Set([
  "السبت",
  "الاحد",
  "الاثنين",
  "الثلاثاء",
  "الاربعاء",
  "الخميس",
  "الجمعه",
]);

// Numbers written as words, normalized, by value: a quantity in words is the same quantity in
// digits (`ثلاثين جنديا` and `30 جنديا`, `عشرون شخصا` and `20 شخصا`). Units from three (one and
// two are the noun's dual), the tens, and the hundreds; `عشر` alone is left out, as it is the
// second word of the teens (`خمسة عشر`, TEEN_WORDS). A unit, `و` and a ten make one number
// (`خمسة وسبعين`).
const UNITS: readonly [number, readonly string[]][] = [
  [3, ["ثلاث", "ثلاثه"]],
  [4, ["اربع", "اربعه"]],
  [5, ["خمس", "خمسه"]],
  [6, ["ست", "سته"]],
  [7, ["سبع", "سبعه"]],
  [8, ["ثماني", "ثمانيه", "ثمان"]],
  [9, ["تسع", "تسعه"]],
];
const TENS: readonly [number, readonly string[]][] = [
  [20, ["عشرون", "عشرين"]],
  [30, ["ثلاثون", "ثلاثين"]],
  [40, ["اربعون", "اربعين"]],
  [50, ["خمسون", "خمسين"]],
  [60, ["ستون", "ستين"]],
  [70, ["سبعون", "سبعين"]],
  [80, ["ثمانون", "ثمانين"]],
  [90, ["تسعون", "تسعين"]],
];
const HUNDREDS: readonly [number, readonly string[]][] = [
  [10, ["عشره"]],
  [100, ["مئه", "مائه"]],
  [200, ["مئتين", "مئتان", "مائتين", "مائتان", "مئتا", "مائتا"]],
];

function byWord(table: readonly [number, readonly string[]][]): ReadonlyMap<string, number> {
  return new Map(table.flatMap(([value, words]) => words.map((word) => [word, value] as const)));
}

/** Units written as words (`ثلاثة` → 3), normalized. */
export const UNIT_WORDS: ReadonlyMap<string, number> = byWord(UNITS);

/** The second word of the teens after a unit (`خمسة عشر` → 15), normalized. */
export const TEEN_WORDS: ReadonlySet<string> = new Set(["عشر", "عشره"]);

/** Tens written as words (`ثلاثين` → 30), normalized; also after a unit and `و` (`وسبعين`). */
export const TEN_WORDS: ReadonlyMap<string, number> = byWord(TENS);

/** Every number word, by value: units, ten (`عشرة`), tens and hundreds. */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ...UNIT_WORDS,
  ...TEN_WORDS,
  ...byWord(HUNDREDS),
]);
