export * from "./core.js";
export { type PreparedArticle, type PrepareOptions, prepareArticle } from "./io/article.js";
