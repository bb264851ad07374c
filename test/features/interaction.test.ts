import assert from "node:assert/strict";
import { test } from "node:test";
import { analyze } from "../../src/analysis/analyze.js";
import { featureContext } from "../../src/features/extract.js";
import { computeFeatures } from "../../src/features/index.js";
import { zScore } from "../../src/features/interaction.js";
import { arabic } from "../../src/lang/ar/index.js";
import { arabicNewsIdf } from "../../src/scoring/idf.js";

test("zScore: mean 0 and standard deviation 1 inside the document; all 0 when values are equal", () => {
  const z = zScore(Float64Array.from([1, 2, 3, 6]));
  const mean = z.reduce((a, b) => a + b, 0) / z.length;
  const sd = Math.sqrt(z.reduce((a, b) => a + (b - mean) ** 2, 0) / z.length);
  assert.ok(Math.abs(mean) < 1e-12);
  assert.ok(Math.abs(sd - 1) < 1e-12);
  assert.deepEqual([...zScore(Float64Array.from([0.4, 0.4, 0.4]))], [0, 0, 0]);
  assert.equal(zScore(new Float64Array(0)).length, 0);
});

test("lead × z features: the z-score of the base feature divided by 1 + position", () => {
  const text = [
    "أعلنت وزارة الصحة المصرية اليوم عن حملة وطنية للتطعيم ضد شلل الأطفال في جميع المحافظات.",
    "وقالت الوزارة إن الحملة تستهدف أكثر من عشرة ملايين طفل دون سن الخامسة.",
    "وتستمر حملة التطعيم أربعة أيام في المدارس والمراكز الصحية.",
    "وكان الطقس معتدلا في القاهرة.",
  ].join("\n");
  const ctx = featureContext(
    analyze(text, { title: "حملة وطنية للتطعيم ضد شلل الأطفال", pack: arabic }),
    arabic,
    arabicNewsIdf(),
  );
  const [title, lexRank, centroid, leadTitle, leadLex, leadCentroid] = computeFeatures(ctx, [
    "title",
    "lexRank",
    "centroid",
    "leadTitleZ",
    "leadLexRankZ",
    "leadCentroidZ",
  ]) as Float64Array[];
  const pairs: [Float64Array, Float64Array][] = [
    [title as Float64Array, leadTitle as Float64Array],
    [lexRank as Float64Array, leadLex as Float64Array],
    [centroid as Float64Array, leadCentroid as Float64Array],
  ];
  for (const [base, lead] of pairs) {
    assert.equal(lead.length, 4);
    const z = zScore(base);
    lead.forEach((v, i) => {
      assert.ok(Math.abs(v - (z[i] as number) / (1 + i)) < 1e-12);
    });
  }
  // The opening sentence echoes the title most; the unrelated weather line is the least central.
  assert.ok(((leadTitle as Float64Array)[0] as number) > 0);
  assert.ok(((leadCentroid as Float64Array)[3] as number) < 0);
});
