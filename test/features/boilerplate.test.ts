import assert from "node:assert/strict";
import { test } from "node:test";
import { analyze } from "../../src/analysis/analyze.js";
import {
  Boilerplate,
  boilerplateKinds,
  countKinds,
  stripDateline,
} from "../../src/features/boilerplate.js";
import { featureContext } from "../../src/features/extract.js";
import { arabic } from "../../src/lang/ar/index.js";
import { arabicNewsIdf } from "../../src/scoring/idf.js";
import { summarize } from "../../src/summarize.js";

const STATEMENT = "أعلنت الحكومة اليوم خطة جديدة لخفض أسعار الوقود في البلاد.";

/** Each line as its own paragraph, with the kind the engine gives it. */
function kindsOf(lines: readonly string[], lineBreak = "\n"): [string, number][] {
  const text = lines.join(lineBreak);
  const ctx = featureContext(analyze(text, { pack: arabic }), arabic, arabicNewsIdf());
  const kinds = boilerplateKinds(ctx);
  return ctx.doc.sentences.map((s, i) => [
    text.slice(s.span.start, s.span.end),
    kinds[i] as number,
  ]);
}

const CASES: [string, number, string[]][] = [
  [
    "tags, credits, teasers, promos and a book's details are lines, never highlights",
    Boilerplate.Line,
    [
      "القاهرة (رويترز) -",
      "تصوير: أحمد علي",
      "اقرأ أيضا: الحكومة تدرس رفع الدعم",
      "شاهد واستمع إلى الحلقة كاملة",
      "وتذاع المقابلة كاملة على شاشة القناة مساء الجمعة.",
      "تأليف: سعيد الخطيب",
      "وفق وكالة الأنباء الإماراتية (وام).",
      "القاهرة (رويترز) - عاجل",
      "شارك الخبر",
      "** جميع المقالات المنشورة تمثل رأي كتابها فقط",
      'هذا المقال منشور بالتعاون مع موقع التوظيف الإلكتروني "وظائف.كوم"',
      "المقال يعبر عن رأي كاتبه ولا يعبر بالضرورة عن رأي الموقع.",
      "لمتابعة البث المباشر للمؤتمر على الهواتف الذكية، اضغط هنا...",
      "ويمكن الاطلاع على نص القرار كاملا عبر موقع الوزارة (إضغط هنا).",
      "انقر على الرابط لمعرفة مواعيد الرحلات الجديدة.",
      "قد يهمك أيضا: عام على الأزمة بين البلدين الجارين",
      "قد يهمك| الوزير يعلن خطة جديدة للنقل العام في العاصمة",
      "قد يهمك/ المدرب: سنعود إلى المنافسة على اللقب الموسم المقبل",
      "اقرأ أيضا| الحكومة تدرس رفع الدعم عن الوقود",
      "قصص ذات صلة:",
      "هذا المقال بقلم سعيد الخطيب، والآراء الواردة أدناه تعبر عن رأي الكاتب وحده.",
      '* نقلاً عن "الأيام" الأسبوعية',
      "والله من وراء القصد.",
      "نشر هذا المقال بالتعاون مع موقع الوظائف الإلكتروني عمل.كوم",
      "هذا الفيديو جزء من سلسلة يقدمها لكم موقع الأخبار بالتعاون مع شركة ناشئة",
      "ويمكنكم متابعة مجريات المباراة النهائية مباشرة على موقع القناة.",
      "مقال بقلم سعيد الخطيب، أستاذ العلوم السياسية.",
      "المقال يعبر عن وجهة نظر الكاتب ولا يعكس بالضرورة رأي الموقع.",
      "لمعرفة آخر تطورات القضية يمكنك المتابعة بالضغط هنا",
      "أيضا: الحكومة تعلن موعد الانتخابات البلدية المقبلة",
      "ملاحظة المحرر: سعيد الخطيب أستاذ للعلوم السياسية، والآراء الواردة في هذا المقال تعكس وجهة نظره.",
      "جميع الحقوق محفوظة © صحيفة الوادي 2024، ويمنع نسخ المحتوى دون إذن.",
      "**حقوق النشر محفوظة لمجلة الوادي الثقافية",
      "© 2024 صحيفة الوادي للنشر والتوزيع",
      "ويشار إلى أن موقع CNN بالعربية لا يمكنه التأكد بشكل مستقل من الأنباء التي يتم تناقلها.",
      "شاهد.. الوزير يفتتح أكبر محطة للطاقة الشمسية في البلاد",
      "اقرأ.. أغرب عشر مهن في عالم الأزياء",
      // A prompt to watch or read, however it goes on.
      "شاهد الفيديو:",
      "شاهد بالفيديو لحظة وصول الفريق إلى المطار",
      "شاهد المقابلة كاملة مع وزير الخارجية.",
      "شاهدوا الصور من حفل الافتتاح",
      "اقرأ هذا المقال مع فنجان شايك، وفكر جيدا في حكاية هذه المدينة الغريبة..",
      "شاهد حكاية الطاهية الشابة في هذا الفيديو ضمن سلسلة نساء ملهمات التي نعرضها هذا الشهر",
      "الرياض 10 جمادى الآخرة 1446 هـ الموافق 11 ديسمبر 2024 م واس",
      "أبوظبي في 3 مارس 2025 / وام /",
      "الكويت 5 - 1 - 2025 (كونا)",
    ],
  ],
  [
    "a sentence that names an agency after a date is news",
    Boilerplate.None,
    ["أعلنت الحكومة في 10 ديسمبر 2024 اتفاقا جديدا نقلته واس"],
  ],
  [
    "an adjunct that opens a clause of its own after a mark is news",
    Boilerplate.None,
    [
      "في إشارة إلى الحكومة السابقة، قال الوزير إن الإصلاح تأخر عشر سنوات.",
      "في إشارة إلى خصومه ذكر الرئيس: لن نتراجع عن الإصلاح مهما كان الثمن.",
    ],
  ],
  [
    "a link to click inside a quotation leaves a news sentence",
    Boilerplate.None,
    ['نشرت الوزارة تغريدة قالت فيها: "الخبر غير صحيح، للاطلاع على البيان الكامل اضغط هنا."'],
  ],
  [
    "`أيضا` before a comma is a connective of a news sentence, not a teaser",
    Boilerplate.None,
    ["أيضا، أعلنت الوزارة أن المدارس ستفتح أبوابها في موعدها المحدد الشهر المقبل."],
  ],
  [
    "headings, questions, a list's introduction, a source alone: no highlight while there is news",
    Boilerplate.Dependent,
    [
      "فهل تنجح الحكومة هذه المرة في ضبط الأسعار بعد سنوات من الفشل؟",
      "هل يوافق النادي على بيع عقد اللاعب قبل نهاية الموسم الحالي.",
      "وهل تكفي هذه الخطوة وحدها لإنقاذ الموسم الزراعي من الجفاف",
      "ما القصيدة سوى صورة وموسيقى؟!",
      "متى يعود الفريق إلى منصات التتويج بعد غياب طويل؟..",
      "وتشمل الخطة الجديدة ثلاثة محاور رئيسية هي:",
      "بحسب ما أوردت وكالة رويترز للأنباء.",
      "وفق ما أعلنت عنه وكالة الأنباء الرسمية.",
      "كما أوردت وكالة الأنباء الرسمية",
      "في إشارة إلى الحكومة السابقة التي وعدت بالإصلاح ثم تراجعت عنه.",
      "في إشارة واضحة إلى الخلاف القديم بين الناديين.",
      "فيما يلي أبرز القرارات التي اتخذتها الحكومة اليوم.",
      "وإليكم قائمة الفائزين بجوائز المهرجان هذا العام..",
      "وهنا قائمة المرشحين الكاملة للجائزة..",
      "خطة حكومية جديدة لإصلاح منظومة الدعم",
      'أحلام المزارعين في "الوادي الجديد"',
      "«الموسم الأفضل منذ عشر سنوات»",
      "القاهرة، مصر (1.2 مليون زائر)",
      "الحكومة تخفض الأسعار.",
      "الإنفوغرافيك المرفق يستعرض أبرز محطات الحرب منذ بدايتها قبل سبع سنوات.",
      "يوضح الإنفوجرافيك التالي حجم الصادرات الزراعية خلال العام الماضي.",
      "في هذا الإنفوغرافيك، نستعرض أكبر عشر شركات في العالم من حيث القيمة.",
      "الفيديو التالي يظهر لحظة انهيار المبنى في وسط المدينة.",
      "يظهر في هذا الفيديو عدد من الجنود وهم يعبرون النهر ليلا.",
      "والرسم البياني أدناه يوضح تطور أسعار النفط منذ مطلع العام.",
      "في هذا التقرير الخاص، مراسلة القناة سارة علي تشرح ما يجري على الحدود.",
      "وفي هذا الفيديو يأخذنا مراسلنا في جولة داخل المدينة القديمة.",
      "إذا كنت تريد الحصول على أقصى استفادة من التطبيق الجديد، إليك الطريقة:",
      "مع اقتراب موعد انطلاق البطولة العالمية في الصيف المقبل، نستعرض أبرز المنتخبات:",
      "وتشمل الخطة الجديدة ثلاثة محاور رئيسية نستعرضها، وفيما يلي أبرزها:",
    ],
  ],
  [
    "news that leans on the sentence before it is taken after every sentence that stands alone",
    Boilerplate.Context,
    [
      "حيث يتوقع الخبراء أن تنخفض الأسعار بنسبة عشرة في المئة خلال أشهر.",
      "إذ يرى المحللون أن الخطة تأخرت كثيرا عن موعدها المعلن.",
      "وذلك بعد أن رفض البرلمان مشروع الموازنة للمرة الثانية هذا العام.",
      "وأضاف أن الحكومة ستعلن تفاصيل الخطة خلال الأسبوع المقبل.",
      "قالت في حديث للتلفزيون الرسمي إنها لن تترشح للانتخابات المقبلة.",
      "وأشار إلى أن الأسعار ارتفعت بنسبة عشرين في المئة منذ بداية العام.",
      "وتابعت: «لن نقبل بأي حل لا يضمن حقوق المزارعين في المحافظات».",
      "فأكد بأنه سيواصل العمل على المشروع حتى نهايته مهما كانت الصعوبات.",
      "نفت أن تكون الشركة قد تلقت أي عرض رسمي لشراء أسهمها في السوق.",
      "كما أكد أن المفاوضات مع الدائنين ستستأنف في العاصمة الشهر المقبل.",
      "من جهته، أشار إلى أن المصنع سيعود إلى العمل بكامل طاقته قريبا.",
      "وأضاف قائلا إن الموسم الزراعي هذا العام كان أفضل من كل التوقعات.",
      'وتابع بالقول: "لن نسمح لأحد بأن يعبث بأمن البلاد واستقراره".',
      "وأردف بقوله إن المفاوضات لم تصل بعد إلى أي نتيجة ملموسة.",
      "وختم بالقول: الفريق سيعود أقوى في الموسم المقبل بإذن الله.",
      "وواصل قائلا: نحتاج إلى وقت أطول حتى نتأقلم مع طريقة اللعب.",
      'وتابعت تقول: "لا يمكننا أن نغمض أعيننا عن معاناة الأطفال في كل مكان".',
      'وأضاف "نحن نعمل ليلا ونهارا لإعادة الكهرباء إلى كل الأحياء المتضررة".',
      "وتابع «لن نرفع الأسعار قبل أن نسمع رأي النقابات والغرف التجارية».",
      'وقال "سنعود إلى الملعب قريبا".',
      "وقد أضاف أن المعرض سيفتح أبوابه للجمهور مطلع الشهر المقبل.",
      "وكان قد قال في مقابلة سابقة إن الفريق يحتاج إلى مدرب جديد.",
      "ويقول إن المصنع سيعود إلى العمل بكامل طاقته قبل نهاية العام.",
      "وتضيف: «لم نتلق أي رد من الوزارة حتى الآن على طلبات الأهالي».",
      "ويؤكد على ضرورة الإسراع في إصلاح الطرق قبل موسم الأمطار.",
      "وواصل: الفريق يحتاج إلى وقت أطول حتى يتأقلم مع طريقة اللعب الجديدة.",
      "وواصل عن منتخب بلاده: اللاعبون يحتاجون إلى وقت أطول حتى يتأقلموا مع المدرب.",
      "وقال حول قرار الاتحاد: لم يتشاور معنا أحد قبل إعلانه.",
      "وزاد: لا نريد أن نخسر جمهورنا بسبب نتيجة مباراة واحدة في الموسم.",
      "واختتمت: «سنعود إلى المحكمة إذا لم تنفذ الشركة القرار».",
      "وأتبع: المدرب يعرف ما يريده من كل لاعب في الفريق.",
      "وأضافوا أن المفاوضات ستستأنف في العاصمة مطلع الشهر المقبل.",
      "ونفوا أن تكون الشركة قد تلقت أي عرض رسمي لشراء أسهمها.",
      "وأفاد بأن الشحنة وصلت إلى الميناء صباح اليوم بعد تأخير دام أسبوعا.",
      "وتوقع أن ترتفع صادرات البلاد من الفوسفات خلال العام المقبل.",
      "ونوهت إلى أن التسجيل في البرنامج يبدأ مطلع الشهر المقبل.",
      "وأصر على أن فريقه كان يستحق الفوز في مباراة الأمس.",
      "واعترف بأنه تلقى أموالا من الشركة مقابل عقد التوريد.",
      "واستبعد أن تعقد الجولة المقبلة من المفاوضات قبل نهاية العام.",
      "وبيّن أن المصنع سيعود إلى العمل بكامل طاقته قبل نهاية العام.",
      "وبينت أنها لم تتلق أي رد من الوزارة حتى الآن على طلبات الأهالي.",
      "وبين أنه لم يتلق أي رد من الوزارة حتى الآن على طلبات الأهالي.",
      "وبين أن جلسة مجلس الوزراء الأسبوعية ستعقد الثلاثاء القادم عبر الفيديو.",
      'وقال الوزير في تغريدة "فوجئت بقرار الشركة نقل مصانعها إلى الخارج.',
      "وتابع المدرب «هذا النوع من الدفاع لا يناسب فريقا يلعب على أرضه.",
      "حول غياب المهاجم المصاب عن المباراة، قال: القرار بيد الجهاز الطبي وحده.",
      "وعن إمكانية تقديم جزء ثالث من المسلسل، أكد أنه لا يعلم شيئا بعد.",
      "وهو ما دفع الحكومة إلى مراجعة خطتها الاقتصادية قبل نهاية العام.",
      "هي المرة الأولى التي يفوز فيها الفريق بالبطولة منذ عشرين عاما.",
      "وبذلك يرتفع عدد الضحايا إلى خمسين شخصا منذ بداية الأسبوع.",
      "عندها ستلاحظ أن التطبيق رسم مستطيلا حول موقعك على الخريطة.",
      "وحينها، أعلنت الشرطة إغلاق الطريق السريع أمام حركة السير.",
      "وقتها سيعرف الجميع من كان على حق في هذا الخلاف الطويل.",
      "كل ذلك حدث بعد أن أعلن النادي تكفله بكل تعاقدات الموسم الجديد.",
      "عندها، أعلن الحكم نهاية المباراة وسط احتجاج اللاعبين.",
      "هذا ما أكده وزير الخارجية في مؤتمر صحفي مع نظيره الفرنسي أمس.",
      "ذلك الأمر الذي أثار غضب الجمهور على مواقع التواصل الاجتماعي.",
      "وتلك الكلمات التي قالها المدرب أثارت جدلا واسعا بين المشجعين.",
      "لكنه لم يحدد موعدا لبدء تطبيق الإجراءات الجديدة في المدارس.",
      "هؤلاء يقاتلون في مناطق لا يستطيع الجيش النظامي الوصول إليها.",
      "وأولئك لم يحصلوا على أي تعويض من الشركة حتى اليوم.",
      "مضيفا أن رجال الشرطة أطلقوا ثلاثين رصاصة على السيارة في موقف المتجر.",
      "مشيرةً إلى أن المشاركين كانوا يحيون ذكرى مؤسس الحزب في العاصمة.",
      "لافتين إلى أن المفاوضات ستستأنف مطلع الشهر المقبل في جنيف.",
      "التي ظهر فيها إلى جوار عدد من نجوم الغناء في الحفل الختامي للمهرجان.",
      "الذي اختفى منذ دخوله إلى مبنى القنصلية في المدينة مطلع الشهر الجاري.",
      "والذي جعلني أطرح السؤال الأخير على الوزير في نهاية المقابلة.",
      "والتي تعد الأولى من نوعها في تاريخ البلاد منذ الاستقلال.",
      "مما أدى إلى انقلاب ثلاث من عربات القطار قرب المحطة الرئيسية.",
      "ما يعني إمكانية التحكم بالأجهزة المنزلية عن بعد من خلال الهاتف.",
      "ولكنها حذرت من ارتفاع الدين العام خلال السنوات الثلاث المقبلة.",
      "إلا أنه شدد على أن الزيادة مؤقتة وغير مرتبطة بسياسات التجارة.",
      "غير أنها عادت إلى الملعب بعد أسبوعين فقط من الإصابة.",
      "كما أنهم طالبوا بزيادة رواتب العاملين في القطاع العام.",
      '"نحن نعمل ليلا ونهارا لإعادة الكهرباء إلى كل الأحياء المتضررة".',
      '"\u200fالأشقاء في الإمارات شريك أساسي للمملكة في خطة الإغاثة".',
      "«سنبدأ العمل في المشروع الجديد الشهر المقبل وننهيه قبل الصيف.",
      'جاء ذلك في تغريدة للوزير على حسابه في تويتر، حيث قال: "لن نتراجع عن القرار".',
      "وجاء هذا خلال مؤتمر صحفي عقده الوزير في العاصمة مساء الأحد.",
      "جاء ذلك في سلسلة تغريدات نشرها السفير على حسابه الرسمي أمس.",
      "يأتي ذلك في البيان الذي نشرته الرئاسة عقب اجتماع الحكومة.",
    ],
  ],
  [
    "statements that open like a tag or a teaser are news",
    Boilerplate.None,
    [
      "شاهد مئات الآلاف المباراة النهائية في الملعب الكبير مساء أمس.",
      "شاهد عيان قال إن الحريق اندلع في الطابق الثالث من المبنى فجر اليوم.",
      "نشر الجيش مقطع فيديو يظهر لحظة إطلاق الصاروخ الجديد من قاعدة في الصحراء.",
      "وفقا لبيانات رسمية ارتفع التضخم إلى خمسة في المئة في مايو.",
      "تابع الوزير جولته في المحافظات الجنوبية يوم الأحد.",
      "ذلك الاتفاق أنهى سنوات من الخلاف بين البلدين الجارين.",
      "نقلا عن مصادر في الوزارة، قررت الحكومة تأجيل الانتخابات البلدية إلى الخريف المقبل.",
      "قد يهمك أن تعرف أن المتحف يفتح أبوابه مجانا يوم الجمعة من كل أسبوع.",
      "طالب البيان المجتمع الدولي بالضغط على الحكومة للإفراج عن المعتقلين.",
      "أطلقت الشركة الخدمة بالتعاون مع موقع إلكتروني شهير للمطورين العرب.",
      "مقال كتبه الوزير في صحيفة محلية أثار جدلا واسعا في البرلمان.",
      "جاء ذلك في وقت تشهد فيه البلاد أزمة اقتصادية خانقة منذ أشهر.",
      "جاء ذلك خلال زيارة الوزير إلى المحافظات الجنوبية يوم الأحد.",
      "تظهر الصور التي التقطت أمس آثار الدمار في المدينة القديمة.",
      "ارتفعت صادرات البلاد إلى مستوى قياسي هذا العام كما يوضح الإنفوغرافيك المرفق.",
      "نشر الجيش مقطع فيديو يظهر تدمير مخزن للأسلحة قرب الحدود.",
      "وفي هذا التقرير، تقول لجنة من الخبراء إن الأسلحة وصلت عبر البحر.",
      "في هذا التقرير السري المقدم إلى البرلمان تكشف الوزارة حجم الديون.",
      "في هذه الحلقة الأخيرة من الموسم فاز الفريق الأزرق بالجائزة الكبرى.",
      "وفي هذه الحلقة أيضا نكتشف قصة عائلة تعيش في محطة قطار منذ عامين.",
      "جاء ذلك في أعقاب تصريحات الوزير عن رفع أسعار الوقود الشهر المقبل.",
      "جاء ذلك في بيان أكدت فيه الوزارة أن المدارس ستفتح أبوابها في موعدها.",
      "يطبق هذا الرسم الجديد على جميع المسافرين القادمين إلى البلاد.",
      "أعلن الرئيس انسحاب بلاده من الاتفاق النووي مساء الثلاثاء، وفيما يلي أبرز ردود الفعل:",
      "وأصدر الملك عددا من الأوامر الملكية مساء الجمعة، إليكم أبرزها:",
      "أطلق الجيش صاروخا جديدا نحو المدينة الساحلية صباح اليوم، شاهد الفيديو التالي:",
    ],
  ],
  [
    "a verb of saying with its speaker named is news",
    Boilerplate.None,
    [
      "وأضاف الوزير أن الحكومة ستعلن تفاصيل الخطة خلال الأسبوع المقبل.",
      "قالت وزيرة المالية في حديث للتلفزيون إنها لن تترشح للانتخابات المقبلة.",
      "أعلنت الشركة أرباحا قياسية في الربع الأول من العام الجاري.",
      "كشف تقرير حكومي أن الأسعار ارتفعت بنسبة عشرين في المئة منذ بداية العام.",
      "أفاد تقرير حكومي بأن الشحنة وصلت إلى الميناء صباح اليوم بعد تأخير.",
      "توقع صندوق النقد أن ترتفع صادرات البلاد من الفوسفات خلال العام المقبل.",
      "واستبعد من التشكيلة الأساسية المدرب الجديد ثلاثة لاعبين مصابين.",
      "عندها ثلاثة أطفال يدرسون في مدارس المدينة الحكومية.",
      "كل هذا التاريخ العريق لا يمنع الجرافات من هدم البيوت القديمة.",
      "كلاهما، المدرب واللاعب، أكد أن الفريق سيعود أقوى الموسم المقبل.",
      "واعترف أمام المحكمة المتهم الرئيسي بسرقة السيارة من موقف المطار.",
      "وأفادت في وقت لاحق وكالة الأنباء الرسمية أن الرحلة ألغيت.",
      "تابع الوزير: «لن نقبل بأي حل لا يضمن حقوق المزارعين في المحافظات».",
      "كما أكد الوزير أن المفاوضات مع الدائنين ستستأنف في العاصمة الشهر المقبل.",
      "وقد أضاف المدير أن المعرض سيفتح أبوابه للجمهور مطلع الشهر المقبل.",
      "حول غياب المهاجم المصاب عن المباراة، قال المدرب: القرار بيد الجهاز الطبي وحده.",
      "قال عن المباراة المقبلة المدرب الوطني سامي حسن إن الفريق جاهز تماما.",
      "تحدث عن الأزمة، وقال إن الحل بيد الحكومة: هي وحدها تملك القرار.",
      "قال عن الأزمة، المدرب الوطني سامي حسن: الحل بيد الاتحاد وحده.",
      "قال حول موعد المباراة المقررة الساعة 20:45 المدرب سامي حسن إن الفريق جاهز.",
      "قال عن الأزمة التي تعيشها البلاد منذ أشهر طويلة بسبب ارتفاع الأسعار المدرب سامي حسن: الحل بيد الحكومة.",
      "أولئك الذين يعتقدون أن الأزمة انتهت مخطئون تماما في حساباتهم.",
      "هؤلاء اللاعبون مهددون بالغياب عن المباراة النهائية بسبب الإصابة.",
      'قالت "الرابطة" في بيان إن المباراة النهائية ستقام في موعدها المحدد.',
      'كشف "مؤشر أسعار المستهلك لعام 2025" أن التضخم تراجع في الربع الأخير.',
      "أوضحت «الهيئة» أن الطلبات تقبل عبر موقعها الإلكتروني حتى نهاية الشهر.",
      "هذا القرار يدخل حيز التنفيذ مطلع الشهر المقبل في جميع المحافظات.",
      "هذه الخطوة الأولى من نوعها في المنطقة منذ عقود طويلة من الزمن.",
      "ما زال الجمهور ينتظر عودة النجمة إلى التمثيل بعد غياب طويل عن الشاشة.",
      "مما يزيد الإعجاب بهذه الرمية أن صاحبتها طالبة في مدرسة ثانوية.",
      "لكن الحكومة رفضت الطلب وأحالته إلى البرلمان للنظر فيه الشهر المقبل.",
      "إلا أن الحكومة رفضت الطلب وأحالته إلى البرلمان للنظر فيه الشهر المقبل.",
      "كما أن الوزارة ستفتح باب التسجيل للطلاب الجدد مطلع الشهر المقبل.",
      "وهران مدينة ساحلية في غرب الجزائر يقصدها آلاف السياح كل صيف.",
      "وفقا لرويترز، ارتفعت أسعار النفط في التعاملات المبكرة اليوم.",
      "واصل الجيش تقدمه في المدينة لليوم الثالث على التوالي.",
      "واختتمت في الرياض أعمال القمة الاقتصادية بحضور عشرين دولة.",
      'وختم "الزعيم" موسمه بفوز كبير على ضيفه في الجولة الأخيرة.',
      "زاد عدد زوار المعرض هذا العام على مليون زائر للمرة الأولى.",
      "كتب الرئيس في تغريدة: «سنعيد بناء كل ما دمرته العاصفة».",
      "يقول الخبراء إن أسعار الذهب ستواصل الارتفاع خلال الأشهر المقبلة.",
      "وأضاف الوزراء أن المفاوضات ستستأنف في العاصمة مطلع الشهر المقبل.",
      "بحسب الدراسة فإن الازدحام يكلف الاقتصاد مليارات الدولارات كل عام.",
      "هنا على سطح الأرض ستنطلق جولات استكشاف الفضاء قريبا.",
      "«نحن هنا» بهذه الكلمات بدأ الرئيس خطابه أمام البرلمان أمس.",
      'أعلن الوزير أمس: "انتهت الأزمة."',
      "وبين عامي 2008 و2013 شغل الوزير منصب مدير في قسم الشؤون المالية.",
      "وبيّن الوزير أن المصنع سيعود إلى العمل بكامل طاقته قبل نهاية العام.",
      "وبين أن تبقى الحكومة أو ترحل، يقف الشارع منتظرا قرار البرلمان النهائي.",
      "هلّ هلال شهر رمضان المبارك على المسلمين في كل البلدان هذا العام.",
      'وقال الوزير في تغريدة: "فوجئت بقرار الشركة نقل مصانعها إلى الخارج.',
      'وقال الوزير في تغريدة "فوجئت بقرار الشركة" نقل مصانعها إلى الخارج.',
    ],
  ],
];

for (const [name, expected, lines] of CASES) {
  test(`boilerplate: ${name}`, () => {
    // After a plain statement, so that the lines are not the whole text.
    for (const [text, kind] of kindsOf([STATEMENT, ...lines])) {
      assert.equal(kind, text === STATEMENT ? Boilerplate.None : expected, text);
    }
  });
}

test("stripDateline: a city and a paper between dashes are a dateline, a bracketed agency after a dash, a date or a city and country too", () => {
  for (const dateline of [
    "عمان- الرأي- ",
    "الدوحة - - ",
    "بيروت (أ ف ب) - ",
    "الدوحة - (اف ب) - ",
    "دبي، الإمارات العربية المتحدة --(CNN) ",
    "دبي، الإمارات العربية المتحدة - (CNN) ",
    "أتلانتا، الولايات المتحدة الأمريكية (CNN) ",
    "سان فرانسيسكو، الولايات المتحدة الأمريكية (CNN)-- ",
    "دبي، 5 مايو/أيار (رويترز) - ",
    "عمان 12 آذار (بترا)- ",
    "أبوظبي في 5 مايو / وام / ",
    "القاهرة - أ ش أ: ",
  ]) {
    const text = `${dateline}${STATEMENT}`;
    const ctx = featureContext(analyze(text, { pack: arabic }), arabic, arabicNewsIdf());
    const body = stripDateline(ctx, 0);
    assert.equal(text.slice(body.start, body.end), STATEMENT, dateline);
  }
});

test("stripDateline: an agency in brackets after words that are not a place is the sentence's, and so is a score or a year in brackets", () => {
  for (const text of [
    "وذكرت وكالة الصحافة الفرنسية (فرانس برس) أن الحكومة ستعلن تفاصيل الخطة.",
    "وقالت الشبكة (CNN) إن الحكومة ستعلن تفاصيل الخطة خلال الأسبوع المقبل.",
    "وقال لـ(CNN) إن الحكومة ستعلن تفاصيل الخطة خلال الأسبوع المقبل.",
    "وقال ترامب، في مقابلة مع شبكة (CNN) إن اقتصاد بلاده لن يدخل في ركود قبل الانتخابات.",
    "من جهتها، أوردت وكالة الأنباء السورية الرسمية (سانا) أنه يجري التحضير لنقل المقاتلين.",
    "وفي بيروت، ذكرت وكالة الصحافة الفرنسية (فرانس برس) أن الاشتباكات تجددت في المخيم.",
    "ريال مدريد 1(5)- برشلونة 1(4) في المباراة النهائية للبطولة الودية أمس.",
    "في عام 2018/2019 (موسم الجفاف) - تراجع إنتاج القمح إلى النصف في المحافظات الشمالية.",
  ]) {
    const ctx = featureContext(analyze(text, { pack: arabic }), arabic, arabicNewsIdf());
    const body = stripDateline(ctx, 0);
    assert.equal(body.start, 0, text);
  }
});

test("boilerplate: the rest of a quotation opened in an earlier sentence leans on it", () => {
  const text = [
    STATEMENT,
    'وقال الوزير في مؤتمر صحفي عقده في العاصمة مساء أمس: "سنواصل دعم المزارعين في كل المحافظات خلال الموسم المقبل مهما كانت الظروف.',
    "لن نتخلى عنهم أبدا، وسنعلن قريبا عن قروض ميسرة جديدة لصغار المنتجين في الريف والمدن على حد سواء.",
    'وهذه الخطة جزء من برنامج أوسع للإصلاح الاقتصادي".',
  ].join(" ");
  const ctx = featureContext(analyze(text, { pack: arabic }), arabic, arabicNewsIdf());
  assert.deepEqual(Array.from(boilerplateKinds(ctx)), [
    Boilerplate.None,
    Boilerplate.None,
    Boilerplate.Context,
    Boilerplate.Context,
  ]);
});

/** A coach's words quoted with no marks after a colon, and the sentence that goes on with them. */
const COACH_SAYS =
  "وقال مدرب المنتخب سامي الحداد في المؤتمر الصحفي: أفضل دائما منح الوقت للاعبين الشباب.";
const COACH_GOES_ON =
  "الفريق قدم عملا رائعا في المباريات الثلاث الأخيرة ويجب أن نحافظ على هذا المستوى.";

test("boilerplate: the rest of a quotation with no marks (قال X: …) leans on it, up to the reporter's next sentence", () => {
  const text = [
    STATEMENT,
    COACH_SAYS,
    COACH_GOES_ON,
    "لدينا ذكريات جيدة أيضا في مواجهاتنا السابقة مع هذا المنافس القوي.",
    "ويحتل المنتخب المركز الثالث في مجموعته برصيد سبع نقاط قبل جولة واحدة من النهاية.",
    "الفريق سيخوض مباراته المقبلة يوم الأحد على ملعبه أمام جماهيره في العاصمة.",
  ].join(" ");
  const ctx = featureContext(analyze(text, { pack: arabic }), arabic, arabicNewsIdf());
  assert.deepEqual(Array.from(boilerplateKinds(ctx)), [
    Boilerplate.None,
    Boilerplate.None,
    Boilerplate.Context,
    Boilerplate.Context,
    Boilerplate.None,
    Boilerplate.None,
  ]);
  // A quotation in marks after the colon is a marked one; a clock's colon quotes nothing.
  for (const opener of [
    'وقال مدرب المنتخب سامي الحداد في المؤتمر الصحفي: "أفضل دائما منح الوقت للاعبين الشباب".',
    "وقال مدرب المنتخب إن المباراة ستبدأ في الساعة 20:45 بتوقيت العاصمة يوم الأحد.",
  ]) {
    const other = [STATEMENT, opener, COACH_GOES_ON];
    const kinds = boilerplateKinds(
      featureContext(analyze(other.join(" "), { pack: arabic }), arabic, arabicNewsIdf()),
    );
    assert.equal(kinds[2], Boilerplate.None, opener);
  }
});

test("boilerplate: an unmarked quotation ends at a note or a turn to another side; its rest still counts as a point", () => {
  const text = [
    STATEMENT,
    COACH_SAYS,
    COACH_GOES_ON,
    "يذكر أن المنتخب فاز بلقب البطولة مرتين في تاريخه آخرهما قبل عشرة أعوام.",
    "في المقابل، يعاني المنافس من غياب ثلاثة لاعبين أساسيين بسبب الإصابة.",
  ].join(" ");
  const ctx = featureContext(analyze(text, { pack: arabic }), arabic, arabicNewsIdf());
  assert.deepEqual(Array.from(boilerplateKinds(ctx)), [
    Boilerplate.None,
    Boilerplate.None,
    Boilerplate.Context,
    Boilerplate.None,
    Boilerplate.None,
  ]);
  // For the count, the rest of the quotation is a point of the article as before.
  assert.equal(countKinds(ctx)[2], Boilerplate.None);
});

test("boilerplate: a sentence of more than 80 words is a run-on; one of 80 words is news", () => {
  const words = (text: string): number => text.split(/\s+/).length;
  // A list of winners run into one line: 15 items of 7 words.
  const items = Array.from(
    { length: 15 },
    (_, k) => `${k + 2} - الفائز رقم ${k + 2} من المحافظة الشمالية`,
  );
  const list = `أعلنت اللجنة أسماء الفائزين 1 - ${items.join(" ")}.`;
  const long = (n: number): string => `أعلنت الحكومة ${"خطة ".repeat(n - 3)}جديدة.`;
  assert.ok(words(list) > 80, `${words(list)} words`);
  assert.equal(words(long(80)), 80);
  const kinds = new Map(kindsOf([STATEMENT, list, long(80), long(81)]));
  assert.equal(kinds.get(list), Boilerplate.RunOn);
  assert.equal(kinds.get(long(80)), Boilerplate.None);
  assert.equal(kinds.get(long(81)), Boilerplate.RunOn);
  // A question stays a question, however long.
  const question = `${long(81).slice(0, -1)}؟`;
  assert.equal(new Map(kindsOf([STATEMENT, question])).get(question), Boilerplate.Dependent);
});

test("boilerplate: a report that ends on a question to the reader is news up to the question", () => {
  const kindOf = (lines: readonly string[], line: string) => new Map(kindsOf(lines)).get(line);
  const past =
    "خسر فريق النجوم مباراة القمة أمام المتصدر بهدف نظيف مساء السبت، فهل هي لعنة حامل اللقب؟";
  const present =
    "يلتقي المنتخب الوطني بنظيره الياباني في مباراة ودية مساء الثلاثاء، فهل يفعلها مجددا؟";
  // Opening on a past verb: news, as the lede and later.
  assert.equal(kindOf([past], past), Boilerplate.None);
  assert.equal(kindOf([STATEMENT, past], past), Boilerplate.None);
  // Opening on a present verb: news as the lede only.
  assert.equal(kindOf([present], present), Boilerplate.None);
  assert.equal(kindOf([STATEMENT, present], present), Boilerplate.Dependent);
  // Still questions: a turn (`غير` is also "changed"), a condition, one addressing the reader,
  // a question with no clause mark before it, one with too few words before it, a plain question.
  for (const question of [
    "غير أن هذا الواقع قد يتغير بين شهر وآخر في السوق العالمية، فمن سيصمد على كرسيه؟",
    "إذا كنت من محبي القهوة وتشربها كل صباح قبل العمل، فهل تعلم ما تفعله بجسمك؟",
    "تريد أن تعرف أسعار الهواتف الجديدة قبل شرائها هذا الشهر، فكيف تختار بينها؟",
    "وصل المنتخب الوطني إلى نهائيات كأس العالم للمرة الأولى في تاريخه فمن هو مدربه؟",
    "خسر الفريق أمس، فهل هي لعنة حامل اللقب التي تطارد الأبطال؟",
    "هل ينجح الفريق في الفوز باللقب هذا الموسم بعد غياب طويل؟",
  ]) {
    assert.equal(kindOf([question], question), Boilerplate.Dependent, question);
  }
  // A question in a quotation after the lede (the lede may report one: a rule of its own).
  const quoted =
    "قال المدرب في المؤتمر الصحفي: «خسرنا المباراة أمام فريق قوي، فهل هذه نهاية الموسم؟»";
  assert.equal(kindOf([STATEMENT, quoted], quoted), Boilerplate.Dependent);
  // The question after a closing quotation mark as compression reads it (`؟"`, `؟»`, `?”`): the
  // writer's when it opened the quotation (news up to it), the speaker's when the quotation
  // opened before it, here in the sentence before.
  for (const [open, close, mark] of [
    ['"', '"', "؟"],
    ["«", "»", "؟"],
    ["“", "”", "?"],
  ] as const) {
    const own = `${past.slice(0, past.indexOf("لعنة"))}${open}لعنة حامل اللقب${mark}${close}`;
    assert.equal(kindOf([STATEMENT, own], own), Boilerplate.None, own);
    const said = `خسرنا المباراة أمام فريق قوي جدا في ملعبنا وأمام جمهورنا، فهل هذه نهاية الموسم${mark}${close}`;
    const speech = `${STATEMENT} وقال المدرب: ${open}لعبنا بشجاعة حتى الدقيقة الأخيرة. ${said}`;
    assert.equal(kindOf([speech], said), Boilerplate.Dependent, said);
  }
});

test("boilerplate: the title's own line above the article is no highlight, unless it is all there is", () => {
  const headline = "الحكومة تقر خطة شاملة لخفض أسعار الوقود ودعم الأسر محدودة الدخل";
  const text = [
    headline,
    STATEMENT,
    "وقال الوزير إن الخطة تبدأ مطلع الشهر المقبل وتستمر عاما كاملا.",
  ].join("\n");
  const titled = (title: string | null, input = text) => {
    const ctx = featureContext(analyze(input, { pack: arabic, title }), arabic, arabicNewsIdf());
    return boilerplateKinds(ctx)[0];
  };
  assert.equal(titled(headline), Boilerplate.Dependent);
  assert.equal(titled(`${headline}.`), Boilerplate.Dependent);
  assert.equal(titled(null), Boilerplate.None);
  // A headline that ends with `!` is a headline still.
  const bang = `${headline}!\n${STATEMENT}\nوقال الوزير إن الخطة تبدأ مطلع الشهر المقبل.`;
  assert.equal(titled(`${headline}!`, bang), Boilerplate.Dependent);
  assert.equal(titled("خطة لخفض أسعار الوقود"), Boilerplate.None);
  // A lede that the title repeats is the news, after a wire's dateline line too; a section
  // heading after the lede that repeats the title is not.
  const lede = `${headline}.\nوقال الوزير إن الخطة تبدأ مطلع الشهر المقبل.`;
  assert.equal(titled(headline, lede), Boilerplate.None);
  const kindAt = (lines: readonly string[], i: number) => {
    const input = lines.join("\n");
    const ctx = featureContext(
      analyze(input, { pack: arabic, title: headline }),
      arabic,
      arabicNewsIdf(),
    );
    return boilerplateKinds(ctx)[i];
  };
  const said = "وقال الوزير إن الخطة تبدأ مطلع الشهر المقبل.";
  assert.equal(kindAt(["القاهرة (رويترز) -", headline, said], 1), Boilerplate.None);
  assert.equal(kindAt([STATEMENT, said, `${headline}!!`, said], 2), Boilerplate.Dependent);
  // The headline alone, titled with itself, is still summarized.
  assert.deepEqual(
    summarize(headline, { title: headline }).highlights.map((h) => h.text),
    [headline],
  );
});

test("boilerplate: a call or a warning whose speaker is unnamed leans on the sentence before", () => {
  const leaning = [
    "ودعا إلى حماية دولية للمدنيين في المناطق المتضررة من القصف.",
    "دعت إلى فتح تحقيق مستقل في ملابسات الحادث خلال أسبوع.",
    "وحذر من أن استمرار التصعيد سيقود المنطقة إلى حرب شاملة.",
  ];
  const named = [
    "ودعا الأمين العام إلى حماية دولية للمدنيين في المناطق المتضررة.",
    "وحذرت منظمة الصحة العالمية من انتشار الوباء في المخيمات.",
    "ودعا من جهته الرئيس الروسي إلى وقف إطلاق النار في المدينة فورا.",
  ];
  const kinds = new Map(kindsOf([STATEMENT, ...leaning, ...named]));
  for (const line of leaning) assert.equal(kinds.get(line), Boilerplate.Context, line);
  for (const line of named) assert.equal(kinds.get(line), Boilerplate.None, line);
});

test("boilerplate: `ذلك التاريخ` or `ذلك اليوم` in a sentence's first clause leans on the date of the sentence before", () => {
  const dated = "وفي العاشر من نوفمبر الماضي أعلن الجيش إغلاق المعبر الحدودي مع الجارة الشمالية.";
  const leaning = [
    "وفي اليوم السابق لذلك التاريخ، أعلن المتحدث باسم الجيش ضبط شحنة أسلحة مهربة.",
    "ودخل اللاعب في ذلك اليوم إلى الملعب قبل دقائق قليلة من نهاية الشوط الأول.",
  ];
  for (const line of leaning) {
    const [, kind] = kindsOf([STATEMENT, dated, line])[2] as [string, number];
    assert.equal(kind, Boilerplate.Context, line);
  }
  const news = [
    // Its own date, or the pointer after its first clause.
    "وبدأت الاحتجاجات في 30 مارس، ومنذ ذلك التاريخ قتل عشرات المتظاهرين في المدينة.",
    "وأعلن المتحدث باسم الجيش ضبط شحنة أسلحة مهربة، ولم يحدد ما جرى في ذلك اليوم.",
  ];
  for (const line of news) {
    const [, kind] = kindsOf([STATEMENT, dated, line])[2] as [string, number];
    assert.equal(kind, Boilerplate.None, line);
  }
  // After a sentence that tells no date, or as the article's first sentence.
  const undated = "وأعلن الجيش إغلاق المعبر الحدودي مع الجارة الشمالية حتى إشعار آخر.";
  const [, kind] = kindsOf([STATEMENT, undated, leaning[1] as string])[2] as [string, number];
  assert.equal(kind, Boilerplate.None);
  const [, first] = kindsOf([leaning[1] as string, dated])[0] as [string, number];
  assert.equal(first, Boilerplate.None);
});

test("boilerplate: the answer to a question asked right before leans on it; elsewhere `الإجابة` is news", () => {
  const question = "كم ساعة تقضي يوميا في تصفح هاتفك الذكي؟";
  const answer = "الإجابة هي ثلث ساعات استيقاظك تقريبا بحسب الدراسة الجديدة.";
  const answered = "والجواب نعم، يتتبع التطبيق موقعك حتى حين تغلقه في الهاتف.";
  const afterNews = "الإجابة عن أسئلة المواطنين متاحة الآن عبر موقع الوزارة الإلكتروني.";
  const kinds = new Map(
    kindsOf([
      STATEMENT,
      question,
      answer,
      question.replace("كم", "هل تعلم كم"),
      answered,
      STATEMENT.replace("اليوم", "أمس"),
      afterNews,
    ]),
  );
  assert.equal(kinds.get(answer), Boilerplate.Context);
  assert.equal(kinds.get(answered), Boilerplate.Context);
  assert.equal(kinds.get(afterNews), Boilerplate.None);
  // After a question in quotation marks, or before a relative pronoun or `الرسمية`, it is news.
  const quoted = 'نشرت الصحيفة مقالا بعنوان "هل تنجح المفاوضات؟".';
  const reply = "الجواب جاء سريعا من الوزارة التي أعلنت استئناف المفاوضات غدا.";
  const letter = "الجواب الذي أرسله الرئيس إلى نظيره وصل صباح اليوم إلى العاصمة.";
  const official = "الإجابة الرسمية جاءت من وزارة الكهرباء التي أعلنت خطة طوارئ.";
  const more = new Map(kindsOf([STATEMENT, quoted, reply, question, letter, question, official]));
  for (const line of [reply, letter, official])
    assert.equal(more.get(line), Boilerplate.None, line);
});

test("boilerplate: a sentence in another language is no highlight; Arabic with a foreign name is", () => {
  const english = "The company said the new phone will go on sale in March across the region.";
  const persian = "ما این تصمیم را برای حمایت از مردم گرفته‌ایم و به آن پایبند هستیم.";
  const named = "وقالت شركة Apple إن الهاتف الجديد سيطرح في الأسواق خلال شهر مارس المقبل.";
  // An Arabic frame around an English quotation that is the news.
  const quoted =
    'وكتب الرئيس في تغريدة: "I have decided to withdraw all American troops from the country today, and they will be home for the holidays".';
  // Arabic hashtags after an English post do not make it Arabic.
  const tagged =
    "Our thoughts are with the families affected by the earthquake today, and our teams are on the ground to help #زلزال #تضامن #إغاثة";
  const kinds = new Map(kindsOf([STATEMENT, english, persian, named, quoted, tagged]));
  assert.equal(kinds.get(tagged), Boilerplate.Dependent);
  assert.equal(kinds.get(quoted), Boilerplate.None);
  assert.equal(kinds.get(english), Boilerplate.Dependent);
  assert.equal(kinds.get(persian), Boilerplate.Dependent);
  assert.equal(kinds.get(named), Boilerplate.None);
  assert.equal(kinds.get(STATEMENT), Boilerplate.None);
});

test("boilerplate: other stories' openings listed after the article are no highlights", () => {
  const story = [
    "أعلنت وزارة الصحة افتتاح مستشفى جديد للأطفال في العاصمة بسعة مئتي سرير.",
    "وقال وزير الصحة إن المستشفى سيستقبل المرضى من جميع المحافظات ابتداء من الشهر المقبل.",
    "وأضاف أن تكلفة بناء المستشفى بلغت خمسين مليون دولار مولتها الحكومة بالكامل.",
    "وكانت الوزارة قد أعلنت العام الماضي خطة لبناء ثلاثة مستشفيات للأطفال في المحافظات.",
  ];
  const others = [
    "قرر البنك المركزي، الخميس، رفع سعر الفائدة الرئيسي بمقدار نصف نقطة مئوية لكبح التضخم المتسارع في الأسواق.",
    "فاز المنتخب الوطني لكرة اليد، مساء الجمعة، على نظيره الياباني في افتتاح البطولة القارية المقامة في الدوحة",
    "كشفت هيئة الأرصاد الجوية، السبت، عن موجة حر شديدة تضرب البلاد خلال الأيام المقبلة مع ارتفاع الرطوبة.",
  ];
  const kinds = new Map(kindsOf([...story, ...others]));
  for (const line of others) assert.equal(kinds.get(line), Boilerplate.Dependent, line);
  for (const line of story) assert.notEqual(kinds.get(line), Boilerplate.Dependent, line);
  // One such paragraph at the end is the article's own.
  const one = new Map(kindsOf([...story, others[0] as string]));
  assert.equal(one.get(others[0] as string), Boilerplate.None);
  // The article's own closing paragraphs, on its subject, open on past verbs too.
  const own = [
    "قررت الوزارة تخصيص جناح في المستشفى الجديد للأطفال المصابين بأمراض القلب في العاصمة.",
    "افتتح الوزير في المستشفى الجديد قسما للطوارئ يعمل طوال اليوم لاستقبال الأطفال المرضى.",
  ];
  for (const [line, kind] of kindsOf([...story, ...own])) {
    assert.notEqual(kind, Boilerplate.Dependent, line);
  }
  // Nor a paragraph of background (`كان`) or one that says "also", whatever it is about.
  const background =
    "كانت الحكومة قد رفعت أسعار الكهرباء مرتين خلال العام الماضي وسط احتجاجات واسعة.";
  const also = "قرر البنك المركزي أيضا، الخميس، رفع سعر الفائدة الرئيسي بمقدار نصف نقطة مئوية.";
  for (const last of [background, also]) {
    const kinds2 = new Map(kindsOf([...story, ...others.slice(0, 2), last]));
    assert.equal(kinds2.get(last), Boilerplate.None, last);
    assert.equal(kinds2.get(others[0] as string), Boilerplate.None, last);
  }
  // A digest: items under a short introduction are the article, not other stories after it.
  const intro = [
    "تتصدر نشرة اليوم أخبار البنوك والرياضة والطقس في البلاد.",
    "ونستعرض فيها ما جرى خلال الساعات الماضية.",
  ];
  const digest = new Map(kindsOf([...intro, ...others]));
  for (const line of others) assert.equal(digest.get(line), Boilerplate.None, line);
  // So are the items of a "what we know" list, after its colon.
  const known = [story[0] as string, story[1] as string, "وهذا ما نعرفه حتى الآن عن الحادث:"];
  const listed = new Map(kindsOf([...known, ...others]));
  for (const line of others) assert.equal(listed.get(line), Boilerplate.None, line);
  // A list of other stories longer than the short article above it is still caught.
  const more = [
    "افتتح متحف الفنون الإسلامية، الأحد، معرضا للمخطوطات النادرة يضم مئتي قطعة من مختلف العصور.",
    "أعلنت شركة الطيران الوطنية، الإثنين، تسيير رحلات مباشرة جديدة إلى ثلاث عواصم آسيوية اعتبارا من الصيف.",
    "حقق العداء الكيني رقما قياسيا جديدا في سباق الماراثون الدولي الذي أقيم في برلين صباح الأحد.",
  ];
  const short = new Map(kindsOf([...story.slice(0, 2), ...others, ...more]));
  for (const line of [...others, ...more])
    assert.equal(short.get(line), Boilerplate.Dependent, line);
  // At least two paragraphs stay the article's.
  for (const [line, kind] of kindsOf([story[0] as string, ...others])) {
    if (line === others[1] || line === others[2]) continue;
    assert.notEqual(kind, Boilerplate.Dependent, line);
  }
});

test("boilerplate: other stories' openings cut off in mid-sentence are no highlights, even on the article's subject", () => {
  const story = [
    "أعلنت وزارة الصحة افتتاح مستشفى جديد للأطفال في العاصمة بسعة مئتي سرير.",
    "وقال وزير الصحة إن المستشفى سيستقبل المرضى من جميع المحافظات ابتداء من الشهر المقبل.",
    "وأضاف أن تكلفة بناء المستشفى بلغت خمسين مليون دولار مولتها الحكومة بالكامل.",
  ];
  // The page's openings of other stories on the same subject, each cut at a fixed length.
  const cut = [
    "افتتح وزير الصحة، الأحد، جناحا جديدا لأمراض القلب في مستشفى الأطفال بالعاصمة، وقال إن المستشفى سيستقبل المرضى من جميع المحافظات",
    "قررت وزارة الصحة تخصيص خمسين مليون دولار لبناء مستشفى ثان للأطفال في المحافظات، بحسب ما أعلن وزير الصحة في مؤتمر صحف",
  ];
  const kinds = new Map(kindsOf([...story, ...cut]));
  for (const line of cut) assert.equal(kinds.get(line), Boilerplate.Dependent, line);
  for (const line of story) assert.notEqual(kinds.get(line), Boilerplate.Dependent, line);
  // Ended with a full stop, they are the article's own closing paragraphs on its subject.
  const own = new Map(kindsOf([...story, ...cut.map((line) => `${line}.`)]));
  for (const line of cut) assert.notEqual(own.get(`${line}.`), Boilerplate.Dependent, line);
  // One paragraph cut off at the end is the article's own.
  const one = new Map(kindsOf([...story, cut[0] as string]));
  assert.notEqual(one.get(cut[0] as string), Boilerplate.Dependent);
});

test("boilerplate: a video page's first sentence, which tells what the video shows, is its news", () => {
  for (const lede of [
    "الفيديو التالي يظهر لحظة انهيار المبنى في وسط المدينة صباح اليوم.",
    "في هذا التقرير، مراسلنا يرافق مزارعين شبابا يعيدون الحياة إلى قرى الجبل.",
  ]) {
    const kinds = kindsOf([lede, STATEMENT]);
    assert.deepEqual(
      kinds.map(([, kind]) => kind),
      [Boilerplate.None, Boilerplate.None],
      lede,
    );
  }
});

test("boilerplate: from a later paragraph with the article's own dateline source, or after the site's closing note, another story runs", () => {
  const dated = (city: string, source: string, text: string) => `${city} (${source})- ${text}`;
  const story = [
    dated("دبي، الإمارات", "CNN", "أعلنت وزارة الصحة افتتاح مستشفى جديد للأطفال في العاصمة."),
    "وقال وزير الصحة إن المستشفى سيستقبل المرضى من جميع المحافظات الشهر المقبل.",
  ];
  const other = [
    dated(
      "أتلانتا، الولايات المتحدة",
      "CNN",
      "قرر البنك المركزي رفع سعر الفائدة الرئيسي لكبح التضخم.",
    ),
    "أكد محافظ البنك أن القرار يهدف إلى حماية العملة الوطنية من التراجع.",
  ];
  const kinds = kindsOf([...story, ...other]);
  assert.deepEqual(
    kinds.map(([, kind]) => kind),
    [Boilerplate.None, Boilerplate.None, Boilerplate.Dependent, Boilerplate.Dependent],
  );
  // Another source's dateline (a dispatch quoted in the article) is the article's.
  const quoted = [
    dated("موسكو", "رويترز", "قرر البنك المركزي رفع سعر الفائدة الرئيسي."),
    other[1] as string,
  ];
  for (const [line, kind] of kindsOf([...story, ...quoted])) {
    assert.equal(kind, Boilerplate.None, line);
  }
  // A dated update that the story goes on from (`وقال …` after it) is the article's.
  const update = [
    dated("دبي، الإمارات", "CNN", "ارتفعت حصيلة ضحايا الزلزال إلى 45 قتيلا صباح اليوم."),
    "وقال مسؤول في الدفاع المدني إن فرق الإنقاذ ما زالت تبحث عن ناجين.",
  ];
  for (const [line, kind] of kindsOf([...story, ...update])) {
    assert.equal(kind, Boilerplate.None, line);
  }
  // After the site's closing note on what it cannot confirm, the page runs other stories too.
  const note = "ويشار إلى أن موقع CNN بالعربية لا يمكنه التأكد بشكل مستقل من الأنباء المتداولة.";
  const closed = kindsOf([...story, note, other[1] as string]);
  assert.deepEqual(
    closed.map(([, kind]) => kind),
    [Boilerplate.None, Boilerplate.None, Boilerplate.Line, Boilerplate.Dependent],
  );
});

test("boilerplate: a run of headline lines (links to related stories) in punctuated text is no highlight", () => {
  const news = [
    "وأقرت هيئة المحلفين الاتهامات وأدانت الممثل بارتكاب الجرائم في ختام المحاكمة.",
    "وقال القاضي إن الممثل لن يسجن فعليا حتى يعلن العقوبة رسميا الشهر المقبل.",
    "وطالب ممثلو الادعاء برفض أي طلب للإفراج عنه بكفالة لحين صدور الحكم.",
  ];
  const links = [
    "الممثل الشهير دفع ثلاثة ملايين دولار لتسوية اتهام قديم أمام القضاء الأمريكي",
    "القضاء الأمريكي يقبل القضية المرفوعة ضد الممثل الشهير بعد تأجيلها مرتين",
  ];
  const kinds = new Map(kindsOf([STATEMENT, ...news.slice(0, 2), ...links, news[2] as string]));
  for (const line of links) assert.equal(kinds.get(line), Boilerplate.Dependent, line);
  for (const line of [STATEMENT, ...news]) assert.equal(kinds.get(line), Boilerplate.None, line);
  // One such line alone between sentences is news, and so is a text whose lines mostly lack a mark.
  const alone = new Map(
    kindsOf([STATEMENT, ...news.slice(0, 2), links[0] as string, news[2] as string]),
  );
  assert.equal(alone.get(links[0] as string), Boilerplate.None);
  const unpunctuated = [STATEMENT, ...links, ...news.map((line) => line.slice(0, -1))];
  for (const [text, kind] of kindsOf(unpunctuated)) assert.equal(kind, Boilerplate.None, text);
  // The items of a list are news: after its introduction, or marked as items.
  const intro = "وتضمن القرار البنود التالية:";
  const listed = new Map(
    kindsOf([STATEMENT, news[0] as string, intro, ...links, news[2] as string]),
  );
  for (const line of links) assert.equal(listed.get(line), Boilerplate.None, line);
  // (The sentence leaves the list mark out.)
  const items = links.map((line) => `- ${line}`);
  const marked = new Map(kindsOf([STATEMENT, ...news.slice(0, 2), ...items, news[2] as string]));
  for (const line of links) assert.equal(marked.get(line), Boilerplate.None, line);
  // Lines may end in `\r` or U+2028: each line is read as itself (the text's first line, a list
  // item here, had been taken for every line's).
  const afterItem = [
    "- بند أول في القائمة",
    STATEMENT,
    ...news.slice(0, 2),
    ...links,
    news[2] as string,
  ];
  const lf = kindsOf(afterItem);
  assert.equal(new Map(lf).get(links[0] as string), Boilerplate.Dependent);
  for (const lineBreak of ["\r", "\r\n", "\u2028"]) {
    assert.deepEqual(kindsOf(afterItem, lineBreak), lf, JSON.stringify(lineBreak));
  }
});

test("boilerplate: the headline after a teaser, in its paragraph, is part of the teaser", () => {
  const text = [
    STATEMENT,
    "قد يهمك.. الحكومة تعلن خطة جديدة لخفض أسعار الكهرباء في الصيف",
    "اقرأ أيضا: انفوجرافيك... أبرز المحطات في تاريخ المهرجان منذ تأسيسه",
    "وقال الوزير إن الخطة تبدأ الشهر المقبل في كل المحافظات.",
  ].join("\n");
  const ctx = featureContext(analyze(text, { pack: arabic }), arabic, arabicNewsIdf());
  const kinds = Array.from(boilerplateKinds(ctx));
  const line = (from: string): number[] =>
    ctx.doc.sentences.flatMap((s, i) =>
      text.slice(s.span.start, s.span.end).startsWith(from) ? [kinds[i] as number] : [],
    );
  assert.deepEqual(line("الحكومة تعلن"), [Boilerplate.Line]);
  assert.deepEqual(line("أبرز المحطات"), [Boilerplate.Line]);
  assert.deepEqual(line("أعلنت الحكومة"), [Boilerplate.None]);
  assert.deepEqual(line("وقال الوزير"), [Boilerplate.None]);
});

test("boilerplate: a teaser that is only its mark takes the headline line after it", () => {
  const headline = "روسيا: الضربات الجوية هي السبب في تأخر وصول المفتشين إلى المدينة";
  const news = "وتتهم دول غربية الحكومة بشن الهجوم، وهو ما تنفيه الحكومة وحلفاؤها.";
  for (const mark of ["أيضاً..", "أيضا…", "اقرأ أيضا:", "قد يهمك:"]) {
    const text = [STATEMENT, "", mark, "", headline, "", news].join("\n");
    const ctx = featureContext(analyze(text, { pack: arabic }), arabic, arabicNewsIdf());
    const kinds = Array.from(boilerplateKinds(ctx));
    const texts = ctx.doc.sentences.map((s) => text.slice(s.span.start, s.span.end));
    assert.equal(kinds[texts.indexOf(mark)], Boilerplate.Line, mark);
    assert.equal(kinds[texts.indexOf(headline)], Boilerplate.Line, mark);
    assert.equal(kinds[texts.indexOf(news)], Boilerplate.None, mark);
  }
  // A teaser with its headline in its own paragraph does not take the next paragraph.
  {
    const text = [
      STATEMENT,
      "",
      `اقرأ أيضا: ${headline}`,
      "",
      headline.replace("روسيا", "موسكو"),
    ].join("\n");
    const ctx = featureContext(analyze(text, { pack: arabic }), arabic, arabicNewsIdf());
    const kinds = Array.from(boilerplateKinds(ctx));
    const i = ctx.doc.sentences.findIndex((s) => text.slice(s.span.start).startsWith("موسكو"));
    assert.notEqual(kinds[i], Boilerplate.Line);
  }
  // Not a headline: a sentence with its full stop, or a paragraph of two sentences.
  for (const after of [`${headline}.`, `${headline}. وقال الوزير إن الخطة جاهزة.`]) {
    const text = [STATEMENT, "", "اقرأ أيضا:", "", after].join("\n");
    const ctx = featureContext(analyze(text, { pack: arabic }), arabic, arabicNewsIdf());
    const kinds = Array.from(boilerplateKinds(ctx));
    const i = ctx.doc.sentences.findIndex((s) => text.slice(s.span.start).startsWith("روسيا"));
    assert.notEqual(kinds[i], Boilerplate.Line, after);
  }
});

test("boilerplate: article text run into a teaser's paragraph stays news", () => {
  // The teaser and the text after it share one paragraph of more than 40 words (6 + 41).
  const rest =
    "وأوضح الوزير في مؤتمر صحفي عقده مساء أمس في العاصمة أن الخطة الجديدة تشمل خفض أسعار الوقود والكهرباء والمياه في كل المحافظات خلال الأشهر الستة المقبلة، على أن تراجع اللجنة المختصة نتائجها في نهاية العام وترفع تقريرا مفصلا عنها إلى البرلمان.";
  const text = `${STATEMENT}\nاقرأ أيضا: الحكومة تدرس رفع الدعم. ${rest}`;
  const ctx = featureContext(analyze(text, { pack: arabic }), arabic, arabicNewsIdf());
  const kinds = Array.from(boilerplateKinds(ctx));
  const texts = ctx.doc.sentences.map((s) => text.slice(s.span.start, s.span.end));
  assert.equal(kinds[texts.indexOf("اقرأ أيضا: الحكومة تدرس رفع الدعم.")], Boilerplate.Line);
  assert.equal(kinds[texts.indexOf(rest)], Boilerplate.None);
});

test("boilerplate: a lede is news with a quotation mark left open, or reporting a question put to someone", () => {
  const open = 'أكد رئيس حزب "القوات الوطنية، سمير حداد، أن المرحلة المقبلة ستكون صعبة على البلاد.';
  const asked =
    'هاجم الرئيس تصريحات وزير الخارجية حول العقوبات الجديدة، مخاطبا إياه: "من أنت لتقرر مصير بلادنا؟"';
  const said = "وقال الوزير إن الخطة تبدأ مطلع الشهر المقبل.";
  for (const lede of [open, asked]) {
    const [first, ...rest] = kindsOf([lede, said, STATEMENT]);
    assert.equal(first?.[1], Boilerplate.None, lede);
    assert.equal(rest.length, 2);
  }
  // Further on, the same sentences still lean on or ask.
  const later = new Map(kindsOf([STATEMENT, open, said]));
  assert.equal(later.get(open), Boilerplate.Context);
  const question = new Map(kindsOf([STATEMENT, asked, said]));
  assert.equal(question.get(asked), Boilerplate.Dependent);
  // A teaser's question is one still, in the lede too.
  const teaser =
    'سؤال يطرحه كثير من مستخدمي الهواتف الذكية هذه الأيام: "لماذا تنفد البطارية بسرعة؟"';
  assert.equal(kindsOf([teaser, said, STATEMENT])[0]?.[1], Boilerplate.Dependent);
});

test("boilerplate: a video report's credit as the last sentence is a line; the same words elsewhere, or alone, are not", () => {
  const said = "وقال الوزير إن الخطة تبدأ مطلع الشهر المقبل وتستمر عاما كاملا.";
  const lastKind = (lines: readonly string[]) => {
    const kinds = kindsOf(lines, " ");
    return (kinds[kinds.length - 1] as [string, number])[1];
  };
  for (const credit of [
    "تقرير: سامي نور وليلى حداد.",
    "تقرير سامي نور وليلى حداد.",
    "أجرى الحوار منير الصافي.",
    "إعداد: هالة يوسف",
  ]) {
    assert.equal(lastKind([STATEMENT, said, credit]), Boilerplate.Line, credit);
  }
  // A report that opens a sentence with more to it, or that is not last, is news.
  const report = "تقرير أممي يحذر من ارتفاع أعداد الجياع في المنطقة.";
  assert.equal(lastKind([STATEMENT, report]), Boilerplate.None);
  assert.equal(kindsOf([report, STATEMENT, said], " ")[0]?.[1], Boilerplate.None);
  const long = "تقرير: سامي نور وليلى حداد وفريق القناة في العاصمة والمدن المجاورة لها.";
  assert.equal(lastKind([STATEMENT, long]), Boilerplate.None);
  // Alone it is what there is to summarize.
  assert.deepEqual(
    summarize(report).highlights.map((h) => h.text),
    [report],
  );
});
