export * from "./core.js";
export {
  type HtmlMode,
  type PreparedArticle,
  type PrepareOptions,
  prepareArticle,
} from "./io/article.js";
