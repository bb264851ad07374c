import assert from "node:assert/strict";
import { summarize } from "../../src/summarize.js";

/**
 * For 1 to 3 highlights of `text` (with `title`): as many as asked, and sentence `later` never
 * without sentence `earlier`, which says who speaks in it.
 */
export function assertComesWith(text: string, title: string, later: number, earlier: number): void {
  for (const count of [1, 2, 3]) {
    const chosen = summarize(text, { count, title }).highlights.map((h) => h.sentence);
    assert.equal(chosen.length, count);
    if (chosen.includes(later)) assert.ok(chosen.includes(earlier), `count ${count}: ${chosen}`);
  }
}
