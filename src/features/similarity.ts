import { type FeatureContext, featureValues } from "./context.js";
import { lexRank } from "./lexrank.js";
import { cosine } from "./vectors.js";

/** LexRank centrality over stemmed TF-IDF cosine similarity (mean 1). */
export function lexRankCentrality({ vectors }: FeatureContext): Float64Array {
  return lexRank(vectors.sentences);
}

/** Cosine similarity of the sentence to the whole article's TF-IDF centroid. */
export function centroidSimilarity({ vectors }: FeatureContext): Float64Array {
  return featureValues(vectors.sentences, (v) => cosine(v, vectors.centroid));
}

/** Cosine similarity of the sentence to the title (0 without a title). */
export function titleSimilarity({ vectors }: FeatureContext): Float64Array {
  const title = vectors.title;
  return featureValues(vectors.sentences, (v) => (title ? cosine(v, title) : 0));
}

/** Cosine similarity of the sentence to the first sentence (the lede). */
export function ledeSimilarity({ vectors }: FeatureContext): Float64Array {
  const lede = vectors.sentences[0];
  return featureValues(vectors.sentences, (v, i) => (lede && i > 0 ? cosine(v, lede) : 0));
}
