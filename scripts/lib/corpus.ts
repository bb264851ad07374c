// The unlabeled corpus that derived tables are built from, read one article at a time.
import { createReadStream, existsSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";

/** The repository's root. */
export const root = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** ../shared/data/ant-news-unlabeled.jsonl, beside the repository. */
export const defaultCorpus = resolve(root, "..", "shared", "data", "ant-news-unlabeled.jsonl");

/** `path`, or exit with a one-line error naming it when it is missing. */
export function corpusOrExit(script: string, path: string): string {
  if (existsSync(path)) return path;
  console.error(`${script}: ${path} not found (it lives in ../shared/data)`);
  process.exit(2);
}

/** The `article` of every non-blank line of a JSONL file. */
export async function* articles(path: string): AsyncGenerator<string> {
  const lines = createInterface({ input: createReadStream(path, "utf8"), crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim()) yield (JSON.parse(line) as { article: string }).article;
  }
}
