// A short news article of our own for the batch tests: five sentences about a new hospital.

/** The article's sentences. */
export const HOSPITAL_SENTENCES: readonly string[] = [
  "أعلنت وزارة الصحة افتتاح مستشفى جديد في مدينة السلط.",
  "ويضم المستشفى مئتي سرير وقسما للطوارئ.",
  "وقال الوزير إن العمل بدأ قبل ثلاث سنوات.",
  "ويتوقع أن يخدم المستشفى نحو نصف مليون نسمة.",
  "وشارك في الافتتاح عدد من النواب والمسؤولين.",
];

/** Article number `i`: a first sentence that names it, then the sentences `repeat` times. */
export function numberedArticle(i: number, repeat = 1): string {
  const body = Array.from({ length: repeat }, () => HOSPITAL_SENTENCES.join(" ")).join(" ");
  return `خبر رقم ${i}. ${body}`;
}
