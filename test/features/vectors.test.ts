import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { analyze } from "../../src/analysis/analyze.js";
import {
  buildVectors,
  cosine,
  distinctVectors,
  type SparseVector,
} from "../../src/features/vectors.js";
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

/** A sparse vector over the given ascending ids, with weights from the ids. */
function sparse(ids: readonly number[], weight: (id: number) => number): SparseVector {
  const weights = Float64Array.from(ids, weight);
  const norm = Math.sqrt(weights.reduce((sum, w) => sum + w * w, 0));
  return { ids: Uint32Array.from(ids), weights, norm };
}

/** The cosine by the definition: the dot product over the ids both hold, in ascending order. */
function plainCosine(a: SparseVector, b: SparseVector): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  const inB = new Map(Array.from(b.ids, (id, k) => [id, b.weights[k] as number]));
  let dot = 0;
  a.ids.forEach((id, k) => {
    const w = inB.get(id);
    if (w !== undefined) dot += (a.weights[k] as number) * w;
  });
  return dot / (a.norm * b.norm);
}

test("cosine: a short vector against a long one (a sentence against the centroid) is exact, both ways round", () => {
  const ids = fc
    .uniqueArray(fc.integer({ min: 0, max: 5000 }), { maxLength: 400 })
    .map((list) => list.sort((x, y) => x - y));
  fc.assert(
    fc.property(ids, ids, fc.double({ min: 0.1, max: 9, noNaN: true }), (x, y, scale) => {
      const a = sparse(x, (id) => 1 + ((id * scale) % 7));
      const b = sparse(y, (id) => 0.5 + ((id / scale) % 3));
      assert.equal(cosine(a, b), plainCosine(a, b));
      assert.equal(cosine(b, a), plainCosine(a, b));
    }),
    { numRuns: 300, seed: 20261130 },
  );
  // The sizes where the long vector is searched: ids far past the short one's last, and before.
  const long = sparse(
    Array.from({ length: 4000 }, (_, k) => k * 3),
    (id) => 1 + (id % 5),
  );
  for (const few of [[0], [2999 * 3], [11999], [12000, 12001], [3, 4, 5, 6, 9, 11997]]) {
    const short = sparse(few, (id) => 2 + (id % 3));
    assert.equal(cosine(short, long), plainCosine(short, long), String(few));
    assert.equal(cosine(long, short), plainCosine(short, long), String(few));
  }
});
