// fast-check arbitraries of Arabic-like news articles for the engine's property tests: sentences
// drawn from a word pool written for these tests, with punctuation, hard wraps, quotes, asides,
// datelines, boilerplate lines, numbers, abbreviations and stray Unicode.
import fc from "fast-check";
import type { SummarizeOptions } from "../../src/options.js";

/** Plain news words (written for these tests, not taken from any corpus). */
const WORDS = [
  "الحكومة",
  "أعلنت",
  "الوزير",
  "المدينة",
  "الاجتماع",
  "خطة",
  "جديدة",
  "لخفض",
  "الأسعار",
  "الشهر",
  "المقبل",
  "المعارضة",
  "انتقدت",
  "البرلمان",
  "الأمن",
  "مجلس",
  "الرئيس",
  "المنطقة",
  "مليون",
  "دولار",
  "الاقتصاد",
  "النفط",
  "المياه",
  "المدارس",
  "الطلاب",
  "المستشفى",
  "الشرطة",
  "الانتخابات",
  "إلى",
  "على",
  "في",
  "من",
  "عن",
  "أن",
  "إن",
  "التي",
  "الذي",
  "هذا",
  "مع",
  "بعد",
  "قبل",
  "يوم",
  "الأحد",
  "أمس",
  "مصر",
  "الأردن",
  "تونس",
  "مؤسسة",
  "الدولية",
  "تقرير",
  "نشرته",
  "مصادر",
  "محلية",
  "سكان",
  "القرية",
  "شهدت",
  "فيضانات",
  "واسعة",
  "ألف",
  "شخص",
  "عاد",
  "ذَهَبَ",
  "الطـريق",
  "آلاف",
  "مسؤولي",
  "ىرى",
  "ء",
];

/** Words the compression rules look for (connectives, clitic openers, attributions, adjuncts). */
const CUES = [
  "كما",
  "وقال",
  "وَقالَ",
  "وقالت",
  "وأضاف",
  "وأكد",
  "والحكومة",
  "والمعارضة",
  "بحسب",
  "وبحسب",
  "حسبما",
  "وفقا",
  "نقلا عن",
  "وسط",
  "في إشارة إلى",
  "في حين",
  "من جهته،",
  "من جانبها،",
  "في المقابل،",
  "إلى ذلك،",
  "أيضا",
  "وذلك في",
];

/** Tokens that stress the splitter: numbers, abbreviations, Latin, URLs, mixed scripts. */
const ODD = [
  "3.5",
  "٣٫٥",
  "1,200",
  "٢٠٢٤",
  "د.",
  "أ.د.",
  "م.",
  "ق.م",
  "سي.إن.إن",
  "https://example.com/a.b?x=1",
  "info@example.org",
  "BBC",
  "U.S.",
  "COVID-19",
  "أنجلو-فرنسية",
  "%",
  "-",
  "—",
  "/",
  "...",
  "😀",
  "\u200f",
  "\u00a0",
];

const TERMINATORS = [".", ".", ".", "!", "؟", "?", "…", "...", "", ".»", '."', "”.", ").", " ."];
const CLAUSE = ["، ", "؛ ", ", ", " - ", ": "];
const DATELINES = [
  "القاهرة (رويترز) - ",
  "عمان (خاص) - ",
  "بيروت - أ ف ب: ",
  "(CNN) -- ",
  "دبي، الإمارات (CNN) -- ",
  "",
];
const BOILER = [
  "اقرأ أيضا: الحكومة تعلن خطة جديدة",
  "مصدر الصورة: Getty Images",
  "شاهد أيضا",
  "حقوق الصورة AFP",
  "المزيد من الأخبار",
  "ما رأيك في الخطة؟",
  "عنوان قصير",
  "- أعلنت الحكومة خطة جديدة.",
];
const PARAGRAPH_BREAKS = ["\n\n", "\n", "\r\n", "\n \n", "\n\n\n", " "];
const SENTENCE_JOINS = [" ", " ", "", "\n", "  ", "\t"];

const word = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 3, arbitrary: fc.constantFrom(...CUES) },
  { weight: 1, arbitrary: fc.constantFrom(...ODD) },
  { weight: 1, arbitrary: fc.string({ maxLength: 3 }) },
);

/** A clause: words joined by spaces, sometimes by a hard wrap. */
const clause = fc
  .array(fc.tuple(word, fc.constantFrom(" ", " ", " ", " ", "\n", "  ")), {
    minLength: 1,
    maxLength: 10,
  })
  .map((ws) => ws.map(([w, sep], i) => (i === 0 ? w : `${sep}${w}`)).join(""));

/** A clause dressed up: quoted, bracketed (sometimes glued to the next word), or plain. */
const part = fc.oneof(
  { weight: 6, arbitrary: clause },
  { weight: 1, arbitrary: clause.map((c) => `«${c}»`) },
  { weight: 1, arbitrary: clause.map((c) => `"${c}"`) },
  { weight: 1, arbitrary: clause.map((c) => `“${c}”`) },
  { weight: 1, arbitrary: fc.tuple(clause, clause).map(([a, b]) => `${a} (${b})`) },
  { weight: 1, arbitrary: fc.tuple(clause, clause).map(([a, b]) => `${a}(${b})`) },
  { weight: 1, arbitrary: fc.tuple(clause, clause, clause).map(([a, b, c]) => `${a} (${b})${c}`) },
);

/** A sentence: clauses joined by clause marks, then a terminator (or none). */
const sentence = fc
  .tuple(
    fc.array(fc.tuple(part, fc.constantFrom(...CLAUSE)), { minLength: 1, maxLength: 4 }),
    fc.constantFrom(...TERMINATORS),
  )
  .map(([parts, end]) => parts.map(([p, sep], i) => (i === 0 ? p : `${sep}${p}`)).join("") + end);

/** A paragraph: one to five sentences, or a boilerplate line. */
const paragraph = fc.oneof(
  {
    weight: 8,
    arbitrary: fc
      .array(fc.tuple(sentence, fc.constantFrom(...SENTENCE_JOINS)), {
        minLength: 1,
        maxLength: 5,
      })
      .map((ss) => ss.map(([s, j], i) => (i === 0 ? s : `${j}${s}`)).join("")),
  },
  { weight: 1, arbitrary: fc.constantFrom(...BOILER) },
);

/** An article: an optional dateline, paragraphs with assorted breaks, optional outer white space. */
export const article: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom(...DATELINES),
    fc.array(fc.tuple(paragraph, fc.constantFrom(...PARAGRAPH_BREAKS)), {
      minLength: 1,
      maxLength: 12,
    }),
    fc.constantFrom("", " ", "\n", "\ufeff", "\n\n  "),
  )
  .map(
    ([dateline, paras, pad]) =>
      pad + dateline + paras.map(([p, br], i) => (i === 0 ? p : `${br}${p}`)).join("") + pad,
  );

/** Options as a library user may pass them (valid ones). */
export const options: fc.Arbitrary<SummarizeOptions> = fc.record(
  {
    count: fc.option(fc.integer({ min: 1, max: 10 }), { nil: null }),
    compress: fc.boolean(),
    title: fc.option(clause, { nil: null }),
  },
  { requiredKeys: [] },
);
