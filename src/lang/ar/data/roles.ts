/**
 * Roles that a report's subject names once its bearer was introduced (normalized, with the
 * article): `قالت المنظمة …` after `المنظمة الأوروبية للسلامة الجوية (يوروكنترول) …`, `أكد
 * المجلس أن …`, `قالت المتحدثة: …`, and the outlets (`أضافت الصحيفة أن …` after `ذكرت صحيفة
 * "ماركا" …`; an outlet named in a chosen bullet's attribution tail keeps its tail for them). Not
 * `الرئيس`, whom a country's news names by his title alone, nor `المرصد` (Syria's war reports know
 * one observatory).
 */
export const ROLE_SUBJECTS: readonly string[] = [
  "المتحدث",
  "المتحدثه",
  "المنظمه",
  "الوزير",
  "الوزيره",
  "الوزاره",
  "المجلس",
  "البيان",
  "المصدر",
  "المسؤول",
  "المسؤوله",
  "الشركه",
  "السفير",
  "المحكمه",
  "اللجنه",
  "الهيئه",
  "الحركه",
  "الجماعه",
  "الحزب",
  "التقرير",
  "الدراسه",
  "النائب",
  "القاضي",
  "المدير",
  "المديره",
  "الخبير",
  "الناشط",
  "الناشطه",
  "المحامي",
  "الائتلاف",
  "الصحيفه",
  "الوكاله",
  "المجله",
  "القناه",
];

/**
 * Words right after such a subject that go on with what it said or did, so that nothing names
 * its bearer (`قالت المنظمة في بيان`, `أكد المجلس أن`); a subject with a name or an adjective
 * after it (`قال المتحدث باسم الخارجية`, `قال الوزير الأمريكي`) says who it is.
 */
export const AFTER_UNNAMED_ROLE: readonly string[] = [
  "ان",
  "انه",
  "انها",
  "بان",
  "بانه",
  "بانها",
  "علي",
  "عبر",
  "خلال",
  "امام",
  "لوكاله",
  "لصحيفه",
];

/**
 * Beginnings of the nouns (normalized) of where something was said (`في بيان`, `في تصريحات`,
 * `في موقعها`): after `في` they go on with what a role said. Any other word after `في` may say
 * who the role is (`المسؤول في حرس الحدود`).
 */
export const SAID_IN: readonly string[] = [
  "بيان",
  "تصريح",
  "مقابل",
  "مؤتمر",
  "رسال",
  "تغريد",
  "كلم",
  "حديث",
  "لقاء",
  "تقرير",
  "موقع",
  "صفح",
  "حساب",
  "رد",
];
