// The length gate on compression (docs/quality.md): ROUGE with content cut only from sentences
// of more than G words, for several G, on ant-bbc-train.jsonl (`--count 1`) and the three dev
// files; then each rule left out at the shipped gate. Prints F1 ×100. About a minute.
//   npx tsx scripts/compression-gate.ts
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import {
  COMPRESSION_RULES,
  type CompressionOptions,
  DEFAULT_COMPRESSION,
} from "../src/compression/compress.js";
import { evaluate } from "../src/eval/evaluate.js";
import { type GoldItem, loadGold } from "../src/io/eval-files.js";
import { defaultModel } from "../src/scoring/default-model.js";
import { summarizeWith } from "../src/summarize.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const model = defaultModel();
const FILES: [file: string, count: number | null][] = [
  ["ant-bbc-train.jsonl", 1],
  ["easc-dev.jsonl", null],
  ["ant-bbc-dev.jsonl", 1],
  ["ant-bbc-nolead-dev.jsonl", 1],
];
const GATES = [0, 20, 25, 30, 40, Number.POSITIVE_INFINITY];
const data = FILES.map(([file, count]) => ({
  file,
  count,
  gold: loadGold(resolve(root, "..", "shared", "data", file)),
}));

/** on every file with these compression settings (`null`: compression off). */
function scores(compression: Partial<CompressionOptions> | null): string {
  return data
    .map(({ count, gold }) => {
      const system = (item: GoldItem) =>
        summarizeWith(
          model,
          item.article,
          { count, title: item.title, compress: compression !== null },
          { compression: compression ?? {} },
        ).highlights.map((h) => h.text);
      const { rouge1, rouge2 } = evaluate(gold, system, { system: "gate" }).scores;
      return `${rouge1.fmeasure.toFixed(2)} / ${rouge2.fmeasure.toFixed(2)}`;
    })
    .join(" | ");
}

console.log(`| setting | ${FILES.map(([file]) => file).join(" | ")} |`);
console.log(`| --- |${" --- |".repeat(FILES.length)}`);
console.log(`| compression off | ${scores(null)} |`);
for (const longWords of GATES) {
  const shipped = longWords === DEFAULT_COMPRESSION.longWords ? " (shipped)" : "";
  const label = Number.isFinite(longWords)
    ? `content cut above ${longWords} words`
    : "no content cut";
  console.log(`| ${label}${shipped} | ${scores({ longWords })} |`);
}
for (const rule of COMPRESSION_RULES) {
  const rules = new Set(COMPRESSION_RULES.filter((r) => r !== rule));
  console.log(`| shipped gate, without ${rule} | ${scores({ rules })} |`);
}
