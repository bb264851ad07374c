/**
 * Affix tables for the light stemmer, in NORMALIZED spelling (ة→ه, ى→ي, أإآ→ا).
 * Each entry: the affix and the minimum length of what must remain after removing it.
 * Order matters: the first entry that applies wins, so longer affixes come first.
 */

/** An affix and the shortest stem it may leave. */
export interface Affix {
  readonly text: string;
  readonly minRest: number;
}

/** Definite article, alone or after و ف ب ك ل: removed first. */
export const ARTICLE_PREFIXES: readonly Affix[] = [
  { text: "وبال", minRest: 2 },
  { text: "وكال", minRest: 2 },
  { text: "فبال", minRest: 2 },
  { text: "وال", minRest: 2 },
  { text: "فال", minRest: 2 },
  { text: "بال", minRest: 2 },
  { text: "كال", minRest: 2 },
  { text: "ولل", minRest: 2 },
  { text: "فلل", minRest: 2 },
  { text: "لل", minRest: 2 },
  { text: "ال", minRest: 2 },
];

/** Conjunctions, removed when no article was (and the word is not protected). */
export const CONJUNCTION_PREFIXES: readonly Affix[] = [
  { text: "و", minRest: 3 },
  { text: "ف", minRest: 3 },
];

/** Attached pronouns (ه also covers the normalized teh marbuta). */
export const PRONOUN_SUFFIXES: readonly Affix[] = [
  { text: "هما", minRest: 3 },
  { text: "كما", minRest: 3 },
  { text: "هم", minRest: 3 },
  { text: "هن", minRest: 3 },
  { text: "كم", minRest: 4 },
  { text: "كن", minRest: 4 },
  { text: "ها", minRest: 3 },
  { text: "نا", minRest: 3 },
  { text: "ه", minRest: 3 },
];

/** Sound plurals, duals and the plural verb ending. `ان` keeps four letters (لبنان، ميزان). */
export const PLURAL_SUFFIXES: readonly Affix[] = [
  { text: "ات", minRest: 3 },
  { text: "ون", minRest: 3 },
  { text: "ين", minRest: 3 },
  { text: "ان", minRest: 4 },
  { text: "وا", minRest: 3 },
];

/** Nisba (relative adjective) ي and the accusative tanwin alef. */
export const ADJECTIVE_SUFFIXES: readonly Affix[] = [
  { text: "ي", minRest: 3 },
  { text: "ا", minRest: 3 },
];

/** After a pronoun is removed, a final ت is the teh marbuta (سيارتها → سياره). */
export const FEMININE_T = "ت";
/** Shortest stem from which the feminine ت is dropped. */
export const FEMININE_T_MIN = 4;

/**
 * Words whose first و or ف is part of the word, not a conjunction (written in ordinary
 * spelling; the stemmer protects the suffix-stripped form of each, so وزيره is covered).
 */
export const CONJUNCTION_PROTECTED: readonly string[] = [
  "وزير",
  "وزيرة",
  "وزارة",
  "وزراء",
  "وقت",
  "أوقات",
  "وقف",
  "وضع",
  "أوضاع",
  "وطن",
  "وطني",
  "وفد",
  "وفود",
  "وفاة",
  "وصل",
  "وصول",
  "واحد",
  "واحدة",
  "وقع",
  "واقع",
  "وجه",
  "وجود",
  "ولاية",
  "ولايات",
  "وكالة",
  "وكالات",
  "وكيل",
  "ولد",
  "أولاد",
  "والد",
  "والدة",
  "والدين",
  "ورقة",
  "وسط",
  "وسائل",
  "وسيلة",
  "وثيقة",
  "وثائق",
  "وظيفة",
  "وظائف",
  "وعد",
  "وقود",
  "ورد",
  "واشنطن",
  "واضح",
  "وحدة",
  "وحدات",
  "وحيد",
  "وداع",
  "وراثة",
  "وزن",
  "وسام",
  "وصف",
  "وصية",
  "وعي",
  "وفق",
  "وفاق",
  "وقاية",
  "وكر",
  "ولاء",
  "وادي",
  "ورشة",
  "وباء",
  "وحش",
  "ودي",
  "فريق",
  "فرق",
  "فرنسا",
  "فرنسي",
  "فلسطين",
  "فلسطيني",
  "فيلم",
  "أفلام",
  "فكرة",
  "أفكار",
  "فترة",
  "فقط",
  "فوق",
  "فصل",
  "فعل",
  "فرص",
  "فرصة",
  "فيروس",
  "فئة",
  "فقر",
  "فوز",
  "فاز",
  "فني",
  "فن",
  "فنون",
  "فندق",
  "فنان",
  "فنانة",
  "فرد",
  "أفراد",
  "فرع",
  "فروع",
  "فساد",
  "فضاء",
  "فضل",
  "فكر",
  "فلاح",
  "فنزويلا",
  "فيتنام",
  "فنلندا",
  "فيفا",
  "فيسبوك",
  "فيديو",
  "فائدة",
  "فائز",
  "فاعل",
  "فعالية",
  "فقه",
  "فحص",
  "فيضان",
  "فتاة",
  "فتيات",
  "فرح",
  "فصيل",
  "فصائل",
  "فريضة",
  "فلوس",
  "فول",
  "فراغ",
  "فرض",
  "فروض",
];

/** Whole words with an irregular stem (normalized spelling → stem). */
export const STEM_EXCEPTIONS: ReadonlyMap<string, string> = new Map([
  ["الله", "الله"],
  ["لله", "الله"],
  ["والله", "الله"],
  ["بالله", "الله"],
  ["الاف", "الف"],
  ["المانيا", "المان"],
  ["الماني", "المان"],
  ["المانيه", "المان"],
]);
