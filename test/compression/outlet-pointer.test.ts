import assert from "node:assert/strict";
import { test } from "node:test";
import { analyze } from "../../src/analysis/analyze.js";
import { outletNouns, pointsAtOutlet } from "../../src/compression/outlet-pointer.js";
import { arabic } from "../../src/lang/ar/index.js";
import { summarize } from "../../src/summarize.js";
import type { Token } from "../../src/text/types.js";

/** The tokens of a one-sentence text. */
function words(text: string): Token[] {
  const [sentence, ...rest] = analyze(text, { pack: arabic }).sentences;
  assert.ok(sentence && rest.length === 0, text);
  return sentence.tokens;
}

test("outletNouns: the nouns an attribution tail names an outlet by", () => {
  assert.deepEqual([...outletNouns(words('بحسب ما أفادت صحيفة "الوطن" المحلية.'))], ["صحيفه"]);
  assert.deepEqual([...outletNouns(words("وفقا لوكالة الأنباء العراقية."))], ["وكاله"]);
  assert.deepEqual([...outletNouns(words("حسب ما نشر موقع إخباري محلي."))], ["موقع"]);
  assert.deepEqual([...outletNouns(words("بحسب مصادر مطلعة على الملف."))], []);
});

test("pointsAtOutlet: the outlet's noun with the article, as the sentence's source", () => {
  const paper = new Set(["صحيفه"]);
  assert.equal(
    pointsAtOutlet(words("ونقلت الصحيفة عن مسؤول في الوزارة قوله إن القرار نهائي."), paper),
    true,
  );
  assert.equal(pointsAtOutlet(words("وأضاف المسؤول للصحيفة أن القرار نهائي."), paper), true);
  // Another outlet's noun, or none.
  assert.equal(pointsAtOutlet(words("وقالت الوكالة إن القرار نهائي."), paper), false);
  assert.equal(pointsAtOutlet(words("وقال المسؤول إن القرار نهائي."), paper), false);
  // The noun in another sense: a signed agreement, a canal.
  assert.equal(
    pointsAtOutlet(words("ونص الاتفاق الموقع بين البلدين على وقف القتال."), new Set(["موقع"])),
    false,
  );
  assert.equal(
    pointsAtOutlet(words("وعبرت السفينة القناة صباح اليوم متجهة إلى الشمال."), new Set(["قناه"])),
    false,
  );
  // `حرب بالوكالة` is a proxy war, no agency.
  assert.equal(
    pointsAtOutlet(words("وتخوض الدولتان حربا بالوكالة منذ سنوات."), new Set(["وكاله"])),
    false,
  );
});

const PAPER_NAMED_ONCE = [
  'قررت الحكومة رفع أسعار الوقود بنسبة عشرين في المئة اعتبارا من مطلع الشهر المقبل، في خطوة تهدف إلى خفض عجز الموازنة العامة الذي بلغ مستوى قياسيا خلال العام الماضي، بحسب ما أفادت صحيفة "الصباح الجديد" المحلية.',
  "ونقلت الصحيفة عن مسؤول في وزارة المالية قوله إن الزيادة ستطبق على البنزين والديزل دون غاز الطهي.",
  "وشهدت العاصمة احتجاجات محدودة مساء أمس على خلفية الأنباء الأولى عن القرار.",
  "ويتوقع خبراء اقتصاديون أن ترتفع معدلات التضخم خلال الأشهر الثلاثة المقبلة نتيجة القرار.",
].join("\n\n");

test("summarize: a cut tail keeps the outlet a later highlight calls 'the paper'", () => {
  const texts = summarize(PAPER_NAMED_ONCE, { count: 4 }).highlights.map((h) => h.text);
  assert.match(texts[1] ?? "", /^نقلت الصحيفة/);
  assert.match(texts[0] ?? "", /بحسب ما أفادت صحيفة "الصباح الجديد" المحلية\.$/, texts[0]);
  // Without the pointer, the tail goes as before.
  const alone = summarize(PAPER_NAMED_ONCE, { count: 1 }).highlights.map((h) => h.text);
  assert.match(alone[0] ?? "", /العام الماضي\.$/, alone[0]);
});
