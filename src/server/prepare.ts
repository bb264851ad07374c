import { prepareArticle } from "../io/article.js";
import { checkPlainCharacters, checkWellFormed } from "../io/decode.js";

/** An article as a client sends it: plain text or HTML, and maybe a title. */
export interface ArticleInput {
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
 * prepares input. `text` is read as plain text and `html` as a page, both by `src/io`
 * (a leading block of `- ` highlight lines is cut off plain text).
 */
export async function prepareInput(input: ArticleInput): Promise<PreparedInput> {
  const html = typeof input.html === "string";
  const raw = html ? (input.html as string) : (input.text ?? "");
  checkPlainCharacters(raw, html ? "the HTML" : "the text");
  // The title goes back to the client with `includeText`: no half of a character either.
  if (typeof input.title === "string") checkWellFormed(input.title, "the title");
  const article = await prepareArticle(raw, { title: input.title ?? null, html });
  return { text: article.text, title: article.title };
}
