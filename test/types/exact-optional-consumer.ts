// A library user's code, compiled by exact-optional.test.ts with `exactOptionalPropertyTypes`
// (as @tsconfig/strictest sets it): options read from elsewhere may be undefined, and the
// runtime takes undefined and null as the defaults.
import {
  type PrepareOptions,
  prepareArticle,
  type SummarizeOptions,
  summarize,
} from "../../src/index.js";

/** Settings as a CLI parser or a config file gives them: any of them may be missing. */
export interface Settings {
  count?: number;
  title?: string;
  compress?: boolean;
  html?: boolean;
}

export async function summarizePage(page: string, settings: Settings): Promise<string[]> {
  const prepare: PrepareOptions = { title: settings.title, html: settings.html };
  const { text, title } = await prepareArticle(page, prepare);
  const options: SummarizeOptions = {
    count: settings.count,
    title: title ?? settings.title,
    compress: settings.compress,
  };
  return summarize(text, options).highlights.map((h) => h.text);
}

/** null is the default too, for html as for the other options. */
export const defaults: PrepareOptions = { title: null, html: null };
