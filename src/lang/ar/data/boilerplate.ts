// Patterns of lines that never make a highlight, written in NORMALIZED form (see normalize.ts:
// no harakat, أإآ→ا, ى→ي, ة→ه, Arabic-Indic digits→ASCII, Latin lower-cased).

/** Agency names as they appear in datelines and tags. */
export const AGENCIES: readonly string[] = [
  "رويترز",
  "ا ف ب",
  "اف ب",
  "فرانس برس",
  "الفرنسيه",
  "اسوشيتد برس",
  "ا ب",
  "الاناضول",
  "د ب ا",
  "واس",
  "وام",
  "قنا",
  "كونا",
  "سانا",
  "ا ش ا",
  "وفا",
  "ارنا",
  "واع",
  "بترا",
  "ونا",
  "شينخوا",
  "سبوتنيك",
  "cnn",
  "bbc",
  "afp",
  "reuters",
  "ap",
];

const agencyAlt = AGENCIES.map((a) => a.replace(/ /g, "[ .]*")).join("|");
const AGENCY = `(?:${agencyAlt})`;
const DASH = String.raw`[\-–—]`;
/** A place: letters, spaces and commas (`القاهره`, `دبي، الامارات`). */
const PLACE = String.raw`[\p{L}\s،,]{0,40}?`;
/** A place and the date after it (`دبي، 5 مايو/ايار`): digits and slashes as well. */
const PLACE_AND_DATE = String.raw`[\p{L}\p{N}\s،,\/]{0,40}?`;
/** Words that no place name holds (normalized): prepositions, a verb of saying. */
const NOT_A_PLACE = String.raw`(?:في|وفي|مع|ومع|عن|من|علي|الي|قال|وقال|ذكرت|وذكرت)\s`;
/** A word of a place (two letters or more, not NOT_A_PLACE). */
const PLACE_WORD = String.raw`(?!${NOT_A_PLACE})\p{L}{2,}`;
/**
 * A city and its country or region (`اتلانتا، الولايات المتحده الامريكيه`, `دبي، الامارات
 * العربيه المتحده`, `بيروت، لبنان`): the country's words after its first carry the article. Words
 * are apart by spaces, so that a long run of letters is one word, not many ways of splitting it.
 */
const CITY_AND_COUNTRY = String.raw`${PLACE_WORD}(?:\s+${PLACE_WORD}){0,2}\s*[،,]\s*${PLACE_WORD}(?:\s+ال\p{L}+){0,3}`;
/** Words of two letters or more. */
const WORDS = String.raw`\p{L}{2,}(?:\s+\p{L}{2,}){0,5}`;

/** The forms of DATELINE_PREFIX. */
const DATELINE_FORMS: readonly string[] = [
  // Anything in brackets after a place, with a dash or colon after it: `القاهره (رويترز) - `,
  // `عمان (خاص) - `, `الدوحه - (اف ب) - `.
  String.raw`${PLACE}\s*(?:${DASH}\s*)?\([^\(\)]{1,30}\)\s*[\-–—:]+`,
  // A known agency in brackets after a place and a date, with a dash or colon after it: `دبي، 5
  // مايو/ايار (رويترز) - `, `عمان 12 اذار (بترا)- ` (not any brackets: `ريال مدريد 1(5)-`).
  String.raw`${PLACE_AND_DATE}\s*(?:${DASH}\s*)?\(\s*${AGENCY}\s*\)\s*[\-–—:]+`,
  // A known agency after a dash: `بيروت - ا ف ب: `, `القاهره - ا ش ا: `.
  String.raw`(?:${PLACE}\s*)?${DASH}\s*${AGENCY}\s*[\-–—:]`,
  // A known agency in brackets needs no dash after it when a city and its country or a dash
  // come before (`اتلانتا، الولايات المتحده (cnn) نفي …`, `دبي، الامارات --(cnn) اعلن …`), or
  // nothing (`(cnn) -- `); other words make no place (`وذكرت وكاله الصحافه الفرنسيه (فرانس برس)
  // ان …`, `من جهتها، اوردت وكاله الانباء السوريه الرسميه (سانا) ان …`, `وقال ترامب، في مقابله مع
  // شبكه (cnn) ان …`, `قال ل(cnn) ان …`).
  String.raw`(?:${CITY_AND_COUNTRY}\s*${DASH}*|(?:${WORDS}\s*)?${DASH}+)?\s*\(\s*${AGENCY}\s*\)`,
  // A known agency between slashes: `ابوظبي في 5 مايو / وام / `.
  String.raw`${PLACE_AND_DATE}\/\s*${AGENCY}\s*\/`,
  // A city and a paper between dashes: `عمان- الراي- `, `الدوحه - - `.
  String.raw`\p{L}{2,20}\s*${DASH}\s*(?:\p{L}{2,20}\s*)?${DASH}+`,
];

/**
 * A dateline or agency tag at the start of a sentence (DATELINE_FORMS), with the dashes, colon
 * and spaces after it. Group 0 is the prefix to drop. Its classes escape `-`, `(`, `)` and `/`,
 * as v mode wants them, so that its twin for text in the BMP (text/bmp-pattern.ts) is made of it.
 */
export const DATELINE_PREFIX = new RegExp(
  String.raw`^\s*(?:${DATELINE_FORMS.join("|")})\s*[\-–—:]*\s*`,
  "u",
);

/**
 * Every DATELINE_PREFIX match holds a "(", a dash or a slash: a sentence without one is not
 * searched (most are not, and the prefix pattern backtracks).
 */
export const DATELINE_MARK = /[(\-–—/]/;

/**
 * "Click here", "click the link", "click the title below", "by clicking here" (normalized), as a
 * link's text says it.
 */
const CLICK_HERE = String.raw`(?:اضغط|انقر|اضغطوا|انقروا|اضغطي|انقري|بالضغط)\s+(?:هنا|علي\s+(?:الرابط|العنوان)(?:\s+(?:التالي|ادناه))?)`;

/**
 * A teaser for another article: "read also", "watch" (`اقرا ايضا: …`, `شاهد: …`, `شاهد.. …`),
 * "for more", "you may be interested in" (`قد يهمك أيضا: …`, `قد يهمك| …`, `قد يهمك.. …`) and
 * "related stories" (`قصص ذات صلة: …`); not a sentence that opens with the verb (`شاهد مئات الآلاف …`).
 * The other article's headline that follows it in its paragraph is part of the teaser (see
 * MAX_TEASER_WORDS).
 */
export const TEASER_LINE: readonly RegExp[] = [
  /^\s*(?:اقرا|شاهد|طالع|اطلع|تابع|اقرؤوا|شاهدوا)\s*(?:ايضا|المزيد|كذلك)(?:\s|[:：/|\-–.…]|$)/u,
  /^\s*(?:اقرا|شاهد|طالع|اطلع|شاهدوا)\s*(?:[:：/|]|\.\.|…)/u,
  /^\s*(?:للمزيد|لمزيد من|المزيد)(?:\s|[:：-]|$)/u,
  /^\s*(?:قد|ربما)\s+(?:يهمك|يهمكم|يعجبك|يعجبكم)(?:\s*ايضا)?\s*(?:[:：/|\-–.…]|$)/u,
  /^\s*(?:قصه|قصص|مواضيع|موضوعات|خبر|اخبار|مقالات)\s+ذات\s+صله\s*(?:[:：/|\-–.…]|$)/u,
  // "also:" before another article's headline (CNN: `أيضا: اختفاء … في إسطنبول`, `أيضاً.. روسيا: …`)
  /^\s*ايضا\s*(?:[:：/|]|\.\.|…)/u,
];

/**
 * A teaser's paragraph of at most this many words is all teaser: the headline after `قد يهمك..`
 * or `اقرأ أيضا:` may run to sentences of its own (`… انفوجرافيك... أبرز المحطات …`). A longer
 * paragraph is article text that a teaser was run into.
 */
export const MAX_TEASER_WORDS = 40;

/**
 * A video report's credit as the text's last sentence (normalized): `تقرير: … و…`, `تقرير … و…`,
 * `أجرى الحوار …`, `إعداد …`, with at most six words after it (10 articles of the unlabeled
 * corpus, all France 24's). Only as the last of several sentences: alone, `تقرير أممي يحذر …` is
 * a headline.
 */
export const CLOSING_CREDIT =
  /^\s*(?:تقرير|اعداد|اجري\s+الحوار|اجرت\s+الحوار|حاوره|حاورها|حاورته)\s*[:：]?\s*(?:\S+\s+){0,5}\S+\s*$/u;

/**
 * A site's note that it cannot check what social media report: `ويشار إلى أن موقع CNN بالعربية
 * لا يمكنه التأكد بشكل مستقل من الأنباء …` (36 articles). It closes the article: what follows
 * it is other stories' openings (9 articles).
 */
export const SITE_CANNOT_CONFIRM =
  /^\s*(?:و?يشار\s+(?:الي|علي)\s+ان\s+|علما\s+ان\s+)?(?:موقع\s+)?(?:cnn|سي\s?ان\s?ان)\s+بالعربيه\s+لا\s+(?:يمكنه|يمكنها)\s+التاكد/u;

/**
 * Openings (normalized) of a prompt to the reader to watch or read what the page holds besides
 * the text: "watch the video (above)", "watch the interview", "read more", "read this article"
 * (`شاهد الفيديو أعلاه`, `شاهد بالفيديو …`, `شاهد المقابلة..`, `اقرأ هذا المقال مع قهوتك …`,
 * `تابعوا مقابلتنا مع …`). A sentence that opens with one is no highlight (BOILERPLATE_LINE); one
 * that ends a news sentence, after a clause mark, is a signpost that compression cuts, with the
 * title of what it points at after a colon. Not `شاهد` alone, which also reports who watched
 * (`شاهد الملايين المباراة`) or is a witness (`قال شاهد عيان`), nor a story about a video
 * (`نشر الجيش مقطع فيديو يظهر …`).
 */
export const PROMPT_OPENINGS: readonly string[] = [
  ...["شاهد", "شاهدوا", "شاهدي"].flatMap((verb) =>
    [
      "الفيديو",
      "الفيديوهات",
      "فيديو",
      "بالفيديو",
      "الصور",
      "بالصور",
      "واستمع",
      "واستمعوا",
      "المقابله",
      "مقابلتنا",
      "التقرير",
      "تقرير",
      "الانفوجرافيك",
      "الانفوغرافيك",
    ].map((what) => `${verb} ${what}`),
  ),
  ...["اقرا", "اقراوا", "اقرئي"].flatMap((verb) =>
    ["المزيد", "التفاصيل", "هذا المقال", "هذه المقاله", "هذا الموضوع", "هذا التقرير"].map(
      (what) => `${verb} ${what}`,
    ),
  ),
  "تابعوا مقابلتنا",
  "تابعوا المباراه مباشره",
  "ادناه فيديو",
];

/** A line that opens with PROMPT_OPENINGS. */
const PROMPT_LINE = new RegExp(
  String.raw`^\s*(?:${PROMPT_OPENINGS.map((p) => p.replaceAll(" ", String.raw`\s+`)).join("|")})(?:\s|[:：.…،,-]|$)`,
  "u",
);

/**
 * A sentence that is only a tag or credit (teasers are TEASER_LINE): the whole line is
 * boilerplate. No pattern here or in TEASER_LINE has two runs of white space with only an
 * optional mark between them (`\s*\)?\s*`): on a long run of spaces the engine would try every
 * split of it (quadratic); `(?:\s*\))?\s*` matches the same.
 */
export const BOILERPLATE_LINE: readonly RegExp[] = [
  /^\s*(?:تابعونا|تابعوا|اشترك|اشتركوا)(?:\s|[:：-]|$)/u,
  // a prompt to watch or read (`شاهد الفيديو:`, `اقرأ هذا المقال …`), or to watch what a video or
  // a link further on shows (`شاهد قصة … في هذا الفيديو …`)
  PROMPT_LINE,
  /^\s*(?:شاهد|شاهدوا|شاهدي)\s+(?:\S+\s+){1,6}?(?:في|عبر)\s+(?:هذا\s+(?:الفيديو|المقطع)|(?:هذا\s+)?الرابط)(?:\s|[:：.…،,]|$)/u,
  // programme promos: `وتذاع المقابلة كاملة على شاشة …`
  /^\s*و?(?:تذاع|يذاع|تبث|يبث)\s+(?:المقابله|الحلقه|البرنامج|اللقاء)(?:\s|$)/u,
  // a book's or a release's details
  /^\s*(?:تاليف|المؤلف|الناشر|عدد الصفحات|سنه النشر|اخراج|بطوله)\s*[:：]/u,
  // a line that is only its source: `وفق وكالة الأنباء الإماراتية (وام).`
  /^\s*و?(?:وفق|وفقا|بحسب|حسب)\s+(?:\S+\s+){0,5}\([^()]{1,20}\)(?:\s*\.)?\s*$/u,
  // photo and video credits
  /^\s*(?:مصدر الصوره|حقوق الصوره|الصوره|صوره|تصوير|فيديو|مصدر الفيديو)\s*[:：(/-]/u,
  /(?:getty images|afp|reuters|epa|ap photo|shutterstock)(?:\s*\))?\s*$/u,
  /^\s*photos? (?:are|is) copyright/u,
  /^\s*(?:\(\s*)?(?:صوره|الصوره)\s*(?:ارشيفيه|من الارشيف)(?:\s*\))?\s*$/u,
  // a publisher's note: `هذا المقال منشور بالتعاون مع موقع …`, `نشر هذا المقال بالتعاون مع …`,
  // `هذا الفيديو جزء من سلسلة يقدمها لكم موقع …`
  /^\s*هذا?\s+(?:المقال|المحتوي|الموضوع)\s+(?:منشور|مقدم)\s+(?:بالتعاون|بالشراكه)\s+مع/u,
  /^\s*نشر\s+هذا\s+(?:المقال|المحتوي|الموضوع)\s+(?:بالتعاون|بالشراكه)\s+مع/u,
  /^\s*هذا\s+(?:الفيديو|المقال|التقرير)\s+جزء\s+من\s+سلسله\s+(?:يقدمها|تقدمها)/u,
  // a live stream's promo: `ويمكنكم متابعة المباراة مباشرة على موقع فرانس24 …`
  /^\s*و?يمكنكم\s+متابعه(?:\s+\S+){1,6}?\s+مباشره\s+علي\s+موقع/u,
  // a column's source when it ran elsewhere first: `* نقلا عن "الحياة" اللندنية` (438 lines)
  /^[\s*]*نقلا\s+عن(?:\s+\S+){1,6}\s*$/u,
  // a columnist's sign-off: `والله من وراء القصد.`, `والله الموفق.`
  /^\s*و?الله\s+(?:من\s+وراء\s+القصد|ولي\s+التوفيق|الموفق|المستعان)[\s.!]*$/u,
  // an opinion piece's byline: `هذا المقال بقلم …، والآراء الواردة أدناه تعبر عن رأي الكاتبة`
  /^\s*(?:هذا\s+)?(?:المقال|المقاله)\s+(?:بقلم|من\s+تاليف|كتبه|كتبته)\s/u,
  /^\s*مقال\s+بقلم\s/u,
  // an editor's note on the writer: `ملاحظة المحرر: … هو سيناتور …، الآراء الواردة …`
  /^\s*ملاحظه\s+(?:المحرر|المحرره|التحرير)\s*[:：]/u,
  // a publisher's disclaimer: `جميع المقالات المنشورة تمثل رأي كتابها فقط`
  /^\s*(?:جميع\s+)?(?:المقالات|المقال|الاراء)(?:\s+\S+){0,3}?\s+(?:تمثل|يمثل|تعبر عن|يعبر عن|تعكس|يعكس)\s+(?:راي|اراء|وجهه نظر)\s+(?:كتابها|كاتبها|كاتبه|الكاتب|الكاتبه|اصحابها|صاحبها)(?:\s|[.:،,]|$)/u,
  // a site's note that it cannot check what social media report (SITE_CANNOT_CONFIRM)
  SITE_CANNOT_CONFIRM,
  // a link to click, opening or closing the line: `اضغط هنا لمعرفة …`, `لمتابعة المباشر على
  // الحواسيب اللوحية، اضغط هنا…`, `… عبر البوابة الإلكترونية (اضغط هنا)`; not one inside a quote
  new RegExp(String.raw`^\s*${CLICK_HERE}(?:\s|[.:،,…]|$)`, "u"),
  // (the start is a look-behind rather than `(?:^|[\s(،,])`: the same lines, found 2.5 times as
  // fast, since this pattern is tried at every position of every sentence)
  new RegExp(String.raw`(?<![^\s(،,])${CLICK_HERE}[\s.…):：]*$`, "u"),
  // sharing and navigation chrome
  /^\s*(?:شارك|مشاركه|انشر|share)(?:\s|[:：-]|$).{0,30}$/u,
  /^\s*(?:الكلمات الدالة|كلمات مفتاحيه|وسوم)\s*[:：]/u,
  // a copyright line: `جميع الحقوق محفوظة © …`, `**حقوق النشر محفوظة لمجلة القافلة` (11 articles)
  /^[\s*]*(?:جميع\s+)?(?:الحقوق|حقوق\s+(?:النشر|الطبع|الملكيه\s+الفكريه))\s+محفوظه/u,
  /^[\s*]*(?:©|\(c\)\s|copyright\s)/u,
  // an agency's dateline on a line of its own: a city, a date, its year (and `م` or `هـ`) and
  // the agency (`الرياض 10 جمادى الآخرة 1446 هـ الموافق 11 ديسمبر 2024 م واس`, `… 2025 / وام /`)
  new RegExp(
    String.raw`^\s*(?:\p{L}+\s+){1,3}\d{1,2}\s+[^.!?؟]{0,80}?(?<!\d)\d{4}(?!\d)(?:\s+\p{L}{1,2})?[\s(/-]+(?:${agencyAlt})[\s)/]*$`,
    "u",
  ),
];

/**
 * First words (normalized) of a sentence that goes on from the previous one: never a highlight
 * alone. `وذلك` ("and that [was]", `وذلك بعد أن …`, `وذلك ردا على …`) points back to the sentence
 * before and has no verb of its own. A participle of saying (SAYING_PARTICIPLES) opening a
 * sentence is the rest of one whose speaker came before a full stop.
 */
export const CONTINUING_OPENERS: readonly string[] = ["حيث", "اذ", "وحيث", "واذ", "وذلك"];

/**
 * Participles of saying (`مضيفا أن …` "adding that …", `مشيرة إلى …`), normalized: masculine,
 * feminine and plural; not `لافتة` ("a banner") or `متابعة` ("a follow-up"), which are nouns as
 * well. They go on with the clause of the one who speaks.
 */
export const SAYING_PARTICIPLES: readonly string[] = [
  ...["مضيف", "مشير", "موضح", "مؤكد", "معتبر", "مستدرك", "منوه", "قائل"].flatMap((stem) => [
    `${stem}ا`,
    `${stem}ه`,
    `${stem}ين`,
  ]),
  "لافتا",
  "لافتين",
];

/**
 * Openings (normalized) of the result of the sentence before, cut off by a full stop: `مما أدى
 * إلى …` ("which led to …"), `ما يعني …` ("which means …").
 */
export const RESULT_OPENINGS: readonly string[] = ["ادي", "ادت", "اسفر", "اسفرت", "يعني"].flatMap(
  (verb) => [`ما ${verb}`, `مما ${verb}`],
);

/**
 * Words that open a question however it ends, normalized: the particle `هل`, which asks and does
 * nothing else (`هل يوافق ناديه صاحب العقد.` lost its `؟` to a typo), bare or after `و` or `ف`.
 */
export const QUESTION_OPENERS: readonly string[] = ["هل", "وهل", "فهل"];

/**
 * Openings of a sentence that introduces what follows it, a list or a gallery (`فيما يلي أبرز …`,
 * `إليكم …`, `هنا قائمة …`, `نستعرض …`), normalized; a clitic `و` may come first. Such a sentence
 * ends with `..` or `.` as often as with `:`.
 */
export const LIST_OPENINGS: readonly string[] = [
  "فيما يلي",
  "اليكم",
  "اليك",
  "هنا قائمه",
  "هنا نستعرض",
  "هنا ابرز",
  "هنا اهم",
  "نستعرض",
  "نرصد",
];

/**
 * A sentence that opens with an attribution (`بحسب`, `وفق ما`; compression's list) and has at
 * most this many words, with no comma and no digit, is only the source of the sentence before it
 * (`بحسب ما أوردت رويترز.`), cut off by a full stop.
 */
export const MAX_ATTRIBUTION_ONLY_WORDS = 8;

/**
 * Openings of an adjunct that comments on the sentence before (`في إشارة إلى …`, "in a reference
 * to …"), normalized. A sentence that opens so and has no clause mark is only that adjunct, cut off
 * by a full stop (`… مهام جديدة". في إشارة إلى العمليتين السابقتين في سوريا.`); with one, the
 * adjunct opens a clause of its own (`في إشارة إلى …، قال ترمب إن …`).
 */
export const ADJUNCT_ONLY_OPENINGS: readonly string[] = ["في اشاره"];

/**
 * Verbs of saying (normalized, third person masculine past: `features/speakers.ts` adds the
 * feminine and a clitic `و` or `ف`). Followed straight by `أن`/`إن`, a colon or a preposition,
 * their subject is a pronoun (`وأضاف أن …`, `قالت في حديث لـ… إنها …`): the speaker was named in
 * an earlier sentence.
 */
export const SPEECH_VERBS: readonly string[] = [
  "قال",
  "اضاف",
  "اكد",
  "اوضح",
  "اشار",
  "تابع",
  "اردف",
  "ذكر",
  "لفت",
  "شدد",
  "اعتبر",
  "راي",
  "كشف",
  "اعلن",
  "نفي",
  "اعرب",
  "دعا",
  "حذر",
];

/**
 * Verbs that report a claim only before `أن`/`بأن` (or `أنّ` with a pronoun) or their own
 * preposition (normalized, third person masculine past, each with those prepositions): `وأفاد بأن
 * …`, `وتوقع أن …`, `ونوهت إلى أن …`, `وأصر على أن …`. Before anything else they are other verbs,
 * or their subject follows (`واستبعد من التشكيلة اللاعب …`, `واعترف أمام المحكمة المتهم …`, `وأفاد
 * من البرنامج …` "benefited from").
 */
export const SPEECH_VERBS_BEFORE_THAT: Readonly<Record<string, readonly string[]>> = {
  افاد: [],
  اصر: ["علي"],
  نوه: ["الي"],
  اقر: [],
  رجح: [],
  توقع: [],
  استبعد: [],
  اعترف: [],
  زعم: [],
};

/**
 * Verbs of saying whose masculine past is written as a preposition too (normalized): `بيّن`
 * "showed", written `بين` like "between". Their feminine and plural say (`وبينت أن …`); the
 * masculine says before a colon, `أنّ` with a pronoun (`وبين أنه …`), or a bare `أن` with no
 * alternative after it (`features/speakers.ts`), since `وبين أن تبقى الحكومة أو ترحل …` is
 * "between staying and going"; written with its shadda (`بيّن`) it is always the verb.
 */
export const SPEECH_VERBS_LIKE_PREPOSITIONS: readonly string[] = ["بين"];

/** Words (normalized) that bring in the second of two alternatives: `أو`, `أم`, `وأن`. */
export const ALTERNATIVE_WORDS: readonly string[] = ["او", "ام", "وان"];

/**
 * The same verbs in the present, as a narrative goes on with them (`ويضيف أن …`, `وتقول: …`),
 * normalized, both genders listed (`features/speakers.ts` adds a clitic `و` or `ف`).
 */
export const SPEECH_VERBS_PRESENT: readonly string[] = [
  "يقول",
  "تقول",
  "يضيف",
  "تضيف",
  "يتابع",
  "تتابع",
  "يوضح",
  "توضح",
  "يؤكد",
  "تؤكد",
  "يشير",
  "تشير",
];

/**
 * Verbs that say only when a colon follows them (`وواصل: …` "he went on:", `وزاد: …`, `وختم:
 * …`), normalized, third person masculine past: before `في`, `إلى` or a quotation they are
 * usually something else (`واختتمت في الرياض أعمال القمة`, `وزاد في …`, `وختم "الزعيم" موسمه`).
 */
export const SPEECH_VERBS_BEFORE_COLON: readonly string[] = [
  "واصل",
  "زاد",
  "ختم",
  "اختتم",
  "اكمل",
  "استكمل",
  "استطرد",
  "تساءل",
  "كتب",
  "علق",
  "اجاب",
  "تدارك",
  "اتبع",
];

/**
 * Openings of a topic phrase that may come before a verb of saying and its comma (`حول مدربه،
 * قال: …`, `عن إمكانية جزء ثالث، أكد أنه …`), normalized; a clitic `و` may come first.
 */
export const TOPIC_OPENERS: readonly string[] = ["حول", "عن", "بشان", "بخصوص"];

/** Words a topic phrase may run to before its comma (longer, it is a clause of its own). */
export const MAX_TOPIC_WORDS = 10;

/**
 * Words that may stand between a sentence's start and its verb of saying without naming the
 * speaker (`وقد أكد أن …`, `وكان قد قال في …`), normalized.
 */
export const BEFORE_SPEECH_VERB: readonly string[] = ["قد", "فقد", "لقد", "كان قد", "كانت قد"];

/** `أنّ` and `بأنّ` bare (normalized). */
export const THAT_BARE: readonly string[] = ["ان", "بان"];

/** `أنّ` with a pronoun (normalized), which no preposition comes before: `أنه`, `بأنها`. */
export const THAT_WITH_PRONOUN: readonly string[] = [
  "انه",
  "انها",
  "انهم",
  "انهن",
  "انني",
  "اننا",
  "بانه",
  "بانها",
];

/**
 * "Saying" (normalized) after a verb of saying, whose subject it leaves unnamed: `وتابع قائلا:
 * …`, `وختم بالقول: …`, `وأردف بقوله إن …`. Any verb of saying, those that say only before a
 * colon as well.
 */
export const SAYING_WORDS: readonly string[] = ["قائلا", "قائله", "بالقول", "بقوله", "بقولها"];

/**
 * Words that, right after a verb of saying, show that it has no named subject: `أن`, `إن` and
 * their pronoun forms, the prepositions that open `في بيان`, `خلال مؤتمر`, `لـ"العربية"`,
 * `إلى أن`, "saying" (`قائلا`, `بالقول`) or `يقول` (`وتابعت تقول: …`).
 */
export const AFTER_UNNAMED_SPEAKER: readonly string[] = [
  ...THAT_BARE,
  ...THAT_WITH_PRONOUN,
  ...SAYING_WORDS,
  "الي",
  "في",
  "من",
  "خلال",
  "عبر",
  "علي",
  "ل",
  "امام",
  "ايضا",
  "كذلك",
  "يقول",
  "تقول",
  "يقولون",
];

/**
 * Words (normalized) that make `من` after a verb of saying a connective that the speaker follows
 * (`دعا من جهته الرئيس …` "for his part, the president called …"), not "of" or "from" with the
 * speaker unnamed (`حذر من …`).
 */
export const SIDE_WORDS: readonly string[] = [
  "جهته",
  "جهتها",
  "جهتهم",
  "جهه",
  "جانبه",
  "جانبها",
  "جانبهم",
  "ناحيته",
  "ناحيتها",
  "ناحيه",
];

/**
 * First words (normalized) that point back at an earlier sentence: a pronoun subject (`هو ابن
 * المدينة …`, `لكنه لم يحدد …` "but he did not say …"), `بذلك` ("with that"), and the "then" of
 * a time an earlier sentence told (`حينها`, `عندئذ`, `وقتها`; `عندها`: THEN_OR_HAS).
 * Not `بهذا`, which opens a result that stands alone as often (`بهذا يرتفع عدد القتلى إلى 28`),
 * nor `نعم`, also the "yes" camp of a vote and the verb "enjoyed".
 */
export const ANAPHORIC_OPENERS: readonly string[] = [
  "هو",
  "هي",
  "هم",
  "هما",
  "لكنه",
  "لكنها",
  "لكنهم",
  "لكنهما",
  "بذلك",
  "حينها",
  "عندئذ",
  "وقتها",
];

/**
 * "The answer" (normalized): a sentence that opens on it right after a question answers that
 * question (`… كم ساعة تقضي على هاتفك؟ الإجابة هي ثلث ساعات استيقاظك`), and leans on it.
 */
export const ANSWER_OPENERS: readonly string[] = ["الاجابه", "الجواب"];

/** Words (normalized) after `الإجابة` that make it a party's answer, news of its own. */
export const NOT_AN_ANSWER_BEFORE: readonly string[] = ["الرسمي", "الرسميه"];

/**
 * "Then" that is also "she has" (normalized): it points back before a comma or a verb (`عندها
 * ستلاحظ …`, `عندها، كشفت …`), not before a noun (`عندها ثلاثة أطفال`).
 */
export const THEN_OR_HAS: readonly string[] = ["عندها"];

/**
 * "All this", "all that" (normalized): what an earlier sentence told (`كل ذلك يجري …`), unless a
 * definite noun follows (`كل هذا التاريخ …` names what it means).
 */
export const POINTING_BACK_PHRASES: readonly string[] = ["كل هذا", "كل ذلك"];

/**
 * Nouns (normalized) that `ذلك` ("that") points with at a date: `ذلك التاريخ`, `ذلك اليوم`. In a
 * sentence's first clause (`وفي اليوم السابق لذلك التاريخ، أعلن …`, `ودخل اللاعب في ذلك اليوم
 * …`), when the sentence tells no date and the one before does, they point at that one's date
 * (`features/boilerplate.ts`). A one-letter clitic may cling to `ذلك` (`لذلك التاريخ`).
 */
export const POINTED_DATES: readonly string[] = ["التاريخ", "اليوم"];

/**
 * Words besides months, weekdays and numbers in a line that only tells a date (normalized):
 * `يوم الأحد 12 أيار 2024`, `الموافق 5 رمضان 1445 هـ`, `نشر في 3 مارس`. Such a line is no highlight.
 */
export const DATE_LINE_WORDS: readonly string[] = [
  "يوم",
  "الموافق",
  "م",
  "ه",
  "هـ",
  "في",
  "نشر",
  "تحديث",
  "اخر",
];

/** How many first words of a sentence are looked at for `ذلك` and POINTED_DATES. */
export const POINTED_DATE_WITHIN_WORDS = 10;

/**
 * "These", "those" (normalized): as a sentence's subject, people an earlier sentence named
 * (`هؤلاء يدافعون عن …`); not before a noun (`هؤلاء اللاعبون`, a demonstrative) or `الذين`
 * ("those who").
 */
export const PLURAL_POINTERS: readonly string[] = ["هؤلاء", "اولئك"];

/**
 * Openings (normalized) of a sentence whose subject is a pronoun, `أنّ` with a pronoun after a
 * contrast or an addition: `إلا أنه …`, `غير أنها …` ("but he/she …"), `كما أنهم …` ("and they
 * also …").
 */
export const PRONOUN_SUBJECT_OPENINGS: readonly string[] = ["الا", "غير", "بيد", "كما"].flatMap(
  (word) => ["انه", "انها", "انهم", "انهما"].map((pronoun) => `${word} ${pronoun}`),
);

/** Demonstratives that open a sentence about something an earlier one told (`ذلك الأمر الذي …`). */
export const DEMONSTRATIVES: readonly string[] = ["ذلك", "تلك", "هذا", "هذه"];

/**
 * Words that, right after a demonstrative, make it point back (`هذا ما …` "this is what",
 * `ذلك بعدما …`, `ذلك لأن …`).
 */
export const AFTER_POINTING_BACK: readonly string[] = ["ما", "بعد", "بعدما", "لان", "ان"];

/** Relative pronouns: `ذلك الأمر الذي …` is a noun phrase about an earlier sentence's news. */
export const RELATIVE_PRONOUNS: readonly string[] = [
  "الذي",
  "التي",
  "الذين",
  "اللذين",
  "اللتين",
  "اللذان",
  "اللتان",
  "اللواتي",
  "اللاتي",
];

/**
 * Past verbs (normalized) that open an article's own later paragraph, never the lede of another
 * story (`features/related-stories.ts`): the background's `كان` (`كانت الشرطة اعتقلت …`) and the
 * verbs of going on with a speaker (`أضافت الشركة أن …`).
 */
export const NOT_A_LEDE_OPENING: readonly string[] = [
  "كان",
  "كانت",
  "كانوا",
  "اضاف",
  "اضافت",
  "اضافوا",
  "تابع",
  "تابعت",
  "اردف",
  "اردفت",
  "استطرد",
  "استطردت",
  "ختم",
  "ختمت",
  "اختتم",
  "اختتمت",
  "واصل",
  "واصلت",
];

/** "Also" (normalized): a paragraph that says it near its start goes on from its article. */
export const ALSO_WORDS: readonly string[] = ["ايضا"];

/** How many first words of a paragraph are looked at for ALSO_WORDS. */
export const ALSO_WITHIN_WORDS = 8;

/**
 * An infographic (normalized, with or without `ال`, the spellings of the corpus): a sentence that
 * names it in its first words tells what a picture shows (`الإنفوغرافيك المرفق يستعرض …`,
 * `يوضح الإنفوغرافيك …`, `في هذا الإنفوغرافيك، …`), which the reader of the highlights does not get.
 */
export const INFOGRAPHIC_WORDS: readonly string[] = [
  "انفوغرافيك",
  "انفوجرافيك",
  "انفوغراف",
  "انفوجراف",
  "انفوجرافيكس",
  "انفوغرافيكس",
];

/** Other media a sentence may point at (`الفيديو التالي يظهر …`), with MEDIA_PLACES or `هذا`. */
export const MEDIA_WORDS: readonly string[] = [
  "فيديو",
  "الفيديو",
  "الصور",
  "الصوره",
  "الجدول",
  "الخريطه",
  "الرسم",
  "الرسوم",
];

/** Where the media is, after its word: attached, following, below, above. */
export const MEDIA_PLACES: readonly string[] = [
  "المرفق",
  "المرفقه",
  "التالي",
  "التاليه",
  "الاتي",
  "الاتيه",
  "ادناه",
  "اعلاه",
];

/** Words after `الرسم` that make it a chart (`الرسم البياني أدناه`); alone it may be a fee. */
export const CHART_WORDS: readonly string[] = ["البياني", "بياني", "التوضيحي", "البيانيه"];

/** How many first words of a sentence are looked at for a media pointer. */
export const MEDIA_WITHIN_WORDS = 4;

/**
 * Openings (normalized) of a line that presents a video report: `في هذا التقرير الحصري، مراسلة
 * CNN … تشرح …`, with PRESENTER_WORDS after them. Without them the words are a report's content
 * (`في هذا التقرير، تقول لجنة خبراء …`), or an episode's topic, which may be the story of its
 * page (`وفي هذه الحلقة أيضا نكتشف معاناة …`).
 */
export const PRESENTATION_OPENINGS: readonly string[] = [
  "في هذا التقرير",
  "في هذه الحلقه",
  "في هذا الفيديو",
  "في هذا البرنامج",
  "في هذا العدد",
  "في هذا المقطع",
];

/**
 * The correspondent who presents a video report (`مراسلة CNN`, `مراسلنا`), normalized: after
 * PRESENTATION_OPENINGS, the line says who tells the story in a video that the reader of the
 * highlights does not get, not the story.
 */
export const PRESENTER_WORDS: readonly string[] = [
  "مراسل",
  "مراسله",
  "مراسلنا",
  "مراسلتنا",
  "موفد",
  "موفده",
  "موفدنا",
  "موفدتنا",
];

/** How many words after PRESENTATION_OPENINGS are looked at for PRESENTER_WORDS. */
export const PRESENTER_WITHIN_WORDS = 4;

/**
 * "This came (in)" (normalized): `جاء ذلك في تغريدة …` opens the sentence that says where the
 * news before it was said, and then often quotes it again (`… حيث قال: «…»`).
 */
export const CAME_VERBS: readonly string[] = ["جاء", "جاءت", "ياتي", "تاتي"];

/** Words between `في` and the statement: `في سلسلة تغريدات`, `في أول مقابلة`. */
export const BEFORE_STATEMENT: readonly string[] = ["سلسله", "اول", "اولي"];

/**
 * "In it" (normalized) after a verb of reporting: the sentence reports what the statement said
 * that is new (`جاء ذلك في بيان أعلنت فيه أيضا …`, `… لفتت خلاله إلى أن …`).
 */
export const IN_IT_WORDS: readonly string[] = ["فيه", "فيها", "خلاله", "خلالها"];

/** Prepositions after CAME_VERBS and a demonstrative: `في`, `خلال`, `عبر`. */
export const CAME_IN: readonly string[] = ["في", "خلال", "عبر"];

/**
 * Statements (normalized, without `ال`) that the news before came in: a tweet, an interview, a
 * speech, a statement, a press conference. Not a meeting, a visit or a time (`جاء ذلك في وقت …`,
 * `خلال زيارته …`): context that a highlight gives.
 */
export const STATEMENT_NOUNS: readonly string[] = [
  "تغريده",
  "تغريدات",
  "سلسله",
  "مقابله",
  "مقابلات",
  "بيان",
  "تصريحات",
  "تصريح",
  "مؤتمر",
  "كلمه",
  "تدوينه",
  "اتصال",
  "خطاب",
  "رساله",
  "مداخله",
  "حديث",
  "حوار",
  "تسجيل",
  "مقطع",
  "منشور",
];
