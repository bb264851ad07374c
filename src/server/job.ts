import { asKhulasaError, type ErrorCode } from "../errors.js";
import { looksLikeHtml } from "../io/detect-html.js";
import { summarize } from "../summarize.js";
import type { Summary } from "../text/types.js";
import { type ArticleInput, prepareInput } from "./prepare.js";

/** One article to summarize, as the routes hand it to the engine. */
export interface SummarizeJob extends ArticleInput {
  /**
   * Plain text or an HTML page, to be told apart as `khulasa summarize` does (`resolveArticle`):
   * by the engine when it is short enough for the event loop, else by the worker thread that
   * takes it, so that a long one is never read on the event loop.
   */
  article?: string;
  count?: number | null;
  compress?: boolean;
  /** Return the prepared text and title along with the summary. */
  includeText?: boolean;
}

/**
 * `job` with its `article` given as `html` or `text`, whichever `looksLikeHtml` says it is:
 * the engine picks a worker or the event loop by that, and `prepareInput` reads it so. Its
 * cost grows with the article (about 0.5 s for 1 MB of crafted tags): the engine calls it only
 * on articles up to its inline limit, and a worker thread on longer ones (`runJob`).
 */
export function resolveArticle(job: SummarizeJob): SummarizeJob {
  if (job.article === undefined) return job;
  const { article, ...rest } = job;
  return looksLikeHtml(article) ? { ...rest, html: article } : { ...rest, text: article };
}

/** A job's result as plain data (it crosses a worker-thread boundary). */
export type JobOutcome =
  | { ok: true; summary: Summary; text?: string; title?: string | null }
  | { ok: false; code: ErrorCode; message: string; hint: string };

/** Prepare and summarize one article. Never throws: errors come back as data. */
export async function runJob(job: SummarizeJob): Promise<JobOutcome> {
  try {
    const article = await prepareInput(resolveArticle(job));
    const summary = summarize(article.text, {
      count: job.count ?? null,
      title: article.title,
      compress: job.compress ?? true,
    });
    if (!job.includeText) return { ok: true, summary };
    return { ok: true, summary, text: article.text, title: article.title };
  } catch (error) {
    const e = asKhulasaError(error);
    const internal = e.code === "INTERNAL";
    // An unexpected error's message may quote the article: keep it out of responses.
    return {
      ok: false,
      code: e.code,
      message: internal ? "internal error while summarizing" : e.message,
      hint: e.hint,
    };
  }
}
