// The npm package `lexrank` as a whole process doing khulasa batch's job: read a JSONL file of
// {"id", "article"}, summarize each article into 3 sentences, write one JSON line each to OUT.
// The bench times it as a child process, like `khulasa batch --workers 1`, start-up included.
//   node bench/lexrank-batch.mjs IN.jsonl OUT.jsonl
import { createReadStream, createWriteStream } from "node:fs";
import { createRequire } from "node:module";
import { createInterface } from "node:readline";

const [input, output] = process.argv.slice(2);
if (!input || !output) {
  console.error("usage: node bench/lexrank-batch.mjs IN.jsonl OUT.jsonl");
  process.exit(2);
}
const lexrank = createRequire(import.meta.url)("lexrank");
const out = createWriteStream(output);
const lines = createInterface({ input: createReadStream(input, "utf8"), crlfDelay: Infinity });
let n = 0;
for await (const line of lines) {
  if (!line.trim()) continue;
  n++;
  const { id, article } = JSON.parse(line);
  let record = { id, line: n, error: { code: "LEXRANK", message: "no sentence" } };
  // lexrank calls back synchronously.
  lexrank.summarize(article, 3, (err, top) => {
    if (!err && top.length > 0) record = { id, highlights: top.map((s) => s.text) };
  });
  out.write(`${JSON.stringify(record)}\n`);
}
out.end();
