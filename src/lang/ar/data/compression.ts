// Phrases the compression rules look for, in NORMALIZED form (see normalize.ts: no harakat,
// أإآ→ا, ى→ي, ة→ه). Each entry is a sequence of words.

import { RELATIVE_PRONOUNS } from "./boilerplate.js";

/**
 * Connectives that open a sentence and tie it to the previous one; a bullet stands alone. Those
 * that end in a demonstrative (`بعد ذلك`, `رغم ذلك`) are connectives only when no noun follows
 * it (`بعد ذلك الاجتماع` is a phrase; see `opening.ts`).
 */
export const LEADING_CONNECTIVES: readonly string[] = [
  "كما",
  "كما ان",
  "في حين",
  "من جهته",
  "من جهتها",
  "من جهتهم",
  "من جانبه",
  "من جانبها",
  "من جانبهم",
  "بدوره",
  "بدورها",
  "بدورهم",
  "في المقابل",
  "بالمقابل",
  "في غضون ذلك",
  "الي ذلك",
  "في هذا السياق",
  "في سياق متصل",
  "في سياق اخر",
  "من ناحيه اخري",
  "من جهه اخري",
  "من جانب اخر",
  "من جهه ثانيه",
  "من ناحيه ثانيه",
  "علي صعيد اخر",
  "علي صعيد متصل",
  "في السياق",
  "في السياق ذاته",
  "في السياق نفسه",
  "في نفس السياق",
  "في ذات السياق",
  "في هذا الاطار",
  "في الاطار ذاته",
  "في الوقت ذاته",
  "في نفس الوقت",
  "في ذات الوقت",
  "علي اي حال",
  "من ناحيته",
  "من ناحيتها",
  "علاوه علي ذلك",
  "اضافه الي ذلك",
  "بالاضافه الي ذلك",
  "فضلا عن ذلك",
  "فضلا عن هذا",
  "علاوه علي هذا",
  "اضافه الي هذا",
  "بالاضافه الي هذا",
  "الي جانب ذلك",
  "الي جانب هذا",
  "بالطبع",
  "في الوقت نفسه",
  "في الاثناء",
  "وفي الاثناء",
  "هذا",
  "ايضا",
  "كذلك",
  "لكن",
  "الا ان",
  "فيما",
  "ثم",
  "غير ان",
  "بيد ان",
  "في التفاصيل",
  "بعد ذلك",
  "عقب ذلك",
  "اثر ذلك",
  "علي اثر ذلك",
  "قبل ذلك",
  "رغم ذلك",
  "مع ذلك",
  "علي الرغم من ذلك",
  "بالرغم من ذلك",
  "لذا",
  "ولذا",
  "لذلك",
  "ولذلك",
  "لهذا السبب",
  "ولهذا السبب",
  "من هنا",
  "علي النقيض",
  "علي النقيض من ذلك",
  "علي العكس",
  "علي العكس من ذلك",
  "علي ضوء ذلك",
  "علي ضوء هذا",
  "في ضوء ذلك",
  "في ضوء هذا",
  "بالتالي",
  "عليه",
];

/**
 * A column's section label that the writers run into the section's first sentence (`… للعالمية.
 * كلمة أخيرة للمرة السادسة تشارك …`, the closing thought of a sports column): it goes from a
 * bullet's start, with a colon after it. All 45 sentences of the unlabeled corpus that open on it
 * are such a section.
 */
export const SECTION_LABELS: readonly string[] = ["كلمه اخيره"];

/**
 * Ordinals that number the items of a list (`خامسا: انخفض الدعم …`, `أولاً- المخاوف …`): they
 * go from a bullet's start when a colon, a dash or a comma follows them.
 */
export const LIST_ORDINALS: readonly string[] = [
  "اولا",
  "ثانيا",
  "ثالثا",
  "رابعا",
  "خامسا",
  "سادسا",
  "سابعا",
  "ثامنا",
  "تاسعا",
  "عاشرا",
];

/**
 * Connectives that go only when a clause mark or a clitic و follows (`هذا، وقد …`): `هذا أول …`
 * is a subject, `عليه أن يدفع` ("he must pay") is no "accordingly", `في التفاصيل التي …` ("in the details that …") and `في السياق الإقليمي …` open a
 * noun phrase, `في نفس الوقت الذي …` a clause that needs its frame, and `على العكس تماما` or
 * `على النقيض من الحكومة` compare with what follows.
 */
export const CONNECTIVES_BEFORE_A_JOIN: readonly string[] = [
  "هذا",
  "عليه",
  "في التفاصيل",
  "في السياق",
  "في هذا الاطار",
  "في الوقت ذاته",
  "في نفس الوقت",
  "في ذات الوقت",
  "علي اي حال",
  "علي العكس",
  "علي النقيض",
];

/**
 * One-word connectives (normalized, without a clitic `و`) that are not cut as the second of two
 * (`لكن هذا، بحسب …`, `كما أن لذلك تداعيات …`, `لكن كما قال …`, `لكن كذلك فعلت …`): right after
 * another connective they are as often a pronoun, a preposition's object or "as".
 */
export const NOT_A_SECOND_CONNECTIVE: readonly string[] = [
  "هذا",
  "عليه",
  "كما",
  "كذلك",
  "لذلك",
  "لذا",
  "ثم",
];

/**
 * Connectives that open a subordinate clause (`في حين …، فإن …` "while …, …"): they stay when
 * another clause follows, since dropping them would turn the subordinate clause into the main one.
 * `بينما` is one of them only here, not among the leading connectives that the features read: a
 * sentence that opens `بينما …، …` ("while …, …") is a lede of its own, and it goes only from
 * `بينما حل مطعم إسباني ثانيا.` ("while a Spanish restaurant came second"), a clause cut off from
 * the sentence before.
 */
export const SUBORDINATING_CONNECTIVES: readonly string[] = ["في حين", "فيما", "بينما"];

/**
 * Words after which a past verb opens no main clause of its own (`الحريق الذي شب`, `بأنه نفذ`):
 * a relative pronoun, `ما`, `من`, or `أن` with a pronoun and with `ب` or `ل` before it.
 */
export const BEFORE_A_SUBORDINATE_VERB: readonly string[] = [
  ...RELATIVE_PRONOUNS,
  "ما",
  "من",
  ...["ان", "انه", "انها", "انهم", "انهن"].flatMap((that) => [that, `ب${that}`, `ل${that}`]),
];

/** Words that open the main clause after a subordinate one (`فإن`). */
export const MAIN_CLAUSE_OPENERS: readonly string[] = ["فان", "فانه", "فانها", "فانهم"];

/** How long after or before (`بعد ذلك بيومين`, `قبل ذلك بثلاثة أيام`), normalized. */
const AFTER_THAT_BY: readonly string[] = [
  "بقليل",
  "بفتره",
  "بدقائق",
  "بساعه",
  "بساعتين",
  "بساعات",
  "بيوم",
  "بيومين",
  "بايام",
  "باسبوع",
  "باسبوعين",
  "باسابيع",
  "بشهر",
  "بشهرين",
  "باشهر",
  "بعام",
  "بعامين",
  "باعوام",
  "بسنه",
  "بسنتين",
  "بسنوات",
  "بثلاثه",
  "باربعه",
  "بخمسه",
  "بسته",
  "بسبعه",
  "بثمانيه",
  "بتسعه",
  "بعشره",
  "بعده",
];

/**
 * Words (normalized) after which `من هنا` is "from here", not "hence": a verb of coming, starting
 * or passing, and `إلى`, `حتى`, `من` or `وهناك` of a span.
 */
const FROM_HERE_BEFORE: readonly string[] = [
  "وهناك",
  "الي",
  "حتي",
  "من",
  "ياتي",
  "تاتي",
  "جاء",
  "جاءت",
  "يبدا",
  "تبدا",
  "بدا",
  "بدات",
  "ينطلق",
  "تنطلق",
  "انطلق",
  "انطلقت",
  "يمر",
  "تمر",
  "مر",
  "مرت",
  "يخرج",
  "تخرج",
  "خرج",
  "خرجت",
];

/**
 * Words after which a connective is not one: comparative `كما هي عادتها` ("as is her habit") and
 * `كذلك الأمر …` ("so it is with …"), `كما أنه` (its `أن` would open the bullet), `فيما يخص`
 * ("as for"), and the `فقد` that opens the main clause after `رغم ذلك` (the bullet would open on
 * it).
 */
export const NOT_A_CONNECTIVE_BEFORE: Readonly<Record<string, readonly string[]>> = {
  كما: ["هو", "هي", "هم", "في", "لو", "انه", "انها", "انهم", "انني", "اننا"],
  كذلك: ["هو", "هي", "هم", "الامر", "الحال", "الشان", "فان", "فانه", "فانها"],
  فيما: ["يخص", "يتعلق", "يلي", "بعد", "بين", "بينها", "بينهم"],
  "في التفاصيل": ["انه", "انها", "ان"],
  "رغم ذلك": ["فقد"],
  "مع ذلك": ["فقد"],
  "علي الرغم من ذلك": ["فقد"],
  "بالرغم من ذلك": ["فقد"],
  // `من هنا تبدأ الحكاية`, `من هنا مر الجيش`: "from here" is where a verb of coming or going
  // comes from, and `من هنا إلى نهاية العام`, `من هنا وهناك` a span.
  "من هنا": FROM_HERE_BEFORE,
  "علي العكس من ذلك": ["تماما"],
  "علي النقيض من ذلك": ["تماما"],
  "في ضوء ذلك": ["كله"],
  "علي ضوء ذلك": ["كله"],
  // `وقبل ذلك بثلاثة أيام أعلن …`, `بعد ذلك بقليل`: the span of time goes with the demonstrative,
  // and so does `كله` (`بعد ذلك كله، …` "after all that")
  "بعد ذلك": [...AFTER_THAT_BY, "كله"],
  "قبل ذلك": [...AFTER_THAT_BY, "كله"],
};

/**
 * Words a bullet never opens on once a connective before them is cut: they go on from something
 * before (`كذلك مما يجعل … هو …` would open on `مما`, read as "which makes …"; `حيث`, `إذ`, a
 * relative pronoun).
 */
export const NO_BULLET_OPENING: readonly string[] = ["مما", "حيث", "اذ", ...RELATIVE_PRONOUNS];

/** Nouns of a body (normalized) that its name follows: `مؤسسة`, `منظمة`, `شركة`, `حزب`. */
const BODY_NOUNS: readonly string[] = ["مؤسسه", "منظمه", "جمعيه", "شركه", "حركه", "حزب"];

/** Words that name a work or an event the bracket after them gives the title of (`فيلم (…)`). */
export const TITLE_NOUNS: readonly string[] = [
  "فيلم",
  "فيلمه",
  "فيلمها",
  "افلام",
  "كتاب",
  "كتابه",
  "روايه",
  "مسلسل",
  "اغنيه",
  "البوم",
  "برنامج",
  "مسرحيه",
  "عنوان",
  "بعنوان",
  "صحيفه",
  "مجله",
  "قناه",
  "اذاعه",
  "موقع",
  "تطبيق",
  "عمليه",
  "حمله",
  "لعبه",
  "قصيده",
  "ديوان",
  // nouns a name or a model follows: `اسمه (Be a firefighter)`, `لمؤسسة (بروآكتيفا أوبن آرمز)`,
  // `طائرات (إف-35)`, `تحديث (آي.أو.إس 12)`
  "اسم",
  "اسمه",
  "اسمها",
  ...BODY_NOUNS,
  "طائره",
  "طائرات",
  "منظومه",
  "صاروخ",
  "صواريخ",
  "تحديث",
  "هاتف",
  "جهاز",
  // words that name what follows: `موقعا إلكترونيا يسمى (…)`, `الملقب (…)`; not `المعروف`,
  // also "well-known" (`الممثل المعروف (52 عاما)`)
  "يسمي",
  "تسمي",
  "سمي",
  "سميت",
  "مسمي",
  "مسماه",
  "يدعي",
  "تدعي",
  "ملقب",
  "ملقبه",
];

/**
 * First words (normalized) of a bracket that is the proper name of a programme, a plan or a body
 * with its year (`اعتمد المجلس (برنامج تطوير القطاع المالي 2020)، أحد برامج تحقيق (رؤية المملكة
 * 2030)`): the sentence's own words, often its object, not an explanation. With or without the
 * article. Without a year such a bracket most often explains a name (`حماس (حركة المقاومة
 * الإسلامية)`), and goes.
 */
export const NAME_OPENINGS: readonly string[] = [
  "برنامج",
  "مشروع",
  "مبادره",
  "خطه",
  "رؤيه",
  "استراتيجيه",
  ...BODY_NOUNS,
  "صندوق",
  "هيئه",
  "مجلس",
  "جامعه",
  "تحالف",
  "اتحاد",
];

/**
 * Words (normalized) that a count in brackets may follow (`(من أصل 21 محافظة)`, `(نحو 30 قتيلا)`,
 * `(أكثر من 50 شخصا)`). A number after another word names something (`(رقم 105 للطوارئ)`,
 * `(عمارة 12 شارع النيل)`, `(القرار 2254 لمجلس الأمن)`, `(المصنفة 2 عالميا)`), and such a bracket
 * is an aside.
 */
export const COUNT_LEAD_WORDS: readonly string[] = [
  "من",
  "اصل",
  "نحو",
  "حوالي",
  "قرابه",
  "اكثر",
  "اقل",
  "مقابل",
  "بواقع",
  "بمعدل",
  "بين",
];

/**
 * Nouns (normalized) before a range of numbers in brackets that make it a reference, not a score
 * (`(انظر الصفحات 12-14)`, `(المادة 5-7)`).
 */
export const REFERENCE_NOUNS: readonly string[] = [
  "الصفحات",
  "صفحات",
  "الصفحه",
  "صفحه",
  "ص",
  "الايات",
  "الايه",
  "ايات",
  "المواد",
  "الماده",
  "الفقرات",
  "البنود",
  "الفصول",
  "الحلقات",
  "الاعداد",
];

/**
 * Plurals (normalized, without `ال` or a preposition) of what a list of names in brackets names,
 * when a number counts them (`4 دول عربية (الإمارات، السعودية، البحرين ومصر)`, `الدول الأربع
 * (…)`): countries, towns, companies, teams, parties, factions, sides.
 */
export const PLURAL_HEADS: readonly string[] = [
  "دول",
  "بلدان",
  "عواصم",
  "مدن",
  "بلدات",
  "قري",
  "محافظات",
  "ولايات",
  "شركات",
  "بنوك",
  "فرق",
  "اندية",
  "منتخبات",
  "احزاب",
  "فصائل",
  "منظمات",
  "جماعات",
  "اطراف",
  "لاعبين",
];

/**
 * Duals (normalized, without `ال` or a preposition), which count by themselves (`فريقين من إسبانيا
 * (ريال مدريد وبرشلونة)`, `الطرفان (رونالدو والضحية المزعومة)`).
 */
export const DUAL_HEADS: readonly string[] = [
  "دولتين",
  "دولتان",
  "بلدين",
  "مدينتين",
  "شركتين",
  "شركتان",
  "فريقين",
  "فريقان",
  "ناديين",
  "ناديان",
  "منتخبين",
  "حزبين",
  "طرفين",
  "طرفان",
  "لاعبان",
];

/**
 * First words (normalized) of a bracket that explains rather than names (`(أي الصغيرة
 * والمتوسطة)`, `(وهي دول الاتحاد وشركاؤه)`).
 */
export const GLOSS_OPENINGS: readonly string[] = ["اي", "يعني", "وهي", "وهو", "وهم"];

/**
 * Words (normalized) of time and age after a number (`52 عاما`, `3 أسابيع`, `10 صباحا`): a span or
 * a time, not a count of what the sentence is about.
 */
export const TIME_WORDS: readonly string[] = [
  "عام",
  "عاما",
  "عامين",
  "اعوام",
  "سنه",
  "سنوات",
  "سنين",
  "سنتين",
  "شهر",
  "شهرا",
  "شهرين",
  "اشهر",
  "شهور",
  "اسبوع",
  "اسبوعا",
  "اسبوعين",
  "اسابيع",
  "يوم",
  "يوما",
  "يومين",
  "ايام",
  "ليله",
  "ليال",
  "ليلتين",
  "ساعه",
  "ساعات",
  "ساعتين",
  "دقيقه",
  "دقائق",
  "دقيقتين",
  "ثانيه",
  "ثوان",
  "ثواني",
  "قرن",
  "قرنا",
  "قرون",
  "عقد",
  "عقود",
  "صباحا",
  "مساء",
  "ظهرا",
  "ليلا",
  "فجرا",
  "غرينتش",
  "جرينتش",
  "غرينيتش",
  "جرينيتش",
  "بتوقيت",
  "توقيت",
  "ميلادي",
  "ميلاديه",
  "هجري",
  "هجريه",
];

/**
 * Words (normalized) after a number in brackets that make the bracket an aside: an age, a span or
 * a time (TIME_WORDS: `(52 عاما)`), money (`(3.3 مليار دولار)`, mostly a conversion), a measure
 * (`(98 كغ)`, `(4760 فدانا)`, `(45 درجة)`), and a town's people (`(2 مليون نسمة)`). After any
 * other word the number counts what the sentence is about (`فارق النقاط (20 نقطة)`, `(47
 * مقعدا)`, `(17 الف شخص)`): the figure is the news, and the bracket stays.
 */
export const ASIDE_UNIT_WORDS: readonly string[] = [
  ...TIME_WORDS,
  "نسمه",
  // money
  "دولار",
  "دولارا",
  "دولارات",
  "يورو",
  "جنيه",
  "جنيها",
  "جنيهات",
  "استرليني",
  "ريال",
  "ريالا",
  "ريالات",
  "درهم",
  "درهما",
  "دراهم",
  "دينار",
  "دينارا",
  "دنانير",
  "ليره",
  "ليرات",
  "روبل",
  "روبلا",
  "روبيه",
  "ين",
  "يوان",
  "فرنك",
  "فرنكا",
  "شيكل",
  "شيكلا",
  "شواكل",
  "كرونه",
  "كرونات",
  "بيزو",
  // size and distance
  "كغ",
  "كلغ",
  "كجم",
  "كيلو",
  "كيلوغرام",
  "كيلوغراما",
  "كيلوجرام",
  "كيلوجراما",
  "غرام",
  "غراما",
  "جرام",
  "جراما",
  "طن",
  "طنا",
  "اطنان",
  "سم",
  "سنتيمتر",
  "سنتيمترا",
  "مم",
  "ملم",
  "متر",
  "مترا",
  "امتار",
  "كم",
  "كلم",
  "كيلومتر",
  "كيلومترا",
  "ميل",
  "ميلا",
  "اميال",
  "قدم",
  "اقدام",
  "بوصه",
  "انش",
  "لتر",
  "لترا",
  "غالون",
  "جالون",
  "رطل",
  "رطلا",
  "ارطال",
  "اونصه",
  "اونصات",
  "بوصات",
  "يارده",
  "فدان",
  "فدانا",
  "افدنه",
  "هكتار",
  "هكتارا",
  "هكتارات",
  "دونم",
  "دونما",
  "دونمات",
  "درجه",
  "درجات",
  "ميغاواط",
  "ميغاوات",
  "ميجاوات",
  "ميجاواط",
  "جيجاواط",
  "غيغاواط",
  "كيلوواط",
];

/** Words that open an attribution tail: `، بحسب ما ذكرت وكالة …`, `، حسبما أفاد …`. */
export const ATTRIBUTION_STARTS: readonly string[] = [
  "بحسب",
  "حسب",
  "حسبما",
  "وفقا",
  "وفق ما",
  "طبقا",
  "نقلا عن",
  "علي حد قوله",
  "علي حد تعبيره",
  "علي حد قولها",
  "علي حد تعبيرها",
  "كما نقلت",
  "كما ذكرت",
  "كما افادت",
  "كما افاد",
  "كما اوردت",
  "كما اورد",
  "استنادا الي",
  "ذكرت ذلك",
];

/**
 * Sources that an attribution leaves unnamed (normalized): reports, sources, witnesses, activists,
 * officials, residents, one or many (`، وفق ما أفادت مصادر عسكرية`, `، بحسب مسؤول أميركي`, `، حسب
 * ما أكده شهود عيان`), and the media (`وسائل` before `إعلام`: see MEDIA_WORDS). Such a tail stays:
 * without it the bullet would state as fact what only unnamed people claim. A named source
 * (`، بحسب ما ذكرت وكالة رويترز`, `تقارير من وكالة الأنباء السورية`) goes.
 */
export const UNNAMED_SOURCES: readonly string[] = [
  "تقارير",
  "التقارير",
  "مصدر",
  "مصادر",
  "المصادر",
  "مصادرنا",
  "شاهد",
  "شهود",
  "ناشط",
  "ناشطون",
  "ناشطين",
  "ناشطو",
  "مسؤول",
  "مسؤوله",
  "مسؤولون",
  "مسؤولين",
  "مسؤولو",
  "سكان",
];

/**
 * Sources that make a claim an estimate or an opinion (normalized, without `ال` or a
 * preposition): a poll, a study, an expert, an analyst, an estimate (`، وفق ما أظهرت نتائج استطلاع
 * …`, `، بحسب الدراسة`, `، وفقا لما يذكره أخصائي …`). A tail that names one in its first words
 * (HEDGING_WITHIN) stays, named or not: without it an exit poll reads as the result and an
 * expert's view as the finding. Further on, the word is no longer the source (`، وفق ما أعلنت
 * الوزارة في بيان ردت فيه على تقديرات المنظمات`).
 */
export const HEDGING_SOURCES: readonly string[] = [
  "استطلاع",
  "استطلاعات",
  "دراسه",
  "دراسات",
  "خبير",
  "خبراء",
  "محلل",
  "محللون",
  "محللين",
  "اخصائي",
  "اخصائيه",
  "اخصائيون",
  "اخصائيين",
  "تقديرات",
  "توقعات",
];

/** How many words of an attribution tail, its opening included, may come before its source. */
export const HEDGING_WITHIN = 5;

/**
 * Sources that count a toll or claim ground in a war or an emergency (normalized; a first word also
 * behind `ال` or a preposition, `لوزارة`, `للجيش`): an army, a ministry of defence, health or the
 * interior, the police, civil defence, a military coalition or spokesman, a monitor, a state
 * agency (`، وفقا لوزارة الدفاع الروسية`, `، بحسب ما أعلنت وزارة الصحة في غزة`, `، وفقا لسانا`).
 * After a figure (`… قتل 12 شخصا`, `… السيطرة على 65 بالمئة من المنطقة`) such a tail stays: the
 * count is a party's claim, and without its source it reads as the reporter's fact. Where the
 * bullet holds no figure (`أعلنت الحكومة …، بحسب المتحدث …`) it goes as any named source. Not
 * `الدفاع` alone (`محامي الدفاع`) nor `تحالف` alone (an electoral list).
 */
export const COUNTING_SOURCES: readonly string[] = [
  "جيش",
  "وزاره الدفاع",
  "وزاره الصحه",
  "وزاره الداخليه",
  "شرطه",
  "الدفاع المدني",
  "قوات التحالف",
  "التحالف الدولي",
  "التحالف العربي",
  "المتحدث العسكري",
  "مرصد",
  "سانا",
];

/**
 * Words (normalized) before a number that make it a label, not a count: a time of day, a
 * resolution's or an article's number, a floor, an age (`الساعة 10`, `القرار 2254`, `عمر 85`).
 */
export const NUMBER_LABELS: readonly string[] = [
  "الساعه",
  "القرار",
  "رقم",
  "الرقم",
  "بالرقم",
  "الماده",
  "الطابق",
  "العمر",
  "عمر",
];

/** `وسائل` ("means") names the media only before `إعلام` (normalized): not `وسائل النقل`. */
export const MEDIA_WORDS: Readonly<Record<string, readonly string[]>> = {
  وسائل: ["اعلام", "الاعلام"],
};

/**
 * Nouns of a news outlet (normalized) that an attribution tail names it by (`، بحسب ما أفادت صحيفة
 * "وول ستريت جورنال"`, `، وفقا لوكالة الأنباء العراقية`) and that a later sentence points back at
 * with the article (`ونقلت الصحيفة عن …`, `قالت الوكالة إن …`).
 */
export const OUTLET_NOUNS: readonly string[] = [
  "صحيفه",
  "جريده",
  "وكاله",
  "مجله",
  "قناه",
  "شبكه",
  "اذاعه",
  "موقع",
];

/** What may come before an outlet's noun in a tail (`لصحيفة`, `بوكالة`), normalized. */
export const OUTLET_NOUN_PREFIX = /^[وف]?[لب]?/u;

/**
 * What may come before an outlet's noun with the article (`الصحيفة`, `للوكالة`, `والقناة`); not
 * `بال`, since `حرب بالوكالة` is a proxy war.
 */
export const DEFINITE_OUTLET_PREFIX = /^[وف]?(?:ال|لل)/u;

/** A word in a tail that names its source after all (normalized): `وكالة` ("agency"). */
export const NAMED_SOURCE_WORDS: readonly string[] = ["وكاله", "لوكاله", "بوكاله"];

/**
 * Words that open a clause of its own (`إذ`, `حيث`, `لأن`, `بينما`, `مما`): a tail that holds
 * one says more than where the news came from (`، على حد قولها إذ أنهن لا يستطعن …`), so it stays.
 */
export const CLAUSES_IN_A_TAIL: readonly string[] = [
  // `، وبحسب الوثائق فإن …`, `، وفقا لما نشره: "…"`: the tail goes on into what was said
  "فان",
  "فانه",
  "فانها",
  "ان",
  "انه",
  "انها",
  "اذ",
  "حيث",
  "لان",
  "لانه",
  "لانها",
  "لانهم",
  "بينما",
  "مما",
  "كي",
  "لكي",
];

/**
 * Openings (normalized) of a trailing clause that points the reader at what follows in the
 * article: "below is …", "here are …", "we review …" (`، فيما يلي تسلسل لأبرز الأحداث …`,
 * `، إليك الطريقة.`, `، نستعرض لكم هذه الدول …`). A highlight has nothing after it. Not `تعرف
 * على`, also "met" or "recognised" (`تعرّف على المادة`).
 */
export const SIGNPOST_OPENINGS: readonly string[] = [
  "فيما يلي",
  "اليكم",
  "اليك",
  "فاليكم",
  "فاليك",
  "نستعرض",
  "نقدم لكم",
  "نقدم لك",
  "هنا قائمه",
  "هنا ابرز",
  "هنا اهم",
];

/**
 * Openings (normalized) of a question that a report ends on, after a clause mark, to lead the
 * reader into the article (`خسر الفريق …، فهل هي لعنة حامل اللقب؟`, `…، وأين؟`): "so is it …",
 * "so what …", "and where". Only in a sentence that ends asking; the report before it is the
 * news. Not `ومن` ("and from") nor `أم` ("or"), which go on with a question already asked.
 */
export const QUESTION_TAIL_OPENINGS: readonly string[] = [
  "فهل",
  "وهل",
  "فما",
  "فماذا",
  "وماذا",
  "فمن",
  "فكيف",
  "وكيف",
  "فاين",
  "واين",
  "فلماذا",
  "ولماذا",
  "فمتي",
  "ومتي",
];

/**
 * A site's hedge in a tail, as written or normalized ("cannot confirm", "could not verify": `لا
 * يمكن لموقع CNN بالعربية التأكد من صحتها`): a signpost that carries it stays, since the bullet
 * must keep it.
 */
export const SITE_HEDGE =
  /لا\s+(?:يمكن|يمكنه|يمكنها|نستطيع|تستطيع)\S*\s+(?:\S+\s+){0,4}?الت[اأ]كد|لم\s+يتسن|تعذر\s+التحقق/u;

/**
 * Openings (normalized) of a sentence's leading adjunct or condition ("after", "with", "while",
 * "on the occasion of", "if"): before a signpost it is all the sentence has besides (`مع انتشار
 * أنباء …، نستعرض لائحة …`, `بعد تحذير أطلقته …، إليكم …`, `إذا كنت تريد …، إليك …`), so the
 * signpost stays.
 */
export const ADJUNCT_OPENINGS: readonly string[] = [
  "بعد",
  "بعدما",
  "قبل",
  "مع",
  "عقب",
  "اثر",
  "اثناء",
  "عند",
  "عندما",
  "حين",
  "بمناسبه",
  "لمناسبه",
  "بالتزامن",
  "تزامنا",
  "في الوقت",
  "في ظل",
  "علي خلفيه",
  "وسط",
  "اذا",
  "لو",
  "سواء",
  "كلما",
];

/**
 * Openings (normalized) of a condition ("if", "whether", "whenever"): a clause of one right
 * before a signpost (`…، وسواء كنت تستخدم …، فإليك …`) is the signpost's, with or without `و`.
 */
export const SIGNPOST_CONDITIONS: readonly string[] = ["اذا", "لو", "سواء", "كلما", "ان كنت"];

/**
 * Words (normalized) of a condition put to the reader, "you" (`كنت`, `تريد`, `أردت`, `لديك`):
 * only such a condition goes with the signpost after it.
 */
export const READER_WORDS: readonly string[] = [
  "كنت",
  "كنتم",
  "اردت",
  "اردتم",
  "تريد",
  "تريدين",
  "تريدون",
  "ترغب",
  "ترغبين",
  "ترغبون",
  "تبحث",
  "تبحثين",
  "تبحثون",
  "تستخدم",
  "تستخدمين",
  "تستخدمون",
  "تخطط",
  "تفكر",
  "لديك",
  "لديكم",
];

/** Words (normalized) that open a condition's main clause: `فإن`, `فقد`, `فسوف`, `لكان`. */
export const RESULT_CLAUSE_OPENERS: readonly string[] = [
  "فان",
  "فانه",
  "فانها",
  "فقد",
  "فسوف",
  "فلن",
  "فلا",
  "فهو",
  "فهي",
  "لكان",
  "لكانت",
];

/** Words that open a trailing adjunct that rarely belongs in a highlight. */
export const TRAILING_ADJUNCTS: readonly string[] = ["وسط", "في اشاره الي", "في اشاره"];

/**
 * Openers with a clitic و that may be dropped at the start of a bullet (`وقال` → `قال`), chosen by
 * hand. The corpus-derived table in clitics.ts adds the rest.
 */
export const WAW_OPENERS: readonly string[] = [
  "وقال",
  "وقالت",
  "واضاف",
  "واضافت",
  "واكد",
  "واكدت",
  "واوضح",
  "واوضحت",
  "واشار",
  "واشارت",
  "وتابع",
  "وتابعت",
  "واعلن",
  "واعلنت",
  "وذكر",
  "وذكرت",
  "وافاد",
  "وافادت",
  "وكان",
  "وكانت",
  "وتم",
  "ويعد",
  "وتعد",
  "ويعتبر",
  "وتعتبر",
  "وياتي",
  "وتاتي",
  "ويقول",
  "وتقول",
  "ويضيف",
  "وتضيف",
  "وشهد",
  "وشهدت",
  "وبلغ",
  "وبلغت",
  "ويشير",
  "وتشير",
  "ويري",
  "وتري",
  "وفي",
  "ومن",
  "وعلي",
  "وبعد",
  "وقد",
  "ولم",
  "ولا",
  "وهو",
  "وهي",
  "وهم",
  "وكشف",
  "وكشفت",
  "واظهر",
  "واظهرت",
  "ودعا",
  "وطالب",
  "وطالبت",
  "وقرر",
  "وقررت",
  "ووصف",
  "ووصفت",
  "واعتبر",
  "واعتبرت",
  // verbs of explaining whose bare form the corpus holds too rarely for the table
  "وعزا",
  "وعزت",
  "وعزي",
  "وبرر",
  "وبررت",
  "ونوه",
  "ونوهت",
];

/**
 * Openings that only say "it is worth noting that" or "it is known that" (`يذكر أن الشرطة كانت
 * …`, `يشار إلى أن …`, `تجدر الإشارة إلى أن …`, `من المعروف أن …`), normalized; a clitic `و` may
 * come first (`matchAt`). The bullet opens on what was noted. Only a bare `أن` counts: `يذكر أنه …`
 * would leave its pronoun behind.
 */
export const NOTE_OPENINGS: readonly string[] = [
  "يذكر ان",
  "يشار الي ان",
  "تجدر الاشاره الي ان",
  "الجدير بالذكر ان",
  "من المعروف ان",
  "من المعلوم ان",
];

/**
 * Connectives after which the subject is in the accusative (`لكنّ`, `إلا أنّ`, `غير أنّ`, `بيد
 * أنّ`), as the noting openings' (`يذكر أنّ`): cut, they would leave it opening the bullet.
 */
export const ACCUSATIVE_CONNECTIVES: readonly string[] = [
  "لكن",
  "الا ان",
  "غير ان",
  "بيد ان",
  "كما ان",
];

/**
 * A sound masculine plural or a dual in the accusative (`-ين`, normalized) that cannot open a
 * sentence, where the cases show (`لكن محللين قالوا` → `محللين قالوا`, for `محللون`): a
 * participle's plural (`م` + no alef, `محللين`, `المتعاملين`; not `مارتين`), or a nisba's
 * (`الكوريين`, `دبلوماسيين`). A broken plural of the shape مفاعيل (`ملايين`, `ميادين`) is no
 * case ending. Other words in `-ين` count only before a verb in the plural or the dual
 * (`البلدين يتقاسمان`, `لاعبين تألقوا`), since names end so too (`شيرين`, `الكرملين`).
 */
export const ACCUSATIVE_PLURALS: readonly RegExp[] = [
  /^(?:ال)?م[^ا](?!ا.ين$)\S{2,}ين$/u,
  // Not a verbal noun of the shape تفعيل on a root with ي (`التعيين`, `تزيين`).
  /^(?!(?:ال)?ت\Sيين$)\S{2,}[^ا]يين$/u,
  // The tens and two (`عشرين`, `الاثنين`), which show their case as the plurals do.
  /^(?:ال)?(?:عشرين|ثلاثين|اربعين|خمسين|ستين|سبعين|ثمانين|تسعين|اثنين|اثنتين)$/u,
];
/** Any word in `-ين`, normalized. */
export const IN_YEEN = /ين$/u;
/** A verb in the plural or the dual, normalized: `قالوا`, `يتوقعون`, `يتقاسمان`, `تألقوا`. */
export const PLURAL_VERB = /^(?:\S{2,}وا|[يت]\S{2,}(?:ون|ان))$/u;

/** A word written with the accusative's tanween on its alef (`صاروخاً`, `صاروخًا`), as written. */
export const ACCUSATIVE_TANWEEN = /(?:\u0627\u064B|\u064B\u0627)$/u;

/**
 * An indefinite noun in the accusative as most news text writes it, on a bare alef with no
 * tanween (`مصدرا`, `مسؤولا`), normalized: three letters or more before the alef.
 */
export const BARE_ACCUSATIVE = /^\S{3,}ا$/u;

/**
 * Words in `-ا` that are no accusative subject, normalized: adverbs (`أيضاً`, `حالياً`,
 * `ميدانياً`), which open a sentence as well as after `لكنّ`, so their tanween says nothing of a
 * subject, and conjunctions in `ما` (`عندما`, `ربما`).
 */
export const NOT_ACCUSATIVE_SUBJECTS: readonly string[] = [
  "ايضا",
  "حاليا",
  "غدا",
  "مثلا",
  "دائما",
  "ابدا",
  "تماما",
  "فعلا",
  "اولا",
  "ثانيا",
  "ثالثا",
  "اخيرا",
  "مؤخرا",
  "سابقا",
  "لاحقا",
  "تحديدا",
  "خصوصا",
  "جدا",
  "كثيرا",
  "قليلا",
  "يوميا",
  "سنويا",
  "رسميا",
  "عمليا",
  "نظريا",
  "ميدانيا",
  "سياسيا",
  "اقتصاديا",
  "عسكريا",
  "مبدئيا",
  "تقريبا",
  "احيانا",
  "غالبا",
  "معا",
  "مجددا",
  "مجانا",
  "فورا",
  "قريبا",
  "عموما",
  "اجمالا",
  "شخصيا",
  "اساسا",
  "صباحا",
  "مساءا",
  "ليلا",
  "نهارا",
  "حتما",
  "طبعا",
  "اذا",
  "هكذا",
  "كذا",
  "عندما",
  "بينما",
  "حينما",
  "كلما",
  "ربما",
  "طالما",
  "انما",
  "مهما",
  "لاسيما",
];

/**
 * Words after which an accusative opens an adverbial, not a subject (`وفقاً لـ…`, `حرصاً على`,
 * `خلافاً لـ…`), normalized: the prepositions it takes. A word that opens on `ل` counts too.
 */
export const ADVERBIAL_OBJECTS: readonly string[] = ["علي", "عن", "في", "مع", "الي"];

/** Particles in `ل` that a subject may be followed by (`لكن مصدرا لم يؤكد`): no preposition. */
export const LAM_PARTICLES: readonly string[] = ["لا", "لم", "لن", "ليس", "لقد", "لكن", "لدي"];

/**
 * The particle `قد` as a sentence opens with it before a past verb (`قد أعلنت`, `وقد تم`, `لقد
 * كان`, `فقد أظهرت`): "has done", or "for it did" with `ف`. A bullet opens on the verb. `فقد` is
 * also the verb "lost" (`فقد الكولومبي …`), which only the verb table after it tells apart.
 */
export const PERFECT_PARTICLES: readonly string[] = ["قد", "وقد", "لقد", "فقد"];

/**
 * Function words after which an opening `ف` is a clitic (`ففي` → `في`, `فعلى` → `على`), normalized.
 * A closed list, because `ف` is far more often a root letter (`فتحت`, `فاز`, `فرض`); `فقد` (also
 * the verb "lost") and `فلم` (also "film") are FA_PARTICLES_BEFORE_A_VERB's.
 */
export const FA_CLITIC_BEFORE: readonly string[] = [
  "في",
  "فيما",
  "علي",
  "الي",
  "من",
  "بعد",
  "بعدما",
  "قبل",
  "حتي",
  "هذا",
  "هذه",
  "ربما",
  "مثلا",
  "اذا",
  "لن",
  "هو",
  "هي",
  "مع",
  "منذ",
  "خلال",
  "بحسب",
  "عندما",
  "بينما",
  "حين",
  "حينما",
  "بالرغم",
  "ما",
  "لا",
  "كان",
  "كانت",
  "كيف",
];

/**
 * Particles whose opening `ف` is a clitic only before a verb (normalized): `فقد يكون` → `قد يكون`
 * ("may be"), `فلم يعد` → `لم يعد` ("no longer"); but `فقد الاتصال` is "contact was lost" and `فلم
 * وثائقي` "a documentary film".
 */
export const FA_PARTICLES_BEFORE_A_VERB: readonly string[] = ["فقد", "فلم"];

/**
 * Function words spelled with hamza after which an opening `ف` is a clitic (`فإن` → `إن`). They
 * are matched as written: without its hamza, `فان` may be a name (`فان جوخ`).
 */
export const FA_CLITIC_BEFORE_HAMZA: readonly string[] = ["إن", "إنه", "إنها", "إنهم"];

/**
 * Names that open `فال` + three letters or more, whose `ف` is no clitic (`فالنسيا`, `فاليري`),
 * normalized. Otherwise an opening `فال` is `ف` + the article (`فالشركة الناشئة …`): of the 192
 * such first words in the unlabeled corpus, one is a name.
 */
export const FA_AL_NAMES: readonly string[] = [
  "فالنسيا",
  "فالنتين",
  "فالنتينو",
  "فالنتاين",
  "فاليري",
  "فالكاو",
  "فالكون",
  "فالديز",
  "فالفيردي",
  "فالنسيان",
];

/**
 * Letters that, written right after an opening `و`, make the `و` a clitic whatever the word: no
 * Arabic root begins `و` + hamza on alef (`وأضافوا` → `أضافوا`, `وإلى` → `إلى`), while normalizing
 * them to `ا` would meet root words (`واصل`). Matched in the text as written.
 */
export const HAMZA_ALEFS: readonly string[] = ["أ", "إ", "آ"];

/**
 * Shapes of a normalized first word whose `و` is a clitic whatever the corpus table says: `و` + a
 * derived verb or its noun of Form X (`واستغرب`, `واستطرد`: `است` + a root) or Form VIII with its
 * `ت` (`واشتمل`, `وامتدح`: `ا` + a letter + `ت`). No word whose `و` is a root letter opens so:
 * those open `وا` + the root's next two letters (`واصل`, `وافد`, `واعد`, `والد`); `وال` is the
 * article's, and Form VIII's `ط` and `د` (`اصطحب`, `ازدهر`) are left out, since `واسطة` and
 * `وافدين` would match them. Also `و` + the future `س` + a present prefix (`ي`, `ت`, `ن`) and a
 * root of three letters or more (`وسيمدد`, `وستزود`, `وسنعمل`), but not `ي` before `ل` or `ط`
 * (`وسيلة`, `وسيط` and their forms; `وسيلجأ` and `وسيطالب` are left to the corpus table, which
 * holds the common ones) nor `وسيم` and its forms, whose `و` is the root's, nor the names that
 * open `وست` (`وستبروك`, `وستهام`, `وستمنستر`, `وستفاليا`, `وستون`, `وستوود`); and
 * `و` + `ب` + the article (`وبالعمل`; `وبال` "harm" alone is too short). Also Form VI
 * (`وتنافست`, `وتبادل`: `ت` + a letter + `ا`) and Form VII (`وانسحب`, `وانطلقت`: `ان` + a root of
 * three letters or more): of the 1,000 such words of the unlabeled corpus, none opens with a
 * root's `و`; `وانغ` and `واندا` (names) are too short to match.
 */
export const WAW_BEFORE_DERIVED_FORM: readonly RegExp[] = [
  /^واست\S{3}/u,
  /^وا[^\sل]ت\S{2}/u,
  /^وت[^\sا]ا\S{2}/u,
  /^وان\S{3}/u,
  /^وس(?:ن|ت(?!بروك|هام|منستر|فاليا|ون$|وود)|ي(?![لط]|م(?:ا|ه|ين|ون|ات)?$))\S{3}/u,
  /^وبال\S{3}/u,
];

/**
 * Normalized words whose opening `وال` is the root's, not a clitic `و` and the article: "parent"
 * and "governor" with their endings (`والدة`, `والدته`, `والديهم`, `والداها`, `والي`, `واليا`).
 * It vetoes the tables above. `والدول`, `واليوم` (`و` + the article) do not match: after `والد`
 * and `والي` only a dual, plural or feminine ending and a pronoun may follow.
 */
export const WAW_AL_ROOT_WORD =
  /^وال(?:د(?:ا|ان|اه|اها|اهم|اهما|ات|ه|ها|هم|هما|هن|ك|كم|نا|ي|ين|يه|يها|يهم|يهما|يك|يكم|ينا|ت|ته|تها|تهم|تهما|تي|تك|تكم|تنا)?|ي(?:ا|ه|ها)?)$/u;
