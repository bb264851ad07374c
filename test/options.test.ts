// The options of summarize and prepareArticle as a library user gets them wrong: each bad value
// is a BAD_OPTION whose message says which option and what it got.
import assert from "node:assert/strict";
import { test } from "node:test";
import { KhulasaError } from "../src/errors.js";
import { prepareArticle } from "../src/io/article.js";
import { summarize } from "../src/summarize.js";

const ARTICLE = "أعلنت الحكومة خطة جديدة لخفض أسعار الوقود ابتداء من الشهر المقبل.";

/** summarize and prepareArticle called as plain JavaScript may call them. */
const untypedSummarize = summarize as (text: string, options: unknown) => unknown;
const untypedPrepare = prepareArticle as (text: string, options: unknown) => Promise<unknown>;

/** A BAD_OPTION error whose message is `message`. */
function badOption(message: string) {
  return (e: unknown) =>
    e instanceof KhulasaError && e.code === "BAD_OPTION" && e.message === message;
}

test("summarize: a bad title or compress says what it got, as a bad count does", () => {
  const cases: [object, string][] = [
    [{ count: "3" }, "count must be a whole number from 1 to 10, got a string"],
    [{ title: 5 }, "title must be a string, got 5"],
    [{ title: ["عنوان"] }, "title must be a string, got an array"],
    [{ compress: "no" }, "compress must be true or false, got a string"],
    [{ compress: 0 }, "compress must be true or false, got 0"],
  ];
  for (const [options, message] of cases) {
    assert.throws(() => untypedSummarize(ARTICLE, options), badOption(message), message);
  }
});

test("prepareArticle: a bad title or html says what it got", async () => {
  const cases: [object, string][] = [
    [{ title: 5 }, "title must be a string, got 5"],
    [{ html: "yes" }, 'html must be true, false or "auto", got a string'],
    [{ html: 1 }, 'html must be true, false or "auto", got 1'],
  ];
  for (const [options, message] of cases) {
    await assert.rejects(untypedPrepare(ARTICLE, options), badOption(message), message);
  }
});
