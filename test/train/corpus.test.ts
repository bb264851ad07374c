import assert from "node:assert/strict";
import { test } from "node:test";
import { withoutLead } from "../../src/train/corpus.js";
import { softLabels } from "../../src/train/labels.js";

const item = {
  id: "x",
  title: "عنوان",
  article: "الفقرة الأولى تلخص الخبر كله.\nالفقرة الثانية تضيف التفاصيل.\nالفقرة الثالثة تختم.",
  summaries: ["الفقرة الأولى تلخص الخبر كله."],
};

test("withoutLead drops the first paragraph (line) and keeps the rest exactly", () => {
  const cut = withoutLead(item);
  assert.ok(cut);
  assert.equal(cut.article, "الفقرة الثانية تضيف التفاصيل.\nالفقرة الثالثة تختم.");
  assert.equal(cut.id, "x#nolead");
  assert.deepEqual(cut.summaries, item.summaries);
  assert.equal(withoutLead({ ...item, article: "سطر واحد فقط." }), null);
});

test("soft labels: the reference sentence itself scores 1, an unrelated one far less", () => {
  const [same, other] = softLabels(
    ["الفقرة الأولى تلخص الخبر كله.", "الطقس مشمس في المدينة اليوم."],
    item.summaries,
  );
  assert.equal(same, 1);
  assert.ok((other as number) < 0.2, String(other));
  const recall = softLabels(
    ["الفقرة الأولى تلخص الخبر كله وتزيد عليه كلاما كثيرا."],
    item.summaries,
    "recall",
  );
  assert.equal(recall[0], 1);
});
