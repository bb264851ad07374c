import { prepareRecord } from "../../batch/task.js";
import { KhulasaError } from "../../errors.js";
import type { GoldItem, ItemError } from "../../eval/dataset.js";
import { checkRecordTitle } from "../../io/batch-record.js";
import { articleTooLarge, DEFAULT_MAX_BYTES } from "../../io/limits.js";

/** Gold items as khulasa and the baselines read them, and the items that cannot be summarized. */
export interface PreparedGold {
  /**
   * The gold items in order, each with the article text and title `khulasa batch` would
   * summarize (a failed item is left as it was).
   */
  items: GoldItem[];
  /** Why an item cannot be summarized, by id: what its `batch` error line would say. */
  failed: Map<string, ItemError>;
}

/**
 * Prepare each gold article as `khulasa batch` prepares a record's, so that `eval GOLD` scores
 * what `batch GOLD | eval GOLD --pred -` scores: a `title` that is not a string (BAD_RECORD), an
 * article over batch's default `--max-bytes` (TOO_LARGE), then `prepareRecord` (NUL and control
 * characters, an HTML page's article text, a leading block of `- ` highlight lines). An item
 * that fails gets the error of its batch line; errors that are not KhulasaErrors (bugs)
 * propagate.
 */
export async function prepareGold(gold: readonly GoldItem[]): Promise<PreparedGold> {
  const items: GoldItem[] = [];
  const failed = new Map<string, ItemError>();
  for (const item of gold) {
    try {
      const title = checkRecordTitle(item.badTitle ?? item.title, item.id);
      const tooLarge = articleTooLarge(item.article, DEFAULT_MAX_BYTES);
      if (tooLarge !== null) throw tooLarge;
      const line = item.line ?? 0;
      const prepared = await prepareRecord({ line, article: item.article, title });
      items.push({ ...item, article: prepared.text, title: prepared.title });
    } catch (error) {
      if (!(error instanceof KhulasaError)) throw error;
      failed.set(item.id, { code: error.code, message: error.message, where: item.where ?? null });
      items.push(item);
    }
  }
  return { items, failed };
}
