import assert from "node:assert/strict";
import { test } from "node:test";
import { segment, segmentDocument } from "../../src/lang/ar/segment.js";

/** The sentence texts `segment` finds in `input`. */
function sentencesOf(input: string): string[] {
  return segment(input).map((s) => input.slice(s.span.start, s.span.end));
}

/**
 * Hard-wrap paragraphs (greedy, at `width` UTF-16 units) the way EASC articles are wrapped:
 * one line break between paragraphs, none blank.
 */
function hardWrap(paragraphs: readonly string[], width = 60): string {
  const lines: string[] = [];
  for (const paragraph of paragraphs) {
    let line = "";
    for (const word of paragraph.split(" ")) {
      if (line && line.length + 1 + word.length > width) {
        lines.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    lines.push(line);
  }
  return lines.join("\n");
}

type Case = readonly [name: string, input: string, expected: readonly string[]];

const CASES: readonly Case[] = [
  // Plain terminators.
  ["two sentences", "ارتفعت الأسعار. وتراجع الطلب.", ["ارتفعت الأسعار.", "وتراجع الطلب."]],
  [
    "question mark",
    "هل تنجح المفاوضات؟ يأمل الوسطاء ذلك.",
    ["هل تنجح المفاوضات؟", "يأمل الوسطاء ذلك."],
  ],
  ["Latin question mark", "من المسؤول? لا أحد يعرف.", ["من المسؤول?", "لا أحد يعرف."]],
  [
    "exclamation",
    "يا لها من مباراة! فاز الفريق بثلاثة أهداف.",
    ["يا لها من مباراة!", "فاز الفريق بثلاثة أهداف."],
  ],
  [
    "question and exclamation run",
    "أهذا معقول؟! رد الوزير غاضبا.",
    ["أهذا معقول؟!", "رد الوزير غاضبا."],
  ],
  ["Latin ?! run", "حقا?! قالها بدهشة.", ["حقا?!", "قالها بدهشة."]],
  // Invisible marks beside a dot (pages that put a right-to-left mark around every dot).
  [
    "a title's dot between right-to-left marks",
    "قال د\u200f.\u200f محمد علي إن الخطة جاهزة. وأضاف أن التنفيذ يبدأ غدا.",
    ["قال د\u200f.\u200f محمد علي إن الخطة جاهزة.", "وأضاف أن التنفيذ يبدأ غدا."],
  ],
  [
    "a decimal point between left-to-right marks",
    "بلغ النمو 3\u200e.\u200e5 بالمئة هذا العام. وقال الوزير إن ذلك جيد.",
    ["بلغ النمو 3\u200e.\u200e5 بالمئة هذا العام.", "وقال الوزير إن ذلك جيد."],
  ],
  [
    "a chain of initials with right-to-left marks",
    "تأسست ج\u200f.\u200fم\u200f.\u200fع\u200f. في ذلك العام بقرار رسمي. وهذا خبر آخر.",
    ["تأسست ج\u200f.\u200fم\u200f.\u200fع\u200f. في ذلك العام بقرار رسمي.", "وهذا خبر آخر."],
  ],
  [
    "a sentence's full stop after a right-to-left mark",
    "وصل الوفد إلى العاصمة\u200f. وقال رئيسه إن الزيارة مهمة.",
    ["وصل الوفد إلى العاصمة\u200f.", "وقال رئيسه إن الزيارة مهمة."],
  ],
  ["three dots", "وانتظر الجميع... ثم جاء الخبر.", ["وانتظر الجميع...", "ثم جاء الخبر."]],
  ["ellipsis character", "وساد الصمت… ثم بدأ التصويت.", ["وساد الصمت…", "ثم بدأ التصويت."]],
  ["two dots", "فاز الهلال.. وخسر النصر.", ["فاز الهلال..", "وخسر النصر."]],
  [
    "two dots after a one-word lead-in only pause: the sentence goes on",
    "وصل الفريق إلى المطار. الهلال.. فريق لا يستسلم أبدا. طيب.. ليه لم يبلغ الحكم؟",
    ["وصل الفريق إلى المطار.", "الهلال.. فريق لا يستسلم أبدا.", "طيب.. ليه لم يبلغ الحكم؟"],
  ],
  [
    "two dots after a lead-in end the sentence when fewer than four words follow before the next end",
    "يا حضرات.. من أجل هذا.. علينا أن نطالب بالتصحيح دائما.",
    ["يا حضرات..", "من أجل هذا..", "علينا أن نطالب بالتصحيح دائما."],
  ],
  [
    "two dots after a call only pause; after two words, or at a line's end, they end the sentence",
    "يا حضرات.. جرى لاعبو الفريق نحو الحكم. إيران كذبت.. قالها الرئيس. الهلال..\nفريق لا يستسلم.",
    [
      "يا حضرات.. جرى لاعبو الفريق نحو الحكم.",
      "إيران كذبت..",
      "قالها الرئيس.",
      "الهلال..",
      "فريق لا يستسلم.",
    ],
  ],
  ["exclamation run", "مفاجأة!!! خسر البطل.", ["مفاجأة!!!", "خسر البطل."]],
  [
    "no space after the full stop",
    "وصل الوفد.وبدأت المحادثات فورا.",
    ["وصل الوفد.", "وبدأت المحادثات فورا."],
  ],
  ["no final terminator", "انتهى الاجتماع. ولم يصدر بيان", ["انتهى الاجتماع.", "ولم يصدر بيان"]],
  ["white space trimmed", "   بدأت القمة.   وانتهت مساء.  ", ["بدأت القمة.", "وانتهت مساء."]],
  [
    "Arabic comma and semicolon are not ends",
    "وصل الرئيس، واستقبله الوزراء؛ ثم بدأ الاجتماع.",
    ["وصل الرئيس، واستقبله الوزراء؛ ثم بدأ الاجتماع."],
  ],
  [
    "question mark followed by an Arabic comma goes on",
    "هل يعود الفريق أقوى؟، سؤال يطرحه المشجعون قبل المباراة.",
    ["هل يعود الفريق أقوى؟، سؤال يطرحه المشجعون قبل المباراة."],
  ],
  [
    "full stop after a quote followed by an Arabic comma goes on",
    'ونقلت الصحيفة عنه قوله "لن نتراجع أبدا".، وأضاف أن الحوار مستمر. ثم غادر.',
    ['ونقلت الصحيفة عنه قوله "لن نتراجع أبدا".، وأضاف أن الحوار مستمر.', "ثم غادر."],
  ],
  [
    "exclamation inside a long quote, then a comma, goes on",
    'صرخ المعلق في نهاية الشوط الثاني "يا له من هدف رائع سيبقى في ذاكرة الجماهير طويلا مهما مرت السنوات والمواسم!"، ثم صمت. وعاد البث.',
    [
      'صرخ المعلق في نهاية الشوط الثاني "يا له من هدف رائع سيبقى في ذاكرة الجماهير طويلا مهما مرت السنوات والمواسم!"، ثم صمت.',
      "وعاد البث.",
    ],
  ],
  [
    "terminator, space, comma goes on",
    "انتهت المباراة ! ، لكن الجدل لم ينته. وتستمر البطولة.",
    ["انتهت المباراة ! ، لكن الجدل لم ينته.", "وتستمر البطولة."],
  ],
  [
    "terminator then a semicolon goes on",
    "لماذا تأخر القرار؟؛ لأن الوزارة لم تكتمل.",
    ["لماذا تأخر القرار؟؛ لأن الوزارة لم تكتمل."],
  ],
  [
    "colon is not an end",
    "وقال المتحدث: الوضع مستقر. وأضاف أن العمل مستمر.",
    ["وقال المتحدث: الوضع مستقر.", "وأضاف أن العمل مستمر."],
  ],
  ["single sentence", "أعلنت الحكومة خطة جديدة للإسكان.", ["أعلنت الحكومة خطة جديدة للإسكان."]],
  ["empty input", "", []],
  ["white space only", " \n\t\n ", []],
  ["punctuation only", "... !!!", []],
  [
    "leading dots join the sentence",
    "... وعاد الهدوء إلى المدينة.",
    ["... وعاد الهدوء إلى المدينة."],
  ],
  ["trailing closing bracket joins the sentence", "انتهت الجولة. )", ["انتهت الجولة. )"]],

  // Numbers.
  [
    "decimal with a dot",
    "بلغ النمو 3.5 في المئة هذا العام.",
    ["بلغ النمو 3.5 في المئة هذا العام."],
  ],
  [
    "Arabic decimal separator",
    "بلغ التضخم ٣٫٥ في المئة. وارتفعت البطالة.",
    ["بلغ التضخم ٣٫٥ في المئة.", "وارتفعت البطالة."],
  ],
  [
    "Arabic-Indic digits before a full stop",
    "وقع الزلزال عام ٢٠٢٣. وتضررت مدن كثيرة.",
    ["وقع الزلزال عام ٢٠٢٣.", "وتضررت مدن كثيرة."],
  ],
  [
    "year before a full stop",
    "تأسست الشركة عام 1998. وتوسعت لاحقا.",
    ["تأسست الشركة عام 1998.", "وتوسعت لاحقا."],
  ],
  [
    "date with dots",
    "صدر القرار في 12.03.2019 وبدأ تطبيقه فورا.",
    ["صدر القرار في 12.03.2019 وبدأ تطبيقه فورا."],
  ],
  [
    "thousands separator",
    "شارك 1,500 متطوع. وتبرع آخرون بالمال.",
    ["شارك 1,500 متطوع.", "وتبرع آخرون بالمال."],
  ],
  ["percent sign", "تراجع المؤشر 2.4%. وهبط الدولار.", ["تراجع المؤشر 2.4%.", "وهبط الدولار."]],
  ["unit after a year", "ولد عام 1770 م. وتوفي في فيينا.", ["ولد عام 1770 م.", "وتوفي في فيينا."]],
  [
    "era after a number",
    "بني المعبد نحو 300 ق.م. واكتشف حديثا.",
    ["بني المعبد نحو 300 ق.م.", "واكتشف حديثا."],
  ],
  ["time with a dot", "أقلعت الطائرة الساعة 10.30 صباحا.", ["أقلعت الطائرة الساعة 10.30 صباحا."]],
  [
    "unit after a year and a no-break space or two spaces",
    "ولد عام 1770\u00a0م. وتوفي في فيينا. ومات عام 1827  م. ودفن هناك.",
    ["ولد عام 1770\u00a0م.", "وتوفي في فيينا.", "ومات عام 1827  م.", "ودفن هناك."],
  ],
  [
    "unit after a year with direction marks around the number",
    "ولد عام \u200e1770\u200e م. وتعلم العزف مبكرا. ومات عام \u200f1827\u200f\u00a0م. ودفن هناك.",
    [
      "ولد عام \u200e1770\u200e م.",
      "وتعلم العزف مبكرا.",
      "ومات عام \u200f1827\u200f\u00a0م.",
      "ودفن هناك.",
    ],
  ],
  [
    "a group's or a vitamin's letter ends the sentence",
    "وقعت مصر في المجموعة أ. وتضم المجموعة أربعة منتخبات. ونصح الأطباء بفيتامين د. وأوصوا بالرياضة.",
    [
      "وقعت مصر في المجموعة أ.",
      "وتضم المجموعة أربعة منتخبات.",
      "ونصح الأطباء بفيتامين د.",
      "وأوصوا بالرياضة.",
    ],
  ],
  [
    "a title's letter after a post is the title before a name; a clitic و after it opens a sentence",
    "قال رئيس القسم د. محمد الخطيب إن النتائج جيدة. وأكد رئيس مجلس إدارة المجموعة م. خالد السالم ذلك. ووقعت مصر في المجموعة د. وتضم المجموعة أربعة منتخبات.",
    [
      "قال رئيس القسم د. محمد الخطيب إن النتائج جيدة.",
      "وأكد رئيس مجلس إدارة المجموعة م. خالد السالم ذلك.",
      "ووقعت مصر في المجموعة د.",
      "وتضم المجموعة أربعة منتخبات.",
    ],
  ],
  [
    "after a vitamin a letter is always its label; after a group, a word that opens a sentence ends it",
    "ينصح الأطباء بتناول فيتامين د. كما ينصحون بالرياضة. وقع المنتخب في المجموعة أ. أما الثاني فوقع في المجموعة ب. وقالت رئيسة القسم د. وسن الجبوري إن النتائج جيدة.",
    [
      "ينصح الأطباء بتناول فيتامين د.",
      "كما ينصحون بالرياضة.",
      "وقع المنتخب في المجموعة أ.",
      "أما الثاني فوقع في المجموعة ب.",
      "وقالت رئيسة القسم د. وسن الجبوري إن النتائج جيدة.",
    ],
  ],

  // Abbreviations, titles, initials.
  ["doctor", "قال د. محمد علي إن الوضع خطير.", ["قال د. محمد علي إن الوضع خطير."]],
  ["professor", "وأوضح أ. سامي أن الدراسة اكتملت.", ["وأوضح أ. سامي أن الدراسة اكتملت."]],
  [
    "professor doctor",
    "ترأس الجلسة أ.د. ليلى حسن. وحضرها خبراء.",
    ["ترأس الجلسة أ.د. ليلى حسن.", "وحضرها خبراء."],
  ],
  ["engineer", "وأشرف م. خالد على المشروع.", ["وأشرف م. خالد على المشروع."]],
  ["post box", "العنوان ص.ب. 1234 الرياض.", ["العنوان ص.ب. 1234 الرياض."]],
  ["Latin title", "وقال Dr. Smith إن النتائج مشجعة.", ["وقال Dr. Smith إن النتائج مشجعة."]],
  ["Latin initials", "ألفت J. K. Rowling سلسلة شهيرة.", ["ألفت J. K. Rowling سلسلة شهيرة."]],
  [
    "U.S. mid-sentence",
    "أعلنت وزارة U.S. Treasury عقوبات جديدة.",
    ["أعلنت وزارة U.S. Treasury عقوبات جديدة."],
  ],
  [
    "Arabic initials of a name",
    "فاز ع. الحسن بالجائزة. وهنأه زملاؤه.",
    ["فاز ع. الحسن بالجائزة.", "وهنأه زملاؤه."],
  ],
  [
    "agency initials",
    "ذكرت وكالة د.ب.أ. أن الاجتماع تأجل.",
    ["ذكرت وكالة د.ب.أ. أن الاجتماع تأجل."],
  ],
  [
    "letter names of a channel",
    "وقالت شبكة سي.إن.إن الأمريكية إن القرار وشيك.",
    ["وقالت شبكة سي.إن.إن الأمريكية إن القرار وشيك."],
  ],
  [
    "glued letter names with أو among them",
    "وقال مدير شركة أو.إن.جي.سي الهندية إن الإنتاج ارتفع. وتراجعت الأسعار.",
    ["وقال مدير شركة أو.إن.جي.سي الهندية إن الإنتاج ارتفع.", "وتراجعت الأسعار."],
  ],
  [
    "glued letter names with في among them",
    "وأعلنت شركة بي.دي.في.إس.إيه زيادة صادراتها. وارتفع مؤشر في.آي.إكس أمس.",
    ["وأعلنت شركة بي.دي.في.إس.إيه زيادة صادراتها.", "وارتفع مؤشر في.آي.إكس أمس."],
  ],
  [
    "glued letter names after the article",
    "وحقق الإف.بي.آي مع الموظف السابق في السي.آي.إيه لأسابيع.",
    ["وحقق الإف.بي.آي مع الموظف السابق في السي.آي.إيه لأسابيع."],
  ],
  [
    "a common word glued to the next sentence still ends it",
    "ولم يجد ما يقوله في.وانتهت المقابلة. وارتفعت الأسعار.في الأسواق ازدحام.",
    ["ولم يجد ما يقوله في.", "وانتهت المقابلة.", "وارتفعت الأسعار.", "في الأسواق ازدحام."],
  ],
  [
    "letter names with spaces",
    "بثت قناة بي. بي. سي. التقرير مساء.",
    ["بثت قناة بي. بي. سي. التقرير مساء."],
  ],
  [
    "dotted initials in a bracket, a space among them",
    "وقال رئيس مجموعة (إم.إي. تي.إل) إن الأرباح زادت. وارتفع السهم.",
    ["وقال رئيس مجموعة (إم.إي. تي.إل) إن الأرباح زادت.", "وارتفع السهم."],
  ],
  [
    "a full stop glued between words in a bracket still ends its sentence",
    "وأجلت اللجنة قرارها (الذي طال انتظاره كثيرا. وقال.المتحدث إنه قريب) إلى الغد.",
    ["وأجلت اللجنة قرارها (الذي طال انتظاره كثيرا.", "وقال.المتحدث إنه قريب) إلى الغد."],
  ],
  [
    "a glued full stop in a short quotation still stops the search for its close",
    'قال: "انتهى الأمر. وغادر.الوفد" ثم صمت.',
    ['قال: "انتهى الأمر.', 'وغادر.الوفد" ثم صمت.'],
  ],
  [
    "ordinary word ending in a letter name",
    "نشر الكتاب باللغة العربي. ثم ترجم.",
    ["نشر الكتاب باللغة العربي.", "ثم ترجم."],
  ],

  // URLs and e-mails.
  [
    "URL with path",
    "التفاصيل على www.example.com/news/2024 لمن يرغب.",
    ["التفاصيل على www.example.com/news/2024 لمن يرغب."],
  ],
  [
    "URL at the end of a sentence",
    "زوروا الموقع example.org. وتابعونا.",
    ["زوروا الموقع example.org.", "وتابعونا."],
  ],
  [
    "URL with a query",
    "الرابط https://example.com/a?id=3&x=1 متاح الآن.",
    ["الرابط https://example.com/a?id=3&x=1 متاح الآن."],
  ],
  [
    "a full stop before a quotation's closing mark inside another quotation does not end the sentence",
    'قال: «قرأت "الحرب والسلم." مرتين». ثم ضحك.',
    ['قال: «قرأت "الحرب والسلم." مرتين».', "ثم ضحك."],
  ],
  [
    "a straight quote right before a full stop closes a quotation, even when the count was turned around",
    'قالت المديرة إن "الناس خرجوا تحت شعار "لا نريد الحرية". والناس مستعدون لفعل أي شيء كي لا يتم قصفهم". وقالت إن العنف يحصل عند الحواجز مقابل السماح بالعبور". وكشفت مديرة منظمة "النساء الآن" أن الاغتصاب يحصل بعد السيطرة على المدن.',
    [
      'قالت المديرة إن "الناس خرجوا تحت شعار "لا نريد الحرية".',
      'والناس مستعدون لفعل أي شيء كي لا يتم قصفهم".',
      'وقالت إن العنف يحصل عند الحواجز مقابل السماح بالعبور".',
      'وكشفت مديرة منظمة "النساء الآن" أن الاغتصاب يحصل بعد السيطرة على المدن.',
    ],
  ],
  [
    "a title's full stop at the end of a line goes on into the name on the next line",
    "افتتحت الجامعة مبنى جديدا للبحوث.\nوقال رئيس الجامعة أ.د.\nمحمد عثمان إن المبنى سيخدم آلاف الطلاب.\nوأضاف أن العمل بدأ العام الماضي.",
    [
      "افتتحت الجامعة مبنى جديدا للبحوث.",
      "وقال رئيس الجامعة أ.د.\nمحمد عثمان إن المبنى سيخدم آلاف الطلاب.",
      "وأضاف أن العمل بدأ العام الماضي.",
    ],
  ],
  [
    "a Latin letter, a time zone's letters or a letter name at the end of a line still end the sentence",
    "وكشفت الشركة عن هاتف آيفون X.\nوبدأت عملية الإنقاذ عند الساعة 4:05 ت غ.\nوغادرت المستشفى بحسب ما علمت بي بي سي.\nوقال متحدث إنها بخير.",
    [
      "وكشفت الشركة عن هاتف آيفون X.",
      "وبدأت عملية الإنقاذ عند الساعة 4:05 ت غ.",
      "وغادرت المستشفى بحسب ما علمت بي بي سي.",
      "وقال متحدث إنها بخير.",
    ],
  ],
  [
    "a letter name, an abbreviation or initials end a sentence before a word that opens one",
    "نقلت الخبر شبكة سي. إن. إن. وقالت إن الرئيس سيزور المنطقة. وغادرت المستشفى بحسب ما علمت بي بي سي. وقال متحدث إنها بخير. وتأسست في القاهرة ج.م.ع. وبدأت نشاطها عام 1990. وتعمل في البلاد شركة Acme Inc. ثم توسعت.",
    [
      "نقلت الخبر شبكة سي. إن. إن.",
      "وقالت إن الرئيس سيزور المنطقة.",
      "وغادرت المستشفى بحسب ما علمت بي بي سي.",
      "وقال متحدث إنها بخير.",
      "وتأسست في القاهرة ج.م.ع.",
      "وبدأت نشاطها عام 1990.",
      "وتعمل في البلاد شركة Acme Inc.",
      "ثم توسعت.",
    ],
  ],
  [
    "a title's initials and a middle initial before a name do not end the sentence",
    "قال د. وليد إن الخطة جاهزة. وأكد أ.د. وائل ذلك. والتقى جون سي. دميرس بالوزير.",
    ["قال د. وليد إن الخطة جاهزة.", "وأكد أ.د. وائل ذلك.", "والتقى جون سي. دميرس بالوزير."],
  ],
  [
    "a year's era at the end of a line still ends the sentence",
    "فازت الشركة بالعقد.\nوتأسست الشركة عام 1990م.\nوهي من أكبر الشركات.",
    ["فازت الشركة بالعقد.", "وتأسست الشركة عام 1990م.", "وهي من أكبر الشركات."],
  ],
  [
    "a quotation may open on an ellipsis, its elided start",
    'قال "…ولن نعود" ثم غادر القاعة. وأضاف أن الحكومة ماضية.',
    ['قال "…ولن نعود" ثم غادر القاعة.', "وأضاف أن الحكومة ماضية."],
  ],
  [
    "a line of tatweels is a separator, not a sentence",
    "ارتفعت الأسعار.\nــــــــــــ\nوتراجع الطلب.",
    ["ارتفعت الأسعار.", "وتراجع الطلب."],
  ],
  [
    "a Latin name with ! inside is one word",
    "أعلنت شركة Yahoo!Japan عن خدمة جديدة. وقال مديرها إنها مجانية.",
    ["أعلنت شركة Yahoo!Japan عن خدمة جديدة.", "وقال مديرها إنها مجانية."],
  ],
  [
    "a question mark after an Arabic letter inside a web address is the address's",
    "نشرت التعديلات على الرابط https://ar.wikipedia.org/wiki/ياهو?action=history قبل موعد الاجتماع.",
    [
      "نشرت التعديلات على الرابط https://ar.wikipedia.org/wiki/ياهو?action=history قبل موعد الاجتماع.",
    ],
  ],
  [
    "a question mark glued to a number after an Arabic word ends the sentence",
    "كم عدد الضحايا؟20 قتيلا على الأقل حتى الآن.",
    ["كم عدد الضحايا؟", "20 قتيلا على الأقل حتى الآن."],
  ],
  [
    "an exclamation mark glued to a number or a Latin word after an Arabic word ends the sentence",
    "يا لها من مفاجأة!3 أهداف في الشوط الأول. ما التطبيق الأكثر تحميلا?TikTok يتصدر القائمة.",
    [
      "يا لها من مفاجأة!",
      "3 أهداف في الشوط الأول.",
      "ما التطبيق الأكثر تحميلا?",
      "TikTok يتصدر القائمة.",
    ],
  ],
  [
    "e-mail",
    "راسلونا على info@example.com للاستفسار.",
    ["راسلونا على info@example.com للاستفسار."],
  ],
  [
    "e-mail at the end",
    "للتواصل: press@example.org. شكرا لكم.",
    ["للتواصل: press@example.org.", "شكرا لكم."],
  ],
  ["file name", "حمّل الملف report.pdf من الموقع.", ["حمّل الملف report.pdf من الموقع."]],

  // Quotes and brackets.
  [
    "closing guillemet stays",
    "قال الوزير: «سنفوز». ثم غادر.",
    ["قال الوزير: «سنفوز».", "ثم غادر."],
  ],
  [
    "terminator inside guillemets",
    "قال الوزير: «سنفوز.» ثم غادر القاعة.",
    ["قال الوزير: «سنفوز.»", "ثم غادر القاعة."],
  ],
  [
    "terminator inside ASCII quotes",
    'وقالت المتحدثة: "لن نتراجع." وأكدت موقفها.',
    ['وقالت المتحدثة: "لن نتراجع."', "وأكدت موقفها."],
  ],
  [
    "curly quotes",
    "وكتب: “انتهت المرحلة الأولى.” ثم نشر صورة.",
    ["وكتب: “انتهت المرحلة الأولى.”", "ثم نشر صورة."],
  ],
  [
    "short quote with a question continues",
    'وسأل: "إلى متى؟" قبل أن يغادر القاعة.',
    ['وسأل: "إلى متى؟" قبل أن يغادر القاعة.'],
  ],
  [
    "short quote with two sentences stays whole",
    'قال: "نعم. سنذهب". ثم خرج.',
    ['قال: "نعم. سنذهب".', "ثم خرج."],
  ],
  [
    "a quotation's address line after a colon goes on into the quotation",
    'وكتب الرئيس في تغريدة: "إلى رئيس الوزراء المستقيل. لا تعد إلى هذا القصر مرة أخرى وإلا ستندم على ذلك كثيرا". ورد خصومه.',
    [
      'وكتب الرئيس في تغريدة: "إلى رئيس الوزراء المستقيل. لا تعد إلى هذا القصر مرة أخرى وإلا ستندم على ذلك كثيرا".',
      "ورد خصومه.",
    ],
  ],
  [
    "a quotation's heading line, a definite noun phrase, goes on into the quotation",
    'ونشر ناشط المقطع مرفقا بعبارة: "المجلس البلدي. عندما أراد رئيس المجلس أن يتكلم عن الميزانية بدأ الشجار بين الأعضاء". وانتشر المقطع.',
    [
      'ونشر ناشط المقطع مرفقا بعبارة: "المجلس البلدي. عندما أراد رئيس المجلس أن يتكلم عن الميزانية بدأ الشجار بين الأعضاء".',
      "وانتشر المقطع.",
    ],
  ],
  [
    "a short answer or sentence opening a long quotation still ends its sentence",
    'وقال الوزير: "نعم. سنرفع الأسعار في بداية العام المقبل بعد أن تنتهي الدراسة التي تعدها اللجنة". وقال المدرب: "لدينا أمل. سنقاتل حتى الدقيقة الأخيرة من المباراة المقبلة أمام المنافس القوي".',
    [
      'وقال الوزير: "نعم.',
      'سنرفع الأسعار في بداية العام المقبل بعد أن تنتهي الدراسة التي تعدها اللجنة".',
      'وقال المدرب: "لدينا أمل.',
      'سنقاتل حتى الدقيقة الأخيرة من المباراة المقبلة أمام المنافس القوي".',
    ],
  ],
  [
    "a nominal sentence with an indefinite predicate still ends its sentence",
    'وقالت الوزيرة: "المخاطر كبيرة. نحن في خطر إذا لم نتحرك بسرعة لحماية شبكات الاتصال في البلاد".',
    [
      'وقالت الوزيرة: "المخاطر كبيرة.',
      'نحن في خطر إذا لم نتحرك بسرعة لحماية شبكات الاتصال في البلاد".',
    ],
  ],
  [
    "a heading line quoted without a colon, or closed at once, ends as before",
    'وحمل الغلاف عنوانا يقول "الديكتاتور. إلى أين يمكن أن يصل الرجل في حكمه للبلاد؟". وكتب: "البرلمان الإيراني." ثم نشر المقطع.',
    [
      'وحمل الغلاف عنوانا يقول "الديكتاتور.',
      'إلى أين يمكن أن يصل الرجل في حكمه للبلاد؟".',
      'وكتب: "البرلمان الإيراني."',
      "ثم نشر المقطع.",
    ],
  ],
  [
    "quoted title with two dots",
    'صدر كتاب "العندليب.. الحقيقة الغائبة" هذا الأسبوع.',
    ['صدر كتاب "العندليب.. الحقيقة الغائبة" هذا الأسبوع.'],
  ],
  [
    "bracket closes after the stop",
    "عاد الوفد (بعد جولة طويلة.) واستؤنفت المحادثات.",
    ["عاد الوفد (بعد جولة طويلة.)", "واستؤنفت المحادثات."],
  ],
  [
    "elided quotation in brackets",
    "وقال البيان إن (...) الأمور تحت السيطرة.",
    ["وقال البيان إن (...) الأمور تحت السيطرة."],
  ],
  [
    "elision in brackets inside a long quotation",
    'وقال رئيس اللجنة في مؤتمر صحفي عقده بعد انتهاء الجلسة المغلقة: "لم نتخذ أي قرار بعد (...) وسنعلن موقفنا الأسبوع المقبل". ثم غادر.',
    [
      'وقال رئيس اللجنة في مؤتمر صحفي عقده بعد انتهاء الجلسة المغلقة: "لم نتخذ أي قرار بعد (...) وسنعلن موقفنا الأسبوع المقبل".',
      "ثم غادر.",
    ],
  ],
  [
    "two dots inside a long quotation that goes on",
    'وكتب الوزير على حسابه في موقع التواصل الاجتماعي مساء أمس: "لن نقبل بهذا الاتفاق.. نريد حلا عادلا للجميع". ورد خصومه فورا.',
    [
      'وكتب الوزير على حسابه في موقع التواصل الاجتماعي مساء أمس: "لن نقبل بهذا الاتفاق.. نريد حلا عادلا للجميع".',
      "ورد خصومه فورا.",
    ],
  ],
  [
    "three dots inside a long guillemet quotation that goes on",
    "وقال المدرب للصحفيين بعد المباراة الصعبة التي خاضها الفريق أمس: «لعبنا جيدا... لكن الحظ لم يحالفنا». وغادر الملعب.",
    [
      "وقال المدرب للصحفيين بعد المباراة الصعبة التي خاضها الفريق أمس: «لعبنا جيدا... لكن الحظ لم يحالفنا».",
      "وغادر الملعب.",
    ],
  ],
  [
    "two dots glued to a closing quote run on into the words that say what it was",
    '"اذهب إلى الجحيم".. هكذا رد الرئيس على خبير حقوقي انتقد حكومته. وغادر القاعة.',
    ['"اذهب إلى الجحيم".. هكذا رد الرئيس على خبير حقوقي انتقد حكومته.', "وغادر القاعة."],
  ],
  [
    "the same after a guillemet and three dots",
    "«عدنا مئة عام إلى الوراء»... جملة تختصر حال الاقتصاد اليوم. ثم تحدث الوزير.",
    ["«عدنا مئة عام إلى الوراء»... جملة تختصر حال الاقتصاد اليوم.", "ثم تحدث الوزير."],
  ],
  [
    "two dots after a closing quote at a line's end still end the sentence",
    '"اذهب إلى الجحيم"..\nهكذا رد الرئيس على خبير حقوقي انتقد حكومته.',
    ['"اذهب إلى الجحيم"..', "هكذا رد الرئيس على خبير حقوقي انتقد حكومته."],
  ],
  [
    "two dots after an opening straight quote's word end the sentence as before",
    'الهلال.. "فريق لا يستسلم" كما يقول أنصاره.',
    ["الهلال..", '"فريق لا يستسلم" كما يقول أنصاره.'],
  ],
  [
    "two dots right before a long quotation closes",
    'وقال المدرب للصحفيين بعد المباراة الصعبة التي خاضها الفريق أمس: "لعبنا جيدا طوال الشوط الأول لكن الحظ لم يحالفنا أبدا في الشوط الثاني من المباراة.." وغادر الملعب.',
    [
      'وقال المدرب للصحفيين بعد المباراة الصعبة التي خاضها الفريق أمس: "لعبنا جيدا طوال الشوط الأول لكن الحظ لم يحالفنا أبدا في الشوط الثاني من المباراة.."',
      "وغادر الملعب.",
    ],
  ],
  [
    "a full stop inside a long quotation still ends the sentence",
    'وكتب الوزير على حسابه في موقع التواصل الاجتماعي مساء أمس: "لن نقبل بهذا الاتفاق. نريد حلا عادلا.. للجميع".',
    [
      'وكتب الوزير على حسابه في موقع التواصل الاجتماعي مساء أمس: "لن نقبل بهذا الاتفاق.',
      'نريد حلا عادلا.. للجميع".',
    ],
  ],
  [
    "exclamation in brackets",
    "وصف الخطة بالناجحة (!) رغم الخسائر.",
    ["وصف الخطة بالناجحة (!) رغم الخسائر."],
  ],
  [
    "square bracket",
    "وأضاف [المتحدث]: انتهى الأمر. وغادر.",
    ["وأضاف [المتحدث]: انتهى الأمر.", "وغادر."],
  ],
  [
    "right single quotation mark",
    "وردد الجمهور ‘مبروك!’ ثم انصرف.",
    ["وردد الجمهور ‘مبروك!’ ثم انصرف."],
  ],
  [
    "long quotation split at its stops",
    'وقال رئيس الوزراء في كلمته أمام البرلمان: "لقد عملنا طوال العام على خفض العجز وتحسين الخدمات العامة. ونحن ماضون في الإصلاح مهما كانت الصعوبات." وصفق النواب.',
    [
      'وقال رئيس الوزراء في كلمته أمام البرلمان: "لقد عملنا طوال العام على خفض العجز وتحسين الخدمات العامة.',
      'ونحن ماضون في الإصلاح مهما كانت الصعوبات."',
      "وصفق النواب.",
    ],
  ],
  [
    "quote opening the next sentence",
    'انتهى اللقاء. "سنعود" قال المدرب.',
    ["انتهى اللقاء.", '"سنعود" قال المدرب.'],
  ],

  // Datelines, headings, lines.
  [
    "dateline with agency",
    "القاهرة (رويترز) - قال مسؤولون إن المحادثات ستستأنف. ولم يحدد موعد.",
    ["القاهرة (رويترز) - قال مسؤولون إن المحادثات ستستأنف.", "ولم يحدد موعد."],
  ],
  [
    "dateline with AFP",
    "باريس (أ ف ب) - أعلنت الشرطة توقيف مشتبه به.",
    ["باريس (أ ف ب) - أعلنت الشرطة توقيف مشتبه به."],
  ],
  [
    "dateline with initials and dots",
    "بيروت (د.ب.أ) - اندلع حريق في الميناء.",
    ["بيروت (د.ب.أ) - اندلع حريق في الميناء."],
  ],
  [
    "heading line without terminator",
    "أزمة الوقود تتفاقم\nتشهد محطات الوقود طوابير طويلة منذ أيام.",
    ["أزمة الوقود تتفاقم", "تشهد محطات الوقود طوابير طويلة منذ أيام."],
  ],
  [
    "one paragraph a line",
    "الفقرة الأولى تنتهي هنا.\nالفقرة الثانية تبدأ هنا.\nوالثالثة بلا نقطة",
    ["الفقرة الأولى تنتهي هنا.", "الفقرة الثانية تبدأ هنا.", "والثالثة بلا نقطة"],
  ],
  [
    "caption line",
    "صورة أرشيفية للمطار\nأغلقت السلطات المطار بسبب العاصفة.",
    ["صورة أرشيفية للمطار", "أغلقت السلطات المطار بسبب العاصفة."],
  ],
  [
    "blank line between paragraphs",
    "انتهى الموسم.\n\nبدأت الاستعدادات للموسم الجديد.",
    ["انتهى الموسم.", "بدأت الاستعدادات للموسم الجديد."],
  ],
  ["blank lines with spaces", "الخبر الأول\n  \n\t\nالخبر الثاني", ["الخبر الأول", "الخبر الثاني"]],
  ["CRLF line breaks", "السطر الأول.\r\nالسطر الثاني.", ["السطر الأول.", "السطر الثاني."]],
  ["paragraph separator", "فقرة أولى\u2029فقرة ثانية", ["فقرة أولى", "فقرة ثانية"]],
  [
    "line ending with a colon",
    "وقال الوزير:\n«لن نسمح بذلك».",
    ["وقال الوزير:", "«لن نسمح بذلك»."],
  ],

  // Lists.
  [
    "dash bullets",
    "أبرز القرارات:\n- خفض الضرائب\n- رفع الأجور",
    ["أبرز القرارات:", "خفض الضرائب", "رفع الأجور"],
  ],
  ["bullet points", "• زيادة الإنتاج.\n• تحسين الجودة.", ["زيادة الإنتاج.", "تحسين الجودة."]],
  [
    "numbered list with dots",
    "الخطوات هي:\n1. التسجيل\n2. الدفع\n3. الاستلام",
    ["الخطوات هي:", "التسجيل", "الدفع", "الاستلام"],
  ],
  [
    "numbered list glued to the words",
    "أكثر الشركات إنتاجا للبلاستيك:\n1.شركة المشروبات الأولى.\n2.شركة الأغذية الثانية.\n12.مصنع الحلوى",
    [
      "أكثر الشركات إنتاجا للبلاستيك:",
      "شركة المشروبات الأولى.",
      "شركة الأغذية الثانية.",
      "مصنع الحلوى",
    ],
  ],
  [
    "numbered list with parentheses",
    "1) تعزيز الأمن.\n2) دعم الاقتصاد.",
    ["تعزيز الأمن.", "دعم الاقتصاد."],
  ],
  ["numbered list with dashes", "1- الصحة\n2- التعليم", ["الصحة", "التعليم"]],
  [
    "numbered list with spaces of any kind before the dash",
    "1 - الصحة\n2  - التعليم\n3\u00a0- النقل",
    ["الصحة", "التعليم", "النقل"],
  ],
  [
    "Arabic letter enumerators",
    "أ) المرحلة الأولى\nب) المرحلة الثانية",
    ["المرحلة الأولى", "المرحلة الثانية"],
  ],
  [
    "inline numbered list",
    "وقعت الشركة اتفاقيتين. 1. توريد المعدات. 2. صيانة الآبار.",
    ["وقعت الشركة اتفاقيتين.", "توريد المعدات.", "صيانة الآبار."],
  ],
  ["interview dash", "ـ هل أنت متفائل؟\nـ نعم، جدا.", ["هل أنت متفائل؟", "نعم، جدا."]],

  // Mixed scripts and invisible characters.
  [
    "Latin sentence inside Arabic text",
    "The talks ended. وانتهت المحادثات.",
    ["The talks ended.", "وانتهت المحادثات."],
  ],
  [
    "Latin words mid-sentence",
    "أطلقت شركة Apple هاتف iPhone الجديد. وارتفعت أسهمها.",
    ["أطلقت شركة Apple هاتف iPhone الجديد.", "وارتفعت أسهمها."],
  ],
  [
    "hashtag",
    "انتشر وسم #كفوا_عن_العنف. وتفاعل الآلاف.",
    ["انتشر وسم #كفوا_عن_العنف.", "وتفاعل الآلاف."],
  ],
  [
    "bidi marks around sentences",
    "\u200fانتهى الاجتماع.\u200f \u200fوغادر الوفد.\u200e",
    ["انتهى الاجتماع.", "وغادر الوفد."],
  ],
  ["harakat and tatweel", "وَصَلَ الوَفْدُ. وبـــدأت المحادثات.", ["وَصَلَ الوَفْدُ.", "وبـــدأت المحادثات."]],
  ["Arabic full stop U+06D4", "انتهى العرض۔ وصفق الجمهور۔", ["انتهى العرض۔", "وصفق الجمهور۔"]],

  // Hard-wrapped text (EASC style), written out.
  [
    "wrapped lines join into one sentence",
    [
      "أعلنت وزارة الصحة اليوم عن حملة وطنية واسعة للتطعيم ضد",
      "الحصبة تشمل جميع المدارس الحكومية والخاصة في أنحاء البلاد",
      "وتستمر ثلاثة أسابيع كاملة بدءا من الأسبوع المقبل وحتى نهاية",
      "الشهر. وأوضح المتحدث باسم الوزارة أن الحملة تستهدف أكثر من",
      "مليوني طفل تتراوح أعمارهم بين عام واحد وخمسة عشر عاما في",
      "المدن والقرى على حد سواء.",
      "ودعت الوزارة أولياء الأمور إلى التعاون مع الفرق الطبية التي",
      "ستزور المدارس وفق جدول معلن مسبقا.",
    ].join("\n"),
    [
      "أعلنت وزارة الصحة اليوم عن حملة وطنية واسعة للتطعيم ضد\nالحصبة تشمل جميع المدارس الحكومية والخاصة في أنحاء البلاد\nوتستمر ثلاثة أسابيع كاملة بدءا من الأسبوع المقبل وحتى نهاية\nالشهر.",
      "وأوضح المتحدث باسم الوزارة أن الحملة تستهدف أكثر من\nمليوني طفل تتراوح أعمارهم بين عام واحد وخمسة عشر عاما في\nالمدن والقرى على حد سواء.",
      "ودعت الوزارة أولياء الأمور إلى التعاون مع الفرق الطبية التي\nستزور المدارس وفق جدول معلن مسبقا.",
    ],
  ],
  [
    "one paragraph a line: a line that ends on a preposition goes on in the next line",
    [
      "اجتماع طارئ",
      "عقد مجلس الوزراء اجتماعا طارئا مساء أمس لبحث الأوضاع الاقتصادية في",
      "المحافظات الجنوبية بعد موجة الأمطار.",
      "وقرر المجلس صرف تعويضات عاجلة للمتضررين.",
    ].join("\n"),
    [
      "اجتماع طارئ",
      "عقد مجلس الوزراء اجتماعا طارئا مساء أمس لبحث الأوضاع الاقتصادية في\nالمحافظات الجنوبية بعد موجة الأمطار.",
      "وقرر المجلس صرف تعويضات عاجلة للمتضررين.",
    ],
  ],
  [
    "one paragraph a line: a short line is a line of its own, though its last word reads as a preposition",
    [
      "كتب - أحمد علي",
      "أعلنت وزارة التربية اليوم مواعيد امتحانات نهاية العام الدراسي لجميع المراحل.",
      "وأوضحت الوزارة أن الامتحانات تبدأ في الخامس عشر من مايو المقبل.",
    ].join("\n"),
    [
      "كتب - أحمد علي",
      "أعلنت وزارة التربية اليوم مواعيد امتحانات نهاية العام الدراسي لجميع المراحل.",
      "وأوضحت الوزارة أن الامتحانات تبدأ في الخامس عشر من مايو المقبل.",
    ],
  ],
  [
    "one paragraph a line: a line that ends on the name آن (with madda, never the particle أن) ends there",
    [
      "أعلنت الرئاسة الكورية الجنوبية أن القمة ستجمع الزعيم الكوري الشمالي والرئيس مون جاي آن",
      "وتخطط الكوريتان لعقد اجتماع تحضيري آخر في الرابع من أبريل لمناقشة المسائل البروتوكولية.",
      "وقال متحدث باسم الرئاسة إن موعد القمة لم يحدد بعد.",
    ].join("\n"),
    [
      "أعلنت الرئاسة الكورية الجنوبية أن القمة ستجمع الزعيم الكوري الشمالي والرئيس مون جاي آن",
      "وتخطط الكوريتان لعقد اجتماع تحضيري آخر في الرابع من أبريل لمناقشة المسائل البروتوكولية.",
      "وقال متحدث باسم الرئاسة إن موعد القمة لم يحدد بعد.",
    ],
  ],
  [
    "a site's name with an Arabic domain keeps its dot",
    'وقال مصدر مطلع لموقع "العربية.نت" إن المفاوضات ستستأنف الأسبوع المقبل. ونشر مصراوي.كوم الخبر نفسه.',
    [
      'وقال مصدر مطلع لموقع "العربية.نت" إن المفاوضات ستستأنف الأسبوع المقبل.',
      "ونشر مصراوي.كوم الخبر نفسه.",
    ],
  ],
  [
    "a glued full stop before a word that only starts like a domain still ends the sentence",
    "انتهت الجولة الأولى من المفاوضات.نتائجها ستعلن غدا في مؤتمر صحفي.",
    ["انتهت الجولة الأولى من المفاوضات.", "نتائجها ستعلن غدا في مؤتمر صحفي."],
  ],
  [
    "wrapped text: abbreviation at the end of a line",
    [
      "وفي مؤتمر صحفي عقد في مقر الجامعة مساء أمس قال رئيسها أ.د.",
      "سعيد الخطيب إن الجامعة ستفتتح ثلاث كليات جديدة في العام",
      "الدراسي المقبل تضم تخصصات الذكاء الاصطناعي وعلوم البيانات",
      "والطاقة المتجددة استجابة لحاجات سوق العمل المتغيرة في",
      "المنطقة وأضاف أن باب القبول سيفتح في الصيف المقبل.",
    ].join("\n"),
    [
      "وفي مؤتمر صحفي عقد في مقر الجامعة مساء أمس قال رئيسها أ.د.\nسعيد الخطيب إن الجامعة ستفتتح ثلاث كليات جديدة في العام\nالدراسي المقبل تضم تخصصات الذكاء الاصطناعي وعلوم البيانات\nوالطاقة المتجددة استجابة لحاجات سوق العمل المتغيرة في\nالمنطقة وأضاف أن باب القبول سيفتح في الصيف المقبل.",
    ],
  ],
];

/** Wrapped documents built with `hardWrap`: expected sentences are the paragraphs' sentences. */
const WRAPPED: ReadonlyArray<readonly [string, readonly string[][]]> = [
  [
    "generated wrap: a title line then two paragraphs",
    [
      ["تقرير اقتصادي"],
      [
        "سجلت صادرات البلاد من المنتجات الزراعية ارتفاعا ملحوظا خلال الربع الأول من العام الجاري مقارنة بالفترة نفسها من العام الماضي بحسب بيانات رسمية.",
        "وعزا خبراء هذا الارتفاع إلى تحسن الأحوال الجوية وزيادة الطلب في الأسواق الخارجية القريبة.",
      ],
      [
        "من جهته قال وزير الزراعة إن الحكومة تعمل على فتح أسواق جديدة للمزارعين وتقديم قروض ميسرة لهم خلال المرحلة المقبلة.",
      ],
    ],
  ],
  [
    "generated wrap: quotes and decimals across lines",
    [
      [
        "قالت رئيسة البنك المركزي في بيان صدر بعد اجتماع لجنة السياسة النقدية إن معدل التضخم تراجع إلى 4.2 في المئة في الشهر الماضي.",
        "وأضافت: «سنواصل مراقبة الأسعار عن كثب ولن نتردد في التحرك إذا دعت الحاجة».",
      ],
      [
        "ويتوقع محللون أن يبقي البنك على أسعار الفائدة دون تغيير حتى نهاية العام الحالي على الأقل في ظل تباطؤ النمو الاقتصادي.",
      ],
    ],
  ],
];

for (const [name, input, expected] of CASES) {
  test(`segment: ${name}`, () => {
    assert.deepEqual(sentencesOf(input), expected);
  });
}

test("segment: direction marks around the numbers split each case as without them", () => {
  // A left-to-right or right-to-left mark around a number (`عام ‎1770‎ م.`) is invisible: it
  // must not turn a year and its era into a title before a name (`م.` engineer). Numbers with
  // spaces on both sides: a list's enumerator (`1. `) is read without looking past the marks.
  for (const mark of ["\u200e", "\u200f"]) {
    for (const [name, input, expected] of CASES) {
      const marked = input.replace(
        /(?<=\p{Zs})\p{Nd}+(?=\p{Zs})/gu,
        (digits) => `${mark}${digits}${mark}`,
      );
      const unmarked = (texts: readonly string[]) => texts.map((s) => s.replaceAll(mark, ""));
      assert.deepEqual(
        unmarked(sentencesOf(marked)),
        unmarked(expected),
        `${name} (U+${mark.charCodeAt(0).toString(16)})`,
      );
    }
  }
});

for (const [name, paragraphs] of WRAPPED) {
  test(`segment: ${name}`, () => {
    const input = hardWrap(paragraphs.map((p) => p.join(" ")));
    const doc = segmentDocument(input);
    assert.equal(doc.wrapped, true, "recognised as hard-wrapped");
    const found = doc.sentences.map((s) => [
      s.paragraph,
      input.slice(s.span.start, s.span.end).replaceAll("\n", " "),
    ]);
    const expected = paragraphs.flatMap((p, k) => p.map((s) => [k, s]));
    assert.deepEqual(found, expected);
  });
}

test("segment: invisible marks inside words leave a hard-wrapped text wrapped", () => {
  // A soft hyphen or a ZWJ inside most words counts in a line's length: it must count in the
  // next line's first word too, or every word looks short enough to have fitted before the
  // break, and each line is read as a paragraph of its own. The generated documents' sentences
  // (titles left out), one paragraph each, set at 70 columns.
  const paragraphs = WRAPPED.map(([, doc]) => doc.flat().filter((s) => s.endsWith(".")));
  const plain = hardWrap(
    paragraphs.map((p) => p.join(" ")),
    70,
  );
  assert.equal(segmentDocument(plain).wrapped, true, "wrapped without the marks");
  for (const mark of ["\u00ad", "\u200d"]) {
    const input = plain.replace(/(\p{L})(\p{L})/gu, `$1${mark}$2`);
    const doc = segmentDocument(input);
    const label = `U+${mark.charCodeAt(0).toString(16)}`;
    assert.equal(doc.wrapped, true, label);
    assert.deepEqual(
      doc.sentences.map((s) =>
        input.slice(s.span.start, s.span.end).replaceAll("\n", " ").replaceAll(mark, ""),
      ),
      paragraphs.flat(),
      label,
    );
  }
});

test("segment: a text of a few hard-wrapped lines is wrapped; a headline and paragraphs one a line are not", () => {
  const paragraph =
    "أعلنت وزارة التربية والتعليم تأجيل بدء العام الدراسي أسبوعين بسبب موجة الحر التي تضرب البلاد منذ أيام. وقالت الوزارة إن القرار يشمل جميع المدارس الحكومية والخاصة في المحافظات كافة. وأضافت أن الدراسة ستبدأ في الخامس من أكتوبر.";
  for (const width of [60, 70]) {
    const input = hardWrap([paragraph], width);
    const lines = input.split("\n").length;
    assert.ok(lines >= 3 && lines < 5, `${lines} lines`);
    const doc = segmentDocument(input);
    assert.equal(doc.wrapped, true, `width ${width}`);
    assert.deepEqual(
      doc.sentences.map((s) => input.slice(s.span.start, s.span.end).replaceAll("\n", " ")),
      [
        "أعلنت وزارة التربية والتعليم تأجيل بدء العام الدراسي أسبوعين بسبب موجة الحر التي تضرب البلاد منذ أيام.",
        "وقالت الوزارة إن القرار يشمل جميع المدارس الحكومية والخاصة في المحافظات كافة.",
        "وأضافت أن الدراسة ستبدأ في الخامس من أكتوبر.",
      ],
    );
  }
  for (const input of [
    // A headline above two paragraphs, one a line.
    "الحكومة تؤجل بدء العام الدراسي أسبوعين بسبب موجة الحر الشديدة\nأعلنت وزارة التربية والتعليم تأجيل بدء العام الدراسي أسبوعين.\nوقالت الوزارة إن القرار يشمل جميع المدارس في المحافظات كافة.",
    // Three headlines of about the same length, each its own line.
    "الحكومة تؤجل بدء العام الدراسي أسبوعين بسبب الحر\nالمنتخب يفوز على ضيفه بهدفين نظيفين في التصفيات\nارتفاع أسعار الذهب في الأسواق المحلية هذا الأسبوع",
  ]) {
    assert.equal(segmentDocument(input).wrapped, false, input);
  }
});

test("segment: in text set apart by blank lines, a headline line and a teaser line end their paragraphs", () => {
  const headline = "الحكومة تقر خطة شاملة لخفض أسعار الوقود ودعم الأسر محدودة الدخل";
  const lede =
    "أعلنت الحكومة خطة لخفض أسعار الوقود ابتداء من الشهر المقبل، في خطوة تهدف إلى تخفيف الأعباء المعيشية عن ملايين المواطنين في البلاد.";
  const teaser = "اقرأ أيضا: الحكومة ترفع أسعار الكهرباء للمرة الثانية خلال عام واحد";
  const next =
    "وانتقدت المعارضة الخطة وقالت إنها لا تعالج الأسباب الحقيقية للتضخم، ودعت الحكومة إلى مراجعة سياستها الاقتصادية كلها.";
  const broken =
    "وقال وزير الطاقة في مؤتمر صحفي عقده في العاصمة إن الخطة ستكلف الموازنة العامة للدولة نحو ملياري";
  const rest = "دولار خلال العام الأول من تطبيقها.";
  const input = `${headline}\n${lede}\n\n${teaser}\n${next}\n\n${broken}\n${rest}`;
  const doc = segmentDocument(input);
  assert.equal(doc.wrapped, false);
  const texts = doc.sentences.map((s) => input.slice(s.span.start, s.span.end));
  assert.deepEqual(texts, [headline, lede, teaser, next, `${broken}\n${rest}`]);
  // In hard-wrapped text a teaser line ends its paragraph too.
  const wrapped = hardWrap([lede, next, lede]).split("\n");
  // After the first paragraph, as pages set a teaser between paragraphs.
  wrapped.splice(wrapped.findIndex((line) => line.endsWith(".")) + 1, 0, teaser);
  const withTeaser = wrapped.join("\n");
  const sentences = segmentDocument(withTeaser).sentences.map((s) =>
    withTeaser.slice(s.span.start, s.span.end),
  );
  assert.ok(sentences.includes(teaser), JSON.stringify(sentences));
});

test("segment: the same paragraphs one a line are not taken as wrapped", () => {
  const input = WRAPPED.flatMap(([, paragraphs]) => paragraphs.map((p) => p.join(" "))).join("\n");
  const doc = segmentDocument(input);
  assert.equal(doc.wrapped, false);
  assert.equal(doc.paragraphs.length, input.split("\n").length);
});

test("segment: paragraphs are spans from their first to their last sentence", () => {
  const input = "عنوان الخبر\nالجملة الأولى. الجملة الثانية.\n\n- بند أول";
  const doc = segmentDocument(input);
  assert.deepEqual(
    doc.paragraphs.map((p) => input.slice(p.start, p.end)),
    ["عنوان الخبر", "الجملة الأولى. الجملة الثانية.", "بند أول"],
  );
  assert.deepEqual(
    doc.sentences.map((s) => s.paragraph),
    [0, 1, 1, 2],
  );
});

test("segment: an ellipsis before one word that ends the sentence on its line is a pause", () => {
  const texts = (input: string) =>
    segmentDocument(input).sentences.map((s) => input.slice(s.span.start, s.span.end));
  // A short list of words, a name after a pause: one sentence each.
  assert.deepEqual(texts("كان الجو جميل .. لطيف."), ["كان الجو جميل .. لطيف."]);
  assert.deepEqual(texts("أوقفت الشرطة أحد أبرز المطلوبين .. عشماوي. ثم نقلته إلى القاهرة."), [
    "أوقفت الشرطة أحد أبرز المطلوبين .. عشماوي.",
    "ثم نقلته إلى القاهرة.",
  ]);
  // Two words may be a clause; the line's end ends the sentence.
  assert.deepEqual(texts("فاز الهلال.. وخسر النصر."), ["فاز الهلال..", "وخسر النصر."]);
  assert.deepEqual(texts("وانتظر الجميع..\nالخبر."), ["وانتظر الجميع..", "الخبر."]);
});
