/**
 * ROUGE with exact parity to the multilingual scorer released with XL-Sum
 * (`lang="arabic"`, `use_stemmer=True`).
 */
export { bestOf, bestOfPrepared, prepareText, rougeScores } from "./rouge.js";
export {
  createRougeScorer,
  fmeasure,
  type PreparedText,
  ROUGE_METRICS,
  type RougeScorer,
  type RougeScorerOptions,
  type RougeScores,
  type Score,
  scoreNgrams,
  scorePrepared,
} from "./score.js";
export {
  ArabicStemmer,
  type ArabicStemmerOptions,
  NLTK_ARABIC_STOPWORD_SET,
  stemArabic,
} from "./snowball-ar.js";
export { cachedStem } from "./stem-cache.js";
export { type Stem, tokenize, tokenizeLsum, tokenizeSentence } from "./tokenize.js";
