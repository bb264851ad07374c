import assert from "node:assert/strict";
import { test } from "node:test";
import { analyze } from "../../src/analysis/analyze.js";
import { buildVectors, cosine, distinctVectors } from "../../src/features/vectors.js";
import { arabicNewsIdf } from "../../src/scoring/idf.js";

const ARTICLE =
  "افتتح الوزير مصنعا جديدا للسيارات في المدينة. وقال الوزير إن المصنع يوفر ألف وظيفة.\n" +
  "وتنتج السيارات الكهربائية في المصنع الجديد.";
const OTHER = "أمطرت السماء بغزارة على الساحل. وأغلقت المدارس أبوابها أمام التلاميذ.";

test("term ids follow first occurrence in each document, then the title's new stems", () => {
  const idf = arabicNewsIdf();
  const doc = analyze(ARTICLE, { title: "مصنع للسيارات الكهربائية في الصحراء" });
  const v = buildVectors(doc, idf);
  const stems: string[] = [];
  for (const s of doc.sentences) {
    for (const t of s.tokens)
      if (!t.stop && t.stem.length >= 2 && !stems.includes(t.stem)) stems.push(t.stem);
  }
  const first = v.sentences[0];
  assert.ok(first);
  assert.deepEqual(
    [...first.ids],
    [...first.ids].sort((a, b) => a - b),
  );
  assert.equal(first.ids[0], 0);
  // The centroid holds every sentence term once, ids 0..n-1, weight = total count × IDF.
  assert.deepEqual(
    [...v.centroid.ids],
    stems.map((_, i) => i),
  );
  stems.forEach((stem, id) => {
    let count = 0;
    for (const s of doc.sentences)
      for (const t of s.tokens) if (!t.stop && t.stem === stem) count++;
    assert.equal(v.centroid.weights[id], count * idf(stem));
  });
  // A title stem that no sentence has gets an id past the sentences' ones.
  assert.ok(v.title);
  assert.ok(Math.max(...v.title.ids) >= stems.length);
  // Another document starts its ids at 0 again; building twice gives the same vectors.
  const other = buildVectors(analyze(OTHER), idf);
  assert.equal(other.sentences[0]?.ids[0], 0);
  assert.deepEqual(buildVectors(doc, idf), v);
});

test("cosine of a sentence with itself is 1 and with an unrelated one 0", () => {
  const v = buildVectors(analyze(`${OTHER} ${OTHER}`), arabicNewsIdf());
  const [a, b, c] = v.sentences;
  assert.ok(a && b && c);
  assert.ok(Math.abs(cosine(a, c) - 1) < 1e-12);
  assert.equal(cosine(a, b), 0);
});

test("distinctVectors: a term in every sentence weighs little, a term of one sentence much", () => {
  const v = (ids: number[], weights: number[]) => ({
    ids: Uint32Array.from(ids),
    weights: Float64Array.from(weights),
    norm: Math.hypot(...weights),
  });
  // Term 1 is in all three sentences, term 2 in two, term 3 in one.
  const out = distinctVectors([v([1, 2], [2, 1]), v([1, 2, 3], [1, 1, 1]), v([1], [3])]);
  assert.deepEqual(Array.from(out[0]?.weights ?? []), [2 * Math.log(4 / 3), Math.log(4 / 2)]);
  assert.deepEqual(Array.from(out[1]?.ids ?? []), [1, 2, 3]);
  assert.ok(Math.abs((out[1]?.weights[2] ?? 0) - Math.log(4)) < 1e-12);
  const w = Array.from(out[1]?.weights ?? []);
  assert.ok(Math.abs((out[1]?.norm ?? 0) - Math.hypot(...w)) < 1e-12);
  assert.deepEqual(distinctVectors([]), []);
});
