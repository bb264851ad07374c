import type { AnalysedDocument } from "../analysis/document.js";
import type { LanguagePack } from "../lang/types.js";
import type { FeatureContext } from "./context.js";
import { buildVectors, type Idf } from "./vectors.js";

/** The feature context of an analysed document: vectors built once, shared by every feature. */
export function featureContext(
  doc: AnalysedDocument,
  pack: LanguagePack,
  idf: Idf,
): FeatureContext {
  return { doc, vectors: buildVectors(doc, idf), normalize: pack.normalize, memo: new Map() };
}
