import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { analyze } from "../../src/analysis/analyze.js";
import { DEFAULT_COMPRESSION } from "../../src/compression/compress.js";
import { summarize } from "../../src/summarize.js";
import { compressOne } from "../helpers/compress-one.js";

/** The number of words (tokens) of `text`. */
const words = (text: string) =>
  analyze(text).sentences.reduce((n, sentence) => n + sentence.tokens.length, 0);

// Written for these tests: a clause of 10 words, and a run of 12 words with no mark and no `و`.
const SAID = "قال الوزير إن المشروع سيوفر المياه للمواطنين في جميع المحافظات";
const PLAIN = "تتابع اللجنة الفنية تنفيذ الأعمال في المواقع المحددة حسب الجدول الزمني المعتمد";

describe("compression: a sentence still past the longest highlight (rule `length`)", () => {
  test("text with no full stop and no comma is cut before its last clitic و within 40 words", () => {
    const input = `${Array.from({ length: 150 }, () => SAID).join(" و")}.`;
    const out = compressOne(input);
    assert.equal(out.text, `${SAID} و${SAID} و${SAID} و${SAID}`);
    assert.ok(words(out.text) <= DEFAULT_COMPRESSION.maxClauseWords);
    assert.deepEqual(out.rules, ["length"]);
  });

  test("with a clause mark among its first 40 words, the cut keeps up to the last one", () => {
    const input = `${PLAIN}، ${PLAIN} ${Array.from({ length: 10 }, () => PLAIN).join(" ")}.`;
    assert.ok(words(input) > DEFAULT_COMPRESSION.maxWords);
    assert.deepEqual(compressOne(input), { text: PLAIN, rules: ["length"] });
  });

  test("with neither, it keeps the first 40 words, and no final mark (the sentence goes on)", () => {
    const input = `${Array.from({ length: 10 }, () => PLAIN).join(" ")}.`;
    const out = compressOne(input);
    assert.equal(words(out.text), DEFAULT_COMPRESSION.maxClauseWords);
    assert.ok(input.startsWith(out.text));
    assert.ok(!out.text.endsWith("."));
  });

  test("a clause mark inside a quotation is no place to cut", () => {
    const quoted = `"${PLAIN}، ${PLAIN}"`;
    const input = `${quoted} ${Array.from({ length: 9 }, () => PLAIN).join(" ")}.`;
    const out = compressOne(input);
    assert.notEqual(out.text, `"${PLAIN}`);
    assert.equal(words(out.text), DEFAULT_COMPRESSION.maxClauseWords);
  });

  test("a sentence of at most 100 words is left to the other rules", () => {
    const input = `${Array.from({ length: 8 }, () => PLAIN).join(" ")}.`;
    assert.ok(words(input) <= DEFAULT_COMPRESSION.maxWords);
    assert.deepEqual(compressOne(input), { text: input, rules: [] });
  });

  test("summarize gives a bullet of at most 40 words; --no-compress keeps the whole sentence", () => {
    const input = `${Array.from({ length: 150 }, () => SAID).join(" و")}.`;
    const [bullet] = summarize(input).highlights;
    assert.ok(bullet && words(bullet.text) <= DEFAULT_COMPRESSION.maxClauseWords);
    const [whole] = summarize(input, { compress: false }).highlights;
    assert.equal(whole?.text, input);
  });
});
