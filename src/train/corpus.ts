import { analyze } from "../analysis/analyze.js";
import type { GoldItem } from "../eval/dataset.js";
import { boilerplate } from "../features/boilerplate.js";
import { featureContext } from "../features/extract.js";
import { computeFeatures, type FeatureName } from "../features/index.js";
import { arabic } from "../lang/ar/index.js";
import { arabicNewsIdf } from "../scoring/idf.js";
import { collapseWhitespace } from "../text/span.js";
import { softLabels } from "./labels.js";
import type { TrainingDoc } from "./listnet.js";

/**
 * The article without its first paragraph (line), as XL-Sum builds its Arabic data from BBC:
 * teaches the scorer articles whose lede is gone. Null when nothing would be left.
 */
export function withoutLead(item: GoldItem): GoldItem | null {
  const cut = item.article.indexOf("\n");
  const rest = cut < 0 ? "" : item.article.slice(cut + 1);
  return rest.trim() === "" ? null : { ...item, id: `${item.id}#nolead`, article: rest };
}

/** Feature rows, eligibility and soft ROUGE labels of every sentence of every gold article. */
export function trainingDocs(
  gold: readonly GoldItem[],
  features: readonly FeatureName[],
  measure: "fmeasure" | "recall" = "fmeasure",
): TrainingDoc[] {
  const idf = arabicNewsIdf();
  return gold.map((item) => {
    const doc = analyze(item.article, { title: item.title, pack: arabic });
    const ctx = featureContext(doc, arabic, idf);
    const columns = computeFeatures(ctx, features);
    const rows = doc.sentences.map((_, i) => Float64Array.from(columns, (c) => c[i] as number));
    const texts = doc.sentences.map((s) =>
      collapseWhitespace(item.article.slice(s.span.start, s.span.end)),
    );
    const eligible = Array.from(boilerplate(ctx), (b) => b === 0);
    return { rows, labels: softLabels(texts, item.summaries, measure), eligible };
  });
}
