// Types model/ar-news.json for src/scoring/default-model.ts, which checks it at run time.
declare const model: unknown;
export default model;
