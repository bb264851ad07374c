import { prepareArticle } from "../io/article.js";
import { checkPlainCharacters } from "../io/decode.js";
import { looksLikeHtml } from "../io/detect-html.js";

/** An article as a client sends it: plain text or HTML, and maybe a title. */
export interface ArticleInput {
  /** Plain text or an HTML page, detected with `looksLikeHtml` (as `khulasa summarize` does). */
  article?: string;
  text?: string;
  html?: string;
  title?: string | null;
}

/** The article text the summarizer reads (spans index into it), and its title. */
export interface PreparedInput {
  text: string;
  title: string | null;
}

/**
 * Turn a client's text or HTML into the article text: the one place where the service
 * prepares input. `text` is read as plain text, `html` as a page, and `article` as whichever
 * it looks like, all by `src/io` (a leading block of `- ` highlight lines is cut off plain
 * text).
 */
export async function prepareInput(input: ArticleInput): Promise<PreparedInput> {
  const html =
    typeof input.html === "string" ||
    (typeof input.article === "string" && looksLikeHtml(input.article));
  const raw = input.html ?? input.article ?? input.text ?? "";
  checkPlainCharacters(raw, html ? "the HTML" : "the text");
  const article = await prepareArticle(raw, { title: input.title ?? null, html });
  return { text: article.text, title: article.title };
}
