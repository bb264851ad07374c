import type { AnalysedDocument } from "../analysis/document.js";
import type { TermVectors } from "./vectors.js";

/** What every feature may read: the analysed document and values shared between features. */
export interface FeatureContext {
  doc: AnalysedDocument;
  /** TF-IDF vectors of the sentences (and the title), built once per document. */
  vectors: TermVectors;
  /** The language pack's normalizer (matching form of a string). */
  normalize: (text: string) => string;
}

/** A feature: one value per sentence. */
export type Feature = (ctx: FeatureContext) => Float64Array;
